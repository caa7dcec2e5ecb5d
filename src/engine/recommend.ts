/**
 * The verdict: API, self-hosting, a hybrid or nothing, from eligible options
 * only. What would change it is in `what-would-change.ts`, the "$2K/month"
 * rule in `folk-rule.ts`.
 */
import { folkRuleContext } from './folk-rule';
import { excludedOptionIds } from './privacy';
import type { RequirementsAssessment } from './requirement-types';
import {
  nonPrivacyExcludedIds,
  requirementCaveats,
  requirementReasons,
} from './requirements';
import { applyQualityFloor, type QualityFloorOutcome } from './quality';
import type {
  CaveatCode,
  CrossoverPair,
  FolkRuleContext,
  HybridResult,
  PrivacyAssessment,
  ReasonCode,
  Recommendation,
  WhatWouldChange,
} from './result-types';
import type { ApiResult, Crossover, SelfHostResult } from './types';
import {
  comparedSelfHost,
  costFlips,
  crossoverFindings,
  privacyChange,
} from './what-would-change';
import type { NormalisedWorkload } from './workload';

/** A hybrid must beat the best pure option by this share to be recommended (it adds moving parts; grade C). */
export const HYBRID_MIN_SAVING_SHARE = 0.05;
/**
 * A hybrid is recommended only if both its API and its local share are at
 * least this (below it the pattern is a pure option in disguise — e.g. an
 * overflow with no overflow, whose whole saving is dropping the spare replica).
 */
export const HYBRID_MIN_SIDE_SHARE = 0.01;

type Input = {
  readonly api: readonly ApiResult[];
  readonly selfHost: readonly SelfHostResult[];
  readonly crossovers: readonly CrossoverPair[];
  readonly privacy: PrivacyAssessment;
  readonly workload: NormalisedWorkload;
  /** Hybrid patterns next to the pure options (optional for older callers). */
  readonly hybrids?: readonly HybridResult[];
  /** Share of requests that must stay local (0 = none). */
  readonly sensitiveShare?: number;
  /** Ops cost of one engineer-month per self-hosted option id (for "what would change"). */
  readonly usdPerFteMonthByOption?: Readonly<Record<string, number>>;
  /** Quality floor in index points (docs/methods.md §9.1); null or absent = off. */
  readonly qualityFloorIndex?: number | null;
  /** Every option's requirement findings (§17.3); its exclusions set options aside like the floor. */
  readonly requirements?: RequirementsAssessment;
};

type FeasibleSelf = Extract<SelfHostResult, { feasible: true }>;
type FeasibleHybrid = Extract<HybridResult, { feasible: true }>;

/** The cheapest eligible option of each kind, and which pure option wins. */
type BestOptions = {
  readonly feasibleSelf: readonly FeasibleSelf[];
  readonly bestApi: ApiResult | undefined;
  readonly bestSelf: FeasibleSelf | undefined;
  readonly bestHybrid: FeasibleHybrid | undefined;
  /** For the folk rule and "what would change": the cheapest API even if excluded. */
  readonly referenceApi: ApiResult | undefined;
  readonly apiWins: boolean;
  /** The winning pure option and the cheapest of the other kind. */
  readonly chosen: ApiResult | FeasibleSelf | undefined;
  readonly other: ApiResult | FeasibleSelf | undefined;
};

/** Everything but the verdict, the alternative and the saving. */
type Findings = {
  readonly reasons: ReasonCode[];
  readonly caveats: CaveatCode[];
  readonly flip: number | null;
  readonly stableFlip: number | null;
  readonly comparedSelfHostId: string | null;
  readonly breakEven: number | null;
  readonly folkRule: FolkRuleContext | null;
  readonly whatWouldChange: readonly WhatWouldChange[];
  readonly qualityFloor: QualityFloorOutcome | null;
};

/**
 * Picks API, self-hosting, a hybrid or nothing for the user's volume, from
 * eligible options only (privacy exclusions and the sensitive share applied),
 * with reason and caveat codes the UI turns into words, the "$2K/month" rule
 * set against the user's own numbers, and what would change the answer.
 */
export function recommend(input: Input): Recommendation {
  const sensitive = input.sensitiveShare ?? 0;
  const excluded = excludedOptionIds(input.privacy);
  const reasons = eligibilityReasons(input, excluded, sensitive);
  const floor = applyQualityFloor(
    [...input.api, ...input.selfHost],
    input.qualityFloorIndex ?? null,
  );
  if (floor && floor.belowIds.length + floor.notRatedIds.length > 0)
    reasons.push('quality-floor-excludes');
  // Options below the floor are set aside like excluded ones; "what would change" still names privacy alone.
  // A required latency target or unliftable rate limits set options aside the same way (§17.3).
  const belowFloor = new Set([
    ...(floor ? [...floor.belowIds, ...floor.notRatedIds] : []),
    ...nonPrivacyExcludedIds(input.requirements),
  ]);
  reasons.push(...requirementReasons(input.requirements));
  const best = bestOptions(
    input,
    new Set([...excluded, ...belowFloor]),
    sensitive,
    belowFloor,
  );
  const volume = input.workload.tokensPerMonth;
  const compared = comparedPair(input.crossovers, best, volume);
  const crossing = crossoverFindings(compared.crossover, volume, best.apiWins);
  if (best.bestApi && best.bestSelf)
    reasons.push(
      best.apiWins ? 'api-cheaper-at-volume' : 'self-host-cheaper-at-volume',
    );
  reasons.push(...crossing.reasons);
  const findings: Findings = {
    reasons,
    caveats: [
      ...crossing.caveats,
      // Both sides alike (§17.3): a self-hosted winner's preferred miss at p95 counts too.
      ...requirementCaveats(input.requirements, best.chosen?.id ?? ''),
    ],
    flip: crossing.flip,
    stableFlip: crossing.stableFlip,
    comparedSelfHostId: compared.comparedSelfHostId,
    breakEven: crossing.breakEven,
    folkRule: compared.folkRule,
    whatWouldChange: whatWouldChange(
      input,
      best,
      crossing.flip,
      excluded,
      sensitive,
    ),
    qualityFloor: floor,
  };
  const hybrid = winningHybrid(best);
  if (hybrid) return hybridVerdict(hybrid, best.chosen, findings);
  if (!best.chosen) return everythingExcluded(findings);
  return pureVerdict(best, best.chosen, findings);
}

/** Reasons that come from what is eligible at all: privacy, no API, nothing fits. */
function eligibilityReasons(
  input: Input,
  excluded: ReadonlySet<string>,
  sensitive: number,
): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  if (sensitive > 0 && input.api.length > 0)
    reasons.push('sensitive-share-must-stay-local');
  else if (input.privacy.localOnly) reasons.push('privacy-requires-local');
  else if (input.api.some((a) => excluded.has(a.id)))
    reasons.push('privacy-excludes-apis');
  if (input.selfHost.some((s) => excluded.has(s.id)))
    reasons.push('privacy-excludes-rented-gpus');
  if (input.api.length === 0) reasons.push('no-api-option');
  if (input.selfHost.length > 0 && !input.selfHost.some((s) => s.feasible))
    reasons.push('no-self-host-fits');
  return reasons;
}

const byCost = <T extends { cost: { usdPerMonth: number } }>(
  list: readonly T[],
) => [...list].sort((a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth)[0];

function bestOptions(
  input: Input,
  excluded: ReadonlySet<string>,
  sensitive: number,
  /** Options the quality floor set aside (a hybrid using one is set aside too). */
  belowFloor: ReadonlySet<string>,
): BestOptions {
  const eligibleApi =
    sensitive > 0 ? [] : input.api.filter((a) => !excluded.has(a.id));
  // Self-hosted options a ticked rule excludes (rented GPUs under local-only) are not eligible.
  const feasibleSelf = input.selfHost.filter(
    (s): s is FeasibleSelf => s.feasible && !excluded.has(s.id),
  );
  const bestApi = byCost(eligibleApi);
  const bestSelf = byCost(feasibleSelf);
  const bestHybrid = [...(input.hybrids ?? [])]
    .filter(
      (h): h is FeasibleHybrid =>
        h.feasible &&
        h.eligible &&
        !belowFloor.has(h.apiOptionId) &&
        !belowFloor.has(h.selfHostOptionId) &&
        h.parameterSource !== 'default' &&
        // A hybrid with (almost) nothing on one side is a pure option in disguise.
        h.apiShare >= HYBRID_MIN_SIDE_SHARE &&
        h.localShare >= HYBRID_MIN_SIDE_SHARE,
    )
    .sort((a, b) => a.usdPerMonth - b.usdPerMonth)[0];
  const apiWins =
    bestApi !== undefined &&
    (bestSelf === undefined ||
      bestApi.cost.usdPerMonth <= bestSelf.cost.usdPerMonth);
  return {
    feasibleSelf,
    bestApi,
    bestSelf,
    bestHybrid,
    referenceApi: bestApi ?? byCost(input.api),
    apiWins,
    chosen: apiWins ? bestApi : bestSelf,
    other: apiWins ? bestSelf : bestApi,
  };
}

/**
 * The flip volume, break-even and folk rule compare the API with the
 * self-hosted option whose crossover comes first, not merely the cheapest
 * one today (a capped desk machine never crosses; a rented GPU may).
 */
function comparedPair(
  crossovers: readonly CrossoverPair[],
  best: BestOptions,
  volume: number,
): {
  comparedSelfHostId: string | null;
  folkRule: FolkRuleContext | null;
  /** The compared pair's crossover, when both pure options are eligible. */
  crossover: Crossover | undefined;
} {
  const { referenceApi, bestApi, bestSelf } = best;
  const compared = referenceApi
    ? comparedSelfHost(
        referenceApi,
        best.feasibleSelf,
        crossovers,
        volume,
        best.apiWins,
        bestSelf,
      )
    : undefined;
  const comparedSelf = compared?.self ?? bestSelf;
  return {
    comparedSelfHostId: referenceApi && comparedSelf ? comparedSelf.id : null,
    folkRule: folkRuleContext(referenceApi, comparedSelf, compared?.crossover),
    crossover: bestApi && bestSelf ? compared?.crossover : undefined,
  };
}

/** The flip volume, the price factors between the two pure options, and privacy. */
function whatWouldChange(
  input: Input,
  best: BestOptions,
  flip: number | null,
  excluded: ReadonlySet<string>,
  sensitive: number,
): WhatWouldChange[] {
  const out: WhatWouldChange[] = [];
  if (flip !== null)
    out.push({
      kind: 'volume',
      tokensPerMonth: flip,
      direction: best.apiWins ? 'up' : 'down',
    });
  if (best.bestApi && best.bestSelf)
    out.push(
      ...costFlips(best.bestApi, best.bestSelf, input.usdPerFteMonthByOption),
    );
  out.push(...privacyChange(input.api, input.privacy, excluded, sensitive));
  return out;
}

/** The cheapest eligible hybrid, if it beats the best pure option by HYBRID_MIN_SAVING_SHARE. */
function winningHybrid(best: BestOptions): FeasibleHybrid | undefined {
  const bestPureUsd = best.chosen?.cost.usdPerMonth ?? Number.POSITIVE_INFINITY;
  const h = best.bestHybrid;
  return h !== undefined &&
    h.usdPerMonth < bestPureUsd * (1 - HYBRID_MIN_SAVING_SHARE)
    ? h
    : undefined;
}

function hybridVerdict(
  hybrid: FeasibleHybrid,
  chosen: ApiResult | FeasibleSelf | undefined,
  f: Findings,
): Recommendation {
  f.reasons.push(
    hybrid.patternId === 'privacy-split'
      ? 'privacy-split-required'
      : 'hybrid-cheaper',
  );
  if (
    hybrid.patternId === 'tiered-routing' ||
    hybrid.patternId === 'fallback-chain'
  )
    f.caveats.push('hybrid-quality-assumed');
  f.caveats.push('ops-time-assumed');
  return {
    verdict: {
      kind: 'hybrid',
      patternId: hybrid.patternId,
      apiOptionId: hybrid.apiOptionId,
      selfHostOptionId: hybrid.selfHostOptionId,
    },
    reasons: f.reasons,
    caveats: f.caveats,
    alternativeId: chosen?.id ?? null,
    savingUsdPerMonth: chosen
      ? chosen.cost.usdPerMonth - hybrid.usdPerMonth
      : null,
    ...whatFlipsIt(f),
  };
}

/** The fields every verdict ends with: where it flips, break-even, the folk rule. */
function whatFlipsIt(
  f: Findings,
): Pick<
  Recommendation,
  | 'flipAtTokensPerMonth'
  | 'stableFlipAtTokensPerMonth'
  | 'comparedSelfHostId'
  | 'breakEvenApiUsdPerMonth'
  | 'folkRule'
  | 'whatWouldChange'
  | 'qualityFloor'
> {
  return {
    flipAtTokensPerMonth: f.flip,
    stableFlipAtTokensPerMonth: f.stableFlip,
    comparedSelfHostId: f.comparedSelfHostId,
    breakEvenApiUsdPerMonth: f.breakEven,
    folkRule: f.folkRule,
    whatWouldChange: f.whatWouldChange,
    qualityFloor: f.qualityFloor,
  };
}

/** No option is eligible: the verdict is 'none', with what would reopen one. */
function everythingExcluded(f: Findings): Recommendation {
  return {
    verdict: { kind: 'none', reason: 'everything-excluded' },
    reasons: f.reasons,
    caveats: f.caveats,
    alternativeId: null,
    savingUsdPerMonth: null,
    flipAtTokensPerMonth: null,
    stableFlipAtTokensPerMonth: null,
    comparedSelfHostId: f.comparedSelfHostId,
    breakEvenApiUsdPerMonth: null,
    folkRule: f.folkRule,
    whatWouldChange: f.whatWouldChange,
    qualityFloor: f.qualityFloor,
  };
}

function pureVerdict(
  best: BestOptions,
  chosen: ApiResult | FeasibleSelf,
  f: Findings,
): Recommendation {
  const { other } = best;
  f.caveats.push(...pureCaveats(chosen));
  return {
    verdict: best.apiWins
      ? { kind: 'api', optionId: chosen.id }
      : { kind: 'self-host', optionId: chosen.id },
    reasons: f.reasons,
    caveats: [...new Set(f.caveats)],
    alternativeId: other?.id ?? null,
    savingUsdPerMonth: other
      ? other.cost.usdPerMonth - chosen.cost.usdPerMonth
      : null,
    ...whatFlipsIt(f),
  };
}

/** Caveats of the winning pure option: rate limits, or ops time, latency and idle replicas. */
function pureCaveats(chosen: ApiResult | FeasibleSelf): CaveatCode[] {
  if (chosen.kind === 'api')
    return chosen.warnings.includes('rate-limit-exceeded')
      ? ['rate-limit-exceeded']
      : [];
  const caveats: CaveatCode[] = ['ops-time-assumed'];
  if (chosen.warnings.includes('latency-target-missed'))
    caveats.push('latency-target-missed');
  if (chosen.averageUtilisation < 0.1) caveats.push('self-host-mostly-idle');
  return caveats;
}
