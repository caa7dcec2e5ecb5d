/**
 * A number formatted by the build (into `data-prerendered` on #root) and
 * again by the reader's browser: the prerendered page is hydrated only where
 * the two agree, so a reader whose locale writes numbers differently gets a
 * fresh render instead of a hydration mismatch (ADR-21).
 */
export const FORMAT_PROBE = 1234567.5;

export function formattedProbe(): string {
  return new Intl.NumberFormat().format(FORMAT_PROBE);
}
