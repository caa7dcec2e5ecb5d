/**
 * Named unit constants. The engine works in SI units: seconds, bytes, FLOP,
 * USD, tokens (docs/methods.md §0.1). Conversions happen only here and at the edges.
 */

/** Hours in an average month: 8,760 / 12 (docs/methods.md §0.1). */
export const HOURS_PER_MONTH = 730;
/** Seconds in an average month: 730 h × 3,600 s. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
/** Days in an average month: 365 / 12. */
export const DAYS_PER_MONTH = 365 / 12;
export const HOURS_PER_DAY = 24;

/** Marketed "GB" is 1e9 bytes (docs/methods.md §0.1). */
export const BYTES_PER_GB = 1e9;
export const BYTES_PER_GIB = 2 ** 30;
/** Spec sheets give TFLOPS; the engine uses FLOP/s. */
export const FLOPS_PER_TFLOPS = 1e12;
/** Prices are stored per million tokens. */
export const TOKENS_PER_MILLION = 1e6;

/** USD per token from USD per million tokens. */
export function usdPerTokenFromPerMillion(usdPerMillionTokens: number): number {
  return usdPerMillionTokens / TOKENS_PER_MILLION;
}

/** Clamp into [min, max]; NaN becomes `min` so no NaN leaks out. */
export function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}
