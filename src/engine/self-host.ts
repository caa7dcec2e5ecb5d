import type {
  Catalog,
  Hardware,
  OpenModel,
  Quant,
  ServingEngine,
} from '../catalog';
import { assertNever } from '../lib/assert-never';
import { estimateMemory, kvBytesPerToken } from './memory';
import {
  latencyAtLoad,
  operatingPoint,
  replicaSpecFrom,
  type ReplicaSpec,
} from './performance';
import type {
  CostLine,
  InfeasibleReason,
  MemoryEstimate,
  PerformanceEstimate,
  Procurement,
  SelfHostOptionInput,
  SelfHostResult,
  WarningCode,
  Workload,
} from './types';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, SECONDS_PER_MONTH } from './units';
import { hourlyShape, normaliseWorkload } from './workload';

/** Whole-server power per GPU ÷ GPU TDP (CPUs, fans, NICs; engine-spec §7.3, grade C). */
export const SERVER_POWER_PER_GPU_TDP = 1.8;
/** Idle power share of maximum, rack servers (engine-spec §7.3, grade C). */
export const SERVER_IDLE_POWER_SHARE = 0.35;
/** Idle power share of TDP for a desk machine (engine-spec §2.5, grade C). */
export const DESK_IDLE_POWER_SHARE = 0.15;
/** Tensor-parallel degrees tried by 'auto' (engine-spec §4.4). */
export const TENSOR_PARALLEL_CHOICES = [1, 2, 4, 8] as const;

/**
 * Monthly capital charge of an asset: an annuity that repays `capexUsd` less
 * the present value of its resale value over `months` at the monthly rate
 * equivalent to `costOfCapitalAnnual` (engine-spec §7.3).
 *
 * @example capitalChargeUsdPerMonth(300_000, 36, 0.2, 0.08) // ≈ 7,876 (V8)
 */
export function capitalChargeUsdPerMonth(
  capexUsd: number,
  months: number,
  residualShare: number,
  costOfCapitalAnnual: number,
): number {
  const n = Math.max(1, months);
  const r = (1 + Math.max(0, costOfCapitalAnnual)) ** (1 / 12) - 1;
  const residual = residualShare * capexUsd;
  if (r <= 0) return (capexUsd - residual) / n;
  return ((capexUsd - residual / (1 + r) ** n) * r) / (1 - (1 + r) ** -n);
}

/**
 * A self-hosted deployment's cost as a function of monthly requests R:
 * `fixed + perReplica · (max(1, ceil(R / perReplicaRequests)) + extra) + variable · R`
 * (engine-spec §8.4). The crossover solver works on this staircase exactly.
 * With `autoscale` the replica count follows the hourly profile instead
 * (engine-spec §7.1): still piecewise constant in R, with more steps.
 */
export type SelfHostCostModel = {
  readonly fixedUsdPerMonth: number;
  readonly usdPerReplicaMonth: number;
  readonly variableUsdPerRequest: number;
  /** Requests per month one replica carries when provisioned for the peak hour. */
  readonly requestsPerMonthPerReplica: number;
  readonly extraReplicas: number;
  readonly autoscale?: AutoscalePolicy;
  /** Most serving replicas allowed (absent = unlimited); beyond it the option cannot serve. */
  readonly maxServingReplicas?: number;
};

/** Requests a month the allowed replicas carry (Infinity when unlimited). */
export function capacityRequestsPerMonth(model: SelfHostCostModel): number {
  return model.maxServingReplicas === undefined
    ? Number.POSITIVE_INFINITY
    : model.maxServingReplicas * model.requestsPerMonthPerReplica;
}

/** Replicas per hour of the day follow traffic (cloud autoscaling, scale-to-zero). */
export type AutoscalePolicy = {
  /** Hour-of-day traffic shape, mean 1 (24 entries). */
  readonly hourlyShape: readonly number[];
  /** Fewest replicas kept warm; 0 = scale to zero. */
  readonly minReplicas: number;
  /** Billed warm-up of one replica start, USD. */
  readonly usdPerReplicaStart: number;
};

/** Serving replicas needed for R requests a month (at least one). */
export function servingReplicas(
  model: SelfHostCostModel,
  requestsPerMonth: number,
): number {
  if (!(model.requestsPerMonthPerReplica > 0)) return 1;
  return Math.max(
    1,
    Math.ceil(requestsPerMonth / model.requestsPerMonthPerReplica - 1e-9),
  );
}

/**
 * Replicas running in each hour of the day under autoscaling (engine-spec
 * §7.1): `base_h = max(min, ceil(λ_h / (μ·umax)))`, plus the redundancy
 * replicas whenever any replica runs.
 */
export function replicasByHour(
  model: SelfHostCostModel,
  requestsPerMonth: number,
): number[] {
  const a = model.autoscale;
  if (!a) {
    const n = servingReplicas(model, requestsPerMonth) + model.extraReplicas;
    return Array.from({ length: 24 }, () => n);
  }
  const peak = Math.max(...a.hourlyShape);
  const flat = model.requestsPerMonthPerReplica * peak;
  return a.hourlyShape.map((shape) => {
    // Any traffic in an hour needs a replica; more at each multiple of capacity.
    const need =
      flat > 0 && requestsPerMonth > 0 && shape > 0
        ? Math.max(1, Math.ceil((requestsPerMonth * shape) / flat - 1e-9))
        : 0;
    const base = Math.max(a.minReplicas, need);
    return base > 0 ? base + model.extraReplicas : 0;
  });
}

/** Replica starts per day for an hourly replica plan (cyclic day). */
function startsPerDay(byHour: readonly number[]): number {
  let starts = 0;
  for (let h = 0; h < byHour.length; h++) {
    const prev = byHour[(h + byHour.length - 1) % byHour.length]!;
    starts += Math.max(0, byHour[h]! - prev);
  }
  return starts;
}

/** Replica-months billed and warm-up cost at R (autoscaled or fixed). */
export function billedReplicaMonths(
  model: SelfHostCostModel,
  requestsPerMonth: number,
): { replicaMonths: number; coldStartUsdPerMonth: number } {
  if (!model.autoscale) {
    return {
      replicaMonths:
        servingReplicas(model, requestsPerMonth) + model.extraReplicas,
      coldStartUsdPerMonth: 0,
    };
  }
  const byHour = replicasByHour(model, requestsPerMonth);
  const mean = byHour.reduce((s, n) => s + n, 0) / byHour.length;
  return {
    replicaMonths: mean,
    coldStartUsdPerMonth:
      startsPerDay(byHour) *
      DAYS_PER_MONTH *
      model.autoscale.usdPerReplicaStart,
  };
}

/** Total monthly cost of the staircase model at R requests a month. */
export function selfHostUsdPerMonth(
  model: SelfHostCostModel,
  requestsPerMonth: number,
): number {
  const r = Math.max(0, requestsPerMonth);
  if (!model.autoscale) {
    const replicas = servingReplicas(model, r) + model.extraReplicas;
    return (
      model.fixedUsdPerMonth +
      model.usdPerReplicaMonth * replicas +
      model.variableUsdPerRequest * r
    );
  }
  const billed = billedReplicaMonths(model, r);
  return (
    model.fixedUsdPerMonth +
    model.usdPerReplicaMonth * billed.replicaMonths +
    billed.coldStartUsdPerMonth +
    model.variableUsdPerRequest * r
  );
}

/**
 * Volumes (requests per month) inside (min, max) where the replica count of a
 * cost model changes; between two of them the cost is linear in R. At most
 * `limit` points; `null` if there are more.
 */
export function replicaBreakpoints(
  model: SelfHostCostModel,
  minRequests: number,
  maxRequests: number,
  limit: number,
): number[] | null {
  const cap = model.requestsPerMonthPerReplica;
  if (!(cap > 0)) return [];
  const steps: number[] = [];
  if (!model.autoscale) steps.push(cap);
  else {
    const peak = Math.max(...model.autoscale.hourlyShape);
    const seen = new Set<number>();
    for (const shape of model.autoscale.hourlyShape) {
      if (shape > 0 && !seen.has(shape)) {
        seen.add(shape);
        steps.push((cap * peak) / shape);
      }
    }
  }
  const out: number[] = [];
  for (const step of steps) {
    const first = Math.max(1, Math.ceil(minRequests / step));
    for (let k = first; k * step < maxRequests; k++) {
      if (k * step > minRequests) out.push(k * step);
      if (out.length > limit) return null;
    }
  }
  return out;
}

type Resolved = {
  readonly model: OpenModel;
  readonly quant: Quant;
  readonly hardware: Hardware;
  readonly engine: ServingEngine;
};

function resolve(
  option: SelfHostOptionInput,
  catalog: Catalog,
): Resolved | InfeasibleReason {
  const model = catalog.byId.openModels[option.openModelId];
  if (!model)
    return {
      code: 'unknown-catalog-id',
      what: 'open model',
      id: option.openModelId,
    };
  const quant = catalog.byId.quants[option.quantId];
  if (!quant)
    return {
      code: 'unknown-catalog-id',
      what: 'quantization',
      id: option.quantId,
    };
  const hardware = catalog.byId.hardware[option.hardwareId];
  if (!hardware)
    return {
      code: 'unknown-catalog-id',
      what: 'hardware',
      id: option.hardwareId,
    };
  const engine = catalog.byId.engines[option.engineId];
  if (!engine)
    return { code: 'unknown-catalog-id', what: 'engine', id: option.engineId };
  return { model, quant, hardware, engine };
}

/** Spot capacity is there this share of hours; the rest runs on demand (engine-spec §7.2, grade C). */
export const DEFAULT_SPOT_AVAILABILITY = 0.9;
/** Seconds a new cloud replica takes to become ready (engine-spec §7.1, [S34], grade C). */
export const DEFAULT_COLD_START_SECONDS = 20;

/**
 * Effective price of one cloud GPU-hour: on-demand, reserved (discounted, billed
 * every hour) or spot blended with on-demand for the hours spot is unavailable
 * (engine-spec §7.2).
 */
export function cloudUsdPerGpuHour(
  procurement: Extract<Procurement, { kind: 'cloud' }>,
): number {
  const onDemand = procurement.usdPerGpuHour;
  if (procurement.pricing === 'reserved')
    return onDemand * (1 - procurement.reservedDiscount);
  if (procurement.pricing === 'spot') {
    const a = Math.min(
      1,
      Math.max(0, procurement.spotAvailability ?? DEFAULT_SPOT_AVAILABILITY),
    );
    return onDemand * (a * (1 - procurement.spotDiscount) + (1 - a));
  }
  return onDemand;
}

/** Power draw per device, watts: maximum and idle. */
function devicePowerWatts(hardware: Hardware, procurement: Procurement) {
  if (procurement.kind === 'desk') {
    return {
      max: hardware.tdpWatts,
      idle: hardware.tdpWatts * DESK_IDLE_POWER_SHARE,
    };
  }
  const max = hardware.tdpWatts * SERVER_POWER_PER_GPU_TDP;
  return { max, idle: max * SERVER_IDLE_POWER_SHARE };
}

/** Per-replica monthly cost lines and the variable energy cost per request. */
function replicaEconomics(
  hardware: Hardware,
  procurement: Procurement,
  gpus: number,
  requestsPerSecondAtFullLoad: number,
) {
  const power = devicePowerWatts(hardware, procurement);
  const kwhUsd = (watts: number, pue: number, usdPerKwh: number) =>
    (watts / 1000) * HOURS_PER_MONTH * pue * usdPerKwh;
  // Energy above idle for one request: (max − idle) W for 1/μ seconds on every device.
  const busyKwhPerRequest =
    requestsPerSecondAtFullLoad > 0
      ? (((power.max - power.idle) * gpus) / 1000) *
        (1 / requestsPerSecondAtFullLoad / 3600)
      : 0;
  switch (procurement.kind) {
    case 'cloud': {
      const rate = cloudUsdPerGpuHour(procurement);
      return {
        perReplica: [
          { kind: 'gpu-rental', usdPerMonth: gpus * HOURS_PER_MONTH * rate },
        ] as CostLine[],
        variableUsdPerRequest: 0,
        usdPerReplicaStart:
          (gpus *
            rate *
            (procurement.coldStartSeconds ?? DEFAULT_COLD_START_SECONDS)) /
          3600,
      };
    }
    case 'owned': {
      const onPrem = procurement.hosting === 'onprem';
      const powerBilled = onPrem || !procurement.powerIncludedInHosting;
      const lines: CostLine[] = [
        {
          kind: 'capital',
          usdPerMonth:
            gpus *
            capitalChargeUsdPerMonth(
              procurement.capexUsdPerGpu,
              procurement.amortisationMonths,
              procurement.residualShare,
              procurement.costOfCapitalAnnual,
            ),
        },
      ];
      if (powerBilled) {
        lines.push({
          kind: 'power',
          usdPerMonth:
            gpus *
            kwhUsd(
              power.idle,
              procurement.pue,
              procurement.electricityUsdPerKwh,
            ),
        });
      }
      if (!onPrem) {
        lines.push({
          kind: 'hosting',
          usdPerMonth:
            (gpus * power.max * procurement.hostingUsdPerKwMonth) / 1000,
        });
      }
      return {
        perReplica: lines,
        variableUsdPerRequest: powerBilled
          ? busyKwhPerRequest *
            procurement.pue *
            procurement.electricityUsdPerKwh
          : 0,
        usdPerReplicaStart: 0,
      };
    }
    case 'desk':
      return {
        perReplica: [
          {
            kind: 'capital',
            usdPerMonth:
              gpus *
              capitalChargeUsdPerMonth(
                procurement.capexUsdPerDevice,
                procurement.amortisationMonths,
                procurement.residualShare,
                0,
              ),
          },
          {
            kind: 'power',
            usdPerMonth:
              gpus * kwhUsd(power.idle, 1, procurement.electricityUsdPerKwh),
          },
        ] as CostLine[],
        variableUsdPerRequest:
          busyKwhPerRequest * procurement.electricityUsdPerKwh,
        usdPerReplicaStart: 0,
      };
    default:
      return assertNever(procurement, 'procurement');
  }
}

type Candidate = {
  readonly gpus: number;
  readonly spec: ReplicaSpec;
  readonly memory: MemoryEstimate;
  readonly performance: PerformanceEstimate;
};

function candidates(
  r: Resolved,
  option: SelfHostOptionInput,
  w: Workload,
): { ok: Candidate[]; reasons: InfeasibleReason[] } {
  const nw = normaliseWorkload(w);
  const inTok = nw.selfHostInputTokensPerRequest;
  const outTok = nw.selfHostOutputTokensPerRequest;
  const sequenceTokens = Math.max(1, inTok + outTok);
  const maxTpot =
    w.latencyTargets.minOutputTokensPerSecond !== undefined &&
    w.latencyTargets.minOutputTokensPerSecond > 0
      ? 1 / w.latencyTargets.minOutputTokensPerSecond
      : null;
  const choices =
    option.gpusPerReplica === 'auto'
      ? TENSOR_PARALLEL_CHOICES.filter((t) => t <= r.hardware.maxPerNode)
      : [Math.max(1, Math.floor(option.gpusPerReplica))];
  const ok: Candidate[] = [];
  const reasons: InfeasibleReason[] = [];
  let largest = 0;
  let required = 0;
  let available = 0;
  for (const gpus of choices) {
    if (
      r.engine.tensorParallel &&
      gpus > 1 &&
      r.model.attentionHeads % gpus !== 0
    )
      continue;
    largest = Math.max(largest, gpus);
    const memory = estimateMemory(
      r.model,
      r.quant,
      r.hardware,
      r.engine,
      gpus,
      option.kvCacheBytesPerValue,
      sequenceTokens,
    );
    if (!memory.fits) {
      required = memory.totalBytesPerReplica;
      available = memory.usableBytesPerGpu * gpus;
      continue;
    }
    const spec = replicaSpecFrom(
      r.model,
      r.quant,
      r.hardware,
      r.engine,
      gpus,
      kvBytesPerToken(r.model, option.kvCacheBytesPerValue, sequenceTokens),
    );
    const point = operatingPoint(
      spec,
      Math.min(memory.maxConcurrentSequences, r.engine.maxConcurrentSequences),
      inTok,
      outTok,
      maxTpot,
    );
    if (point.kind !== 'ok') {
      reasons.push({
        code: 'latency-target-unreachable',
        bestTimePerOutputTokenSeconds: point.bestTimePerOutputTokenSeconds,
      });
      continue;
    }
    ok.push({ gpus, spec, memory, performance: point.performance });
  }
  if (ok.length === 0 && reasons.length === 0) {
    const weightsOnly = estimateMemory(
      r.model,
      r.quant,
      r.hardware,
      r.engine,
      Math.max(1, largest),
      option.kvCacheBytesPerValue,
      1,
    );
    reasons.push(
      weightsOnly.fits
        ? {
            code: 'context-does-not-fit',
            maxContextTokens: Math.floor(weightsOnly.kvCacheTokensPerReplica),
          }
        : {
            code: 'model-does-not-fit',
            requiredBytes: required,
            availableBytes: available,
            largestGpusPerReplica: largest,
          },
    );
  }
  return { ok, reasons };
}

/**
 * Evaluates one self-hosted option for a workload: memory fit, roofline speed,
 * replicas for the peak hour at the target utilisation plus redundancy, the
 * monthly cost breakdown and the latency users see at the peak hour
 * (engine-spec §4–§7). Returns the staircase cost model for crossover work.
 */
export function evaluateSelfHost(
  workload: Workload,
  option: SelfHostOptionInput,
  catalog: Catalog,
): { result: SelfHostResult; costModels: readonly SelfHostCostModel[] } {
  const resolved = resolve(option, catalog);
  const w =
    'code' in resolved ? workload : generatedWorkload(workload, resolved.model);
  const model = catalog.byId.openModels[option.openModelId];
  const name = model ? model.name : option.openModelId;
  const tier = model ? model.qualityTier : 'small';
  const infeasible = (reasons: InfeasibleReason[]) => ({
    result: {
      kind: 'self-host',
      feasible: false,
      id: option.id,
      name,
      qualityTier: tier,
      reasons,
    } as const,
    costModels: [],
  });
  if ('code' in resolved) return infeasible([resolved]);
  if (!resolved.engine.hardwareKinds.includes(resolved.hardware.kind)) {
    return infeasible([
      {
        code: 'engine-hardware-mismatch',
        engineId: resolved.engine.id,
        hardwareKind: resolved.hardware.kind,
      },
    ]);
  }
  if (!resolved.quant.engineIds.includes(resolved.engine.id)) {
    return infeasible([
      {
        code: 'quant-engine-mismatch',
        quantId: resolved.quant.id,
        engineId: resolved.engine.id,
      },
    ]);
  }
  const { ok, reasons } = candidates(resolved, option, w);
  if (ok.length === 0) return infeasible(reasons);

  const nw = normaliseWorkload(w);
  const priced = ok.map((c) => {
    const costModel = costModelFor(c, option, resolved.hardware, w);
    return {
      c,
      costModel,
      usd: selfHostUsdPerMonth(costModel, w.requestsPerMonth),
    };
  });
  priced.sort((a, b) => a.usd - b.usd || a.c.gpus - b.c.gpus);
  const best = priced[0]!;
  const { c, costModel } = best;
  const serving = servingReplicas(costModel, w.requestsPerMonth);
  if (
    costModel.maxServingReplicas !== undefined &&
    serving > costModel.maxServingReplicas
  ) {
    // Keep the cost models: below its capacity the option still has a cost curve.
    return {
      result: {
        kind: 'self-host',
        feasible: false,
        id: option.id,
        name,
        qualityTier: tier,
        reasons: [
          {
            code: 'capacity-exceeded',
            servingReplicasNeeded: serving,
            maxServingReplicas: costModel.maxServingReplicas,
            capacityTokensPerMonth:
              capacityRequestsPerMonth(costModel) * nw.tokensPerRequest,
          },
        ],
      },
      costModels: priced.map((p) => p.costModel),
    };
  }
  const byHour = costModel.autoscale
    ? replicasByHour(costModel, w.requestsPerMonth)
    : null;
  const replicas = byHour
    ? Math.max(...byHour)
    : serving + costModel.extraReplicas;
  const billed = billedReplicaMonths(costModel, w.requestsPerMonth);
  const economics = replicaEconomics(
    resolved.hardware,
    option.procurement,
    c.gpus,
    c.performance.replicaRequestsPerSecond,
  );
  const lines: CostLine[] = [
    ...economics.perReplica.map((l) => ({
      kind: l.kind,
      usdPerMonth:
        l.usdPerMonth * billed.replicaMonths +
        (l.kind === 'gpu-rental' ? billed.coldStartUsdPerMonth : 0) +
        (l.kind === 'power'
          ? economics.variableUsdPerRequest * w.requestsPerMonth
          : 0),
    })),
    {
      kind: 'ops-people',
      usdPerMonth: option.ops.fteShare * option.ops.usdPerFteMonth,
    },
    { kind: 'monitoring', usdPerMonth: option.ops.monitoringUsdPerMonth },
    {
      kind: 'networking-storage',
      usdPerMonth: option.ops.networkingAndStorageUsdPerMonth,
    },
    { kind: 'fine-tuning', usdPerMonth: option.ops.fineTuningUsdPerMonth },
  ];
  const total = lines.reduce((s, l) => s + l.usdPerMonth, 0);
  const warnings: WarningCode[] = [];
  const peakPerReplica = nw.peakRequestsPerSecond / serving;
  const latency = latencyAtLoad(
    c.spec,
    c.performance,
    peakPerReplica,
    nw.selfHostInputTokensPerRequest,
    nw.selfHostOutputTokensPerRequest,
    0,
  );
  if (latency.overloaded) warnings.push('overloaded');
  if (c.gpus > resolved.hardware.maxPerNode) warnings.push('multi-node');
  if (w.requestsPerMonth <= 0) warnings.push('zero-volume');
  if (
    resolved.engine.batching === 'slots' &&
    c.performance.operatingBatch > 1
  ) {
    warnings.push('local-concurrency');
  }
  if (
    w.inputTokensPerRequest + w.outputTokensPerRequest >
    resolved.model.maxContextTokens
  ) {
    warnings.push('context-exceeds-model');
  }
  const t = w.latencyTargets;
  if (
    (t.maxTimeToFirstTokenSeconds !== undefined &&
      latency.timeToFirstTokenSeconds > t.maxTimeToFirstTokenSeconds) ||
    (t.minOutputTokensPerSecond !== undefined &&
      latency.outputTokensPerSecond < t.minOutputTokensPerSecond)
  ) {
    warnings.push('latency-target-missed');
  }
  const tokensPerReplicaMonth =
    costModel.requestsPerMonthPerReplica * nw.tokensPerRequest;
  const marginal =
    tokensPerReplicaMonth > 0
      ? ((costModel.usdPerReplicaMonth +
          costModel.variableUsdPerRequest *
            costModel.requestsPerMonthPerReplica) /
          tokensPerReplicaMonth) *
        1e6
      : 0;
  const capacityRps =
    c.performance.replicaRequestsPerSecond * billed.replicaMonths;
  return {
    result: {
      kind: 'self-host',
      feasible: true,
      id: option.id,
      name,
      qualityTier: tier,
      memory: c.memory,
      performance: c.performance,
      replicas,
      gpus: replicas * c.gpus,
      averageUtilisation:
        capacityRps > 0
          ? Math.min(1, nw.meanRequestsPerSecond / capacityRps)
          : 0,
      cost: { usdPerMonth: total, lines },
      usdPerRequest: w.requestsPerMonth > 0 ? total / w.requestsPerMonth : 0,
      usdPerMillionTokens:
        nw.tokensPerMonth > 0 ? (total / nw.tokensPerMonth) * 1e6 : null,
      marginalUsdPerMillionTokens: marginal,
      requestsPerMonthPerReplica: costModel.requestsPerMonthPerReplica,
      latency,
      warnings,
      fleet: {
        gpusPerReplica: c.gpus,
        servingReplicas: serving,
        extraReplicas: costModel.extraReplicas,
        autoscaled: byHour !== null,
        replicasByHour: byHour ?? replicasByHour(costModel, w.requestsPerMonth),
        gpuHoursPerMonth: billed.replicaMonths * c.gpus * HOURS_PER_MONTH,
        coldStartUsdPerMonth: billed.coldStartUsdPerMonth,
        fixedUsdPerMonth: costModel.fixedUsdPerMonth,
        usdPerReplicaMonth: costModel.usdPerReplicaMonth,
      },
    },
    costModels: priced.map((p) => p.costModel),
  };
}

/**
 * The workload as the self-hosted model generates it: a reasoning model
 * (`reasoning: true` in the catalog) writes the workload's reasoning tokens
 * too, so they count as extra output for memory, capacity and latency; any
 * other model generates none (engine-spec §2.1 default). The token meter
 * (input + output + reasoning) is unchanged.
 */
export function generatedWorkload(w: Workload, model: OpenModel): Workload {
  if (model.reasoning !== true || !(w.reasoningTokensPerRequest > 0)) return w;
  return {
    ...w,
    outputTokensPerRequest:
      w.outputTokensPerRequest + w.reasoningTokensPerRequest,
    reasoningTokensPerRequest: 0,
  };
}

function costModelFor(
  c: Candidate,
  option: SelfHostOptionInput,
  hardware: Hardware,
  w: Workload,
): SelfHostCostModel {
  const economics = replicaEconomics(
    hardware,
    option.procurement,
    c.gpus,
    c.performance.replicaRequestsPerSecond,
  );
  const utilisation = Math.min(1, Math.max(0.01, option.targetUtilisation));
  const shape = hourlyShape(w.peakToAverage, w.hourlyProfile);
  const peakToAverage = Math.max(1, ...shape);
  const p = option.procurement;
  const autoscale =
    p.kind === 'cloud' && p.autoscale === true && p.pricing !== 'reserved'
      ? {
          hourlyShape: shape,
          minReplicas: Math.max(0, Math.floor(p.minReplicas ?? 1)),
          usdPerReplicaStart: economics.usdPerReplicaStart,
        }
      : undefined;
  const model: SelfHostCostModel = {
    fixedUsdPerMonth:
      option.ops.fteShare * option.ops.usdPerFteMonth +
      option.ops.monitoringUsdPerMonth +
      option.ops.networkingAndStorageUsdPerMonth +
      option.ops.fineTuningUsdPerMonth,
    usdPerReplicaMonth: economics.perReplica.reduce(
      (s, l) => s + l.usdPerMonth,
      0,
    ),
    variableUsdPerRequest: economics.variableUsdPerRequest,
    requestsPerMonthPerReplica:
      (c.performance.replicaRequestsPerSecond *
        utilisation *
        SECONDS_PER_MONTH) /
      peakToAverage,
    extraReplicas: Math.max(0, Math.floor(option.extraReplicas)),
    ...(option.maxServingReplicas !== undefined
      ? {
          maxServingReplicas: Math.max(
            1,
            Math.floor(option.maxServingReplicas),
          ),
        }
      : {}),
  };
  return autoscale ? { ...model, autoscale } : model;
}
