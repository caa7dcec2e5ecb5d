/**
 * The optional Monte Carlo of the uncertainty analysis (docs/methods.md §10.3):
 * every varied input drawn from a triangular distribution on its range, with
 * the user's value as the mode, from a seeded generator.
 */
import {
  evaluatePoint,
  inputSpan,
  type PairContext,
} from './sensitivity-point';
import type {
  MonteCarloResult,
  Percentiles,
  SensitivityInputId,
  SensitivityRanges,
  SensitivityValues,
} from './sensitivity-types';

/** Most Monte Carlo samples one call runs (named bound). */
export const MAX_MONTE_CARLO_SAMPLES = 10_000;

/**
 * A small seeded PRNG (mulberry32): 32-bit state, period 2^32, uniform in
 * [0, 1). Deterministic for a given seed — never Math.random (docs/methods.md §10.3).
 *
 * @example const next = seededRandom(42); next() // same sequence every run
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inverse CDF of a triangular distribution on [low, high] with the given mode. */
export function triangular(
  u: number,
  low: number,
  mode: number,
  high: number,
): number {
  if (!(high > low)) return mode;
  const m = Math.min(high, Math.max(low, mode));
  const c = (m - low) / (high - low);
  return u < c
    ? low + Math.sqrt(u * (high - low) * (m - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - m));
}

/** p10, p50 and p90 by linear interpolation between order statistics; null for no values. */
function percentiles(values: number[]): Percentiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = q * (sorted.length - 1);
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
  };
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

/** Percentiles of every metric over `spec.samples` seeded draws (at most MAX_MONTE_CARLO_SAMPLES). */
export function monteCarlo(
  ctx: PairContext,
  base: SensitivityValues,
  ranges: SensitivityRanges,
  inputs: readonly SensitivityInputId[],
  spec: { readonly samples: number; readonly seed: number },
): MonteCarloResult {
  const n = Math.max(
    1,
    Math.min(MAX_MONTE_CARLO_SAMPLES, Math.floor(spec.samples)),
  );
  const next = seededRandom(spec.seed);
  const self: number[] = [];
  const api: number[] = [];
  const diff: number[] = [];
  const crossover: number[] = [];
  let cheaper = 0;
  for (let i = 0; i < n; i++) {
    const v: SensitivityValues = { ...base };
    for (const id of inputs) {
      const { low, high } = inputSpan(ranges, base, id);
      v[id] = triangular(next(), low, base[id], high);
    }
    const m = evaluatePoint(ctx, v);
    api.push(m.apiUsdPerMonth);
    if (m.selfHostUsdPerMonth !== null) self.push(m.selfHostUsdPerMonth);
    if (m.selfMinusApiUsdPerMonth !== null) {
      diff.push(m.selfMinusApiUsdPerMonth);
      if (m.selfMinusApiUsdPerMonth < 0) cheaper++;
    }
    if (m.firstCrossoverTokensPerMonth !== null)
      crossover.push(m.firstCrossoverTokensPerMonth);
  }
  return {
    samples: n,
    seed: spec.seed,
    selfHostUsdPerMonth: percentiles(self),
    apiUsdPerMonth: percentiles(api)!,
    selfMinusApiUsdPerMonth: percentiles(diff),
    probabilitySelfHostCheaper: cheaper / n,
    firstCrossoverTokensPerMonth: percentiles(crossover),
    crossoverFoundShare: crossover.length / n,
  };
}
