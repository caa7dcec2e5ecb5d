import type { ApiModel } from '../catalog';
import type {
  ApiOptionInput,
  ApiResult,
  CostLine,
  WarningCode,
  Workload,
} from './types';
import { apiLatency } from './api-latency';
import { optionReasoning } from './reasoning';
import { checkRateLimits } from './rate-limits';
import {
  hourlyShape,
  normaliseWorkload,
  type NormalisedWorkload,
} from './workload';
import { SECONDS_PER_MONTH, usdPerTokenFromPerMillion } from './units';
import { apiBatchableShare, batchMissesApiWindow } from './batch-traffic';
import {
  DEFAULT_PREFIX_CACHE_HIT_RATE,
  prefixCacheHitRate,
} from './prefix-cache';

/** Prompt caches need at least this many prefix tokens (OpenAI, most Claude models) [S16][S17]. */
export const MIN_CACHEABLE_PREFIX_TOKENS = 1024;
/** Cache lifetime after last use, seconds (5-minute TTL, refreshed on hit) [S16][S17]. */
export const CACHE_TTL_SECONDS = 300;
/**
 * Share of theoretical hits that survive provider routing (docs/methods.md
 * §3.2, grade C): the default of the workload's prefix hit rate, which both
 * sides share (§18.1).
 */
export const CACHE_ROUTING_EFFICIENCY = DEFAULT_PREFIX_CACHE_HIT_RATE;
// Moved beside the code that uses them (api-latency.ts, rate-limits.ts); re-exported for callers.
export { BURST_FACTOR_WITHIN_MINUTE } from './rate-limits';
export {
  DEFAULT_API_OUTPUT_TOKENS_PER_SECOND,
  DEFAULT_API_TTFT_SECONDS,
} from './api-latency';

/**
 * Probability that a request finds its prefix cached: Poisson arrivals with
 * rate `requestsPerSecond` on one prefix and a TTL refreshed on every hit
 * (docs/methods.md §3.2): h = 1 − exp(−λ·T).
 *
 * @example cacheHitProbability(1 / 600, 300) // 0.3935 (V10)
 */
export function cacheHitProbability(
  requestsPerSecond: number,
  ttlSeconds: number,
): number {
  if (!(requestsPerSecond > 0) || !(ttlSeconds > 0)) return 0;
  return 1 - Math.exp(-requestsPerSecond * ttlSeconds);
}

/** Traffic-weighted hit rate over the hourly profile, times the warm-cache hit rate (routing losses). */
export function averageCacheHitRate(
  nw: NormalisedWorkload,
  warmHitRate: number = CACHE_ROUTING_EFFICIENCY,
): number {
  const total = nw.hourlyRequestsPerSecond.reduce((s, v) => s + v, 0);
  if (total <= 0) return 0;
  const weighted = nw.hourlyRequestsPerSecond.reduce(
    (s, rate) => s + rate * cacheHitProbability(rate, CACHE_TTL_SECONDS),
    0,
  );
  return (weighted / total) * warmHitRate;
}

type PriceSheet = {
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
};

function priceSheet(
  model: ApiModel,
  option: ApiOptionInput,
  inputTokens: number,
): PriceSheet {
  const lc = model.longContext;
  const long = lc !== undefined && inputTokens > lc.thresholdInputTokens;
  const input =
    option.usdPerMillionInputTokensOverride ??
    (long ? lc.usdPerMillionInputTokens : model.usdPerMillionInputTokens);
  const output =
    option.usdPerMillionOutputTokensOverride ??
    (long ? lc.usdPerMillionOutputTokens : model.usdPerMillionOutputTokens);
  const scale = input / model.usdPerMillionInputTokens;
  const cacheRead =
    (long ? lc.usdPerMillionCachedInputTokens : undefined) ??
    (model.usdPerMillionCachedInputTokens !== undefined
      ? model.usdPerMillionCachedInputTokens * scale
      : input);
  const cacheWrite =
    model.usdPerMillionCacheWriteTokens !== undefined
      ? model.usdPerMillionCacheWriteTokens * scale
      : input;
  return {
    input: usdPerTokenFromPerMillion(input),
    output: usdPerTokenFromPerMillion(output),
    cacheRead: usdPerTokenFromPerMillion(cacheRead),
    cacheWrite: usdPerTokenFromPerMillion(cacheWrite),
  };
}

/** Per-request token accounting (docs/methods.md §3.1); hidden tokens per §17.1. */
export function apiTokenSplit(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
) {
  const cacheable =
    model.usdPerMillionCachedInputTokens !== undefined &&
    w.cacheablePrefixTokens >= MIN_CACHEABLE_PREFIX_TOKENS;
  const cachedPrefixTokens = cacheable
    ? Math.min(w.cacheablePrefixTokens, w.inputTokensPerRequest)
    : 0;
  return {
    cachedPrefixTokens,
    freshInputTokens: w.inputTokensPerRequest - cachedPrefixTokens,
    outputTokens: w.outputTokensPerRequest,
    reasoningTokens: optionReasoning(w, model, option).tokensPerRequest,
  };
}

/**
 * Monthly cost of one API option (docs/methods.md §3.1–3.3): fresh input, cached
 * reads and writes at the hit rate, output and reasoning tokens, batch share at
 * the batch multiplier, long-context repricing, regional uplift.
 *
 * @example 1M requests × (750 in × $2.5 + 250 out × $10)/1M = $4,375 per month
 */
export function estimateApiCost(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
): ApiResult {
  const nw = normaliseWorkload(w);
  const warnings: WarningCode[] = [];
  const split = apiTokenSplit(w, model, option);
  if (
    w.cacheablePrefixTokens > 0 &&
    w.cacheablePrefixTokens < MIN_CACHEABLE_PREFIX_TOKENS
  ) {
    warnings.push('prefix-too-short-to-cache');
  }
  const hit =
    split.cachedPrefixTokens > 0
      ? averageCacheHitRate(nw, prefixCacheHitRate(w))
      : 0;
  const sheet = priceSheet(model, option, w.inputTokensPerRequest);
  const regional = model.regionalMultiplier ?? 1;
  // Batch work takes the batch price when the batch window meets its deadline (§18.2).
  const batchShare = option.useBatch ? apiBatchableShare(w) : 0;
  if (batchMissesApiWindow(w, option.useBatch && !!model.batchMultiplier))
    warnings.push('batch-deadline-before-api-window');
  if (batchShare > 0 && model.batchMultiplier === undefined) {
    warnings.push('no-batch-api');
  }
  const batchMultiplier = model.batchMultiplier ?? 1;
  const tierMultiplier = 1 - batchShare + batchShare * batchMultiplier;
  const m = regional * tierMultiplier;
  const r = Math.max(0, w.requestsPerMonth);
  const lines = apiCostLines(r, m, split, hit, sheet);
  const total = lines.reduce((s, l) => s + l.usdPerMonth, 0);
  if (r === 0) warnings.push('zero-volume');
  if (
    w.inputTokensPerRequest + w.outputTokensPerRequest >
    model.contextWindowTokens
  ) {
    warnings.push('context-exceeds-model');
  }
  const rateLimit = checkRateLimits(
    nw,
    model,
    option,
    rateLimitUse(split, hit, model),
    total,
  );
  if (rateLimit.kind === 'checked' && rateLimit.rejectedShare > 0) {
    warnings.push('rate-limit-exceeded');
  }
  const latency = apiLatency(w, model, option);
  if (latency.basis === 'default') warnings.push('latency-defaulted');
  const perRequest = r > 0 ? total / r : apiUsdPerRequest(w, model, option);
  return {
    kind: 'api',
    id: option.id,
    apiModelId: model.id,
    name: model.name,
    qualityTier: model.qualityTier,
    qualityIndex: model.qualityIndex ?? null,
    cost: { usdPerMonth: total, lines },
    usdPerRequest: perRequest,
    usdPerMillionTokens:
      nw.tokensPerMonth > 0 ? (total / nw.tokensPerMonth) * 1e6 : null,
    cacheHitRate: hit,
    latency,
    rateLimit,
    warnings,
    reasoning: optionReasoning(w, model, option),
  };
}

/** Input and output tokens per request on the rate limits' meter (§3.5): cache reads count where the provider counts them. */
function rateLimitUse(
  split: ReturnType<typeof apiTokenSplit>,
  hit: number,
  model: ApiModel,
) {
  const countsReads = model.rateLimits?.cacheReadsCountTowardLimit ?? true;
  return {
    inputTokensPerRequest:
      split.freshInputTokens +
      (1 - hit) * split.cachedPrefixTokens +
      (countsReads ? hit * split.cachedPrefixTokens : 0),
    outputTokensPerRequest: split.outputTokens + split.reasoningTokens,
  };
}

/** Monthly cost lines of R requests: each token kind at its price, times the regional and batch multiplier `m`. */
function apiCostLines(
  r: number,
  m: number,
  split: ReturnType<typeof apiTokenSplit>,
  hit: number,
  sheet: PriceSheet,
): CostLine[] {
  const usd = (tokensPerRequest: number, usdPerToken: number) =>
    r * tokensPerRequest * usdPerToken * m;
  return [
    {
      kind: 'input-tokens',
      usdPerMonth: usd(split.freshInputTokens, sheet.input),
    },
    {
      kind: 'cached-input-tokens',
      usdPerMonth: usd(split.cachedPrefixTokens * hit, sheet.cacheRead),
    },
    {
      kind: 'cache-write-tokens',
      usdPerMonth: usd(split.cachedPrefixTokens * (1 - hit), sheet.cacheWrite),
    },
    {
      kind: 'output-tokens',
      usdPerMonth: usd(split.outputTokens, sheet.output),
    },
    {
      kind: 'reasoning-tokens',
      usdPerMonth: usd(split.reasoningTokens, sheet.output),
    },
  ];
}

/**
 * Cost of one request (the slope of the API cost line). Exact only where the
 * hit rate does not depend on volume; with prompt caching the hit rate rises
 * with traffic, so crossover code evaluates the full cost instead.
 */
export function apiUsdPerRequest(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
): number {
  const one = estimateApiCostTotal(
    { ...w, requestsPerMonth: 1e6 },
    model,
    option,
  );
  return one / 1e6;
}

/** Total monthly API cost only, without building the result (hot path). */
export function estimateApiCostTotal(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
): number {
  return apiCostFunction(w, model, option)(w.requestsPerMonth);
}

/**
 * Monthly API cost as a function of monthly requests R at the workload's mix
 * and traffic shape, with everything that does not depend on R computed once
 * (the crossover solver and the curves call it thousands of times). Only the
 * prompt-cache hit rate depends on R: each hour's arrival rate sets its hit
 * probability (docs/methods.md §3.2); without caching the function is linear.
 *
 * @example apiCostFunction(w, model, option)(1e6) === estimateApiCostTotal({ ...w, requestsPerMonth: 1e6 }, model, option)
 */
export function apiCostFunction(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
): (requestsPerMonth: number) => number {
  const split = apiTokenSplit(w, model, option);
  const sheet = priceSheet(model, option, w.inputTokensPerRequest);
  const batchShare =
    option.useBatch && model.batchMultiplier !== undefined
      ? apiBatchableShare(w)
      : 0;
  const m =
    (model.regionalMultiplier ?? 1) *
    (1 - batchShare + batchShare * (model.batchMultiplier ?? 1));
  const fixedPerRequest =
    (split.freshInputTokens * sheet.input +
      (split.outputTokens + split.reasoningTokens) * sheet.output) *
    m;
  const cached = split.cachedPrefixTokens;
  if (!(cached > 0)) {
    return (requestsPerMonth) =>
      Math.max(0, requestsPerMonth) * fixedPerRequest;
  }
  const shape = hourlyShape(w.peakToAverage, w.hourlyProfile);
  const hours = shape.length;
  // Per hour: rate_h = R · shape_h / seconds-per-month; weight shape_h / 24.
  const ttlPerMonth = CACHE_TTL_SECONDS / SECONDS_PER_MONTH;
  const warmHitRate = prefixCacheHitRate(w);
  const readUsd = cached * sheet.cacheRead * m;
  const writeUsd = cached * sheet.cacheWrite * m;
  return (requestsPerMonth) => {
    const r = Math.max(0, requestsPerMonth);
    if (r === 0) return 0;
    let weighted = 0;
    for (let h = 0; h < hours; h++) {
      const s = shape[h]!;
      weighted += s * (1 - Math.exp(-r * s * ttlPerMonth));
    }
    const hit = (weighted / hours) * warmHitRate;
    return r * (fixedPerRequest + hit * readUsd + (1 - hit) * writeUsd);
  };
}
