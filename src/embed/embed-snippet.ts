/** What the Share dialog's snippet generator needs. */
export type EmbedSnippetOptions = {
  /** The embed URL (`buildEmbedUrl`). */
  readonly src: string;
  /** The iframe's accessible name (WCAG: frames need a title). */
  readonly title: string;
  /** Initial height in CSS pixels. */
  readonly heightPx: number;
  /** Add the few-line listener that sizes the iframe from `crossover:ready` and `crossover:resize`. */
  readonly autoResize: boolean;
};

/** Attribute-safe text: the snippet is pasted into other people's HTML. */
export function escapeHtmlAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A JavaScript string literal that is also safe inside an HTML <script>. */
function jsString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * The `<iframe>` to paste (title, `loading="lazy"`, full width, no border)
 * and, optionally, a listener that sizes it: from the first
 * `crossover:ready` (so the frame fits before the reader touches anything)
 * and every `crossover:resize` after. The listener checks that a message
 * comes from this iframe's window and from the embed's origin, and reads
 * only a numeric height (200–20,000 px: a phone-width page is tall).
 *
 * @example buildEmbedSnippet({ src: 'https://x.org/?embed=1', title: 'Crossover', heightPx: 720, autoResize: true }).html
 */
export function buildEmbedSnippet(options: EmbedSnippetOptions): {
  html: string;
  iframe: string;
  script: string;
} {
  const id = 'crossover-embed';
  const height = Math.max(200, Math.min(4000, Math.round(options.heightPx)));
  const iframe =
    `<iframe id="${id}" src="${escapeHtmlAttribute(options.src)}" title="${escapeHtmlAttribute(options.title)}"` +
    ` loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>`;
  const origin = originOf(options.src);
  const script = options.autoResize
    ? [
        '<script>',
        '  window.addEventListener("message", function (e) {',
        `    var frame = document.getElementById(${jsString(id)});`,
        `    if (!frame || e.source !== frame.contentWindow || e.origin !== ${jsString(origin)}) return;`,
        '    var d = e.data;',
        '    if (d && (d.type === "crossover:ready" || d.type === "crossover:resize") && d.version === 1 && typeof d.height === "number")',
        '      frame.style.height = Math.min(Math.max(d.height, 200), 20000) + "px";',
        '  });',
        '</script>',
      ].join('\n')
    : '';
  return { iframe, script, html: script ? `${iframe}\n${script}` : iframe };
}
