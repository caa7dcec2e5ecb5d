/**
 * The cheapest self-hosted configuration for a workload: every catalog open
 * model × hardware × quantisation (with a serving engine that runs both),
 * priced with the catalog's cheapest hyperscaler or GPU-cloud offer (never a
 * marketplace one: `catalog.costDefaults.defaultOffer`) or, for desk machines, the purchase
 * price. Branch and bound: a cheap lower bound (people + the fewest
 * GPUs that hold the weights, with redundancy) orders the combinations, and
 * the search stops once no remaining bound can beat what it has found.
 */
import type {
  Catalog,
  CloudOffer,
  Hardware,
  OpenModel,
  QualityTier,
  Quant,
  ServingEngine,
} from '../catalog';
import {
  defaultKvBytesPerValue,
  usableBytesPerDevice,
  weightBytes,
} from './memory';
import {
  capitalChargeUsdPerMonth,
  cloudUsdPerGpuHour,
} from './procurement-cost';
import {
  runsOnThisHardware,
  TENSOR_PARALLEL_CHOICES,
} from './replica-candidates';
import { evaluateSelfHost } from './self-host';
import { fixedUsdPerMonth } from './self-host-capacity';
import type {
  OpsCosts,
  Procurement,
  SelfHostOptionInput,
  SelfHostEstimate,
  Workload,
} from './types';
import { HOURS_PER_MONTH } from './units';

export type ConfigurationSearch = {
  readonly workload: Workload;
  /** Allowed quality tiers; default all. */
  readonly qualityTiers?: readonly QualityTier[];
  /** Smallest Artificial Analysis index a model must have (models without one are excluded when set). */
  readonly minQualityIndex?: number;
  /** Restrict to these open models / hardware (default: all in the catalog). */
  readonly openModelIds?: readonly string[];
  readonly hardwareIds?: readonly string[];
  readonly ops: OpsCosts;
  /** Redundancy replicas (N+1 = 1). */
  readonly extraReplicas: number;
  /** Target peak utilisation, 0.1–1. */
  readonly targetUtilisation: number;
  /** Cloud pricing to use. Default on-demand. */
  readonly pricing?: 'on-demand' | 'reserved' | 'spot';
  /** Include desk machines (Apple, consumer GPUs) bought at their catalog price. Default true. */
  readonly includeDesk?: boolean;
  /** How many of the cheapest configurations to return. Default 5. */
  readonly limit?: number;
  /** KV-cache bytes per value. Default: each engine's own for the quant (defaultKvBytesPerValue). */
  readonly kvCacheBytesPerValue?: number;
};

export type ConfigurationCandidate = {
  readonly openModelId: string;
  readonly quantId: string;
  readonly engineId: string;
  readonly hardwareId: string;
  readonly qualityTier: QualityTier;
  readonly gpusPerReplica: number;
  readonly replicas: number;
  readonly gpus: number;
  readonly usdPerMonth: number;
  readonly usdPerMillionTokens: number | null;
  readonly procurement: Procurement;
  /**
   * The cloud offer id the price came from (for reserved / spot, followed by
   * whether the offer's listed price or the typical discount was used), or 'purchase-price'.
   */
  readonly priceSource: string;
  readonly timeToFirstTokenSeconds: number;
  readonly outputTokensPerSecond: number;
};

export type ConfigurationSearchResult = {
  /** Cheapest first. */
  readonly best: readonly ConfigurationCandidate[];
  /** Model × hardware × quant combinations with an engine and a price. */
  readonly combinationsConsidered: number;
  /** Combinations fully evaluated before the bound stopped the search. */
  readonly combinationsEvaluated: number;
};

/**
 * Desk machines priced by the search: the same amortisation, resale and
 * electricity price as the page's desk options — the catalog's
 * `costDefaults.ownedHardware` (docs/methods.md §7.3; one default, issue 11).
 */
function deskTerms(catalog: Catalog) {
  const owned = catalog.costDefaults.ownedHardware;
  return {
    amortisationMonths: owned.amortisationMonths,
    residualShare: owned.residualShare,
    electricityUsdPerKwh: owned.electricityUsdPerKwh,
  };
}

type Priced = { readonly procurement: Procurement; readonly source: string };

/** The offer id, and for reserved / spot whether its listed price or the typical discount was used. */
function offerPriceSource(
  offer: CloudOffer,
  pricing: ConfigurationSearch['pricing'],
): string {
  if (pricing === 'reserved')
    return offer.usdPerGpuHourReserved1y !== undefined
      ? `${offer.id} (listed 1-year reserved price)`
      : `${offer.id} (typical reserved discount: none listed)`;
  if (pricing === 'spot')
    return offer.usdPerGpuHourSpot !== undefined
      ? `${offer.id} (listed spot price)`
      : `${offer.id} (typical spot discount: none listed)`;
  return offer.id;
}

function priceFor(
  hardware: Hardware,
  catalog: Catalog,
  search: ConfigurationSearch,
): Priced | null {
  let best: Priced | null = null;
  let bestRate = Number.POSITIVE_INFINITY;
  for (const offer of catalog.cloudOffers) {
    if (offer.hardwareId !== hardware.id) continue;
    // Marketplace and community hosts are never a default price (issue 10 item 4).
    if (!catalog.costDefaults.defaultOffer.tiers.includes(offer.tier)) continue;
    const onDemand = offer.usdPerGpuHourOnDemand;
    // The offer's own reserved and spot prices where it lists them, else the
    // catalog's typical discounts (docs/methods.md §2.7).
    const procurement: Procurement = {
      kind: 'cloud',
      pricing: search.pricing ?? 'on-demand',
      usdPerGpuHour: onDemand,
      reservedDiscount:
        offer.usdPerGpuHourReserved1y !== undefined
          ? 1 - offer.usdPerGpuHourReserved1y / onDemand
          : catalog.costDefaults.cloudDiscounts.reserved,
      spotDiscount:
        offer.usdPerGpuHourSpot !== undefined
          ? 1 - offer.usdPerGpuHourSpot / onDemand
          : catalog.costDefaults.cloudDiscounts.spot,
    };
    const rate = cloudUsdPerGpuHour(procurement);
    if (rate < bestRate) {
      bestRate = rate;
      best = { procurement, source: offerPriceSource(offer, search.pricing) };
    }
  }
  if (
    !best &&
    (search.includeDesk ?? true) &&
    catalog.hardwareKinds[hardware.kind].deskable &&
    hardware.purchaseUsd !== undefined
  ) {
    best = {
      procurement: {
        kind: 'desk',
        capexUsdPerDevice: hardware.purchaseUsd,
        ...deskTerms(catalog),
      },
      source: 'purchase-price',
    };
  }
  return best;
}

/** A lower bound on one device's monthly cost under a procurement. */
function deviceUsdPerMonthLowerBound(p: Procurement): number {
  switch (p.kind) {
    case 'cloud':
      return HOURS_PER_MONTH * cloudUsdPerGpuHour(p);
    case 'owned':
      return capitalChargeUsdPerMonth(
        p.capexUsdPerGpu,
        p.amortisationMonths,
        p.residualShare,
        p.costOfCapitalAnnual,
      );
    case 'desk':
      return capitalChargeUsdPerMonth(
        p.capexUsdPerDevice,
        p.amortisationMonths,
        p.residualShare,
        0,
      );
  }
}

function engineFor(
  quant: Quant,
  hardware: Hardware,
  catalog: Catalog,
): ServingEngine | null {
  const engines = quant.engineIds
    .map((id) => catalog.byId.engines[id])
    .filter(
      (e): e is ServingEngine =>
        e !== undefined &&
        e.hardwareKinds.includes(hardware.kind) &&
        runsOnThisHardware(quant, hardware, e),
    );
  // Prefer continuous batching with tensor parallelism (serving engines).
  engines.sort(
    (a, b) =>
      Number(b.batching === 'continuous') -
        Number(a.batching === 'continuous') ||
      Number(b.tensorParallel) - Number(a.tensorParallel) ||
      b.maxConcurrentSequences - a.maxConcurrentSequences ||
      (a.id < b.id ? -1 : 1),
  );
  return engines[0] ?? null;
}

type Combination = {
  readonly model: OpenModel;
  readonly quant: Quant;
  readonly hardware: Hardware;
  readonly engine: ServingEngine;
  readonly priced: Priced;
  readonly lowerBound: number;
};

/**
 * The cheapest self-hosted configurations that serve the workload within its
 * latency targets (docs/methods.md §4–§7, exhaustive over the catalog with
 * branch-and-bound pruning; exact: a combination is skipped only when its
 * lower bound cannot beat the `limit`-th best found).
 *
 * @example findCheapestConfiguration({ workload, ops, extraReplicas: 1, targetUtilisation: 0.75, qualityTiers: ['mid'] }, catalog).best[0]
 */
export function findCheapestConfiguration(
  search: ConfigurationSearch,
  catalog: Catalog,
): ConfigurationSearchResult {
  const limit = Math.max(1, Math.floor(search.limit ?? 5));
  const combos = combinationsByLowerBound(search, catalog);
  const best: ConfigurationCandidate[] = [];
  let evaluated = 0;
  const w = search.workload;
  const tokensPerMonth =
    w.requestsPerMonth *
    (w.inputTokensPerRequest +
      w.outputTokensPerRequest +
      w.reasoningTokensPerRequest);
  for (const c of combos) {
    if (best.length >= limit && c.lowerBound >= best[limit - 1]!.usdPerMonth)
      break;
    evaluated++;
    const { result } = evaluateSelfHost(w, optionFor(c, search), catalog);
    if (
      !result.feasible ||
      result.warnings.includes('latency-target-missed') ||
      result.latency.overloaded
    )
      continue;
    best.push(candidateFrom(c, result, tokensPerMonth));
    best.sort((a, b) => a.usdPerMonth - b.usdPerMonth);
    if (best.length > limit) best.length = limit;
  }
  return {
    best,
    combinationsConsidered: combos.length,
    combinationsEvaluated: evaluated,
  };
}

/** Chat models within the search's quality tiers, quality index and id list. */
function eligibleModels(
  search: ConfigurationSearch,
  catalog: Catalog,
): OpenModel[] {
  const tiers = search.qualityTiers;
  return catalog.openModels.filter(
    (m) =>
      m.mode === 'chat' &&
      (!tiers || tiers.includes(m.qualityTier)) &&
      (search.minQualityIndex === undefined ||
        (m.qualityIndex !== undefined &&
          m.qualityIndex >= search.minQualityIndex)) &&
      (!search.openModelIds || search.openModelIds.includes(m.id)),
  );
}

/** Redundancy replicas as the search uses them: a whole, non-negative count. */
function extraReplicasOf(search: ConfigurationSearch): number {
  return Math.max(0, Math.floor(search.extraReplicas));
}

/**
 * Every model × hardware × quantisation with a price and an engine whose
 * weights fit on at most one node, cheapest lower bound first: people plus
 * the fewest GPUs that hold the weights, with redundancy.
 */
function combinationsByLowerBound(
  search: ConfigurationSearch,
  catalog: Catalog,
): Combination[] {
  const models = eligibleModels(search, catalog);
  const hardware = catalog.hardware.filter(
    (h) => !search.hardwareIds || search.hardwareIds.includes(h.id),
  );
  const fixed = fixedUsdPerMonth(search.ops);
  const extra = extraReplicasOf(search);
  const combos: Combination[] = [];
  for (const h of hardware) {
    const priced = priceFor(h, catalog, search);
    if (!priced) continue;
    const perDevice = deviceUsdPerMonthLowerBound(priced.procurement);
    const choices = TENSOR_PARALLEL_CHOICES.filter((t) => t <= h.maxPerNode);
    for (const quant of catalog.quants) {
      const engine = engineFor(quant, h, catalog);
      if (!engine) continue;
      const usable = usableBytesPerDevice(h, engine);
      if (!(usable > 0)) continue;
      for (const model of models) {
        const weights = weightBytes(model, quant);
        const fewest = choices.find((t) => weights / t < usable);
        if (fewest === undefined) continue;
        combos.push({
          model,
          quant,
          hardware: h,
          engine,
          priced,
          lowerBound: fixed + (1 + extra) * fewest * perDevice,
        });
      }
    }
  }
  combos.sort((a, b) => a.lowerBound - b.lowerBound);
  return combos;
}

/** The self-hosted option a combination stands for, sized automatically. */
function optionFor(
  c: Combination,
  search: ConfigurationSearch,
): SelfHostOptionInput {
  return {
    id: `${c.model.id}/${c.quant.id}/${c.hardware.id}`,
    openModelId: c.model.id,
    quantId: c.quant.id,
    engineId: c.engine.id,
    hardwareId: c.hardware.id,
    gpusPerReplica: 'auto',
    kvCacheBytesPerValue:
      search.kvCacheBytesPerValue ?? defaultKvBytesPerValue(c.engine, c.quant),
    procurement: c.priced.procurement,
    ops: search.ops,
    extraReplicas: extraReplicasOf(search),
    targetUtilisation: search.targetUtilisation,
  };
}

function candidateFrom(
  c: Combination,
  result: Extract<SelfHostEstimate, { feasible: true }>,
  tokensPerMonth: number,
): ConfigurationCandidate {
  return {
    openModelId: c.model.id,
    quantId: c.quant.id,
    engineId: c.engine.id,
    hardwareId: c.hardware.id,
    qualityTier: c.model.qualityTier,
    gpusPerReplica: result.fleet.gpusPerReplica,
    replicas: result.replicas,
    gpus: result.gpus,
    usdPerMonth: result.cost.usdPerMonth,
    usdPerMillionTokens:
      tokensPerMonth > 0
        ? (result.cost.usdPerMonth / tokensPerMonth) * 1e6
        : null,
    procurement: c.priced.procurement,
    priceSource: c.priced.source,
    timeToFirstTokenSeconds: result.latency.timeToFirstTokenSeconds,
    outputTokensPerSecond: result.latency.outputTokensPerSecond,
  };
}
