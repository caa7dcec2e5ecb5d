/**
 * Uncertainty (engine-spec §10): which inputs move the answer most
 * (one-at-a-time tornado), a low/high band from the inputs' ranges, and an
 * optional seeded Monte Carlo. Pure: the random generator is implemented here
 * and seeded by the caller.
 */
import type {
  ApiModel,
  Catalog,
  HardwareKind,
  ServingEngine,
} from '../catalog';
import { apiCostFunction } from './api-cost';
import { findCrossover } from './crossover';
import type { Scenario } from './evaluate';
import { evaluateSelfHost } from './self-host';
import type {
  ApiOptionInput,
  Procurement,
  SelfHostOptionInput,
  Workload,
} from './types';

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
   * Elasticities E = Δln(metric) / Δln(input) by ±10 % central differences
   * around the user's values (engine-spec §10.2); null where the metric or
   * the input is not positive on both sides.
   */
  readonly elasticities: Readonly<
    Record<SensitivityMetricId, Readonly<Record<string, number | null>>>
  >;
};

/** Relative step of the elasticity central differences (engine-spec §10.2). */
export const ELASTICITY_STEP = 0.1;

export type SensitivityOptions = {
  readonly apiOptionId?: string;
  readonly selfHostOptionId?: string;
  /** Run a seeded Monte Carlo with this many samples (triangular on the same ranges). */
  readonly monteCarlo?: { readonly samples: number; readonly seed: number };
};

/** Most Monte Carlo samples one call runs (named bound). */
export const MAX_MONTE_CARLO_SAMPLES = 10_000;

/**
 * Ranges of the varied inputs (engine-spec §2, §10.1). Prices, volume and
 * output are multipliers of the user's value; the rest are absolute.
 * Grade C unless the spec's table says otherwise.
 */
export const SENSITIVITY_RANGES: Readonly<
  Record<SensitivityInputId, { readonly low: number; readonly high: number }>
> = {
  // GPU rent or purchase price: ±40 % market spread (spec §2.7, [S24]).
  'gpu-price': { low: 0.6, high: 1.4 },
  // API list prices: halve within a year at constant capability ([S15]) or rise 20 %.
  'api-price': { low: 0.5, high: 1.2 },
  // Share of one engineer running the service (spec §2.7: 0.05–1.0).
  'ops-fte-share': { low: 0.05, high: 1 },
  // Target peak utilisation (spec §2.7: 0.6–0.9).
  'target-utilisation': { low: 0.6, high: 0.9 },
  // Peak-to-average traffic (spec §2.1: 1.2–4).
  'peak-to-average': { low: 1.2, high: 4 },
  // Decode bandwidth efficiency ηbw (spec §2.6: datacenter 0.45–0.85).
  'bandwidth-efficiency': { low: 0.45, high: 0.85 },
  // Prefill FLOP efficiency ηpf (spec §2.6: 0.30–0.70).
  'prefill-efficiency': { low: 0.3, high: 0.7 },
  // Self-hosted tokens per API token τ (spec §2.1: 0.85–1.25, [S4]).
  'tokenizer-ratio': { low: 0.85, high: 1.25 },
  // Output tokens per request ±50 % (output is the expensive side on both).
  'output-tokens': { low: 0.5, high: 1.5 },
  // Monthly volume: half to double the estimate.
  volume: { low: 0.5, high: 2 },
};

/** ηbw ranges per hardware kind (spec §2.6). */
const BANDWIDTH_RANGE: Record<HardwareKind, { low: number; high: number }> = {
  'datacenter-gpu': { low: 0.45, high: 0.85 },
  'consumer-gpu': { low: 0.5, high: 0.85 },
  apple: { low: 0.45, high: 0.8 },
  cpu: { low: 0.45, high: 0.75 },
};

type Values = Record<SensitivityInputId, number>;

/**
 * A small seeded PRNG (mulberry32): 32-bit state, period 2^32, uniform in
 * [0, 1). Deterministic for a given seed — never Math.random (spec §10.3).
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

function scaledApiModel(m: ApiModel, k: number): ApiModel {
  const out: { -readonly [K in keyof ApiModel]: ApiModel[K] } = {
    ...m,
    usdPerMillionInputTokens: m.usdPerMillionInputTokens * k,
    usdPerMillionOutputTokens: m.usdPerMillionOutputTokens * k,
  };
  if (m.usdPerMillionCachedInputTokens !== undefined)
    out.usdPerMillionCachedInputTokens = m.usdPerMillionCachedInputTokens * k;
  if (m.usdPerMillionCacheWriteTokens !== undefined)
    out.usdPerMillionCacheWriteTokens = m.usdPerMillionCacheWriteTokens * k;
  if (m.longContext) {
    const lc = m.longContext;
    const scaled: { -readonly [K in keyof typeof lc]: (typeof lc)[K] } = {
      ...lc,
      usdPerMillionInputTokens: lc.usdPerMillionInputTokens * k,
      usdPerMillionOutputTokens: lc.usdPerMillionOutputTokens * k,
    };
    if (lc.usdPerMillionCachedInputTokens !== undefined)
      scaled.usdPerMillionCachedInputTokens =
        lc.usdPerMillionCachedInputTokens * k;
    out.longContext = scaled;
  }
  return out;
}

function scaledProcurement(p: Procurement, k: number): Procurement {
  switch (p.kind) {
    case 'cloud':
      return { ...p, usdPerGpuHour: p.usdPerGpuHour * k };
    case 'owned':
      return { ...p, capexUsdPerGpu: p.capexUsdPerGpu * k };
    case 'desk':
      return { ...p, capexUsdPerDevice: p.capexUsdPerDevice * k };
  }
}

type Context = {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  readonly apiOption: ApiOptionInput;
  readonly apiModel: ApiModel;
  readonly selfOption: SelfHostOptionInput;
  readonly engine: ServingEngine | undefined;
  readonly kind: HardwareKind | undefined;
};

function evaluatePoint(ctx: Context, v: Values): SensitivityMetrics {
  const w0 = ctx.scenario.workload;
  const w: Workload = {
    ...w0,
    requestsPerMonth: w0.requestsPerMonth * v.volume,
    outputTokensPerRequest: w0.outputTokensPerRequest * v['output-tokens'],
    tokenizerRatio: v['tokenizer-ratio'],
    peakToAverage: v['peak-to-average'],
  };
  const self: SelfHostOptionInput = {
    ...ctx.selfOption,
    procurement: scaledProcurement(ctx.selfOption.procurement, v['gpu-price']),
    targetUtilisation: v['target-utilisation'],
    ops: { ...ctx.selfOption.ops, fteShare: v['ops-fte-share'] },
  };
  let catalog = ctx.catalog;
  if (ctx.engine && ctx.kind) {
    const engine: ServingEngine = {
      ...ctx.engine,
      bandwidthEfficiency: {
        ...ctx.engine.bandwidthEfficiency,
        [ctx.kind]: v['bandwidth-efficiency'],
      },
      prefillEfficiency: {
        ...ctx.engine.prefillEfficiency,
        [ctx.kind]: v['prefill-efficiency'],
      },
    };
    catalog = {
      ...ctx.catalog,
      byId: {
        ...ctx.catalog.byId,
        engines: { ...ctx.catalog.byId.engines, [engine.id]: engine },
      },
    };
  }
  const api = apiCostFunction(
    w,
    scaledApiModel(ctx.apiModel, v['api-price']),
    ctx.apiOption,
  );
  const apiUsd = api(w.requestsPerMonth);
  const { result, costModels } = evaluateSelfHost(w, self, catalog);
  const selfUsd = result.feasible ? result.cost.usdPerMonth : null;
  const tokensPerRequest =
    w.inputTokensPerRequest +
    w.outputTokensPerRequest +
    w.reasoningTokensPerRequest;
  const crossover = findCrossover(
    api,
    costModels,
    tokensPerRequest,
    ctx.scenario.volumeRange,
    true,
  );
  return {
    selfHostUsdPerMonth: selfUsd,
    apiUsdPerMonth: apiUsd,
    selfMinusApiUsdPerMonth: selfUsd === null ? null : selfUsd - apiUsd,
    firstCrossoverTokensPerMonth:
      crossover.kind === 'crosses' ? crossover.firstTokensPerMonth : null,
  };
}

const METRICS: readonly SensitivityMetricId[] = [
  'selfHostUsdPerMonth',
  'apiUsdPerMonth',
  'selfMinusApiUsdPerMonth',
  'firstCrossoverTokensPerMonth',
];

/**
 * Tornado, band and (optionally) Monte Carlo for one API / self-hosted pair:
 * by default the cheapest eligible API and the cheapest feasible self-hosted
 * option at the user's volume. Each bar re-evaluates the pair with one input
 * at the low and the high end of its range (engine-spec §10.2). Returns null
 * when the scenario has no API option or no self-hosted option.
 *
 * @example analyseSensitivity(scenario, catalog, { monteCarlo: { samples: 500, seed: 1 } })
 */
export function analyseSensitivity(
  scenario: Scenario,
  catalog: Catalog,
  options: SensitivityOptions = {},
): SensitivityResult | null {
  const pair = choosePair(scenario, catalog, options);
  if (!pair) return null;
  const { apiOption, apiModel, selfOption } = pair;
  const engine = catalog.byId.engines[selfOption.engineId];
  const hardware = catalog.byId.hardware[selfOption.hardwareId];
  const kind = hardware?.kind;
  const ctx: Context = {
    scenario,
    catalog,
    apiOption,
    apiModel,
    selfOption,
    engine,
    kind,
  };
  const w = scenario.workload;
  const base: Values = {
    'gpu-price': 1,
    'api-price': 1,
    'ops-fte-share': selfOption.ops.fteShare,
    'target-utilisation': selfOption.targetUtilisation,
    'peak-to-average': w.peakToAverage,
    'bandwidth-efficiency': (kind && engine?.bandwidthEfficiency[kind]) ?? 0.6,
    'prefill-efficiency': (kind && engine?.prefillEfficiency[kind]) ?? 0.3,
    'tokenizer-ratio': w.tokenizerRatio,
    'output-tokens': 1,
    volume: 1,
  };
  const ranges: Record<SensitivityInputId, { low: number; high: number }> = {
    ...SENSITIVITY_RANGES,
    ...(kind ? { 'bandwidth-efficiency': BANDWIDTH_RANGE[kind] } : {}),
    // The spec's 0.05–1.0 FTE range describes a production service; a machine
    // on a desk (0.02 FTE by default, spec §7.3) varies from half to double.
    ...(selfOption.procurement.kind === 'desk'
      ? {
          'ops-fte-share': {
            low: selfOption.ops.fteShare / 2,
            high: selfOption.ops.fteShare * 2,
          },
        }
      : {}),
  };
  const inputs = (Object.keys(ranges) as SensitivityInputId[]).filter(
    (id) =>
      // A given hourly profile overrides the peak-to-average ratio.
      !(id === 'peak-to-average' && w.hourlyProfile !== undefined) &&
      // Efficiencies matter only when the engine knows this hardware kind.
      !(
        (id === 'bandwidth-efficiency' || id === 'prefill-efficiency') &&
        !(engine && kind)
      ),
  );
  const baseMetrics = evaluatePoint(ctx, base);
  const rows = inputs.map((id) => {
    const lowInput = Math.min(ranges[id].low, base[id]);
    const highInput = Math.max(ranges[id].high, base[id]);
    return {
      id,
      lowInput,
      highInput,
      low: evaluatePoint(ctx, { ...base, [id]: lowInput }),
      high: evaluatePoint(ctx, { ...base, [id]: highInput }),
    };
  });
  const tornado = {} as Record<SensitivityMetricId, TornadoBar[]>;
  const band = {} as Record<SensitivityMetricId, Band | null>;
  for (const metric of METRICS) {
    const bars = rows.map((r): TornadoBar => {
      const atLow = r.low[metric];
      const atHigh = r.high[metric];
      return {
        input: r.id,
        lowInput: r.lowInput,
        highInput: r.highInput,
        baseInput: base[r.id],
        atLow,
        atHigh,
        swing: atLow === null || atHigh === null ? 0 : Math.abs(atHigh - atLow),
      };
    });
    bars.sort((a, b) => b.swing - a.swing);
    tornado[metric] = bars;
    const b = baseMetrics[metric];
    if (b === null) {
      band[metric] = null;
      continue;
    }
    let down = 0;
    let up = 0;
    for (const bar of bars) {
      for (const v of [bar.atLow, bar.atHigh]) {
        if (v === null) continue;
        if (v < b) down += (b - v) ** 2;
        else up += (v - b) ** 2;
      }
    }
    band[metric] = { low: b - Math.sqrt(down), high: b + Math.sqrt(up) };
  }
  const elasticities = {} as Record<
    SensitivityMetricId,
    Record<string, number | null>
  >;
  for (const metric of METRICS) elasticities[metric] = {};
  for (const id of inputs) {
    if (!(base[id] > 0)) {
      for (const metric of METRICS) elasticities[metric][id] = null;
      continue;
    }
    const down = evaluatePoint(ctx, {
      ...base,
      [id]: base[id] * (1 - ELASTICITY_STEP),
    });
    const up = evaluatePoint(ctx, {
      ...base,
      [id]: base[id] * (1 + ELASTICITY_STEP),
    });
    const dx = Math.log((1 + ELASTICITY_STEP) / (1 - ELASTICITY_STEP));
    for (const metric of METRICS) {
      const lo = down[metric];
      const hi = up[metric];
      elasticities[metric][id] =
        lo !== null && hi !== null && lo > 0 && hi > 0
          ? Math.log(hi / lo) / dx
          : null;
    }
  }
  const mc = options.monteCarlo
    ? monteCarlo(ctx, base, ranges, inputs, options.monteCarlo)
    : null;
  return {
    apiOptionId: apiOption.id,
    selfHostOptionId: selfOption.id,
    base: baseMetrics,
    tornado,
    band,
    monteCarlo: mc,
    elasticities,
  };
}

function monteCarlo(
  ctx: Context,
  base: Values,
  ranges: Record<SensitivityInputId, { low: number; high: number }>,
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
    const v: Values = { ...base };
    for (const id of inputs) {
      const low = Math.min(ranges[id].low, base[id]);
      const high = Math.max(ranges[id].high, base[id]);
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

function choosePair(
  scenario: Scenario,
  catalog: Catalog,
  options: SensitivityOptions,
) {
  const w = scenario.workload;
  const apis = scenario.apiOptions.flatMap((option) => {
    const model = catalog.byId.apiModels[option.apiModelId];
    return model
      ? [
          {
            option,
            model,
            usd: apiCostFunction(w, model, option)(w.requestsPerMonth),
          },
        ]
      : [];
  });
  const api =
    options.apiOptionId !== undefined
      ? apis.find((a) => a.option.id === options.apiOptionId)
      : apis.sort((a, b) => a.usd - b.usd)[0];
  const selfs = scenario.selfHostOptions.flatMap((option) => {
    const { result } = evaluateSelfHost(w, option, catalog);
    return result.feasible ? [{ option, usd: result.cost.usdPerMonth }] : [];
  });
  const self =
    options.selfHostOptionId !== undefined
      ? scenario.selfHostOptions.find((o) => o.id === options.selfHostOptionId)
      : selfs.sort((a, b) => a.usd - b.usd)[0]?.option;
  if (!api || !self) return null;
  return { apiOption: api.option, apiModel: api.model, selfOption: self };
}
