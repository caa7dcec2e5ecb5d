/**
 * A chart as a file someone else can read (issue 14 item 4): one standalone
 * SVG with the chart's title, what it is at, the plot, its axis titles, its
 * legend and, at the foot, the date and the link that reproduces it — then
 * drawn to PNG. The figures are the features' export figures
 * (`figure[data-export-figure]`, rendered off screen by the app's figure
 * stage), found in the page rather than imported (features never import each
 * other, ADR-13). Colours come from CSS custom properties, so every
 * presentation property is inlined from the live computed style (light or
 * dark, whichever shows). Everything stays in the page: the PNG is drawn from
 * a blob: URL onto a canvas, no request leaves.
 */

import { FONT, textWidth, wrapText } from './figure-text';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One legend entry as the figure declares it (data-legend, JSON). */
export type LegendEntry = {
  readonly label: string;
  readonly color: string;
  /** Stroke dash pattern of a line swatch; undefined = solid. */
  readonly dash?: string | undefined;
  /** A line (cost curves), a filled box (bars) or an outlined box. */
  readonly swatch: 'line' | 'box' | 'outline';
  readonly muted?: boolean;
};

/** What an export figure declares besides its plot. */
export type FigureMeta = {
  readonly title: string;
  /** What the chart is at: "at 50M tokens/month, catalog 2026-11-27". */
  readonly subtitle: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly legend: readonly LegendEntry[];
};

/** A chart found in the page: its meta and its plot. */
export type PageFigure = FigureMeta & { readonly plot: SVGSVGElement };

/** The figure's legend (JSON it wrote itself; anything else reads as none). */
function parseLegend(json: string | undefined): LegendEntry[] {
  try {
    const v: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(v) ? (v as LegendEntry[]) : [];
  } catch {
    return [];
  }
}

/** The export figures under `root`, in page order. */
export function findFigures(root: ParentNode = document): PageFigure[] {
  return Array.from(
    root.querySelectorAll<HTMLElement>('figure[data-export-figure]'),
  ).flatMap((el) => {
    const plot =
      el.querySelector<SVGSVGElement>('svg[data-plot]') ??
      el.querySelector<SVGSVGElement>('svg');
    if (!plot) return [];
    const legend = parseLegend(el.dataset['legend']);
    return [
      {
        title: el.dataset['exportFigure'] ?? 'Chart',
        subtitle: el.dataset['subtitle'] ?? '',
        xTitle: el.dataset['xTitle'] ?? '',
        yTitle: el.dataset['yTitle'] ?? '',
        legend,
        plot,
      },
    ];
  });
}

/** A copy of the plot with every presentation property inlined. */
function inlinedCopy(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...Array.from(source.querySelectorAll('*'))];
  const to = [copy, ...Array.from(copy.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const target = to[i] as SVGElement | undefined;
    if (!target) return;
    const cs = getComputedStyle(el);
    // Through the CSSOM, not setAttribute('style', …): a strict CSP
    // (`style-src 'self'`) blocks style attributes set as text but allows
    // the CSSOM (issue 15, D5).
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) target.style.setProperty(p, v);
    }
    // Attributes like stroke="var(--option-0)" mean nothing outside the page.
    for (const attr of ['fill', 'stroke']) {
      const v = target.getAttribute(attr);
      if (v?.includes('var('))
        target.setAttribute(attr, cs.getPropertyValue(attr));
    }
    target.removeAttribute('class');
  });
  return copy;
}

/** The plot's own size: its viewBox, else its box on screen. */
function plotSize(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0)
    return { width: vb.width, height: vb.height };
  const box = svg.getBoundingClientRect();
  return {
    width: Math.max(1, box.width || Number(svg.getAttribute('width')) || 800),
    height: Math.max(
      1,
      box.height || Number(svg.getAttribute('height')) || 400,
    ),
  };
}

function el(
  name: string,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Where the file came from: printed at its foot. */
export type FigureFooter = {
  readonly date: string;
  readonly link: string;
  readonly prices: string;
};

const WIDTH = 960;
const PAD = 28;

/** `var(--option-0)` → its value on the page now: a file outside the page has no custom properties. */
function resolveColor(color: string): string {
  const m = /^var\((--[\w-]+)\)$/.exec(color.trim());
  if (!m) return color;
  return (
    getComputedStyle(document.documentElement).getPropertyValue(m[1]!).trim() ||
    '#777777'
  );
}

/** The legend's swatch for one entry, at (x, y) = its left, text baseline. */
function swatch(given: LegendEntry, x: number, y: number): SVGElement {
  const entry = { ...given, color: resolveColor(given.color) };
  const opacity = entry.muted ? 0.55 : 1;
  if (entry.swatch === 'line')
    return el('line', {
      x1: x,
      y1: y - 5,
      x2: x + 28,
      y2: y - 5,
      stroke: entry.color,
      'stroke-width': 3,
      'stroke-opacity': opacity,
      ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
    });
  return el('rect', {
    x: x + 4,
    y: y - 12,
    width: 20,
    height: 12,
    fill: entry.swatch === 'box' ? entry.color : 'none',
    stroke: entry.color,
    'stroke-width': 2,
    opacity,
    ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
  });
}

/** The figure as one standalone SVG document: title, plot, axis titles, legend, date and link. */
export function composeFigure(
  figure: PageFigure,
  footer: FigureFooter,
): { svg: string; width: number; height: number } {
  const page = getComputedStyle(document.documentElement);
  const background = page.getPropertyValue('--surface').trim() || '#ffffff';
  const text = page.getPropertyValue('--text').trim() || '#111111';
  const muted = page.getPropertyValue('--muted').trim() || '#4d5562';
  const inner = WIDTH - 2 * PAD;
  // Made in the SVG namespace, the root serializes its own xmlns; setting
  // it as an attribute too wrote it twice (a parse error outside browsers).
  const out = el('svg', {});
  const parts: SVGElement[] = [];
  let y = PAD + 20;
  for (const line of wrapText(figure.title, inner, 20)) {
    parts.push(
      el(
        'text',
        { x: PAD, y, 'font-size': 20, 'font-weight': 700, fill: text },
        line,
      ),
    );
    y += 26;
  }
  for (const line of wrapText(figure.subtitle, inner, 13)) {
    parts.push(
      el('text', { x: PAD, y: y - 4, 'font-size': 13, fill: muted }, line),
    );
    y += 18;
  }
  y += 6;
  // An axis title the plot already draws is not drawn twice.
  const drawn = Array.from(figure.plot.querySelectorAll('text')).map(
    (t) => t.textContent?.toLowerCase() ?? '',
  );
  const own = (title: string) =>
    title !== '' && !drawn.some((t) => t.includes(title.toLowerCase()));
  const yTitle = own(figure.yTitle) ? figure.yTitle : '';
  const xTitle = own(figure.xTitle) ? figure.xTitle : '';
  // The plot, scaled to the width left beside the y-axis title.
  const yTitleRoom = yTitle ? 26 : 0;
  const size = plotSize(figure.plot);
  const plotWidth = inner - yTitleRoom;
  const plotHeight = (size.height / size.width) * plotWidth;
  const plot = inlinedCopy(figure.plot);
  plot.setAttribute('x', String(PAD + yTitleRoom));
  plot.setAttribute('y', String(y));
  plot.setAttribute('width', String(plotWidth));
  plot.setAttribute('height', String(plotHeight));
  plot.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  plot.setAttribute('overflow', 'visible');
  plot.removeAttribute('style');
  plot.removeAttribute('data-plot');
  parts.push(plot);
  if (yTitle) {
    const cy = y + plotHeight / 2;
    parts.push(
      el(
        'text',
        {
          x: PAD + 12,
          y: cy,
          'font-size': 13,
          fill: muted,
          'text-anchor': 'middle',
          transform: `rotate(-90 ${PAD + 12} ${cy})`,
        },
        yTitle,
      ),
    );
  }
  y += plotHeight + 20;
  if (xTitle) {
    parts.push(
      el(
        'text',
        {
          x: PAD + yTitleRoom + plotWidth / 2,
          y,
          'font-size': 13,
          fill: muted,
          'text-anchor': 'middle',
        },
        xTitle,
      ),
    );
    y += 24;
  }
  // The legend, flowed into rows; an entry wider than a row wraps its words.
  let x = PAD;
  y += 6;
  for (const entry of figure.legend) {
    const lines = wrapText(entry.label, inner - 36, 13);
    const w = 36 + Math.max(...lines.map((l) => textWidth(l, 13)));
    if (x > PAD && x + w > PAD + inner) {
      x = PAD;
      y += 22;
    }
    parts.push(swatch(entry, x, y));
    lines.forEach((line, i) =>
      parts.push(
        el(
          'text',
          {
            x: x + 34,
            y: y + i * 17,
            'font-size': 13,
            fill: entry.muted ? muted : text,
          },
          line,
        ),
      ),
    );
    y += (lines.length - 1) * 17;
    x = lines.length > 1 ? PAD + inner : x + w + 20;
  }
  y += figure.legend.length > 0 ? 30 : 8;
  parts.push(
    el('line', {
      x1: PAD,
      x2: PAD + inner,
      y1: y - 14,
      y2: y - 14,
      stroke: muted,
      'stroke-opacity': 0.4,
    }),
  );
  for (const line of [
    ...wrapText(`Crossover · ${footer.date} · ${footer.prices}`, inner, 12),
    ...wrapText(footer.link, inner, 12),
  ]) {
    parts.push(el('text', { x: PAD, y, 'font-size': 12, fill: muted }, line));
    y += 16;
  }
  const height = Math.ceil(y + PAD - 12);
  out.setAttribute('width', String(WIDTH));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  out.setAttribute('font-family', FONT);
  out.appendChild(el('title', {}, figure.title));
  out.appendChild(
    el('rect', { width: '100%', height: '100%', fill: background }),
  );
  for (const p of parts) out.appendChild(p);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`,
    width: WIDTH,
    height,
  };
}

/** `monthly-cost-comparison` */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}
