/**
 * Overflow/spill (docs/methods.md §9.2): K local replicas always on, the API
 * takes what exceeds them hour by hour. The API is the fallback, so no
 * redundancy replica; K is the cheapest unless given.
 */
import type { HybridInput } from './hybrid-input';
import { buildHybrid, type PatternContext } from './hybrid-result';
import type { HybridResult } from './result-types';
import type { SelfHostCostModel } from './self-host-capacity';
import { SECONDS_PER_MONTH } from './units';
import { hourlyShape } from './workload';

/** Largest K the overflow search tries (named bound, docs/methods.md §0.1). */
export const MAX_SPILL_REPLICAS = 64;

/**
 * Share of monthly requests above a fixed capacity (docs/methods.md §9.2):
 * `Σ_h max(0, λ_h − capacity) / Σ_h λ_h`, hour by hour over the profile.
 *
 * @param hourlyRequestsPerSecond arrival rate in each hour of the day.
 * @param capacityRequestsPerSecond what the local fleet serves per second.
 * @example overflowShare(sinusoid with PAR 2, mean) // 0.3183 (V9: 1/π)
 */
export function overflowShare(
  hourlyRequestsPerSecond: readonly number[],
  capacityRequestsPerSecond: number,
): number {
  let total = 0;
  let over = 0;
  for (const rate of hourlyRequestsPerSecond) {
    total += rate;
    over += Math.max(0, rate - Math.max(0, capacityRequestsPerSecond));
  }
  return total > 0 ? over / total : 0;
}

/**
 * Closed form of `overflowShare` for a continuous sinusoid
 * `λ(θ) = λ̄(1 + a·sin θ)` against a capacity `κ·λ̄` (docs/methods.md §9.2).
 *
 * @example sinusoidOverflowShare(1, 1) // 1/π = 0.3183
 */
export function sinusoidOverflowShare(
  amplitude: number,
  capacityOverMean: number,
): number {
  if (!(amplitude > 0)) return capacityOverMean >= 1 ? 0 : 1 - capacityOverMean;
  const b = Math.min(1, Math.max(-1, (capacityOverMean - 1) / amplitude));
  const theta0 = Math.asin(b);
  return (
    (2 * amplitude * Math.cos(theta0) -
      (capacityOverMean - 1) * (Math.PI - 2 * theta0)) /
    (2 * Math.PI)
  );
}

/** Overflow share and monthly costs with K local replicas. */
type SpillCost = {
  readonly over: number;
  readonly localUsd: number;
  readonly total: number;
};

/**
 * The cost of the spill pattern as a function of K, and the K that carries
 * the peak alone (beyond it nothing overflows).
 */
function spillCosts(ctx: PatternContext): {
  costAt: (k: number) => SpillCost;
  needed: number;
} {
  const { workload: w, api, requests } = ctx;
  const model = ctx.self.costModels[0]!;
  const shape = hourlyShape(w.peakToAverage, w.hourlyProfile);
  const peak = Math.max(...shape);
  // One replica's capacity at the target utilisation, requests per second.
  const perReplica =
    (model.requestsPerMonthPerReplica * peak) / SECONDS_PER_MONTH;
  const hourly = shape.map((s) => (s * requests) / SECONDS_PER_MONTH);
  const fixedLocal: SelfHostCostModel = {
    ...model,
    extraReplicas: 0,
  };
  const costAt = (k: number): SpillCost => {
    const over = overflowShare(hourly, k * perReplica);
    const localRequests = (1 - over) * requests;
    const localUsd =
      fixedLocal.fixedUsdPerMonth +
      fixedLocal.usdPerReplicaMonth * k +
      fixedLocal.variableUsdPerRequest * localRequests;
    const apiRequests = over * requests;
    return {
      over,
      localUsd,
      total: localUsd + (apiRequests > 0 ? api.usdPerMonth(apiRequests) : 0),
    };
  };
  const needed = Math.max(
    1,
    Math.ceil((peak * requests) / model.requestsPerMonthPerReplica - 1e-9),
  );
  return { costAt, needed };
}

/** K as given, else the cheapest K from 1 to what the peak needs. */
function spillReplicas(
  input: HybridInput,
  costAt: (k: number) => SpillCost,
  needed: number,
): { k: number; source: 'input' | 'optimised' } {
  if (input.spillLocalReplicas !== undefined && input.spillLocalReplicas >= 1)
    return { k: Math.floor(input.spillLocalReplicas), source: 'input' };
  let k = 1;
  let best = costAt(1).total;
  const last = Math.min(needed, MAX_SPILL_REPLICAS);
  for (let candidate = 2; candidate <= last; candidate++) {
    const total = costAt(candidate).total;
    if (total < best) {
      best = total;
      k = candidate;
    }
  }
  return { k, source: 'optimised' };
}

/** Overflow / spill: K always-on local replicas, the API takes the excess. */
export function overflowSpill(ctx: PatternContext): HybridResult {
  const { costAt, needed } = spillCosts(ctx);
  const { k, source } = spillReplicas(ctx.input, costAt, needed);
  const c = costAt(k);
  const localE2e = ctx.self.result.latency.endToEndSeconds;
  // Every request is served once: the local share is exactly what the API does not take.
  const apiShare = Math.min(1, Math.max(0, c.over));
  const localShare = 1 - apiShare;
  return buildHybrid(ctx, {
    patternId: 'overflow-spill',
    parameter: k,
    parameterSource: source,
    selfHostOptionId: ctx.self.option.id,
    local: { usdPerMonth: c.localUsd, endToEndSeconds: localE2e, replicas: k },
    apiRequests: apiShare * ctx.requests,
    localShare,
    apiShare,
    expectedEndToEndSeconds:
      localShare * localE2e + apiShare * ctx.apiEndToEndSeconds,
    routingUsdPerMonth: 0,
  });
}
