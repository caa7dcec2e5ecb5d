/**
 * One evaluation of the API / self-hosted pair with the varied inputs set to
 * given values (docs/methods.md §10): the tornado, the elasticities and the
 * Monte Carlo all call `evaluatePoint`.
 */
import type {
  ApiModel,
  Catalog,
  Hardware,
  HardwareKind,
  ServingEngine,
} from '../catalog';
import { apiCostFunction } from './api-cost';
import { findCrossover } from './crossover';
import type { Scenario } from './evaluate';
import { evaluateSelfHost } from './self-host';
import type {
  SensitivityInputId,
  SensitivityMetricId,
  SensitivityMetrics,
  SensitivityRanges,
  SensitivityValues,
} from './sensitivity-types';
import type {
  ApiOptionInput,
  Procurement,
  SelfHostOptionInput,
  Workload,
} from './types';

/** The pair under analysis and where its efficiencies live in the catalog. */
export type PairContext = {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  readonly apiOption: ApiOptionInput;
  readonly apiModel: ApiModel;
  readonly selfOption: SelfHostOptionInput;
  readonly engine: ServingEngine | undefined;
  readonly kind: HardwareKind | undefined;
  /** The option's device: its generation's factors are varied too (§20.7, §20.11). */
  readonly hardware?: Hardware | undefined;
};

export const METRICS: readonly SensitivityMetricId[] = [
  'selfHostUsdPerMonth',
  'apiUsdPerMonth',
  'selfMinusApiUsdPerMonth',
  'firstCrossoverTokensPerMonth',
];

/** The ends an input is varied between: its range, widened to include the user's value. */
export function inputSpan(
  ranges: SensitivityRanges,
  base: SensitivityValues,
  id: SensitivityInputId,
): { low: number; high: number } {
  return {
    low: Math.min(ranges[id].low, base[id]),
    high: Math.max(ranges[id].high, base[id]),
  };
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

/**
 * The catalog with the engine's efficiencies on this hardware kind — and on
 * its generation, whose measured factor would otherwise win (§20.7) — set to `v`.
 */
function catalogAt(ctx: PairContext, v: SensitivityValues): Catalog {
  if (!(ctx.engine && ctx.kind)) return ctx.catalog;
  const generation = ctx.hardware?.generation;
  const byGeneration = ctx.engine.efficiencyByGeneration;
  const own = generation ? byGeneration?.[generation] : undefined;
  const engine: ServingEngine = {
    ...ctx.engine,
    ...(generation && own
      ? {
          efficiencyByGeneration: {
            ...byGeneration,
            [generation]: {
              ...own,
              bandwidth: v['bandwidth-efficiency'],
              prefill: v['prefill-efficiency'],
              // A two-die device reads these (§20.17): they move with the point too.
              ...(own.twoDies
                ? {
                    twoDies: {
                      ...own.twoDies,
                      bandwidth: v['bandwidth-efficiency'],
                      prefill: v['prefill-efficiency'],
                    },
                  }
                : {}),
            },
          },
        }
      : {}),
    bandwidthEfficiency: {
      ...ctx.engine.bandwidthEfficiency,
      [ctx.kind]: v['bandwidth-efficiency'],
    },
    prefillEfficiency: {
      ...ctx.engine.prefillEfficiency,
      [ctx.kind]: v['prefill-efficiency'],
    },
  };
  return {
    ...ctx.catalog,
    byId: {
      ...ctx.catalog.byId,
      engines: { ...ctx.catalog.byId.engines, [engine.id]: engine },
    },
  };
}

export function evaluatePoint(
  ctx: PairContext,
  v: SensitivityValues,
): SensitivityMetrics {
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
  const api = apiCostFunction(
    w,
    scaledApiModel(ctx.apiModel, v['api-price']),
    ctx.apiOption,
  );
  const apiUsd = api(w.requestsPerMonth);
  const { result, costModels } = evaluateSelfHost(w, self, catalogAt(ctx, v));
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
