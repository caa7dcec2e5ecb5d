import {
  formatGb,
  formatNumber,
  formatPercent,
  formatRatio,
  formatSeconds,
  formatTokens,
  formatTokensPerSecond,
  formatUsd,
  formatUsdCompact,
} from '../lib/format';

/**
 * Numbers formatted by the build (into `data-prerendered` on #root) and again
 * by the reader's browser: the prerendered page is hydrated only where the two
 * agree, so a reader whose locale writes numbers differently gets a fresh
 * render instead of a hydration mismatch (ADR-21).
 *
 * Every formatter the page uses is sampled, not one plain number: en-GB and
 * en-AU write 1,234,567.5 as en-US does but dollars as "US$", ja-JP, zh-CN
 * and ko-KR write 50M as "5000万" / "5천만", so a plain-number probe hydrated
 * those pages and React threw error #418 on the first text that differed.
 */
export const FORMAT_PROBE = 1234567.5;

/** Magnitudes where locales' compact notations part ways (thousand, 万, lakh, crore, billion, trillion). */
const COMPACT_SAMPLES = [1234, 56_789, 250_000, 5e7, 2.5e9, 1e12] as const;

export function formattedProbe(): string {
  return [
    new Intl.NumberFormat().format(FORMAT_PROBE),
    formatNumber(FORMAT_PROBE),
    formatNumber(12.34),
    formatUsd(20_275),
    formatUsd(15.75),
    formatUsd(0.0123),
    formatUsdCompact(1_234_567),
    ...COMPACT_SAMPLES.map(formatTokens),
    formatPercent(0.9),
    formatPercent(0.005),
    formatSeconds(0.05),
    formatSeconds(2.5),
    formatTokensPerSecond(4.5),
    formatGb(80e9),
    formatRatio(75),
  ].join('|');
}
