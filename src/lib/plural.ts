/**
 * "1 model", "2 models": a count with its noun in the right number (issue 14
 * item 8: "1 models changed"). English only, like the page's words.
 *
 * @example countOf(1, 'model') // "1 model"
 * @example countOf(3, 'entry', 'entries') // "3 entries"
 */
export function countOf(
  n: number,
  singular: string,
  plural = `${singular}s`,
): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
