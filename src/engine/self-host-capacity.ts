/**
 * How many replicas a self-hosted deployment runs and what that costs as a
 * function of monthly requests: the staircase cost model (docs/methods.md §8.4)
 * built from one replica shape, fixed replicas for the peak hour or
 * autoscaling by hour of day (docs/methods.md §7.1), and the volumes where the
 * replica count steps.
 */
import type { Hardware } from '../catalog';
import { replicaEconomics } from './procurement-cost';
import type { Candidate } from './replica-candidates';
import type { OpsCosts, SelfHostOptionInput, Workload } from './types';
import { DAYS_PER_MONTH, SECONDS_PER_MONTH } from './units';
import { hourlyShape } from './workload';

/**
 * A self-hosted deployment's cost as a function of monthly requests R:
 * `fixed + perReplica · (max(1, ceil(R / perReplicaRequests)) + extra) + variable · R`
 * (docs/methods.md §8.4). The crossover solver works on this staircase exactly.
 * With `autoscale` the replica count follows the hourly profile instead
 * (docs/methods.md §7.1): still piecewise constant in R, with more steps.
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
 * Replicas running in each hour of the day under autoscaling
 * (docs/methods.md §7.1): `base_h = max(min, ceil(λ_h / (μ·umax)))`, plus the
 * redundancy replicas whenever any replica runs.
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

/** Volume-independent monthly cost: base people and on-call, monitoring, networking and storage, fine-tuning. */
export function fixedUsdPerMonth(ops: OpsCosts): number {
  return (
    fixedPeopleUsdPerMonth(ops) +
    ops.monitoringUsdPerMonth +
    ops.networkingAndStorageUsdPerMonth +
    ops.fineTuningUsdPerMonth
  );
}

/** The people who run the service whatever its size: the base share and on-call (docs/methods.md §19.1). */
export function fixedPeopleUsdPerMonth(ops: OpsCosts): number {
  return (ops.fteShare + (ops.onCallFteShare ?? 0)) * ops.usdPerFteMonth;
}

/** People per replica: the per-GPU step times the replica's GPUs (docs/methods.md §19.1). */
export function peopleUsdPerReplicaMonth(
  ops: OpsCosts,
  gpusPerReplica: number,
): number {
  return (ops.fteSharePerGpu ?? 0) * gpusPerReplica * ops.usdPerFteMonth;
}

/** The staircase cost model of one replica shape under the option's procurement and traffic shape. */
export function costModelFor(
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
    fixedUsdPerMonth: fixedUsdPerMonth(option.ops),
    // People grow with the fleet: the per-GPU step is a per-replica cost (§19.1), so the staircase stays exact.
    usdPerReplicaMonth:
      economics.perReplica.reduce((s, l) => s + l.usdPerMonth, 0) +
      peopleUsdPerReplicaMonth(option.ops, c.gpus),
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
