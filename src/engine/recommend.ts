import type { CrossoverPair } from './evaluate';
import type { HybridPatternId, HybridResult } from './hybrid';
import type { PrivacyAssessment } from './privacy';
import type { ApiResult, Crossover, SelfHostResult } from './types';
import type { NormalisedWorkload } from './workload';

/** The folk rule the brief quotes: "above ~$2K/month API spend, self-hosting usually saves money". */
export const FOLK_RULE_API_USD_PER_MONTH = 2000;

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
  | 'privacy-excludes-rented-gpus';

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
  /** The "$2K/month" rule set against the user's own numbers (engine-spec §9.4). */
  readonly folkRule: FolkRuleContext | null;
  /** What would flip the verdict, as data (the UI words it). */
  readonly whatWouldChange: readonly WhatWouldChange[];
};

/**
 * The folk rule "self-hosting pays above ~$2K/month of API spend" next to the
 * user's numbers (engine-spec §9.4): $2K is about one always-on rented GPU —
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

/** A hybrid must beat the best pure option by this share to be recommended (it adds moving parts; grade C). */
export const HYBRID_MIN_SAVING_SHARE = 0.05;
/**
 * A hybrid is recommended only if both its API and its local share are at
 * least this (below it the pattern is a pure option in disguise — e.g. an
 * overflow with no overflow, whose whole saving is dropping the spare replica).
 */
export const HYBRID_MIN_SIDE_SHARE = 0.01;
/** Break-even within this factor of $2K counts as "about right". */
const FOLK_RULE_TOLERANCE = 1.25;

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
};

type FeasibleSelf = Extract<SelfHostResult, { feasible: true }>;
type FeasibleHybrid = Extract<HybridResult, { feasible: true }>;

const HARDWARE_LINES = new Set(['gpu-rental', 'capital', 'power', 'hosting']);

/**
 * Picks API, self-hosting, a hybrid or nothing for the user's volume, from
 * eligible options only (privacy exclusions and the sensitive share applied),
 * with reason and caveat codes the UI turns into words, the "$2K/month" rule
 * set against the user's own numbers, and what would change the answer.
 */
export function recommend(input: Input): Recommendation {
  const sensitive = input.sensitiveShare ?? 0;
  const excluded = new Set(
    input.privacy.options
      .filter((o) => o.status === 'excluded')
      .map((o) => o.optionId),
  );
  const reasons: ReasonCode[] = [];
  const caveats: CaveatCode[] = [];
  const eligibleApi =
    sensitive > 0 ? [] : input.api.filter((a) => !excluded.has(a.id));
  const anyFeasibleSelf = input.selfHost.some((s) => s.feasible);
  // Self-hosted options a ticked rule excludes (rented GPUs under local-only) are not eligible.
  const feasibleSelf = input.selfHost.filter(
    (s): s is FeasibleSelf => s.feasible && !excluded.has(s.id),
  );
  if (sensitive > 0 && input.api.length > 0)
    reasons.push('sensitive-share-must-stay-local');
  else if (input.privacy.localOnly) reasons.push('privacy-requires-local');
  else if (input.api.some((a) => excluded.has(a.id)))
    reasons.push('privacy-excludes-apis');
  if (input.selfHost.some((s) => excluded.has(s.id)))
    reasons.push('privacy-excludes-rented-gpus');
  if (input.api.length === 0) reasons.push('no-api-option');
  if (input.selfHost.length > 0 && !anyFeasibleSelf)
    reasons.push('no-self-host-fits');

  const byCost = <T extends { cost: { usdPerMonth: number } }>(
    list: readonly T[],
  ) => [...list].sort((a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth)[0];
  const bestApi = byCost(eligibleApi);
  const bestSelf = byCost(feasibleSelf);
  const bestHybrid = [...(input.hybrids ?? [])]
    .filter(
      (h): h is FeasibleHybrid =>
        h.feasible &&
        h.eligible &&
        h.parameterSource !== 'default' &&
        // A hybrid with (almost) nothing on one side is a pure option in disguise.
        h.apiShare >= HYBRID_MIN_SIDE_SHARE &&
        h.localShare >= HYBRID_MIN_SIDE_SHARE,
    )
    .sort((a, b) => a.usdPerMonth - b.usdPerMonth)[0];
  // For the folk rule and "what would change": the cheapest API even if excluded.
  const referenceApi = bestApi ?? byCost(input.api);
  const volume = input.workload.tokensPerMonth;
  const apiWins =
    bestApi !== undefined &&
    (bestSelf === undefined ||
      bestApi.cost.usdPerMonth <= bestSelf.cost.usdPerMonth);
  // The flip volume, break-even and folk rule compare the API with the
  // self-hosted option whose crossover comes first, not merely the cheapest
  // one today (a capped desk machine never crosses; a rented GPU may).
  const compared = referenceApi
    ? comparedSelfHost(
        referenceApi,
        feasibleSelf,
        input.crossovers,
        volume,
        apiWins,
        bestSelf,
      )
    : undefined;
  const comparedSelf = compared?.self ?? bestSelf;
  const folkRule = folkRuleContext(
    referenceApi,
    comparedSelf,
    compared?.crossover,
  );
  const comparedSelfHostId =
    referenceApi && comparedSelf ? comparedSelf.id : null;
  if (!bestApi && !bestSelf && !bestHybrid) {
    return {
      verdict: { kind: 'none', reason: 'everything-excluded' },
      reasons,
      caveats,
      alternativeId: null,
      savingUsdPerMonth: null,
      flipAtTokensPerMonth: null,
      stableFlipAtTokensPerMonth: null,
      comparedSelfHostId,
      breakEvenApiUsdPerMonth: null,
      folkRule,
      whatWouldChange: privacyChange(input, excluded, sensitive),
    };
  }
  const crossover = bestApi && bestSelf ? compared?.crossover : undefined;
  const chosen = apiWins ? bestApi : bestSelf;
  const other = apiWins ? bestSelf : bestApi;
  if (bestApi && bestSelf) {
    reasons.push(
      apiWins ? 'api-cheaper-at-volume' : 'self-host-cheaper-at-volume',
    );
  }
  let flip: number | null = null;
  let breakEven: number | null = null;
  let stableFlip: number | null = null;
  if (crossover?.kind === 'crosses') {
    breakEven = crossover.breakEvenApiUsdPerMonth;
    stableFlip = crossover.stableTokensPerMonth;
    if (apiWins) {
      // Up: the next volume where self-hosting becomes cheaper again.
      const next = nextCrossingAbove(crossover, volume);
      if (next !== null) reasons.push('below-crossover');
      flip =
        next ??
        (crossover.stableTokensPerMonth === null
          ? crossover.firstTokensPerMonth
          : null);
    } else if (volume >= crossover.firstTokensPerMonth) {
      // Down: where the self-cheaper interval holding today's volume starts.
      reasons.push('above-crossover');
      flip = currentIntervalStart(crossover, volume);
    }
    if (!crossover.likeForLike) caveats.push('not-like-for-like');
  } else if (crossover?.kind === 'api-always-cheaper') {
    reasons.push('self-host-never-wins-in-range');
    if (!crossover.likeForLike) caveats.push('not-like-for-like');
  } else if (
    crossover?.kind === 'self-host-always-cheaper' &&
    !crossover.likeForLike
  ) {
    caveats.push('not-like-for-like');
  }

  const bestPureUsd = chosen?.cost.usdPerMonth ?? Number.POSITIVE_INFINITY;
  const hybridWins =
    bestHybrid !== undefined &&
    bestHybrid.usdPerMonth < bestPureUsd * (1 - HYBRID_MIN_SAVING_SHARE);

  const whatWouldChange: WhatWouldChange[] = [];
  if (flip !== null)
    whatWouldChange.push({
      kind: 'volume',
      tokensPerMonth: flip,
      direction: apiWins ? 'up' : 'down',
    });
  if (bestApi && bestSelf)
    whatWouldChange.push(
      ...costFlips(bestApi, bestSelf, input.usdPerFteMonthByOption),
    );
  whatWouldChange.push(...privacyChange(input, excluded, sensitive));

  if (hybridWins) {
    reasons.push(
      bestHybrid.patternId === 'privacy-split'
        ? 'privacy-split-required'
        : 'hybrid-cheaper',
    );
    if (
      bestHybrid.patternId === 'tiered-routing' ||
      bestHybrid.patternId === 'fallback-chain'
    )
      caveats.push('hybrid-quality-assumed');
    caveats.push('ops-time-assumed');
    return {
      verdict: {
        kind: 'hybrid',
        patternId: bestHybrid.patternId,
        apiOptionId: bestHybrid.apiOptionId,
        selfHostOptionId: bestHybrid.selfHostOptionId,
      },
      reasons,
      caveats,
      alternativeId: chosen?.id ?? null,
      savingUsdPerMonth: chosen ? bestPureUsd - bestHybrid.usdPerMonth : null,
      flipAtTokensPerMonth: flip,
      stableFlipAtTokensPerMonth: stableFlip,
      comparedSelfHostId,
      breakEvenApiUsdPerMonth: breakEven,
      folkRule,
      whatWouldChange,
    };
  }
  if (!chosen) {
    return {
      verdict: { kind: 'none', reason: 'everything-excluded' },
      reasons,
      caveats,
      alternativeId: null,
      savingUsdPerMonth: null,
      flipAtTokensPerMonth: null,
      stableFlipAtTokensPerMonth: null,
      comparedSelfHostId,
      breakEvenApiUsdPerMonth: null,
      folkRule,
      whatWouldChange,
    };
  }
  if (chosen.kind === 'api') {
    if (chosen.warnings.includes('rate-limit-exceeded'))
      caveats.push('rate-limit-exceeded');
  } else if (chosen.feasible) {
    caveats.push('ops-time-assumed');
    if (chosen.warnings.includes('latency-target-missed'))
      caveats.push('latency-target-missed');
    if (chosen.averageUtilisation < 0.1) caveats.push('self-host-mostly-idle');
  }
  return {
    verdict: apiWins
      ? { kind: 'api', optionId: chosen.id }
      : { kind: 'self-host', optionId: chosen.id },
    reasons,
    caveats,
    alternativeId: other?.id ?? null,
    savingUsdPerMonth: other
      ? other.cost.usdPerMonth - chosen.cost.usdPerMonth
      : null,
    flipAtTokensPerMonth: flip,
    stableFlipAtTokensPerMonth: stableFlip,
    comparedSelfHostId,
    breakEvenApiUsdPerMonth: breakEven,
    folkRule,
    whatWouldChange,
  };
}

/**
 * The self-hosted option to set against `api` for the flip volume, break-even
 * and folk rule, with their crossover. When self-hosting wins today: among the
 * options cheaper than the API now, the one whose cheaper interval starts
 * lowest (the volume below which the API takes over). When the API wins: the
 * option that next becomes cheaper above today's volume, else the one whose
 * first crossover comes first. Falls back to the cheapest option (`fallback`)
 * when none crosses.
 */
function comparedSelfHost(
  api: ApiResult,
  feasibleSelf: readonly FeasibleSelf[],
  crossovers: readonly CrossoverPair[],
  volume: number,
  apiWins: boolean,
  fallback: FeasibleSelf | undefined,
): { self: FeasibleSelf; crossover: Crossover | undefined } | undefined {
  const pairOf = (s: FeasibleSelf) =>
    crossovers.find((c) => c.apiId === api.id && c.selfHostId === s.id)
      ?.crossover;
  let best:
    | { self: FeasibleSelf; crossover: Crossover; rank: number; at: number }
    | undefined;
  for (const self of feasibleSelf) {
    const crossover = pairOf(self);
    if (!crossover) continue;
    let rank: number;
    let at: number;
    if (crossover.kind === 'self-host-always-cheaper') {
      rank = 0;
      at = 0;
    } else if (crossover.kind !== 'crosses') continue;
    else if (!apiWins) {
      if (!(self.cost.usdPerMonth < api.cost.usdPerMonth)) continue;
      rank = 1;
      at = currentIntervalStart(crossover, volume);
    } else {
      const next = nextCrossingAbove(crossover, volume);
      rank = next === null ? 2 : 1;
      at = next ?? crossover.firstTokensPerMonth;
    }
    if (
      !best ||
      rank < best.rank ||
      (rank === best.rank && at < best.at) ||
      (rank === best.rank && at === best.at && self === fallback)
    )
      best = { self, crossover, rank, at };
  }
  if (best) return { self: best.self, crossover: best.crossover };
  if (!fallback) return undefined;
  return { self: fallback, crossover: pairOf(fallback) };
}

type Crosses = Extract<Crossover, { kind: 'crosses' }>;

/** Where the self-cheaper interval holding `volume` starts. */
function currentIntervalStart(c: Crosses, volume: number): number {
  return c.stableTokensPerMonth !== null && volume >= c.stableTokensPerMonth
    ? c.stableTokensPerMonth
    : c.firstTokensPerMonth;
}

/** The next volume above `volume` where self-hosting becomes cheaper, if known. */
function nextCrossingAbove(c: Crosses, volume: number): number | null {
  if (volume < c.firstTokensPerMonth) return c.firstTokensPerMonth;
  if (c.stableTokensPerMonth !== null && volume < c.stableTokensPerMonth)
    return c.stableTokensPerMonth;
  return null;
}

/**
 * The factors that make the two options cost the same at today's volume, all
 * exact because costs are linear in them: API prices (API cost ∝ prices),
 * hardware cost (self-host = rest + hardware · k) and ops share.
 */
function costFlips(
  api: ApiResult,
  self: FeasibleSelf,
  usdPerFteMonthByOption: Readonly<Record<string, number>> | undefined,
): WhatWouldChange[] {
  const out: WhatWouldChange[] = [];
  const apiUsd = api.cost.usdPerMonth;
  const selfUsd = self.cost.usdPerMonth;
  if (apiUsd > 0 && selfUsd > 0 && Number.isFinite(selfUsd / apiUsd))
    out.push({
      kind: 'api-price-factor',
      apiOptionId: api.id,
      factor: selfUsd / apiUsd,
    });
  const hardware = self.cost.lines
    .filter((l) => HARDWARE_LINES.has(l.kind))
    .reduce((s, l) => s + l.usdPerMonth, 0);
  if (hardware > 0) {
    const factor = (apiUsd - (selfUsd - hardware)) / hardware;
    if (factor > 0 && Number.isFinite(factor))
      out.push({
        kind: 'hardware-price-factor',
        selfHostOptionId: self.id,
        factor,
      });
  }
  const usdPerFte = usdPerFteMonthByOption?.[self.id] ?? 0;
  if (usdPerFte > 0) {
    const ops =
      self.cost.lines.find((l) => l.kind === 'ops-people')?.usdPerMonth ?? 0;
    const fteShare = (ops + apiUsd - selfUsd) / usdPerFte;
    if (fteShare >= 0 && Number.isFinite(fteShare))
      out.push({ kind: 'ops-fte-share', selfHostOptionId: self.id, fteShare });
  }
  return out;
}

/** Rules that exclude the cheapest API, when unticking them would reopen it. */
function privacyChange(
  input: Input,
  excluded: ReadonlySet<string>,
  sensitive: number,
): WhatWouldChange[] {
  if (sensitive > 0) return [];
  const cheapest = [...input.api].sort(
    (a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth,
  )[0];
  if (!cheapest || !excluded.has(cheapest.id)) return [];
  const option = input.privacy.options.find((o) => o.optionId === cheapest.id);
  return option ? [{ kind: 'privacy-rules', ruleIds: option.ruleIds }] : [];
}

/** The "$2K/month" rule against the user's numbers (engine-spec §9.4). */
function folkRuleContext(
  api: ApiResult | undefined,
  self: FeasibleSelf | undefined,
  crossover: CrossoverPair['crossover'] | undefined,
): FolkRuleContext | null {
  if (!self) return null;
  const fleet = self.fleet;
  const minimal =
    fleet.fixedUsdPerMonth +
    fleet.usdPerReplicaMonth * (1 + fleet.extraReplicas);
  const breakEven =
    crossover?.kind === 'crosses' ? crossover.breakEvenApiUsdPerMonth : null;
  const never = crossover?.kind === 'api-always-cheaper';
  const reference = breakEven ?? minimal;
  const ratio = reference / FOLK_RULE_API_USD_PER_MONTH;
  return {
    folkRuleApiUsdPerMonth: FOLK_RULE_API_USD_PER_MONTH,
    userApiUsdPerMonth: api ? api.cost.usdPerMonth : null,
    breakEvenApiUsdPerMonth: breakEven,
    minimalDeploymentUsdPerMonth: minimal,
    fixedUsdPerMonth: fleet.fixedUsdPerMonth,
    oneGpuUsdPerMonth: fleet.usdPerReplicaMonth / fleet.gpusPerReplica,
    breakEvenOverFolkRule: never ? null : ratio,
    verdict: never
      ? 'self-host-never-breaks-even'
      : ratio > FOLK_RULE_TOLERANCE
        ? 'folk-rule-too-low'
        : ratio < 1 / FOLK_RULE_TOLERANCE
          ? 'folk-rule-too-high'
          : 'folk-rule-about-right',
  };
}
