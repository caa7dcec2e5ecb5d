/**
 * Rate limits at the user's scale (docs/methods.md §3.5, §17.4): the tier the
 * monthly spend reaches on the provider's ladder (or the one the user picks),
 * its limits against the peak-minute demand, and the share of requests they
 * would reject.
 */
import type { ApiModel, ApiRateLimits, RateLimitTier } from '../catalog';
import type { ApiOptionInput, RateLimitCheck } from './types';
import type { NormalisedWorkload } from './workload';

/** Peak-minute burst over the peak-hour mean, for rate limits (docs/methods.md §2.1, grade C). */
export const BURST_FACTOR_WITHIN_MINUTE = 1.5;

/** Per-request input and output tokens on the limit's meter. */
export type RateLimitUse = {
  readonly inputTokensPerRequest: number;
  readonly outputTokensPerRequest: number;
};

type TierChoice = {
  readonly limits: ApiRateLimits;
  readonly basis: 'catalog' | 'spend' | 'user';
  /** The ladder's top tier, and the spend is beyond its monthly cap or it still rejects. */
  readonly top: boolean;
  readonly overMonthlyCap: boolean;
};

/**
 * The tier a month of spend reaches (§17.4): the highest whose qualifying
 * cumulative spend the first month's bill covers (its waiting days pass
 * within that month, Tier 5's 30 days at its end), or the tier the user
 * names. Limits scale from the catalog's lowest-tier figures by the
 * ladder's multipliers.
 *
 * @example $9,500 a month on OpenAI → Tier 5 ($1,000 paid, 30 days): 60× requests, 750× tokens per minute
 */
export function rateLimitTierFor(
  limits: ApiRateLimits,
  ladder: readonly RateLimitTier[],
  usdPerMonth: number,
  userTier: string | undefined,
): TierChoice {
  const base = ladder.find((t) => t.tier === limits.tier);
  if (!base || ladder.length === 0)
    return { limits, basis: 'catalog', top: true, overMonthlyCap: false };
  const picked = userTier ? ladder.find((t) => t.tier === userTier) : undefined;
  const reached =
    picked ??
    [...ladder].reverse().find((t) => t.qualifyingSpendUsd <= usdPerMonth) ??
    base;
  const scale = (v: number | undefined, m: number) =>
    v === undefined ? undefined : v * m;
  const rpm =
    reached.requestsPerMinuteMultiplier / base.requestsPerMinuteMultiplier;
  const tpm =
    reached.tokensPerMinuteMultiplier / base.tokensPerMinuteMultiplier;
  const scaled: ApiRateLimits = {
    ...limits,
    tier: reached.tier,
    ...optional('requestsPerMinute', scale(limits.requestsPerMinute, rpm)),
    ...optional('requestsPerDay', scale(limits.requestsPerDay, rpm)),
    ...optional('tokensPerMinute', scale(limits.tokensPerMinute, tpm)),
    ...optional(
      'inputTokensPerMinute',
      scale(limits.inputTokensPerMinute, tpm),
    ),
    ...optional(
      'outputTokensPerMinute',
      scale(limits.outputTokensPerMinute, tpm),
    ),
  };
  const top = reached.rank === Math.max(...ladder.map((t) => t.rank));
  return {
    limits: scaled,
    basis: picked ? 'user' : 'spend',
    top,
    overMonthlyCap:
      reached.maxMonthlySpendUsd !== undefined &&
      usdPerMonth > reached.maxMonthlySpendUsd,
  };
}

const optional = <K extends string>(key: K, v: number | undefined) =>
  (v === undefined ? {} : { [key]: v }) as Partial<Record<K, number>>;

/**
 * Peak-minute demand against the tier's limits (docs/methods.md §3.5): which
 * limit binds and what share of monthly requests would be rejected.
 */
export function checkRateLimits(
  nw: NormalisedWorkload,
  model: ApiModel,
  option: ApiOptionInput,
  use: RateLimitUse,
  usdPerMonth: number,
): RateLimitCheck {
  if (!model.rateLimits) return { kind: 'unknown' };
  const choice = rateLimitTierFor(
    model.rateLimits,
    option.resolved?.rateLimitTiers ?? [],
    usdPerMonth,
    option.rateLimitTier,
  );
  const limits = choice.limits;
  const perRequestUse: Record<string, [number | undefined, number]> = {
    'requests per minute': [limits.requestsPerMinute, 1],
    'tokens per minute': [
      limits.tokensPerMinute,
      use.inputTokensPerRequest + use.outputTokensPerRequest,
    ],
    'input tokens per minute': [
      limits.inputTokensPerMinute,
      use.inputTokensPerRequest,
    ],
    'output tokens per minute': [
      limits.outputTokensPerMinute,
      use.outputTokensPerRequest,
    ],
  };
  const peakRequestsPerMinute =
    nw.peakRequestsPerSecond * 60 * BURST_FACTOR_WITHIN_MINUTE;
  const headroom: Record<string, number> = {};
  let binding = '';
  let capRequestsPerMinute = Number.POSITIVE_INFINITY;
  for (const [dimension, [limit, perRequest]] of Object.entries(
    perRequestUse,
  )) {
    if (limit === undefined || perRequest <= 0) continue;
    const need = peakRequestsPerMinute * perRequest;
    headroom[dimension] = need > 0 ? limit / need : Number.MAX_VALUE;
    const cap = limit / perRequest;
    if (cap < capRequestsPerMinute) {
      capRequestsPerMinute = cap;
      binding = dimension;
    }
  }
  if (!binding) return { kind: 'unknown' };
  const capRequestsPerSecond =
    capRequestsPerMinute / 60 / BURST_FACTOR_WITHIN_MINUTE;
  const total = nw.hourlyRequestsPerSecond.reduce((s, v) => s + v, 0);
  const rejected = nw.hourlyRequestsPerSecond.reduce(
    (s, rate) => s + Math.max(0, rate - capRequestsPerSecond),
    0,
  );
  const rejectedShare = total > 0 ? rejected / total : 0;
  return {
    kind: 'checked',
    headroomByDimension: headroom,
    binding,
    rejectedShare,
    tier: limits.tier,
    tierBasis: choice.basis,
    // Only a known ladder can say its top tier is not enough; without one the catalog's tier is just the lowest.
    beyondPublishedTiers:
      choice.basis === 'spend' &&
      choice.top &&
      (rejectedShare > 0 || choice.overMonthlyCap),
  };
}
