import type { Catalog } from '../catalog';
import { BOUNDS } from './scenario-bounds';
import {
  WORKLOAD_PRESETS,
  type WorkloadPresetId,
  type WorkloadShape,
} from './workload-presets';

// The presets live in their own file; re-exported so inputs, presets and
// defaults are importable from one place (the store imports them from here).
export * from './workload-presets';

/**
 * The store holds inputs only; every result is derived (ADR-15, convention 4).
 * Shareable fields go to the URL; nothing here is a computed number.
 */

/** A workload: the preset-driven shape plus the user's own volume and context. */
export type WorkloadInputs = WorkloadShape & {
  readonly presetId: WorkloadPresetId | 'custom';
  readonly tokensPerMonth: number;
  readonly tokenizerRatio: number;
  /** Hour-of-day traffic: a TRAFFIC_PATTERNS code (0 = a daily wave set by peakToAverage). */
  readonly trafficPattern: number;
  /** Operations time the team can give self-hosting, in engineers (FTE). */
  readonly opsFteAvailable: number;
};

export type ApiOptionState = {
  readonly kind: 'api';
  readonly id: string;
  /** Index into the categorical palette; the same colour everywhere. */
  readonly colorIndex: number;
  readonly apiModelId: string;
  readonly useBatch: boolean;
  /** Your own negotiated price, USD per 1M tokens; null = catalog price. */
  readonly customInputUsdPerMillion: number | null;
  readonly customOutputUsdPerMillion: number | null;
};

export type ProcurementChoice =
  'on-demand' | 'reserved' | 'spot' | 'owned' | 'desk';

export type SelfHostOptionState = {
  readonly kind: 'self-host';
  readonly id: string;
  readonly colorIndex: number;
  readonly openModelId: string;
  readonly quantId: string;
  readonly engineId: string;
  readonly hardwareId: string;
  /** 0 = auto (cheapest tensor-parallel degree that fits). */
  readonly gpusPerReplica: number;
  readonly procurement: ProcurementChoice;
  /** On-demand price per GPU-hour (rented). */
  readonly usdPerGpuHour: number;
  /** Purchase price per device (owned / desk). */
  readonly capexUsdPerDevice: number;
  readonly opsFteShare: number;
  readonly extraReplicas: number;
  readonly targetUtilisationPercent: number;
};

export type OptionState = ApiOptionState | SelfHostOptionState;

export type HybridInputs = {
  readonly localSharePercent: number;
  readonly escalationSharePercent: number;
  readonly sensitiveSharePercent: number;
  readonly devSharePercent: number;
};

export type CalculatorInputs = {
  readonly workload: WorkloadInputs;
  readonly options: readonly OptionState[];
  readonly privacyRuleIds: readonly string[];
  readonly hybrid: HybridInputs;
  readonly usdPerFteMonth: number;
};

/** The cheapest on-demand cloud price listed for a GPU, if any. */
export function cheapestOnDemandUsdPerGpuHour(
  catalog: Catalog,
  hardwareId: string,
): number | null {
  const prices = catalog.cloudOffers
    .filter((o) => o.hardwareId === hardwareId)
    .map((o) => o.usdPerGpuHourOnDemand);
  return prices.length > 0 ? Math.min(...prices) : null;
}

/** A self-hosted configuration with sensible costs for its procurement. */
export function selfHostOptionFrom(
  catalog: Catalog,
  base: Pick<
    SelfHostOptionState,
    | 'id'
    | 'colorIndex'
    | 'openModelId'
    | 'quantId'
    | 'engineId'
    | 'hardwareId'
    | 'gpusPerReplica'
    | 'procurement'
  >,
): SelfHostOptionState {
  const hardware = catalog.byId.hardware[base.hardwareId];
  const desk = base.procurement === 'desk';
  return {
    kind: 'self-host',
    ...base,
    usdPerGpuHour:
      cheapestOnDemandUsdPerGpuHour(catalog, base.hardwareId) ??
      BOUNDS.usdPerGpuHour.default,
    capexUsdPerDevice:
      hardware?.purchaseUsd ?? BOUNDS.capexUsdPerDevice.default,
    // A workstation on a desk needs little operations time (docs/methods.md §7.3: 0.02 FTE).
    opsFteShare: desk ? 0.02 : BOUNDS.opsFteShare.default,
    extraReplicas: desk ? 0 : BOUNDS.extraReplicas.default,
    targetUtilisationPercent: BOUNDS.targetUtilisationPercent.default,
  };
}

export function apiOptionFrom(
  id: string,
  colorIndex: number,
  apiModelId: string,
): ApiOptionState {
  return {
    kind: 'api',
    id,
    colorIndex,
    apiModelId,
    useBatch: true,
    customInputUsdPerMillion: null,
    customOutputUsdPerMillion: null,
  };
}

export const DEFAULT_WORKLOAD: WorkloadInputs = {
  presetId: 'chatbot',
  tokensPerMonth: BOUNDS.tokensPerMonth.default,
  ...WORKLOAD_PRESETS[0]!.values,
  tokenizerRatio: BOUNDS.tokenizerRatio.default,
  opsFteAvailable: BOUNDS.opsFteAvailable.default,
  trafficPattern: BOUNDS.trafficPattern.default,
};

export const DEFAULT_HYBRID: HybridInputs = {
  localSharePercent: BOUNDS.hybridLocalSharePercent.default,
  escalationSharePercent: BOUNDS.hybridEscalationSharePercent.default,
  sensitiveSharePercent: BOUNDS.sensitiveSharePercent.default,
  devSharePercent: BOUNDS.devSharePercent.default,
};

/** Drops default options whose model or hardware a (trimmed or test) catalog lacks. */
function inCatalog(
  catalog: Catalog,
  options: readonly OptionState[],
): OptionState[] {
  return options.filter((o) =>
    o.kind === 'api'
      ? catalog.byId.apiModels[o.apiModelId] !== undefined
      : catalog.byId.openModels[o.openModelId] !== undefined &&
        catalog.byId.hardware[o.hardwareId] !== undefined,
  );
}

/**
 * Options for the embeddings use case: two embedding APIs, an open embedding
 * model on a rented GPU and one on a Mac (docs/methods.md §5.5).
 */
export function embeddingOptions(catalog: Catalog): OptionState[] {
  const options: OptionState[] = [
    apiOptionFrom('a1', 0, 'text-embedding-3-small'),
    apiOptionFrom('a2', 1, 'embed-english-v3'),
    selfHostOptionFrom(catalog, {
      id: 's1',
      colorIndex: 2,
      openModelId: 'bge-m3',
      quantId: 'bf16',
      engineId: 'vllm',
      hardwareId: 'l4-24gb',
      gpusPerReplica: 1,
      procurement: 'on-demand',
    }),
    selfHostOptionFrom(catalog, {
      id: 's2',
      colorIndex: 3,
      openModelId: 'nomic-embed-text-v1.5',
      quantId: 'gguf-q8-0',
      engineId: 'ollama',
      hardwareId: 'apple-m4-max-128gb',
      gpusPerReplica: 1,
      procurement: 'desk',
    }),
  ];
  return inCatalog(catalog, options);
}

/** Whether an option compares embedding models (rather than chat models). */
export function isEmbeddingOption(
  option: OptionState,
  catalog: Catalog,
): boolean {
  return option.kind === 'api'
    ? catalog.byId.apiModels[option.apiModelId]?.mode === 'embedding'
    : catalog.byId.openModels[option.openModelId]?.mode === 'embedding';
}

/**
 * The first visit tells the story (ADR-14 "The first visit"): a frontier API, a small
 * API, a 70B model on rented datacenter GPUs, an 8B model on one GPU and a
 * model on a Mac, for a chatbot at 50 M tokens a month.
 */
export function defaultInputs(catalog: Catalog): CalculatorInputs {
  const options: OptionState[] = [
    apiOptionFrom('a1', 0, 'gpt-4o'),
    apiOptionFrom('a2', 1, 'gpt-4o-mini'),
    selfHostOptionFrom(catalog, {
      id: 's1',
      colorIndex: 2,
      openModelId: 'llama-3.3-70b-instruct',
      quantId: 'fp8',
      engineId: 'vllm',
      hardwareId: 'h100-sxm-80gb',
      gpusPerReplica: 2,
      procurement: 'on-demand',
    }),
    selfHostOptionFrom(catalog, {
      id: 's2',
      colorIndex: 3,
      openModelId: 'llama-3.1-8b-instruct',
      quantId: 'fp8',
      engineId: 'vllm',
      hardwareId: 'h100-sxm-80gb',
      gpusPerReplica: 1,
      procurement: 'on-demand',
    }),
    selfHostOptionFrom(catalog, {
      id: 's3',
      colorIndex: 4,
      openModelId: 'llama-3.1-8b-instruct',
      quantId: 'gguf-q4-k-m',
      engineId: 'ollama',
      hardwareId: 'apple-m4-max-128gb',
      gpusPerReplica: 1,
      procurement: 'desk',
    }),
  ];
  return {
    workload: DEFAULT_WORKLOAD,
    options: inCatalog(catalog, options),
    privacyRuleIds: [],
    hybrid: DEFAULT_HYBRID,
    usdPerFteMonth: BOUNDS.usdPerFteMonth.default,
  };
}
