import type { Catalog } from '../catalog';
import { apiCostFunction, estimateApiCost } from './api-cost';
import {
  buildCostCurve,
  DEFAULT_CURVE_SAMPLES,
  type CurveSeries,
} from './cost-curve';
import { findCrossover } from './crossover';
import type { HostedPrice } from './hosted-price';
import { evaluateHybrids } from './hybrid';
import type {
  HybridApiOption,
  HybridInput,
  HybridSelfHostOption,
} from './hybrid-input';
import { assessPrivacy } from './privacy';
import { isComparableQuality, qualityGapPoints } from './quality';
import { recommend } from './recommend';
import { resolveApiOptions } from './reasoning';
import { assessRequirements } from './requirements';
import { withSameModelComparators } from './same-model-hosted';
import type {
  CrossoverPair,
  PrivacyAssessment,
  Recommendation,
  ScenarioResult,
} from './result-types';
import { evaluateSelfHost } from './self-host';
import type {
  ApiOptionInput,
  ApiResult,
  SelfHostOptionInput,
  SelfHostResult,
  VolumeRange,
  Workload,
} from './types';
import { normaliseWorkload, type NormalisedWorkload } from './workload';

/** Everything the calculator needs to answer one question. */
export type Scenario = {
  readonly workload: Workload;
  readonly apiOptions: readonly ApiOptionInput[];
  readonly selfHostOptions: readonly SelfHostOptionInput[];
  /** Ticked privacy requirements (catalog privacy-rule ids). */
  readonly privacyRuleIds: readonly string[];
  /** The chart's volume axis and the crossover search range. */
  readonly volumeRange: VolumeRange;
  /** Hybrid-pattern settings (docs/methods.md §9.2); defaults apply when absent. */
  readonly hybrid?: HybridInput;
  /**
   * 'compare': the cheapest allowed host of each self-hosted open model joins
   * the API options (`hosted:<apiModelId>`); 'off' (the default): only the
   * user's own options.
   */
  readonly sameModelHosted?: 'compare' | 'off';
  /**
   * Quality floor (Artificial Analysis index points): the recommendation
   * never picks an option below it or not rated. Absent or null = off.
   */
  readonly qualityFloorIndex?: number | null;
};

/**
 * The single entry point: costs, latency, crossovers, cost curves, privacy
 * and the recommendation for a scenario. Pure and deterministic; the catalog
 * is an argument (custom entries are added to it by the caller).
 */
export function evaluateScenario(
  asGiven: Scenario,
  catalog: Catalog,
  options: { readonly curveSamples?: number } = {},
): ScenarioResult {
  const w = sanitiseWorkload(asGiven.workload);
  const nw = normaliseWorkload(w);
  const compared = withSameModelComparators(asGiven, w, catalog);
  const { comparators, hostedBySelfHostId } = compared;
  // Hidden reasoning tokens and rate-limit ladders, attached once (§17.1, §17.4).
  const scenario = resolveApiOptions(compared.scenario, w, catalog);
  const priced = priceOptions(scenario, w, catalog, hostedBySelfHostId);
  const crossovers = crossoverPairs(
    priced,
    nw,
    scenario.volumeRange,
    catalog.costDefaults.qualityIndex.comparablePoints,
  );
  const curve = buildCostCurve(
    curveSeries(priced),
    nw.tokensPerRequest,
    scenario.volumeRange,
    options.curveSamples ?? DEFAULT_CURVE_SAMPLES,
  );
  const api = priced.api.map((a) => a.result);
  const selfHost = priced.selfHost.map((s) => s.result);
  const privacy = scenarioPrivacy(scenario, api, selfHost, catalog);
  const hybrids = evaluateHybrids({
    workload: w,
    api: priced.api,
    selfHost: priced.selfHost,
    privacy,
    input: scenario.hybrid,
    catalog,
  });
  const requirements = assessRequirements({
    api,
    selfHost,
    privacy,
    workload: nw,
    latencyTargets: w.latencyTargets,
    qualityFloorIndex: scenario.qualityFloorIndex ?? null,
  });
  return {
    workload: nw,
    api,
    selfHost,
    crossovers,
    curve,
    privacy,
    recommendation: recommendScenario(scenario, {
      api,
      selfHost,
      crossovers,
      privacy,
      workload: nw,
      hybrids,
      comparators,
      requirements,
    }),
    hybrids,
    comparators,
    requirements,
  };
}

/** Every option with its result and its cost as a function of volume. */
type PricedOptions = {
  readonly api: readonly HybridApiOption[];
  readonly selfHost: readonly HybridSelfHostOption[];
};

/**
 * Prices every option at the scenario's volume (API options of unknown models
 * are dropped); each self-hosted result carries its same-model hosted prices.
 */
function priceOptions(
  scenario: Scenario,
  w: Workload,
  catalog: Catalog,
  hostedBySelfHostId: ReadonlyMap<string, readonly HostedPrice[]>,
): PricedOptions {
  const estimated = scenario.apiOptions.flatMap((option) => {
    const model = catalog.byId.apiModels[option.apiModelId];
    return model
      ? [{ option, model, result: estimateApiCost(w, model, option) }]
      : [];
  });
  const selfHost = scenario.selfHostOptions.map((option) => {
    const { result, costModels } = evaluateSelfHost(w, option, catalog);
    const hostedSameModel = hostedBySelfHostId.get(option.id) ?? [];
    return { option, result: { ...result, hostedSameModel }, costModels };
  });
  const api = estimated.map((a) => ({
    ...a,
    usdPerMonth: apiCostFunction(w, a.model, a.option),
  }));
  return { api, selfHost };
}

/** The crossover of every self-hosted option with every API option, like-for-like when their indexes are comparable. */
function crossoverPairs(
  priced: PricedOptions,
  nw: NormalisedWorkload,
  range: VolumeRange,
  comparablePoints: number,
): CrossoverPair[] {
  const crossovers: CrossoverPair[] = [];
  for (const s of priced.selfHost) {
    for (const a of priced.api) {
      const gap = qualityGapPoints(
        a.result.qualityIndex,
        s.result.qualityIndex,
      );
      crossovers.push({
        apiId: a.option.id,
        selfHostId: s.option.id,
        crossover: findCrossover(
          a.usdPerMonth,
          s.costModels,
          nw.tokensPerRequest,
          range,
          isComparableQuality(gap, comparablePoints),
        ),
        qualityGapPoints: gap,
      });
    }
  }
  return crossovers;
}

/** Every option's cost as a function of volume, for the chart. */
function curveSeries(priced: PricedOptions): CurveSeries[] {
  return [
    ...priced.api.map((a) => ({
      id: a.option.id,
      kind: 'api' as const,
      usdPerMonth: a.usdPerMonth,
    })),
    ...priced.selfHost.map((s) => ({
      id: s.option.id,
      kind: 'self-host' as const,
      models: s.costModels,
    })),
  ];
}

/** The ticked rules applied to every option, rented GPUs told apart from your own. */
function scenarioPrivacy(
  scenario: Scenario,
  api: readonly ApiResult[],
  selfHost: readonly SelfHostResult[],
  catalog: Catalog,
): PrivacyAssessment {
  return assessPrivacy(
    scenario.privacyRuleIds,
    api,
    selfHost,
    catalog,
    Object.fromEntries(
      scenario.selfHostOptions.map((o) => [o.id, o.procurement.kind]),
    ),
  );
}

/** The verdict from the results, with the scenario's sensitive share and ops costs. */
function recommendScenario(
  scenario: Scenario,
  results: Omit<ScenarioResult, 'curve' | 'recommendation'>,
): Recommendation {
  return recommend({
    ...results,
    sensitiveShare: scenario.hybrid?.sensitiveShare ?? 0,
    qualityFloorIndex: scenario.qualityFloorIndex ?? null,
    usdPerFteMonthByOption: Object.fromEntries(
      scenario.selfHostOptions.map((o) => [o.id, o.ops.usdPerFteMonth]),
    ),
  });
}

const finiteOr = (v: number, fallback: number) =>
  Number.isFinite(v) ? v : fallback;

/**
 * Clamps a workload into the domain the formulas assume (ADR-6: the engine
 * repairs rather than throws; `validateScenario` reports the same problems).
 */
export function sanitiseWorkload(w: Workload): Workload {
  const input = Math.max(0, finiteOr(w.inputTokensPerRequest, 0));
  return {
    ...w,
    requestsPerMonth: Math.max(0, finiteOr(w.requestsPerMonth, 0)),
    inputTokensPerRequest: input,
    outputTokensPerRequest: Math.max(0, finiteOr(w.outputTokensPerRequest, 0)),
    reasoningTokensPerRequest: Math.max(
      0,
      finiteOr(w.reasoningTokensPerRequest, 0),
    ),
    cacheablePrefixTokens: Math.min(
      input,
      Math.max(0, finiteOr(w.cacheablePrefixTokens, 0)),
    ),
    batchableShare: Math.min(1, Math.max(0, finiteOr(w.batchableShare, 0))),
    peakToAverage: Math.min(24, Math.max(1, finiteOr(w.peakToAverage, 1))),
    tokenizerRatio:
      finiteOr(w.tokenizerRatio, 1) > 0 ? finiteOr(w.tokenizerRatio, 1) : 1,
    apiNetworkRoundTripSeconds: Math.max(
      0,
      finiteOr(w.apiNetworkRoundTripSeconds, 0),
    ),
    // Batch work has a deadline, not latency targets (docs/methods.md §18.2).
    ...(w.trafficKind === 'batch' ? { latencyTargets: {} } : {}),
  };
}
