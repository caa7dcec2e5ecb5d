import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boxesTouch,
  crossoverLabelPositions,
  labelBox,
  type LabelledDot,
} from '../../../src/features/cost-chart/crossover-labels';

const dot = (xPx: number, yPx: number, text = '5.99B'): LabelledDot => ({
  xPx,
  yPx,
  text,
});

describe('labelBox', () => {
  it('is the text width wide (7 px a character), 14 px high, 8 px clear of the dot', () => {
    // "5.99B": 5 × 7 = 35 px, centred on x = 100.
    expect(labelBox(dot(100, 200), 'top')).toEqual({
      left: 82.5,
      right: 117.5,
      top: 178,
      bottom: 192,
    });
    expect(labelBox(dot(100, 200), 'bottom')).toEqual({
      left: 82.5,
      right: 117.5,
      top: 208,
      bottom: 222,
    });
  });
});

describe('crossoverLabelPositions', () => {
  it('puts a lone crossover label above its dot', () => {
    expect(crossoverLabelPositions([dot(400, 200)])).toEqual(['top']);
  });

  it('moves the second of two close crossovers ("5.99B", "9.4B") below its dot', () => {
    // 20 px apart on the same line: 35 px wide labels would overlap.
    expect(
      crossoverLabelPositions([dot(400, 200), dot(420, 198, '9.4B')]),
    ).toEqual(['top', 'bottom']);
  });

  it('leaves out the third of three close crossovers ("2.91B", "3.38B", "4.19B")', () => {
    expect(
      crossoverLabelPositions([
        dot(735, 200, '2.91B'),
        dot(748, 197, '3.38B'),
        dot(762, 199, '4.19B'),
      ]),
    ).toEqual(['top', 'bottom', 'none']);
  });

  it('labels crossovers 40 px apart on a wide chart above their dots', () => {
    // The old rule (0.7 decade apart) hid these; at 180 px a decade they clear.
    expect(
      crossoverLabelPositions([
        dot(700, 200, '19.5B'),
        dot(742, 205, '34.9B'),
        dot(784, 203, '55.3B'),
      ]),
    ).toEqual(['top', 'top', 'top']);
  });

  it('keeps labels far apart in cost on the same side', () => {
    expect(crossoverLabelPositions([dot(400, 300), dot(410, 100)])).toEqual([
      'top',
      'top',
    ]);
  });

  it('sends a dot below when a lower dot’s label above would meet an earlier one’s', () => {
    // 14 px lower, its label above (y 192–206) meets the first's (178–192),
    // so it goes below; 20 px lower (198–212) it clears by 6 px.
    expect(crossoverLabelPositions([dot(400, 200), dot(405, 214)])).toEqual([
      'top',
      'bottom',
    ]);
    expect(crossoverLabelPositions([dot(400, 200), dot(405, 220)])).toEqual([
      'top',
      'top',
    ]);
  });

  it('gives an undrawn dot (no scale yet, or off the log axes) "top" and lets it block nothing', () => {
    expect(
      crossoverLabelPositions([dot(Number.NaN, 200), dot(400, 200)]),
    ).toEqual(['top', 'top']);
  });

  it('never prints two labels that touch, for up to eight crossovers', () => {
    const point = fc.record({
      xPx: fc.double({ min: 0, max: 1000, noNaN: true }),
      yPx: fc.double({ min: 0, max: 400, noNaN: true }),
      text: fc.constantFrom('80.2M', '2.91B', '9.4B', '100B', '1.25T'),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 8 }), (dots) => {
        const at = crossoverLabelPositions(dots);
        const boxes = dots.flatMap((d, i) => {
          const p = at[i];
          return p === 'top' || p === 'bottom' ? [labelBox(d, p)] : [];
        });
        return boxes.every((a, i) =>
          boxes.every((b, j) => j <= i || !boxesTouch(a, b)),
        );
      }),
    );
  });

  it('labels every dot when there is room: a label is left out only when both sides are taken', () => {
    const point = fc.record({
      xPx: fc.double({ min: 0, max: 1000, noNaN: true }),
      yPx: fc.double({ min: 0, max: 400, noNaN: true }),
      text: fc.constantFrom('80.2M', '2.91B', '100B'),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 8 }), (dots) => {
        const at = crossoverLabelPositions(dots);
        return dots.every((d, i) => {
          if (at[i] !== 'none') return true;
          const before = dots.slice(0, i).flatMap((e, j) => {
            const p = at[j];
            return p === 'top' || p === 'bottom' ? [labelBox(e, p)] : [];
          });
          return (['top', 'bottom'] as const).every((side) =>
            before.some((b) => boxesTouch(b, labelBox(d, side))),
          );
        });
      }),
    );
  });
});
