import type { VolumeRange } from '../engine';

/**
 * ONE table of min / max / step / default per input (src/state/README.md). The
 * sliders, clamping in actions, the URL schema and the fast-check generators
 * all read it, so they cannot drift apart.
 */
export type Bound = {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  readonly unit: string;
};

export const BOUNDS = {
  /** Monthly tokens (input + output + reasoning), log scale. */
  tokensPerMonth: {
    min: 1e5,
    max: 1e12,
    step: 1,
    default: 50e6,
    unit: 'tokens/month',
  },
  /** Input share of a request's tokens, percent (75 = 3:1). */
  /** 100 = input only (embeddings). */
  inputSharePercent: { min: 5, max: 100, step: 5, default: 75, unit: '%' },
  /** Input + output tokens per request. */
  tokensPerRequest: {
    min: 10,
    max: 200_000,
    step: 10,
    default: 1000,
    unit: 'tokens',
  },
  reasoningTokensPerRequest: {
    min: 0,
    max: 50_000,
    step: 100,
    default: 0,
    unit: 'tokens',
  },
  cachedPrefixTokens: {
    min: 0,
    max: 200_000,
    step: 100,
    default: 0,
    unit: 'tokens',
  },
  batchableSharePercent: { min: 0, max: 100, step: 5, default: 0, unit: '%' },
  peakToAverage: { min: 1, max: 6, step: 0.5, default: 2, unit: '×' },
  /** 0 = no target. */
  maxTimeToFirstTokenSeconds: {
    min: 0,
    max: 30,
    step: 0.1,
    default: 0,
    unit: 's',
  },
  /** 0 = no target. */
  minOutputTokensPerSecond: {
    min: 0,
    max: 200,
    step: 5,
    default: 0,
    unit: 'tokens/s',
  },
  /**
   * 1 = each reasoning API's measured hidden tokens (docs/methods.md §17.1);
   * 0 = `reasoningTokensPerRequest` for every reasoning API.
   */
  reasoningFromModel: { min: 0, max: 1, step: 1, default: 1, unit: 'flag' },
  /** Share of requests that find the shared prefix cached while warm, both sides (§18.1). */
  prefixHitRatePercent: { min: 0, max: 100, step: 5, default: 90, unit: '%' },
  /** 0 = interactive traffic, 1 = offline batch work with a deadline (§18.2). */
  trafficKind: { min: 0, max: 1, step: 1, default: 0, unit: 'kind' },
  /** Batch work: hours each day's work may take (§18.2). */
  batchDeadlineHours: { min: 1, max: 168, step: 1, default: 24, unit: 'h' },
  /** Users' round trip to a datacenter (APIs, cloud, colocation), ms (§2.2, §18.3). */
  networkRoundTripMs: { min: 0, max: 500, step: 5, default: 50, unit: 'ms' },
  /** 1 = latency targets are required (options that miss them are excluded, §17.3); 0 = preferred. */
  latencyTargetRequired: { min: 0, max: 1, step: 1, default: 0, unit: 'flag' },
  /** Which request the latency targets bind: 0 = the median, 1 = the 95th percentile (§17.2). */
  latencyTargetP95: { min: 0, max: 1, step: 1, default: 0, unit: 'flag' },
  tokenizerRatio: { min: 0.8, max: 1.3, step: 0.05, default: 1, unit: '×' },
  /** Traffic pattern code (see TRAFFIC_PATTERNS): 0 = daily wave from peak-to-average. */
  trafficPattern: { min: 0, max: 3, step: 1, default: 0, unit: 'pattern' },
  /** Operations time the team has for self-hosting (engineers). */
  opsFteAvailable: { min: 0, max: 5, step: 0.05, default: 0.5, unit: 'FTE' },
  usdPerMillionTokens: {
    min: 0.001,
    max: 1000,
    step: 0.001,
    default: 1,
    unit: 'USD / 1M tokens',
  },
  usdPerGpuHour: {
    min: 0.01,
    max: 100,
    step: 0.01,
    default: 2,
    unit: 'USD / GPU-hour',
  },
  capexUsdPerDevice: {
    min: 100,
    max: 1_000_000,
    step: 1,
    default: 30_000,
    unit: 'USD',
  },
  opsFteShare: { min: 0, max: 2, step: 0.01, default: 0.25, unit: 'FTE' },
  /** People and owned hardware per option (running-costs.ts; docs/methods.md §7.3, §19.1). */
  opsFtePerGpu: {
    min: 0,
    max: 0.1,
    step: 0.0001,
    default: 0.0016,
    unit: 'FTE / GPU',
  },
  onCallFte: { min: 0, max: 2, step: 0.01, default: 0.32, unit: 'FTE' },
  amortisationMonths: {
    min: 6,
    max: 120,
    step: 1,
    default: 36,
    unit: 'months',
  },
  resalePercent: { min: 0, max: 90, step: 1, default: 20, unit: '%' },
  costOfCapitalPercent: {
    min: 0,
    max: 30,
    step: 0.5,
    default: 8,
    unit: '% / year',
  },
  electricityUsdPerKwh: {
    min: 0,
    max: 1,
    step: 0.005,
    default: 0.12,
    unit: 'USD / kWh',
  },
  pue: { min: 1, max: 3, step: 0.05, default: 1.4, unit: 'PUE' },
  colocationUsdPerKwMonth: {
    min: 0,
    max: 1000,
    step: 5,
    default: 200,
    unit: 'USD / kW-month',
  },
  serverOverheadPercent: {
    min: 0,
    max: 300,
    step: 5,
    default: 50,
    unit: '%',
  },
  usdPerFteMonth: {
    min: 0,
    max: 60_000,
    step: 500,
    default: 20_000,
    unit: 'USD / month',
  },
  /**
   * Quality floor, Artificial Analysis Intelligence Index points (0–100). The
   * input is `number | null` and off (null) by default; `default` here is only
   * the slider's resting value.
   */
  qualityFloorIndex: {
    min: 0,
    max: 100,
    step: 0.1,
    default: 0,
    unit: 'index points',
  },
  extraReplicas: { min: 0, max: 4, step: 1, default: 1, unit: 'replicas' },
  targetUtilisationPercent: {
    min: 10,
    max: 100,
    step: 5,
    default: 75,
    unit: '%',
  },
  gpusPerReplica: { min: 1, max: 8, step: 1, default: 1, unit: 'GPUs' },
  /** The engine's batch cap (§20.5); 0 = the engine's default; the engine's own limit is 65,536. */
  maxConcurrentSequences: {
    min: 0,
    max: 65536,
    step: 1,
    default: 0,
    unit: 'sequences',
  },
  /** Hybrid controls, percent. */
  hybridLocalSharePercent: {
    min: 0,
    max: 100,
    step: 5,
    default: 50,
    unit: '%',
  },
  hybridEscalationSharePercent: {
    min: 0,
    max: 100,
    step: 1,
    default: 10,
    unit: '%',
  },
  sensitiveSharePercent: { min: 0, max: 100, step: 5, default: 0, unit: '%' },
  devSharePercent: { min: 0, max: 100, step: 5, default: 10, unit: '%' },
} as const satisfies Record<string, Bound>;

export type BoundKey = keyof typeof BOUNDS;

/**
 * The chart's default volume axis (ADR-14 "The first visit"; docs/methods.md
 * §8.4): 1 M to 100 B tokens a month, widened by `scenarioFromInputs` to
 * include the current volume.
 */
export const CHART_VOLUME_RANGE: VolumeRange = {
  minTokensPerMonth: 1e6,
  maxTokensPerMonth: 1e11,
};

/** Clamp to the bound and snap to its step (so values round-trip through the URL). */
export function clampToBound(key: BoundKey, value: number): number {
  const b: Bound = BOUNDS[key];
  if (!Number.isFinite(value)) return b.default;
  const clamped = Math.min(b.max, Math.max(b.min, value));
  const snapped = Math.round(clamped / b.step) * b.step;
  // Avoid binary noise such as 0.30000000000000004 (nuqs's classic).
  const decimals = Math.max(0, -Math.floor(Math.log10(b.step)));
  return Number(Math.min(b.max, Math.max(b.min, snapped)).toFixed(decimals));
}

/** The log slider: position 0..LOG_SLIDER_STEPS maps onto min..max tokens per month. */
export const LOG_SLIDER_STEPS = 700;

export function tokensFromSliderPosition(position: number): number {
  const { min, max } = BOUNDS.tokensPerMonth;
  const t =
    Math.min(LOG_SLIDER_STEPS, Math.max(0, position)) / LOG_SLIDER_STEPS;
  const raw = 10 ** (Math.log10(min) + t * (Math.log10(max) - Math.log10(min)));
  return roundToSignificant(raw, 3);
}

export function sliderPositionFromTokens(tokens: number): number {
  const { min, max } = BOUNDS.tokensPerMonth;
  const clamped = Math.min(max, Math.max(min, tokens));
  return Math.round(
    ((Math.log10(clamped) - Math.log10(min)) /
      (Math.log10(max) - Math.log10(min))) *
      LOG_SLIDER_STEPS,
  );
}

/** 123,456 → 123,000 (3 significant digits): a slider value that reads well and round-trips. */
export function roundToSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude =
    10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

/** The workload's ADR-17 flags as a bare link reads them: model reasoning tokens, preferred p50 targets. */
export const REQUIREMENT_DEFAULTS = {
  reasoningFromModel: BOUNDS.reasoningFromModel.default,
  latencyTargetRequired: BOUNDS.latencyTargetRequired.default,
  latencyTargetP95: BOUNDS.latencyTargetP95.default,
} as const;
