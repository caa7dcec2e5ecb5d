import type { Catalog } from '../catalog';
import { apiCostFunction, estimateApiCost } from './api-cost';
import {
  buildCostCurve,
  DEFAULT_CURVE_SAMPLES,
  type CurveSeries,
} from './cost-curve';
import { findCrossover } from './crossover';
import { evaluateHybrids, type HybridInput, type HybridResult } from './hybrid';
import { assessPrivacy, type PrivacyAssessment } from './privacy';
import { recommend, type Recommendation } from './recommend';
import { evaluateSelfHost, type SelfHostCostModel } from './self-host';
import type {
  ApiOptionInput,
  ApiResult,
  CostCurvePoint,
  Crossover,
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
  /** Hybrid-pattern settings (engine-spec §9.2); defaults apply when absent. */
  readonly hybrid?: HybridInput;
};

export type CrossoverPair = {
  readonly apiId: string;
  readonly selfHostId: string;
  readonly crossover: Crossover;
};

export type ScenarioResult = {
  readonly workload: NormalisedWorkload;
  readonly api: readonly ApiResult[];
  readonly selfHost: readonly SelfHostResult[];
  readonly crossovers: readonly CrossoverPair[];
  readonly curve: readonly CostCurvePoint[];
  readonly privacy: PrivacyAssessment;
  readonly recommendation: Recommendation;
  /** Hybrid patterns next to the pure options (engine-spec §9.2). */
  readonly hybrids: readonly HybridResult[];
};

/**
 * The single entry point: costs, latency, crossovers, cost curves, privacy
 * and the recommendation for a scenario. Pure and deterministic; the catalog
 * is an argument (custom entries are added to it by the caller).
 */
export function evaluateScenario(
  scenario: Scenario,
  catalog: Catalog,
  options: { readonly curveSamples?: number } = {},
): ScenarioResult {
  const w = sanitiseWorkload(scenario.workload);
  const nw = normaliseWorkload(w);
  const apiPairs = scenario.apiOptions.flatMap((option) => {
    const model = catalog.byId.apiModels[option.apiModelId];
    return model
      ? [{ option, model, result: estimateApiCost(w, model, option) }]
      : [];
  });
  const selfHost: {
    option: SelfHostOptionInput;
    result: SelfHostResult;
    models: readonly SelfHostCostModel[];
  }[] = scenario.selfHostOptions.map((option) => {
    const { result, costModels } = evaluateSelfHost(w, option, catalog);
    return { option, result, models: costModels };
  });
  const apiCostFns = new Map(
    apiPairs.map((a) => [a, apiCostFunction(w, a.model, a.option)] as const),
  );
  const apiCostAt = (pair: (typeof apiPairs)[number]) => apiCostFns.get(pair)!;

  const crossovers: CrossoverPair[] = [];
  for (const s of selfHost) {
    for (const a of apiPairs) {
      crossovers.push({
        apiId: a.option.id,
        selfHostId: s.option.id,
        crossover: findCrossover(
          apiCostAt(a),
          s.models,
          nw.tokensPerRequest,
          scenario.volumeRange,
          a.model.qualityTier === s.result.qualityTier,
        ),
      });
    }
  }
  const series: CurveSeries[] = [
    ...apiPairs.map((a) => ({
      id: a.option.id,
      kind: 'api' as const,
      usdPerMonth: apiCostAt(a),
    })),
    ...selfHost.map((s) => ({
      id: s.option.id,
      kind: 'self-host' as const,
      models: s.models,
    })),
  ];
  const curve = buildCostCurve(
    series,
    nw.tokensPerRequest,
    scenario.volumeRange,
    options.curveSamples ?? DEFAULT_CURVE_SAMPLES,
  );
  const api = apiPairs.map((a) => a.result);
  const selfHostResults = selfHost.map((s) => s.result);
  const privacy = assessPrivacy(
    scenario.privacyRuleIds,
    api,
    selfHostResults,
    catalog,
    Object.fromEntries(
      scenario.selfHostOptions.map((o) => [o.id, o.procurement.kind]),
    ),
  );
  const hybrids = evaluateHybrids({
    workload: w,
    api: apiPairs.map((a) => ({
      option: a.option,
      model: a.model,
      result: a.result,
      usdPerMonth: apiCostAt(a),
    })),
    selfHost: selfHost.map((s) => ({
      option: s.option,
      result: s.result,
      costModels: s.models,
    })),
    privacy,
    input: scenario.hybrid,
    catalog,
  });
  return {
    workload: nw,
    api,
    selfHost: selfHostResults,
    crossovers,
    curve,
    privacy,
    recommendation: recommend({
      api,
      selfHost: selfHostResults,
      crossovers,
      privacy,
      workload: nw,
      hybrids,
      sensitiveShare: scenario.hybrid?.sensitiveShare ?? 0,
      usdPerFteMonthByOption: Object.fromEntries(
        scenario.selfHostOptions.map((o) => [o.id, o.ops.usdPerFteMonth]),
      ),
    }),
    hybrids,
  };
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
  };
}
