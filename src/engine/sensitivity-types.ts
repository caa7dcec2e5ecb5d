/**
 * What the uncertainty analysis (docs/methods.md §10) takes and returns: the
 * varied inputs, the metrics each evaluation reports, tornado bars, bands,
 * Monte Carlo percentiles and elasticities.
 */

import type { MeasuredRangeBasis } from './sensitivity-measured';

/** The inputs the tornado varies. */
export type SensitivityInputId =
  | 'gpu-price'
  | 'api-price'
  | 'ops-fte-share'
  | 'target-utilisation'
  | 'peak-to-average'
  | 'bandwidth-efficiency'
  | 'prefill-efficiency'
  | 'tokenizer-ratio'
  | 'output-tokens'
  | 'volume';

/** The numbers each evaluation reports. */
export type SensitivityMetrics = {
  readonly selfHostUsdPerMonth: number | null;
  readonly apiUsdPerMonth: number;
  /** Self-hosted minus API, USD per month (negative: self-hosting is cheaper). */
  readonly selfMinusApiUsdPerMonth: number | null;
  /** First crossover volume in the scenario's range, tokens per month; null if none. */
  readonly firstCrossoverTokensPerMonth: number | null;
};

export type SensitivityMetricId = keyof SensitivityMetrics;

/** One bar: an input at the low and high end of its range, all else at base. */
export type TornadoBar = {
  readonly input: SensitivityInputId;
  /** Input value at each end (multipliers for prices, volume and output; absolute otherwise). */
  readonly lowInput: number;
  readonly highInput: number;
  readonly baseInput: number;
  readonly atLow: number | null;
  readonly atHigh: number | null;
  /** |atHigh − atLow|; 0 when either end is null. */
  readonly swing: number;
};

export type Band = { readonly low: number; readonly high: number };

export type Percentiles = {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
};

export type MonteCarloResult = {
  readonly samples: number;
  readonly seed: number;
  readonly selfHostUsdPerMonth: Percentiles | null;
  readonly apiUsdPerMonth: Percentiles;
  readonly selfMinusApiUsdPerMonth: Percentiles | null;
  /** Share of samples in which self-hosting is cheaper at the user's volume. */
  readonly probabilitySelfHostCheaper: number;
  /** Percentiles over the samples that have a crossover in range. */
  readonly firstCrossoverTokensPerMonth: Percentiles | null;
  /** Share of samples with a crossover in range. */
  readonly crossoverFoundShare: number;
};

export type SensitivityResult = {
  readonly apiOptionId: string;
  readonly selfHostOptionId: string;
  readonly base: SensitivityMetrics;
  /** Bars per metric, largest swing first. */
  readonly tornado: Readonly<
    Record<SensitivityMetricId, readonly TornadoBar[]>
  >;
  /**
   * Low/high band per metric: base ± the root-sum-square of the one-at-a-time
   * deviations on each side (inputs treated as independent); null where the
   * base is null.
   */
  readonly band: Readonly<Record<SensitivityMetricId, Band | null>>;
  readonly monteCarlo: MonteCarloResult | null;
  /**
   * The measured groups the efficiencies' ranges come from (docs/methods.md
   * §20.11): ηbw from saturated throughput, ηpf from prompt processing; a
   * null side kept its assumed range. Absent when no catalog measurement applies.
   */
  readonly measuredRanges?: MeasuredRangeBasis;
  /**
   * Elasticities E = Δln(metric) / Δln(input) by ±10 % central differences
   * around the user's values (docs/methods.md §10.2); null where the metric or
   * the input is not positive on both sides.
   */
  readonly elasticities: Readonly<
    Record<SensitivityMetricId, Readonly<Record<string, number | null>>>
  >;
};

export type SensitivityOptions = {
  readonly apiOptionId?: string;
  readonly selfHostOptionId?: string;
  /** Run a seeded Monte Carlo with this many samples (triangular on the same ranges). */
  readonly monteCarlo?: { readonly samples: number; readonly seed: number };
};

/** A value for every varied input (multipliers for prices, volume and output). */
export type SensitivityValues = Record<SensitivityInputId, number>;

/** The low and high end of every varied input. */
export type SensitivityRanges = Record<
  SensitivityInputId,
  { low: number; high: number }
>;
