import type { CrossoverPair } from './evaluate';
import type { PrivacyAssessment } from './privacy';
import type { ApiResult, SelfHostResult } from './types';
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
  | 'no-api-option';

export type CaveatCode =
  | 'not-like-for-like'
  | 'rate-limit-exceeded'
  | 'ops-time-assumed'
  | 'latency-target-missed'
  | 'self-host-mostly-idle';

export type Verdict =
  | { readonly kind: 'api'; readonly optionId: string }
  | { readonly kind: 'self-host'; readonly optionId: string }
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
  /** The user's own break-even API spend, set against the folk rule's $2K. */
  readonly breakEvenApiUsdPerMonth: number | null;
};

type Input = {
  readonly api: readonly ApiResult[];
  readonly selfHost: readonly SelfHostResult[];
  readonly crossovers: readonly CrossoverPair[];
  readonly privacy: PrivacyAssessment;
  readonly workload: NormalisedWorkload;
};

/**
 * Picks API, self-hosting or nothing for the user's volume, from eligible
 * options only (privacy exclusions applied), with reason and caveat codes the
 * UI turns into words, and what would change the answer.
 */
export function recommend(input: Input): Recommendation {
  const excluded = new Set(
    input.privacy.options
      .filter((o) => o.status === 'excluded')
      .map((o) => o.optionId),
  );
  const reasons: ReasonCode[] = [];
  const caveats: CaveatCode[] = [];
  const eligibleApi = input.api.filter((a) => !excluded.has(a.id));
  const feasibleSelf = input.selfHost.filter(
    (s): s is Extract<SelfHostResult, { feasible: true }> => s.feasible,
  );
  if (input.privacy.localOnly) reasons.push('privacy-requires-local');
  else if (excluded.size > 0) reasons.push('privacy-excludes-apis');
  if (input.api.length === 0) reasons.push('no-api-option');
  if (input.selfHost.length > 0 && feasibleSelf.length === 0)
    reasons.push('no-self-host-fits');

  const bestApi = [...eligibleApi].sort(
    (a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth,
  )[0];
  const bestSelf = [...feasibleSelf].sort(
    (a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth,
  )[0];
  if (!bestApi && !bestSelf) {
    return {
      verdict: { kind: 'none', reason: 'everything-excluded' },
      reasons,
      caveats,
      alternativeId: null,
      savingUsdPerMonth: null,
      flipAtTokensPerMonth: null,
      breakEvenApiUsdPerMonth: null,
    };
  }
  const pair =
    bestApi && bestSelf
      ? input.crossovers.find(
          (c) => c.apiId === bestApi.id && c.selfHostId === bestSelf.id,
        )
      : undefined;
  const crossover = pair?.crossover;
  const volume = input.workload.tokensPerMonth;
  const apiWins =
    bestApi !== undefined &&
    (bestSelf === undefined ||
      bestApi.cost.usdPerMonth <= bestSelf.cost.usdPerMonth);
  const chosen = apiWins ? bestApi! : bestSelf!;
  const other = apiWins ? bestSelf : bestApi;
  if (bestApi && bestSelf) {
    reasons.push(
      apiWins ? 'api-cheaper-at-volume' : 'self-host-cheaper-at-volume',
    );
  }
  let flip: number | null = null;
  let breakEven: number | null = null;
  if (crossover?.kind === 'crosses') {
    breakEven = crossover.breakEvenApiUsdPerMonth;
    if (apiWins && volume < crossover.firstTokensPerMonth) {
      reasons.push('below-crossover');
      flip = crossover.firstTokensPerMonth;
    } else if (!apiWins && volume >= crossover.firstTokensPerMonth) {
      reasons.push('above-crossover');
      flip = crossover.firstTokensPerMonth;
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
    breakEvenApiUsdPerMonth: breakEven,
  };
}
