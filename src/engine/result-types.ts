/**
 * Results of a scenario as a whole: privacy per option, the hybrid patterns,
 * the recommendation and what `evaluateScenario` returns. Plain, readonly,
 * JSON-serialisable. The inputs and the per-option estimates they build on
 * (`ApiResult`, `SelfHostResult`, `Crossover`) are in `types.ts`.
 */
import type { QualityFloorOutcome } from './quality';
import type { HostedComparator } from './hosted-price';
import type {
  ApiResult,
  CostCurvePoint,
  Crossover,
  SelfHostResult,
} from './types';
import type { NormalisedWorkload } from './workload';
import type { RequirementsAssessment } from './requirement-types';

export type OptionPrivacy = {
  readonly optionId: string;
  /** excluded: a ticked requirement rules it out; flagged: allowed with a caveat. */
  readonly status: 'allowed' | 'flagged' | 'excluded';
  /** Ids of the rules that exclude or flag it. */
  readonly ruleIds: readonly string[];
};

export type PrivacyAssessment = {
  readonly activeRuleIds: readonly string[];
  readonly options: readonly OptionPrivacy[];
  /** True when a ticked rule allows no API at all. */
  readonly localOnly: boolean;
};

/** Which hybrid (docs/methods.md §9.2). */
export type HybridPatternId =
  | 'tiered-routing'
  | 'fallback-chain'
  | 'privacy-split'
  | 'dev-prod-split'
  | 'overflow-spill';

export type HybridResult =
  | {
      readonly kind: 'hybrid';
      readonly feasible: true;
      readonly patternId: HybridPatternId;
      readonly apiOptionId: string;
      readonly selfHostOptionId: string;
      /** The pattern's knob: f, p, sensitive share, dev share or K replicas. */
      readonly parameter: number;
      /** Where the knob came from: the user, a default, or a cost search. */
      readonly parameterSource: 'input' | 'default' | 'optimised';
      readonly usdPerMonth: number;
      readonly localUsdPerMonth: number;
      readonly apiUsdPerMonth: number;
      readonly routingUsdPerMonth: number;
      readonly usdPerMillionTokens: number | null;
      /** Share of requests answered by the local model, 0–1. */
      readonly localShare: number;
      /** Share of requests answered by the API, 0–1 (fallback: the escalated share). */
      readonly apiShare: number;
      /** Local replicas the pattern runs (peak). */
      readonly localReplicas: number;
      /** Traffic-weighted end-to-end seconds per request. */
      readonly expectedEndToEndSeconds: number;
      /** The API option is excluded by a ticked privacy rule for this traffic. */
      readonly usesExcludedApi: boolean;
      /** The API share leaves room for every sensitive request to stay local. */
      readonly keepsSensitiveLocal: boolean;
      /** Feasible, privacy-compliant and keeps the sensitive share local. */
      readonly eligible: boolean;
    }
  | {
      readonly kind: 'hybrid';
      readonly feasible: false;
      readonly patternId: HybridPatternId;
      readonly reason:
        | 'no-api-option'
        | 'no-feasible-self-host'
        | 'no-sensitive-share'
        | 'unknown-option';
    };

export type CrossoverPair = {
  readonly apiId: string;
  readonly selfHostId: string;
  readonly crossover: Crossover;
  /** API index − self-hosted index in points (docs/methods.md §9.1); null when either is not rated. */
  readonly qualityGapPoints: number | null;
};

export type ReasonCode =
  | 'api-cheaper-at-volume'
  | 'self-host-cheaper-at-volume'
  | 'below-crossover'
  | 'above-crossover'
  | 'self-host-never-wins-in-range'
  | 'privacy-requires-local'
  | 'privacy-excludes-apis'
  | 'no-self-host-fits'
  | 'no-api-option'
  /** A sensitive share must stay local, so no pure-API option is eligible. */
  | 'sensitive-share-must-stay-local'
  /** Routing the sensitive share locally and the rest to an API is the cheapest compliant answer. */
  | 'privacy-split-required'
  /** A hybrid pattern beats both pure options by at least HYBRID_MIN_SAVING_SHARE. */
  | 'hybrid-cheaper'
  /** A local-only rule rules out self-hosted options on rented cloud GPUs (not your own infrastructure). */
  | 'privacy-excludes-rented-gpus'
  /** The quality floor set aside options below it or not rated (docs/methods.md §9.1). */
  | 'quality-floor-excludes'
  /** A required latency target set aside options that miss it, on either side (§17.3). */
  | 'latency-requirement-excludes'
  /** Rate limits no published tier lifts set aside an API (§17.4). */
  | 'rate-limit-excludes';

export type CaveatCode =
  | 'not-like-for-like'
  | 'rate-limit-exceeded'
  | 'ops-time-assumed'
  | 'latency-target-missed'
  | 'self-host-mostly-idle'
  /** Tiered/fallback savings assume the local model's quality is good enough for its share. */
  | 'hybrid-quality-assumed';

export type Verdict =
  | { readonly kind: 'api'; readonly optionId: string }
  | { readonly kind: 'self-host'; readonly optionId: string }
  | {
      readonly kind: 'hybrid';
      readonly patternId: HybridPatternId;
      readonly apiOptionId: string;
      readonly selfHostOptionId: string;
    }
  | { readonly kind: 'none'; readonly reason: 'everything-excluded' };

export type Recommendation = {
  readonly verdict: Verdict;
  readonly reasons: readonly ReasonCode[];
  readonly caveats: readonly CaveatCode[];
  /** The cheapest eligible option of the other kind, if any. */
  readonly alternativeId: string | null;
  /** Monthly saving of the verdict over the alternative (≥ 0). */
  readonly savingUsdPerMonth: number | null;
  /** The volume at which the verdict would flip, tokens per month. */
  readonly flipAtTokensPerMonth: number | null;
  /**
   * The self-hosted option the flip volume, break-even, folk rule and "never
   * wins" reason compare with the best API: the one whose crossover with it
   * comes first (falling back to the cheapest self-hosted option when none
   * crosses). Null without both an API and a feasible self-hosted option.
   */
  readonly comparedSelfHostId?: string | null;
  /**
   * The compared pair's stable crossover: the volume above which
   * self-hosting stays cheaper (null if it never settles in range or the
   * pair does not cross).
   */
  readonly stableFlipAtTokensPerMonth?: number | null;
  /** The user's own break-even API spend, set against the folk rule's $2K. */
  readonly breakEvenApiUsdPerMonth: number | null;
  /** The "$2K/month" rule set against the user's own numbers (docs/methods.md §9.4). */
  readonly folkRule: FolkRuleContext | null;
  /** What would flip the verdict, as data (the UI words it). */
  readonly whatWouldChange: readonly WhatWouldChange[];
  /** The quality floor and what it set aside; null when no floor is set. */
  readonly qualityFloor: QualityFloorOutcome | null;
};

/**
 * The folk rule "self-hosting pays above ~$2K/month of API spend" next to the
 * user's numbers (docs/methods.md §9.4): $2K is about one always-on rented GPU —
 * a floor, not a break-even.
 */
export type FolkRuleContext = {
  readonly folkRuleApiUsdPerMonth: number;
  /** The cheapest eligible API's monthly bill at the user's volume. */
  readonly userApiUsdPerMonth: number | null;
  /** API spend at the first crossover for the compared pair. */
  readonly breakEvenApiUsdPerMonth: number | null;
  /** Smallest deployment of the compared self-hosted option: fixed costs + one serving replica + redundancy. */
  readonly minimalDeploymentUsdPerMonth: number;
  /** Its people and platform costs alone. */
  readonly fixedUsdPerMonth: number;
  /** One always-on GPU of that option (rent or capital + power + hosting). */
  readonly oneGpuUsdPerMonth: number;
  /** break-even ÷ $2K (null without a crossover). */
  readonly breakEvenOverFolkRule: number | null;
  readonly verdict:
    | 'folk-rule-too-low'
    | 'folk-rule-about-right'
    | 'folk-rule-too-high'
    | 'self-host-never-breaks-even';
};

/** One change that would flip the verdict, with the value at which it flips. */
export type WhatWouldChange =
  | {
      /** Monthly volume at which the answer flips (tokens per month). */
      readonly kind: 'volume';
      readonly tokensPerMonth: number;
      readonly direction: 'up' | 'down';
    }
  | {
      /** Multiply the API's prices by this factor and the two cost the same. */
      readonly kind: 'api-price-factor';
      readonly apiOptionId: string;
      readonly factor: number;
    }
  | {
      /** Multiply the GPU / hardware cost of the self-hosted option by this factor. */
      readonly kind: 'hardware-price-factor';
      readonly selfHostOptionId: string;
      readonly factor: number;
    }
  | {
      /** The operations share of one engineer at which the two cost the same. */
      readonly kind: 'ops-fte-share';
      readonly selfHostOptionId: string;
      readonly fteShare: number;
    }
  | {
      /** The privacy rules that rule the API out; unticking them reopens it. */
      readonly kind: 'privacy-rules';
      readonly ruleIds: readonly string[];
    };

export type ScenarioResult = {
  readonly workload: NormalisedWorkload;
  readonly api: readonly ApiResult[];
  readonly selfHost: readonly SelfHostResult[];
  readonly crossovers: readonly CrossoverPair[];
  readonly curve: readonly CostCurvePoint[];
  readonly privacy: PrivacyAssessment;
  readonly recommendation: Recommendation;
  /** Hybrid patterns next to the pure options (docs/methods.md §9.2). */
  readonly hybrids: readonly HybridResult[];
  /**
   * The hosts added as API options by `sameModelHosted: 'compare'` (their
   * results are in `api`, beside the user's own); [] otherwise.
   */
  readonly comparators: readonly HostedComparator[];
  /**
   * Every option's requirement findings (§17.3): `excluded` puts it out of the
   * verdict (privacy, a required latency target, the quality floor, rate
   * limits no tier lifts), `caveats` do not. Optional for older callers.
   */
  readonly requirements?: RequirementsAssessment;
};
