/**
 * Charts as standalone SVG and PNG files. The page's charts are SVG drawn by
 * recharts with colours from CSS custom properties, so the copy gets every
 * presentation property inlined from the live computed style (light or dark,
 * whichever is showing) and a background. Everything stays in the page: the
 * PNG is drawn from a blob: URL onto a canvas, no request leaves.
 */

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

/** A chart on the page and the name to give its file. */
export type PageChart = { readonly name: string; readonly svg: SVGSVGElement };

/**
 * The charts currently drawn in the page's main area (recharts surfaces,
 * not their legend icons), named by their figure or panel.
 */
export function findCharts(root: ParentNode = document): PageChart[] {
  const svgs = Array.from(
    root.querySelectorAll<SVGSVGElement>(
      'main .recharts-wrapper > svg.recharts-surface',
    ),
  );
  return svgs.map((svg, i) => {
    const figure = svg.closest('figure[aria-label]');
    const panel = svg.closest('section[aria-labelledby]');
    const heading = panel
      ? document.getElementById(panel.getAttribute('aria-labelledby') ?? '')
      : null;
    const name =
      figure?.getAttribute('aria-label') ??
      heading?.textContent ??
      `Chart ${i + 1}`;
    return { name: name.trim(), svg };
  });
}

/** A standalone SVG document of the chart, styles inlined. */
export function serialiseChart(chart: PageChart): {
  svg: string;
  width: number;
  height: number;
} {
  const source = chart.svg;
  const box = source.getBoundingClientRect();
  const width = Math.max(
    1,
    Math.round(box.width || Number(source.getAttribute('width')) || 800),
  );
  const height = Math.max(
    1,
    Math.round(box.height || Number(source.getAttribute('height')) || 400),
  );
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...Array.from(source.querySelectorAll('*'))];
  const to = [copy, ...Array.from(copy.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    // Through the CSSOM, not setAttribute('style', …): a strict CSP
    // (`style-src 'self'`, no 'unsafe-inline') blocks style attributes set as
    // text but allows the CSSOM (issue 15, D5). The serialised copy still
    // carries them as a style attribute, read inside the image, not the page.
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) (target as SVGElement).style.setProperty(p, v);
    }
    // Attributes like stroke="var(--option-0)" mean nothing outside the page.
    for (const attr of ['fill', 'stroke']) {
      const v = target.getAttribute(attr);
      if (v?.includes('var('))
        target.setAttribute(attr, cs.getPropertyValue(attr));
    }
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('style');
  const pageStyle = getComputedStyle(document.documentElement);
  const background =
    pageStyle.getPropertyValue('--surface').trim() || '#ffffff';
  const text = pageStyle.getPropertyValue('--text').trim() || '#000000';
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  copy.insertBefore(bg, copy.firstChild);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = chart.name;
  copy.insertBefore(title, copy.firstChild);
  copy.setAttribute('color', text);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`,
    width,
    height,
  };
}

/** The chart as a PNG at `scale`× its on-screen size. */
export function chartToPng(chart: PageChart, scale = 2): Promise<Blob> {
  const { svg, width, height } = serialiseChart(chart);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0, width, height);
        canvas.toBlob(
          (blob) =>
            blob ? resolve(blob) : reject(new Error('PNG encoding failed')),
          'image/png',
        );
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn'));
    };
    img.src = url;
  });
}

/** `monthly-cost-against-monthly-tokens-log-scales` */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}
