/**
 * The workload inputs that say how the work is served on both sides (issue
 * 11, ADR-18): the shared prefix's hit rate, interactive or offline batch
 * work, and the users' round trip to self-hosted servers. Kept apart from
 * types.ts, which is near its size limit; every field is optional so old
 * scenarios and links evaluate as before.
 */

export type TrafficKind = 'interactive' | 'batch';

export type WorkloadServing = {
  /**
   * Share of requests whose shared prefix is found cached while the cache is
   * warm, 0–1 (docs/methods.md §3.2, §18.1); both sides use it. Default 0.9.
   */
  readonly prefixCacheHitRate?: number;
  /**
   * 'batch' = offline work with a completion deadline instead of latency
   * targets (docs/methods.md §18.2). Default 'interactive'.
   */
  readonly trafficKind?: TrafficKind;
  /** Batch work: hours each day's work may take to complete, 1–720. Default 24. */
  readonly batchDeadlineHours?: number;
  /**
   * Round trip from users to self-hosted servers, seconds (docs/methods.md
   * §18.3). Absent = per procurement: the API's round trip for cloud and
   * colocation, a LAN's for on-premises and desk machines.
   */
  readonly selfHostNetworkRoundTripSeconds?: number;
};

/** How a self-hosted fleet was sized for its traffic (docs/methods.md §18), on its FleetPlan. */
export type FleetServing = {
  readonly trafficKind: TrafficKind;
  /** Peak-hour utilisation the fleet is planned at: the option's, a batch fleet's, or lower to meet the first-token target. */
  readonly plannedUtilisation: number;
  /** Round trip added to the self-hosted time to first token, seconds. */
  readonly networkRoundTripSeconds: number;
  /** Share of requests whose shared prefix is read from the engine's cache (0 = prefix caching off or no prefix). */
  readonly prefixCacheHitRate: number;
  /** Mean prompt tokens per request not prefilled (self-hosted tokens). */
  readonly cachedPromptTokensPerRequest: number;
  /** Prefix KV each replica holds once for all its sequences, tokens. */
  readonly sharedPrefixTokensPerReplica: number;
};
