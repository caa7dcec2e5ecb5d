/**
 * Text in a composed figure (figure-image.ts): an SVG drawn outside the page
 * does not wrap, so lines are measured with the canvas (the same font) and
 * broken before they would leave the picture.
 */

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Text width in px at `size`: the canvas's measure, or an estimate where there is none (tests). */
export function textWidth(text: string, size: number, bold = false): number {
  const ctx =
    typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent)
      ? document.createElement('canvas').getContext('2d')
      : null;
  if (!ctx) return text.length * size * 0.56;
  ctx.font = `${bold ? '700 ' : ''}${size}px ${FONT}`;
  return ctx.measureText(text).width;
}

/** Lines of at most `width` px: at spaces, or anywhere in a long token (a link). */
export function wrapText(
  text: string,
  width: number,
  size: number,
  measure: (t: string, s: number) => number = textWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size) <= width) {
      line = next;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word wider than the line is cut where it stops fitting.
    let rest = word;
    while (measure(rest, size) > width && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n), size) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}
