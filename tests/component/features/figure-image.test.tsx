/**
 * Issue 14 item 4: a chart as a file someone else can read. The exports
 * feature finds the page's export figures and composes each into one
 * standalone SVG: title, what it is at, the plot, its axis titles (once),
 * the legend (a set-apart entry faint), the date, prices and the link — with
 * no custom property left that means nothing outside the page, and nothing
 * drawn outside the picture. The PNG and the browser's own layout are
 * checked in Chromium (tests/e2e/report.spec.ts); this is the composition.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  composeFigure,
  findFigures,
  slug,
  type LegendEntry,
} from '../../../src/features/exports/figure-image';

const LEGEND: LegendEntry[] = [
  { label: 'GPT-4o mini (API)', color: '#d55e00', swatch: 'line' },
  {
    label: 'Gemini 2.5 Flash (API) — excluded: needs a signed BAA',
    color: 'var(--muted)',
    dash: '2 4',
    swatch: 'line',
    muted: true,
  },
  { label: 'time to first token', color: '#0072b2', swatch: 'box' },
];

const FOOTER = {
  date: '1 December 2026',
  link: 'https://example.org/crossover/?v=2&tpm=50M&pv=hipaa-phi',
  prices: 'catalog 2026-12-01',
};

function mountFigure(attrs: Record<string, string>, plot: string): void {
  const figure = document.createElement('figure');
  for (const [k, v] of Object.entries(attrs)) figure.setAttribute(k, v);
  figure.innerHTML = plot;
  document.body.appendChild(figure);
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.style.removeProperty('--muted');
});

const PLOT =
  '<svg data-plot width="400" height="200">' +
  '<line x1="0" y1="0" x2="400" y2="200" stroke="var(--option-0)"></line>' +
  '<text x="200" y="195">Tokens per month</text>' +
  '</svg>';

describe('chart files', () => {
  it('finds each export figure with its title, subtitle, axis titles and legend; a figure with no plot is skipped', () => {
    mountFigure(
      {
        'data-export-figure': 'Monthly cost comparison',
        'data-subtitle': 'at 50M tokens/month',
        'data-x-title': 'tokens per month',
        'data-y-title': 'monthly cost (USD/month)',
        'data-legend': JSON.stringify(LEGEND),
      },
      PLOT,
    );
    mountFigure({ 'data-export-figure': 'No plot here' }, '<p>none</p>');
    mountFigure(
      { 'data-export-figure': 'Bad legend', 'data-legend': '{not json' },
      PLOT,
    );
    const found = findFigures(document);
    expect(found.map((f) => f.title)).toEqual([
      'Monthly cost comparison',
      'Bad legend',
    ]);
    expect(found[0]!.legend).toHaveLength(3);
    expect(found[0]!.yTitle).toBe('monthly cost (USD/month)');
    expect(found[1]!.legend).toEqual([]);
  });

  it('composes one standalone SVG with everything a reader needs, each axis title once', () => {
    document.documentElement.style.setProperty('--muted', '#4d5562');
    mountFigure(
      {
        'data-export-figure': 'Monthly cost comparison',
        'data-subtitle': 'at 50M tokens/month, HIPAA-covered health data',
        'data-x-title': 'tokens per month',
        'data-y-title': 'monthly cost (USD/month)',
        'data-legend': JSON.stringify(LEGEND),
      },
      PLOT,
    );
    const [figure] = findFigures(document);
    const { svg, width, height } = composeFigure(figure!, FOOTER);
    expect(svg.startsWith('<?xml')).toBe(true);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.querySelector('title')?.textContent).toBe(
      'Monthly cost comparison',
    );
    const texts = Array.from(root.querySelectorAll('text')).map(
      (t) => t.textContent ?? '',
    );
    const all = texts.join('\n');
    expect(all).toContain('Monthly cost comparison');
    expect(all).toContain('HIPAA-covered health data');
    expect(all).toContain('GPT-4o mini (API)');
    expect(all).toMatch(/excluded: needs a signed BAA/);
    expect(all).toContain('1 December 2026');
    expect(all).toContain('catalog 2026-12-01');
    // The link may wrap, but every piece of it is there, in order.
    expect(texts.join('')).toContain(FOOTER.link);
    // The y title is drawn by the file; the plot already draws the x title.
    expect(texts.filter((t) => t === 'monthly cost (USD/month)')).toHaveLength(
      1,
    );
    expect(
      texts.filter((t) => t.toLowerCase() === 'tokens per month'),
    ).toHaveLength(1);
    // No custom property survives: outside the page it would mean nothing.
    expect(svg).not.toContain('var(--muted)');
    // The set-apart entry is faint; the others are not.
    const lines = Array.from(root.querySelectorAll(':scope > line'));
    const swatches = lines.filter(
      (l) => l.getAttribute('stroke-width') === '3',
    );
    expect(swatches.map((l) => l.getAttribute('stroke-opacity'))).toEqual([
      '1',
      '0.55',
    ]);
    expect(swatches[1]!.getAttribute('stroke')).toBe('#4d5562');
    // Nothing starts outside the picture.
    for (const t of Array.from(root.querySelectorAll(':scope > text'))) {
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it('a longer legend makes a taller file, never a wider one', () => {
    const heightWith = (legend: LegendEntry[]) => {
      document.body.innerHTML = '';
      mountFigure(
        {
          'data-export-figure': 'Latency',
          'data-legend': JSON.stringify(legend),
        },
        PLOT,
      );
      return composeFigure(findFigures(document)[0]!, FOOTER);
    };
    const short = heightWith(LEGEND.slice(0, 1));
    const long = heightWith(
      Array.from({ length: 12 }, (_, i) => ({
        ...LEGEND[0]!,
        label: `Option ${i} with a fairly long name on 2× NVIDIA H100 SXM 80GB`,
      })),
    );
    expect(long.width).toBe(short.width);
    expect(long.height).toBeGreaterThan(short.height);
  });

  it('names the file after its title', () => {
    expect(slug('Monthly cost comparison')).toBe('monthly-cost-comparison');
    expect(slug('What moves it — at 50M tokens/month')).toBe(
      'what-moves-it-at-50m-tokens-month',
    );
    expect(slug('…')).toBe('chart');
  });
});
