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

export type LatencyTargets = {
  /** Largest acceptable time to first token, seconds. */
  readonly maxTimeToFirstTokenSeconds?: number;
  /** Smallest acceptable output speed one user sees, tokens per second. */
  readonly minOutputTokensPerSecond?: number;
  /**
   * 'required': an option that misses a target is excluded from the verdict;
   * 'preferred': it is only caveated (docs/methods.md §17.3). Absent = 'preferred'.
   */
  readonly strength?: 'required' | 'preferred';
  /** Which request the targets bind: the median or the 95th percentile (§17.2). Absent = 'p50'. */
  readonly percentile?: 'p50' | 'p95';
};

/** The workload's part in an API option's hidden tokens (§17.1). */
export type WorkloadReasoning = {
  /**
   * Where a reasoning API option's hidden tokens come from when the option
   * sets none: 'model-default' = the catalog's measured count for the model at
   * its effort (docs/methods.md §17.1); 'workload' = `reasoningTokensPerRequest`
   * for every reasoning API. Absent = 'workload'.
   */
  readonly reasoningTokensSource?: 'model-default' | 'workload';
};

/** An API option's reasoning and rate-limit choices (§17.1, §17.4). */
export type ApiOptionRequirements = {
  /** Reasoning effort the requests ask for; absent = the provider's default (§17.1). */
  readonly reasoningEffort?: ReasoningEffort;
  /** Hidden reasoning tokens per request of this option, overriding every default (§17.1). */
  readonly reasoningTokensPerRequest?: number;
  /** The provider's rate-limit tier by name; absent = the tier the monthly spend reaches (§17.4). */
  readonly rateLimitTier?: string;
  /** Catalog facts the engine attaches once per scenario (never set by callers). */
  readonly resolved?: ResolvedApiFacts;
};

/** What an API's latency adds for thinking and its slow tail. */
export type ApiLatencyTail = {
  /** Seconds of hidden thinking inside the time to first token (§17.1). */
  readonly thinkingSeconds?: number;
  /** The slow tail: 95th-percentile first token and 5th-percentile speed (§17.2). */
  readonly p95?: LatencySpread;
};

/** Which tier a rate-limit check used (§17.4). */
export type RateLimitTierFacts = {
  /** 'catalog': the catalog's own tier; 'spend': reached by the monthly spend; 'user': picked. */
  readonly tierBasis?: 'catalog' | 'spend' | 'user';
  /** The highest published tier still rejects traffic: only a custom agreement or provisioned throughput fixes it. */
  readonly beyondPublishedTiers?: boolean;
};

/** Peak-minute demand against the tier's limits (docs/methods.md §3.5, §17.4). */
export type RateLimitCheck =
  | { readonly kind: 'unknown' }
  | ({
      readonly kind: 'checked';
      /** limit ÷ need at the peak minute, per dimension (≥ 1 is fine). */
      readonly headroomByDimension: Readonly<Record<string, number>>;
      /** The dimension with least headroom. */
      readonly binding: string;
      /** Share of monthly requests rejected at first attempt, 0–1. */
      readonly rejectedShare: number;
      readonly tier: string;
    } & RateLimitTierFacts);
