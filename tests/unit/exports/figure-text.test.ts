/**
 * A composed chart file wraps its long lines (the scenario, a share link)
 * instead of running past the picture's edge (issue 14 item 4).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/features/exports/figure-text';

/** A fixed-pitch stand-in for the canvas: half the font size per character. */
const measure = (t: string, size: number) => t.length * size * 0.5;

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Monthly cost comparison', 900, 20, measure)).toEqual([
      'Monthly cost comparison',
    ]);
  });

  it('breaks at spaces, and cuts a link longer than a line', () => {
    const link = `https://example.org/?v=2&${'o=a1:gpt-4o-mini,'.repeat(20)}`;
    const lines = wrapText(`Crossover · ${link}`, 300, 12, measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toBe('Crossover ·');
    expect(lines.slice(1).join('')).toBe(link);
  });

  it('never makes a line wider than asked, and loses no character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9:&=,./-]{1,80}$/), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 60, max: 900 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, 12, measure);
          for (const l of lines)
            expect(measure(l, 12)).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});
