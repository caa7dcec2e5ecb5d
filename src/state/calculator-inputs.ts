import { DEFAULT_OFFER, type Catalog, type CloudOffer } from '../catalog';
import type { KvCacheChoice } from '../engine';
import type { ApiOptionState } from './api-option-state';
import { runningCostDefaults, type RunningCostFields } from './running-costs';
import { BOUNDS, REQUIREMENT_DEFAULTS } from './scenario-bounds';
import {
  WORKLOAD_PRESETS,
  type WorkloadPresetId,
  type WorkloadShape,
} from './workload-presets';

// The presets live in their own file; re-exported so inputs, presets and
// defaults are importable from one place (the store imports them from here).
export * from './workload-presets';
export * from './api-option-state';

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
  /** 0/1 flags (§17.1–17.3): model's own reasoning tokens; targets required; at p95. */ readonly reasoningFromModel: number;
  readonly latencyTargetRequired: number;
  readonly latencyTargetP95: number;
  /** Percent of requests that find the shared prefix cached while warm, both sides (§18.1). */
  readonly prefixHitRatePercent: number;
  /** Batch work: hours each day's work may take (used when `trafficKind` is 1, §18.2). */
  readonly batchDeadlineHours: number;
  /** Users' round trip to a datacenter, ms: APIs, cloud and colocation (§18.3). */
  readonly networkRoundTripMs: number;
};

export type ProcurementChoice =
  'on-demand' | 'reserved' | 'spot' | 'owned' | 'desk';

/** A self-hosted option; its people and owned-hardware terms are `RunningCostFields` (running-costs.ts). */
export type SelfHostOptionState = RunningCostFields & {
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
  /** KV-cache precision (docs/methods.md §20.9): 'default' = as the engine does unless told. */
  readonly kvCachePrecision: KvCacheChoice;
  /** The engine's batch cap, sequences (§20.5); 0 = the engine's default. */
  readonly maxConcurrentSequences: number;
  /** Shared-prefix KV reuse (docs/methods.md §18.1); absent or null = as the engine ships. */
  readonly prefixCaching?: boolean | null;
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
  /**
   * Set the same open model bought from its cheapest allowed host beside each
   * self-hosted option, as an API option the verdict weighs (issue 10; link key `sm`).
   */
  readonly compareSameModelHosted: boolean;
  /**
   * "At least as good as …": the recommendation never picks an option whose
   * Artificial Analysis index is below this, nor one not rated; null = off
   * (the default; link key `qf`, issue 10 item 2).
   */
  readonly qualityFloorIndex: number | null;
};

/** Whether an offer is one a default price may come from (catalog DEFAULT_OFFER). */
export function isDefaultTierOffer(offer: CloudOffer): boolean {
  return (DEFAULT_OFFER.tiers as readonly string[]).includes(offer.tier);
}

/**
 * The default rented offer for a GPU (issue 10 item 4): the cheapest on-demand
 * offer from a hyperscaler or a GPU cloud. Marketplace and community offers
 * are never the default — the user picks one by typing or choosing its price.
 * null = no listed price: the GPU is not offered as rented by default.
 */
export function defaultCloudOffer(
  catalog: Catalog,
  hardwareId: string,
): CloudOffer | null {
  let best: CloudOffer | null = null;
  for (const o of catalog.cloudOffers) {
    if (o.hardwareId !== hardwareId || !isDefaultTierOffer(o)) continue;
    if (!best || o.usdPerGpuHourOnDemand < best.usdPerGpuHourOnDemand) best = o;
  }
  return best;
}

/** The default on-demand price for a GPU (defaultCloudOffer's), or null when no cloud lists one. */
export function defaultOnDemandUsdPerGpuHour(
  catalog: Catalog,
  hardwareId: string,
): number | null {
  return defaultCloudOffer(catalog, hardwareId)?.usdPerGpuHourOnDemand ?? null;
}

/** A GPU's offers, default tiers first, then cheapest first. */
export function cloudOffersFor(
  catalog: Catalog,
  hardwareId: string,
): CloudOffer[] {
  return catalog.cloudOffers
    .filter((o) => o.hardwareId === hardwareId)
    .sort(
      (a, b) =>
        Number(isDefaultTierOffer(b)) - Number(isDefaultTierOffer(a)) ||
        a.usdPerGpuHourOnDemand - b.usdPerGpuHourOnDemand,
    );
}

/**
 * The offer an on-demand price is, when it is a catalog price for this GPU
 * (within half a cent); a default-tier offer wins a tie. null = the user's own figure.
 */
export function offerAtPrice(
  catalog: Catalog,
  hardwareId: string,
  usdPerGpuHour: number,
): CloudOffer | null {
  return (
    cloudOffersFor(catalog, hardwareId).find(
      (o) => Math.abs(o.usdPerGpuHourOnDemand - usdPerGpuHour) < 0.005,
    ) ?? null
  );
}

/** How a reserved or spot rate is taken: the offer's listed price, else the typical discount. */
export type RentedDiscounts = {
  readonly reservedDiscount: number;
  readonly spotDiscount: number;
  readonly reservedListed: boolean;
  readonly spotListed: boolean;
};

/**
 * Reserved and spot discounts for a rented option: from the listed 1-year
 * reserved and spot prices of the offer its on-demand price comes from, where
 * that offer lists them; otherwise the catalog's typical discounts
 * (CLOUD_DISCOUNTS, docs/methods.md §2.7).
 */
export function rentedDiscountsFor(
  catalog: Catalog,
  hardwareId: string,
  usdPerGpuHour: number,
): RentedDiscounts {
  const offer = offerAtPrice(catalog, hardwareId, usdPerGpuHour);
  const typical = catalog.costDefaults.cloudDiscounts;
  const reserved = offer?.usdPerGpuHourReserved1y;
  const spot = offer?.usdPerGpuHourSpot;
  return {
    reservedDiscount:
      offer && reserved !== undefined
        ? 1 - reserved / offer.usdPerGpuHourOnDemand
        : typical.reserved,
    spotDiscount:
      offer && spot !== undefined
        ? 1 - spot / offer.usdPerGpuHourOnDemand
        : typical.spot,
    reservedListed: reserved !== undefined,
    spotListed: spot !== undefined,
  };
}

const RENTED: readonly ProcurementChoice[] = ['on-demand', 'reserved', 'spot'];

/**
 * The procurement a new or re-targeted option gets: a hardware no hyperscaler
 * or GPU cloud lists is not offered as rented — it goes on a desk when it can
 * sit on one, else it is bought for a rack. (A link or a user choice that
 * rents it anyway keeps its price, and the editor says "no listed price".)
 */
export function procurementWithListedPrice(
  catalog: Catalog,
  hardwareId: string,
  procurement: ProcurementChoice,
): ProcurementChoice {
  if (!RENTED.includes(procurement)) return procurement;
  if (defaultCloudOffer(catalog, hardwareId)) return procurement;
  const hardware = catalog.byId.hardware[hardwareId];
  if (!hardware) return procurement;
  return catalog.hardwareKinds[hardware.kind].deskable ? 'desk' : 'owned';
}

/**
 * A self-hosted configuration with sensible costs for its procurement. A
 * rented one starts at the default offer's price (defaultCloudOffer). For a
 * GPU with no listed price the GPU-hour field holds the bound's placeholder,
 * used only if the user rents it anyway — the editor then says "no listed
 * price: enter yours"; new options avoid it (procurementWithListedPrice).
 */
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
    // People (base share, per-GPU step, on-call) and owned-hardware terms: catalog defaults (§19).
    ...runningCostDefaults(catalog, base.procurement),
    usdPerGpuHour:
      defaultOnDemandUsdPerGpuHour(catalog, base.hardwareId) ??
      BOUNDS.usdPerGpuHour.default,
    capexUsdPerDevice:
      hardware?.purchaseUsd ?? BOUNDS.capexUsdPerDevice.default,
    extraReplicas: desk ? 0 : BOUNDS.extraReplicas.default,
    targetUtilisationPercent: BOUNDS.targetUtilisationPercent.default,
    kvCachePrecision: 'default',
    maxConcurrentSequences: BOUNDS.maxConcurrentSequences.default,
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
  ...REQUIREMENT_DEFAULTS,
  prefixHitRatePercent: BOUNDS.prefixHitRatePercent.default,
  batchDeadlineHours: BOUNDS.batchDeadlineHours.default,
  networkRoundTripMs: BOUNDS.networkRoundTripMs.default,
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
 * The first visit (ADR-14) with today's models (ADR-24): two current APIs, gpt-oss-120b
 * on one H100, a small MoE on one GPU and a model on a Mac, for a chatbot at 50 M
 * tokens a month. v1 links keep the 2024 set (src/url/migrations.ts).
 */
export function defaultInputs(catalog: Catalog): CalculatorInputs {
  const options: OptionState[] = [
    apiOptionFrom('a1', 0, 'claude-sonnet-5'),
    apiOptionFrom('a2', 1, 'gpt-5-4-mini'),
    selfHostOptionFrom(catalog, {
      id: 's1',
      colorIndex: 2,
      openModelId: 'gpt-oss-120b',
      quantId: 'mxfp4',
      engineId: 'vllm',
      hardwareId: 'h100-sxm-80gb',
      gpusPerReplica: 1,
      procurement: 'on-demand',
    }),
    selfHostOptionFrom(catalog, {
      id: 's2',
      colorIndex: 3,
      openModelId: 'qwen3-30b-a3b-instruct-2507',
      quantId: 'fp8',
      engineId: 'vllm',
      hardwareId: 'h100-sxm-80gb',
      gpusPerReplica: 1,
      procurement: 'on-demand',
    }),
    selfHostOptionFrom(catalog, {
      id: 's3',
      colorIndex: 4,
      openModelId: 'gpt-oss-20b',
      quantId: 'mxfp4',
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
    compareSameModelHosted: true,
    qualityFloorIndex: null,
  };
}
