import type { Catalog } from '../catalog';
import type {
  ApiOptionInput,
  Procurement,
  Scenario,
  SelfHostOptionInput,
  VolumeRange,
} from '../engine';
import { TRAFFIC_PATTERNS } from './calculator-inputs';
import type {
  CalculatorInputs,
  SelfHostOptionState,
  WorkloadInputs,
} from './calculator-inputs';

/** The chart's volume axis (docs/ux.md): 1 M to 100 B tokens a month, widened to include the current volume. */
export const CHART_VOLUME_RANGE: VolumeRange = {
  minTokensPerMonth: 1e6,
  maxTokensPerMonth: 1e11,
};

/**
 * Assumptions behind owned and desk hardware that the page does not (yet)
 * expose as controls; engine-spec §7.3 defaults, grade C.
 */
export const OWNED_DEFAULTS = {
  amortisationMonths: 36,
  residualShare: 0.2,
  costOfCapitalAnnual: 0.08,
  electricityUsdPerKwh: 0.12,
  pue: 1.4,
  hostingUsdPerKwMonth: 200,
  /** Share of a GPU's price added for its slot in a server, network and install [S39]. */
  serverOverheadShare: 0.5,
} as const;

/** Discounts off on-demand (engine-spec §2.7 [S24]). */
export const CLOUD_DISCOUNTS = { reserved: 0.35, spot: 0.55 } as const;
/** Monitoring, networking and storage for a production service (engine-spec §2.7, grade C). */
export const PLATFORM_DEFAULTS = {
  monitoringUsdPerMonth: 200,
  networkingAndStorageUsdPerMonth: 150,
} as const;
/** Network round trip to a cloud API (engine-spec §2.2, grade C). */
export const API_NETWORK_RTT_SECONDS = 0.05;

function procurementFor(o: SelfHostOptionState): Procurement {
  switch (o.procurement) {
    case 'on-demand':
    case 'reserved':
    case 'spot':
      return {
        kind: 'cloud',
        pricing: o.procurement,
        usdPerGpuHour: o.usdPerGpuHour,
        reservedDiscount: CLOUD_DISCOUNTS.reserved,
        spotDiscount: CLOUD_DISCOUNTS.spot,
      };
    case 'owned':
      return {
        kind: 'owned',
        capexUsdPerGpu:
          o.capexUsdPerDevice * (1 + OWNED_DEFAULTS.serverOverheadShare),
        amortisationMonths: OWNED_DEFAULTS.amortisationMonths,
        residualShare: OWNED_DEFAULTS.residualShare,
        costOfCapitalAnnual: OWNED_DEFAULTS.costOfCapitalAnnual,
        electricityUsdPerKwh: OWNED_DEFAULTS.electricityUsdPerKwh,
        pue: OWNED_DEFAULTS.pue,
        hostingUsdPerKwMonth: OWNED_DEFAULTS.hostingUsdPerKwMonth,
      };
    case 'desk':
      return {
        kind: 'desk',
        capexUsdPerDevice: o.capexUsdPerDevice,
        amortisationMonths: OWNED_DEFAULTS.amortisationMonths,
        residualShare: OWNED_DEFAULTS.residualShare,
        electricityUsdPerKwh: OWNED_DEFAULTS.electricityUsdPerKwh,
      };
  }
}

/** KV-cache bytes per value: FP8 caches on FP8 models in vLLM-class engines, else 16-bit. */
function kvBytesFor(o: SelfHostOptionState): number {
  return o.quantId === 'fp8' &&
    o.engineId !== 'ollama' &&
    o.engineId !== 'llama-cpp'
    ? 1
    : 2;
}

/**
 * One request's token mix and the monthly request count, from the page's
 * volume, split and request size: tokens per request = input + output + reasoning.
 */
export function requestShapeFrom(w: WorkloadInputs) {
  const reasoning = Math.min(w.reasoningTokensPerRequest, w.tokensPerRequest);
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
  _catalog: Catalog,
): Scenario {
  const w = inputs.workload;
  const hourly =
    TRAFFIC_PATTERNS.find((p) => p.code === w.trafficPattern)?.hourly ?? null;
  const shape = requestShapeFrom(w);
  const { requestsPerMonth } = shape;
  const reasoning = shape.reasoningTokensPerRequest;
  const input = shape.inputTokensPerRequest;
  const output = shape.outputTokensPerRequest;
  const apiOptions: ApiOptionInput[] = [];
  const selfHostOptions: SelfHostOptionInput[] = [];
  for (const o of inputs.options) {
    if (o.kind === 'api') {
      apiOptions.push({
        id: o.id,
        apiModelId: o.apiModelId,
        useBatch: o.useBatch,
        ...(o.customInputUsdPerMillion !== null
          ? { usdPerMillionInputTokensOverride: o.customInputUsdPerMillion }
          : {}),
        ...(o.customOutputUsdPerMillion !== null
          ? { usdPerMillionOutputTokensOverride: o.customOutputUsdPerMillion }
          : {}),
      });
    } else {
      selfHostOptions.push({
        id: o.id,
        openModelId: o.openModelId,
        quantId: o.quantId,
        engineId: o.engineId,
        hardwareId: o.hardwareId,
        gpusPerReplica: o.gpusPerReplica === 0 ? 'auto' : o.gpusPerReplica,
        kvCacheBytesPerValue: kvBytesFor(o),
        procurement: procurementFor(o),
        ops: {
          fteShare: o.opsFteShare,
          usdPerFteMonth: inputs.usdPerFteMonth,
          monitoringUsdPerMonth:
            o.procurement === 'desk'
              ? 0
              : PLATFORM_DEFAULTS.monitoringUsdPerMonth,
          networkingAndStorageUsdPerMonth:
            o.procurement === 'desk'
              ? 0
              : PLATFORM_DEFAULTS.networkingAndStorageUsdPerMonth,
          fineTuningUsdPerMonth: 0,
        },
        extraReplicas: o.extraReplicas,
        targetUtilisation: o.targetUtilisationPercent / 100,
        // A workstation or Mac on a desk is one machine (engine-spec §7.3).
        ...(o.procurement === 'desk' ? { maxServingReplicas: 1 } : {}),
      });
    }
  }
  return {
    workload: {
      // Volume is defined on input + output + reasoning tokens (architecture §3.4).
      requestsPerMonth: requestsPerMonth,
      inputTokensPerRequest: input,
      outputTokensPerRequest: output,
      reasoningTokensPerRequest: reasoning,
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
      },
      apiNetworkRoundTripSeconds: API_NETWORK_RTT_SECONDS,
    },
    apiOptions,
    selfHostOptions,
    privacyRuleIds: inputs.privacyRuleIds,
    hybrid: {
      tieredLocalShare: inputs.hybrid.localSharePercent / 100,
      fallbackEscalationShare: inputs.hybrid.escalationSharePercent / 100,
      sensitiveShare: inputs.hybrid.sensitiveSharePercent / 100,
      devShare: inputs.hybrid.devSharePercent / 100,
    },
    volumeRange: {
      minTokensPerMonth: Math.min(
        CHART_VOLUME_RANGE.minTokensPerMonth,
        w.tokensPerMonth,
      ),
      maxTokensPerMonth: Math.max(
        CHART_VOLUME_RANGE.maxTokensPerMonth,
        w.tokensPerMonth,
      ),
    },
  };
}
