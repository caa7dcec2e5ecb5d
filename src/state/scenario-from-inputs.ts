import {
  CLOUD_DISCOUNTS,
  OWNED_DEFAULTS,
  PLATFORM_DEFAULTS,
  type Catalog,
} from '../catalog';
import type {
  ApiOptionInput,
  HybridInput,
  OpsCosts,
  Procurement,
  Scenario,
  SelfHostOptionInput,
  Workload,
} from '../engine';
import { kvCacheBytesPerValueFor } from '../engine';
import { TRAFFIC_PATTERNS } from './workload-presets';
import { CHART_VOLUME_RANGE } from './scenario-bounds';
import {
  rentedDiscountsFor,
  type ApiOptionState,
  type CalculatorInputs,
  type HybridInputs,
  type SelfHostOptionState,
  type WorkloadInputs,
} from './calculator-inputs';

/*
 * The cost assumptions (owned hardware, cloud discounts, platform costs) are
 * catalog data with their sources: `src/catalog/data/cost-defaults.ts`.
 * Re-exported here for the option explanations that quote them.
 */
export { CLOUD_DISCOUNTS, OWNED_DEFAULTS, PLATFORM_DEFAULTS };

/** Network round trip to a cloud API (docs/methods.md §2.2, grade C): the default of `networkRoundTripMs`. */
export const API_NETWORK_RTT_SECONDS = 0.05;

function procurementFor(o: SelfHostOptionState, catalog: Catalog): Procurement {
  switch (o.procurement) {
    case 'on-demand':
    case 'reserved':
    case 'spot': {
      // The offer's listed reserved / spot price where it has one, else the typical discount.
      const d = rentedDiscountsFor(catalog, o.hardwareId, o.usdPerGpuHour);
      return {
        kind: 'cloud',
        pricing: o.procurement,
        usdPerGpuHour: o.usdPerGpuHour,
        reservedDiscount: d.reservedDiscount,
        spotDiscount: d.spotDiscount,
      };
    }
    case 'owned':
      // The option's own terms (docs/methods.md §7.3); no colocation rent = your own premises.
      return {
        kind: 'owned',
        capexUsdPerGpu:
          o.capexUsdPerDevice * (1 + o.serverOverheadPercent / 100),
        amortisationMonths: o.amortisationMonths,
        residualShare: o.resalePercent / 100,
        costOfCapitalAnnual: o.costOfCapitalPercent / 100,
        electricityUsdPerKwh: o.electricityUsdPerKwh,
        pue: o.pue,
        hostingUsdPerKwMonth: o.colocationUsdPerKwMonth,
        hosting: o.colocationUsdPerKwMonth > 0 ? 'colo' : 'onprem',
      };
    case 'desk':
      return {
        kind: 'desk',
        capexUsdPerDevice: o.capexUsdPerDevice,
        amortisationMonths: o.amortisationMonths,
        residualShare: o.resalePercent / 100,
        electricityUsdPerKwh: o.electricityUsdPerKwh,
      };
  }
}

/**
 * KV-cache bytes per value, from the catalog (docs/methods.md §20.9): the
 * option's chosen precision where the engine offers it, else the engine's
 * default for the quant — the CLI's scenario file resolves it with the same
 * function. An unknown id is reported by the engine before the value is used.
 */
function kvBytesFor(o: SelfHostOptionState, catalog: Catalog): number {
  const engine = catalog.byId.engines[o.engineId];
  const quant = catalog.byId.quants[o.quantId];
  if (!engine || !quant) return 2;
  const hardware = catalog.byId.hardware[o.hardwareId];
  return kvCacheBytesPerValueFor(engine, quant, hardware, o.kvCachePrecision);
}

/**
 * One request's token mix and the monthly request count, from the page's
 * volume, split and request size: tokens per request = input + output + reasoning.
 */
export function requestShapeFrom(w: WorkloadInputs) {
  // With each model's own hidden tokens (§17.1) the request is all visible; the APIs add their thinking on top.
  const reasoning =
    w.reasoningFromModel === 1
      ? 0
      : Math.min(w.reasoningTokensPerRequest, w.tokensPerRequest);
  const visible = Math.max(0, w.tokensPerRequest - reasoning);
  const input = (visible * w.inputSharePercent) / 100;
  return {
    requestsPerMonth:
      w.tokensPerRequest > 0 ? w.tokensPerMonth / w.tokensPerRequest : 0,
    inputTokensPerRequest: input,
    outputTokensPerRequest: visible - input,
    reasoningTokensPerRequest: reasoning,
  };
}

/** Translates the page's inputs into the engine's scenario (pure). */
export function scenarioFromInputs(
  inputs: CalculatorInputs,
  catalog: Catalog,
): Scenario {
  const apiOptions: ApiOptionInput[] = [];
  const selfHostOptions: SelfHostOptionInput[] = [];
  for (const o of inputs.options) {
    if (o.kind === 'api') apiOptions.push(apiOptionFrom(o));
    else
      selfHostOptions.push(
        selfHostOptionFrom(o, inputs.usdPerFteMonth, catalog),
      );
  }
  return {
    workload: workloadFrom(inputs.workload),
    apiOptions,
    selfHostOptions,
    privacyRuleIds: inputs.privacyRuleIds,
    hybrid: hybridSharesFrom(inputs.hybrid),
    volumeRange: volumeRangeAround(inputs.workload.tokensPerMonth),
    sameModelHosted: inputs.compareSameModelHosted ? 'compare' : 'off',
    qualityFloorIndex: inputs.qualityFloorIndex,
  };
}

/** The engine's workload: requests of a token mix, traffic shape and latency targets. */
function workloadFrom(w: WorkloadInputs): Workload {
  const hourly =
    TRAFFIC_PATTERNS.find((p) => p.code === w.trafficPattern)?.hourly ?? null;
  const shape = requestShapeFrom(w);
  const input = shape.inputTokensPerRequest;
  return {
    // Volume is defined on input + output + reasoning tokens (docs/methods.md §2.1, §8.3).
    requestsPerMonth: shape.requestsPerMonth,
    inputTokensPerRequest: input,
    outputTokensPerRequest: shape.outputTokensPerRequest,
    reasoningTokensPerRequest: shape.reasoningTokensPerRequest,
    reasoningTokensSource:
      w.reasoningFromModel === 1 ? 'model-default' : 'workload',
    cacheablePrefixTokens: Math.min(w.cachedPrefixTokens, input),
    batchableShare: w.batchableSharePercent / 100,
    peakToAverage: w.peakToAverage,
    ...(hourly ? { hourlyProfile: hourly } : {}),
    tokenizerRatio: w.tokenizerRatio,
    latencyTargets: {
      ...(w.maxTimeToFirstTokenSeconds > 0
        ? { maxTimeToFirstTokenSeconds: w.maxTimeToFirstTokenSeconds }
        : {}),
      ...(w.minOutputTokensPerSecond > 0
        ? { minOutputTokensPerSecond: w.minOutputTokensPerSecond }
        : {}),
      strength: w.latencyTargetRequired === 1 ? 'required' : 'preferred',
      percentile: w.latencyTargetP95 === 1 ? 'p95' : 'p50',
    },
    apiNetworkRoundTripSeconds: w.networkRoundTripMs / 1000,
    // Issue 11 (ADR-18): one prefix hit rate for both sides; batch work by its deadline.
    prefixCacheHitRate: w.prefixHitRatePercent / 100,
    ...(w.trafficKind === 1
      ? { trafficKind: 'batch', batchDeadlineHours: w.batchDeadlineHours }
      : {}),
  };
}

/** An API option, with the user's own prices where they entered them. */
function apiOptionFrom(o: ApiOptionState): ApiOptionInput {
  return {
    id: o.id,
    apiModelId: o.apiModelId,
    useBatch: o.useBatch,
    ...(o.customInputUsdPerMillion !== null
      ? { usdPerMillionInputTokensOverride: o.customInputUsdPerMillion }
      : {}),
    ...(o.customOutputUsdPerMillion !== null
      ? { usdPerMillionOutputTokensOverride: o.customOutputUsdPerMillion }
      : {}),
    ...(o.reasoningEffort ? { reasoningEffort: o.reasoningEffort } : {}),
    ...(o.rateLimitTier ? { rateLimitTier: o.rateLimitTier } : {}),
  };
}

/** A self-hosted option with its procurement, KV-cache precision and people/platform costs. */
function selfHostOptionFrom(
  o: SelfHostOptionState,
  usdPerFteMonth: number,
  catalog: Catalog,
): SelfHostOptionInput {
  return {
    id: o.id,
    openModelId: o.openModelId,
    quantId: o.quantId,
    engineId: o.engineId,
    hardwareId: o.hardwareId,
    gpusPerReplica: o.gpusPerReplica === 0 ? 'auto' : o.gpusPerReplica,
    kvCacheBytesPerValue: kvBytesFor(o, catalog),
    procurement: procurementFor(o, catalog),
    ops: opsFor(o, usdPerFteMonth),
    extraReplicas: o.extraReplicas,
    targetUtilisation: o.targetUtilisationPercent / 100,
    // A workstation or Mac on a desk is one machine (docs/methods.md §7.3).
    ...(o.procurement === 'desk' ? { maxServingReplicas: 1 } : {}),
    // The engine's batch cap (§20.5); 0 = the engine's own default.
    ...(o.maxConcurrentSequences > 0
      ? { maxConcurrentSequences: o.maxConcurrentSequences }
      : {}),
    // Prefix caching on or off (§18.1); absent = as the engine ships.
    ...(typeof o.prefixCaching === 'boolean'
      ? { prefixCaching: o.prefixCaching }
      : {}),
  };
}

/** People and platform costs; a desk machine needs no monitoring, networking or storage. */
function opsFor(o: SelfHostOptionState, usdPerFteMonth: number): OpsCosts {
  const desk = o.procurement === 'desk';
  return {
    fteShare: o.opsFteShare,
    // People grow with the fleet, and a production service has someone on call (docs/methods.md §19.1).
    fteSharePerGpu: o.opsFtePerGpu,
    onCallFteShare: o.onCallFte,
    usdPerFteMonth,
    monitoringUsdPerMonth: desk ? 0 : PLATFORM_DEFAULTS.monitoringUsdPerMonth,
    networkingAndStorageUsdPerMonth: desk
      ? 0
      : PLATFORM_DEFAULTS.networkingAndStorageUsdPerMonth,
    fineTuningUsdPerMonth: 0,
  };
}

/** The hybrid patterns' shares, from percent to fractions. */
function hybridSharesFrom(h: HybridInputs): HybridInput {
  return {
    tieredLocalShare: h.localSharePercent / 100,
    fallbackEscalationShare: h.escalationSharePercent / 100,
    sensitiveShare: h.sensitiveSharePercent / 100,
    devShare: h.devSharePercent / 100,
  };
}

/** The chart's volume range, widened to include the user's own volume. */
function volumeRangeAround(tokensPerMonth: number): Scenario['volumeRange'] {
  return {
    minTokensPerMonth: Math.min(
      CHART_VOLUME_RANGE.minTokensPerMonth,
      tokensPerMonth,
    ),
    maxTokensPerMonth: Math.max(
      CHART_VOLUME_RANGE.maxTokensPerMonth,
      tokensPerMonth,
    ),
  };
}
