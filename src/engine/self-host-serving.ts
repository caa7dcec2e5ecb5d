/**
 * The serving side of a self-hosted option's sizing (docs/methods.md §18.3):
 * the users' round trip to the servers, and the utilisation a replica may run
 * at so that its queue still lets the first token arrive within the target —
 * more replicas, each less busy, instead of calling the option infeasible.
 */
import { isBatch } from './batch-traffic';
import type { Candidate, Resolved } from './replica-candidates';
import type {
  Procurement,
  SelfHostLatency,
  SelfHostOptionInput,
  WarningCode,
  Workload,
} from './types';
import type { FleetServing } from './workload-serving';

/**
 * Round trip on a site's LAN, seconds (docs/methods.md §18.3, grade C):
 * switched Ethernet answers in well under a millisecond; 1 ms allows for
 * Wi-Fi and a reverse proxy.
 */
export const LAN_ROUND_TRIP_SECONDS = 0.001;

/**
 * Below this planned utilisation a replica is nearly idle and the queue no
 * longer explains a missed first-token target (prefill does): the fleet is
 * not grown further and the target is reported missed (§18.3).
 */
export const MIN_TTFT_UTILISATION = 0.1;

/**
 * Round trip from users to the option's servers: the workload's figure, else
 * per procurement — a cloud region or a colocation site is reached like an
 * API's datacenter, an on-premises rack or a desk machine over the LAN.
 */
export function selfHostRoundTripSeconds(
  w: Workload,
  procurement: Procurement,
): number {
  const set = w.selfHostNetworkRoundTripSeconds;
  if (set !== undefined && Number.isFinite(set)) return Math.max(0, set);
  const onSite =
    procurement.kind === 'desk' ||
    (procurement.kind === 'owned' && procurement.hosting === 'onprem');
  return onSite ? LAN_ROUND_TRIP_SECONDS : w.apiNetworkRoundTripSeconds;
}

/**
 * Highest utilisation at which the M/D/1 first token (docs/methods.md §6.2)
 * meets the target: with service time s = 1/μ and slack
 * t = target − round trip − prefill, the wait ρ/(2(1−ρ))·s ≤ t gives
 * ρ ≤ 2k/(1+2k), k = t/s. Null when there is no target, or when even a
 * nearly idle replica misses it (the target is then reported missed).
 */
export function firstTokenUtilisationCap(
  c: Candidate,
  w: Workload,
  roundTripSeconds: number,
): number | null {
  const target = w.latencyTargets.maxTimeToFirstTokenSeconds;
  const mu = c.performance.replicaRequestsPerSecond;
  if (target === undefined || !(target > 0) || !(mu > 0)) return null;
  const slack = target - roundTripSeconds - c.performance.prefillSeconds;
  if (!(slack > 0)) return null;
  const k = slack * mu;
  const cap = (2 * k) / (1 + 2 * k);
  return cap >= MIN_TTFT_UTILISATION ? cap : null;
}

/** The option with its planned utilisation lowered, where needed, to meet the first-token target. */
export function optionForFirstToken(
  c: Candidate,
  option: SelfHostOptionInput,
  w: Workload,
  roundTripSeconds: number,
): SelfHostOptionInput {
  const cap = firstTokenUtilisationCap(c, w, roundTripSeconds);
  return cap !== null && cap < option.targetUtilisation
    ? { ...option, targetUtilisation: cap }
    : option;
}

/** What the fleet plan reports about how it was sized (§18). */
export function fleetServing(
  c: Candidate,
  sized: SelfHostOptionInput,
  w: Workload,
  roundTripSeconds: number,
): FleetServing {
  return {
    trafficKind: isBatch(w) ? 'batch' : 'interactive',
    plannedUtilisation: Math.min(1, Math.max(0.01, sized.targetUtilisation)),
    networkRoundTripSeconds: roundTripSeconds,
    prefixCacheHitRate: c.prefix.hitRate,
    cachedPromptTokensPerRequest: c.prefix.cachedTokensPerRequest,
    sharedPrefixTokensPerReplica: c.prefix.sharedPrefixTokensPerReplica,
  };
}

/** Overload, multi-node, zero volume, slot batching, context and missed latency targets. */
export function selfHostWarnings(
  r: Resolved,
  c: Candidate,
  w: Workload,
  latency: SelfHostLatency,
): WarningCode[] {
  const warnings: WarningCode[] = [];
  if (latency.overloaded) warnings.push('overloaded');
  if (c.gpus > r.hardware.maxPerNode) warnings.push('multi-node');
  if (w.requestsPerMonth <= 0) warnings.push('zero-volume');
  if (r.engine.batching === 'slots' && c.performance.operatingBatch > 1) {
    warnings.push('local-concurrency');
  }
  if (
    w.inputTokensPerRequest + w.outputTokensPerRequest >
    r.model.maxContextTokens
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
  return warnings;
}
