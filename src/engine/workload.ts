import type { Workload } from './types';
import { HOURS_PER_DAY, SECONDS_PER_MONTH } from './units';

/** Rates and meters derived from a workload (docs/methods.md §2.1). */
export type NormalisedWorkload = {
  readonly meanRequestsPerSecond: number;
  /** Requests per second in each hour of the day (24 entries, mean = meanRequestsPerSecond). */
  readonly hourlyRequestsPerSecond: readonly number[];
  readonly peakRequestsPerSecond: number;
  /** max(profile) ÷ mean(profile) actually used. */
  readonly peakToAverage: number;
  /** API-meter tokens per request: input + output + reasoning. */
  readonly tokensPerRequest: number;
  readonly tokensPerMonth: number;
  /** Self-hosted-model tokens (× tokenizer ratio). */
  readonly selfHostInputTokensPerRequest: number;
  readonly selfHostOutputTokensPerRequest: number;
};

/**
 * The hour-of-day shape of traffic, normalised to mean 1 (docs/methods.md §2.1).
 * With no profile: a diurnal sinusoid for PAR ≤ 2 (peak mid-afternoon), a
 * "peak block" of max(1, round(12/PAR)) hours at PAR for PAR > 2.
 *
 * @example hourlyShape(2)[14] // ≈ 2 (the peak)
 */
export function hourlyShape(
  peakToAverage: number,
  profile?: readonly number[],
): number[] {
  // Memoised (the shape is needed by every cost evaluation); callers get a copy.
  const cached = profile
    ? profileShapes.get(profile)
    : parShapes.get(peakToAverage);
  if (cached) return cached.slice();
  const shape = computeHourlyShape(peakToAverage, profile);
  if (profile) profileShapes.set(profile, shape);
  else {
    if (parShapes.size >= MAX_MEMOISED_SHAPES) parShapes.clear();
    parShapes.set(peakToAverage, shape);
  }
  return shape.slice();
}

/** Bound on memoised peak-to-average shapes (named bound, docs/methods.md §0.1). */
const MAX_MEMOISED_SHAPES = 256;
const parShapes = new Map<number, readonly number[]>();
const profileShapes = new WeakMap<readonly number[], readonly number[]>();

function computeHourlyShape(
  peakToAverage: number,
  profile?: readonly number[],
): number[] {
  if (profile && profile.length === HOURS_PER_DAY) {
    const clean = profile.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
    const mean = clean.reduce((s, v) => s + v, 0) / HOURS_PER_DAY;
    if (mean > 0) return clean.map((v) => v / mean);
  }
  const par = Math.min(24, Math.max(1, peakToAverage));
  if (par <= 2) {
    const amplitude = par - 1;
    const peakHour = 14;
    return Array.from(
      { length: HOURS_PER_DAY },
      (_, h) => 1 + amplitude * Math.cos((2 * Math.PI * (h - peakHour)) / 24),
    );
  }
  const width = Math.max(1, Math.round(12 / par));
  const base = (24 - width * par) / (24 - width);
  return Array.from({ length: HOURS_PER_DAY }, (_, h) =>
    h >= 12 && h < 12 + width ? par : base,
  );
}

/** Derives rates, the hourly profile and token meters from a workload. */
export function normaliseWorkload(w: Workload): NormalisedWorkload {
  const requests = Math.max(0, w.requestsPerMonth);
  const mean = requests / SECONDS_PER_MONTH;
  const shape = hourlyShape(w.peakToAverage, w.hourlyProfile);
  const hourly = shape.map((s) => s * mean);
  const peakShape = Math.max(...shape);
  const tokensPerRequest =
    w.inputTokensPerRequest +
    w.outputTokensPerRequest +
    w.reasoningTokensPerRequest;
  return {
    meanRequestsPerSecond: mean,
    hourlyRequestsPerSecond: hourly,
    peakRequestsPerSecond: mean * peakShape,
    peakToAverage: peakShape,
    tokensPerRequest,
    tokensPerMonth: requests * tokensPerRequest,
    selfHostInputTokensPerRequest: w.inputTokensPerRequest * w.tokenizerRatio,
    selfHostOutputTokensPerRequest: w.outputTokensPerRequest * w.tokenizerRatio,
  };
}

/** The same workload scaled to a monthly token volume, keeping its mix. */
export function workloadAtTokens(
  w: Workload,
  tokensPerMonth: number,
): Workload {
  const perRequest =
    w.inputTokensPerRequest +
    w.outputTokensPerRequest +
    w.reasoningTokensPerRequest;
  return {
    ...w,
    requestsPerMonth: perRequest > 0 ? tokensPerMonth / perRequest : 0,
  };
}
