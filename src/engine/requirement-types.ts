/**
 * Types of the requirements every option must meet alike (docs/methods.md
 * §17.3, ADR 17): privacy, latency targets, the quality floor and rate limits.
 * Plain, readonly, JSON-serialisable.
 */
import type { RateLimitTier, ReasoningEffort } from '../catalog';

/** Where an API option's hidden reasoning tokens came from (§17.1). */
export type ApiReasoning = {
  readonly tokensPerRequest: number;
  /** The effort setting the count belongs to; null when not from the catalog. */
  readonly effort: ReasoningEffort | null;
  /** 'option': the user's own count; 'workload': the workload's; 'model-default': the catalog's; 'not-reasoning': 0. */
  readonly source: 'option' | 'workload' | 'model-default' | 'not-reasoning';
  /** The catalog's basis for a model default (measured, a peer, the fallback); null otherwise. */
  readonly basis: 'first-token-delay' | 'peer-model' | 'fallback' | null;
};

/**
 * Catalog facts attached to an API option once per scenario
 * (`resolveApiOptions`), so every cost, latency and rate-limit computation
 * of the option sees the same ones.
 */
export type ResolvedApiFacts = {
  readonly reasoning: ApiReasoning;
  /** Thinking tokens inside the catalog's measured time to first token; null = the option's own. */
  readonly measuredLatencyReasoningTokens: number | null;
  /** The provider's published tiers, lowest first; [] = only the model's own limits. */
  readonly rateLimitTiers: readonly RateLimitTier[];
};

/** The slow tail of one option's latency (§17.2). */
export type LatencySpread = {
  readonly timeToFirstTokenSeconds: number;
  readonly outputTokensPerSecond: number;
  /** 'queueing': the self-hosted M/D/1 tail; 'factor': a documented API factor. */
  readonly basis: 'queueing' | 'factor';
};

export type LatencyMetric = 'time-to-first-token' | 'output-speed';

/** Why an option is excluded from the verdict, or what it is caveated with. */
export type RequirementFinding =
  | {
      /** A ticked privacy rule rules it out. */
      readonly code: 'privacy';
      readonly ruleIds: readonly string[];
    }
  | {
      /** It misses a latency target (required → excluded, preferred → caveat). */
      readonly code: 'latency';
      readonly metric: LatencyMetric;
      readonly percentile: 'p50' | 'p95';
      /** The user's target (seconds or tokens per second). */
      readonly target: number;
      /** What the option achieves at that percentile. */
      readonly actual: number;
    }
  | {
      /** Below the quality floor, or not rated. */
      readonly code: 'quality-floor';
      readonly floorIndex: number;
      readonly qualityIndex: number | null;
    }
  | {
      /** Even the highest published tier rejects part of the traffic. */
      readonly code: 'rate-limit';
      readonly tier: string;
      readonly rejectedShare: number;
      readonly binding: string;
    };

/** One option's requirement findings: exclusions put it out of the verdict, caveats do not. */
export type OptionRequirements = {
  readonly optionId: string;
  readonly excluded: readonly RequirementFinding[];
  readonly caveats: readonly RequirementFinding[];
};

export type RequirementsAssessment = {
  readonly options: readonly OptionRequirements[];
  /** Ids of every option excluded by any requirement: the one list the verdict filters by. */
  readonly excludedIds: readonly string[];
};
