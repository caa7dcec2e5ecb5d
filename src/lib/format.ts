/**
 * All number formatting (ADR-2; ADR-14 "Looks"): Intl.NumberFormat, compact
 * notation for tokens and axis ticks, every figure with its unit. The engine
 * hands over unrounded values; rounding happens only here (ADR-2).
 */

const locale = undefined; // the user's locale

const usdWhole = new Intl.NumberFormat(locale, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const usdCents = new Intl.NumberFormat(locale, {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const usdSmall = new Intl.NumberFormat(locale, {
  style: 'currency',
  currency: 'USD',
  maximumSignificantDigits: 3,
});
const usdCompact = new Intl.NumberFormat(locale, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});
const compact = new Intl.NumberFormat(locale, {
  notation: 'compact',
  maximumSignificantDigits: 3,
});
const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const twoSignificant = new Intl.NumberFormat(locale, {
  maximumSignificantDigits: 2,
});
const percent = new Intl.NumberFormat(locale, {
  style: 'percent',
  maximumFractionDigits: 0,
});
const percentFine = new Intl.NumberFormat(locale, {
  style: 'percent',
  maximumFractionDigits: 1,
});

/** "$1,234" for ≥ $100, "$12.34" or "$0.60" for ≥ $0.10, "$0.0123" below. */
export function formatUsd(usd: number): string {
  const a = Math.abs(usd);
  if (a >= 100) return usdWhole.format(usd);
  if (a >= 0.1) return usdCents.format(usd);
  if (a === 0) return usdWhole.format(0);
  return usdSmall.format(usd);
}

/** "$1.2K" — for axis ticks and tight spaces. */
export function formatUsdCompact(usd: number): string {
  return Math.abs(usd) < 1000 ? formatUsd(usd) : usdCompact.format(usd);
}

export function formatUsdPerMonth(usd: number): string {
  return `${formatUsd(usd)}/month`;
}

/** "50M", "2.1B" tokens, compact. */
export function formatTokens(tokens: number): string {
  return compact.format(tokens);
}

export function formatTokensPerMonth(tokens: number): string {
  return `${formatTokens(tokens)} tokens/month`;
}

export function formatInteger(n: number): string {
  return plain.format(n);
}

export function formatNumber(n: number): string {
  return Math.abs(n) >= 100 ? plain.format(n) : oneDecimal.format(n);
}

export function formatSeconds(seconds: number): string {
  if (seconds < 1) return `${plain.format(seconds * 1000)} ms`;
  if (seconds < 60) return `${oneDecimal.format(seconds)} s`;
  return `${oneDecimal.format(seconds / 60)} min`;
}

export function formatTokensPerSecond(tps: number): string {
  return `${tps >= 10 ? plain.format(tps) : twoSignificant.format(tps)} tokens/s`;
}

export function formatPercent(share: number): string {
  return share > 0 && share < 0.01
    ? percentFine.format(share)
    : percent.format(share);
}

export function formatGb(bytes: number): string {
  return `${oneDecimal.format(bytes / 1e9)} GB`;
}

/** "3:1" from an input share in percent. */
export function formatRatio(inputSharePercent: number): string {
  const i = inputSharePercent;
  const o = 100 - i;
  if (o === 0) return 'input only';
  const r = i / o;
  return r >= 1
    ? `${twoSignificant.format(r)}:1`
    : `1:${twoSignificant.format(1 / r)}`;
}
