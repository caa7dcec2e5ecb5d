/**
 * Prompt-prefix KV reuse on the self-hosted side (docs/methods.md §18.1):
 * vLLM's automatic prefix caching, SGLang's RadixAttention, TGI v3 and
 * TensorRT-LLM's block reuse keep the KV of a prefix they have computed and
 * reuse it for every request that starts with it; llama.cpp, Ollama and MLX
 * reuse a slot's previous prompt. On a hit only the uncached part of the
 * prompt is prefilled, and a shared (paged or radix) cache holds the prefix's
 * KV once per replica instead of once per sequence.
 */
import type { ServingEngine } from '../catalog';
import type { MemoryEstimate, SelfHostOptionInput, Workload } from './types';

/**
 * Share of requests that find the shared prefix cached while the cache is
 * warm, when the workload does not say (docs/methods.md §3.2: the API's 10 %
 * routing loss, grade C). The same default on both sides.
 */
export const DEFAULT_PREFIX_CACHE_HIT_RATE = 0.9;

/** The workload's prefix hit rate, 0–1 (default 0.9). */
export function prefixCacheHitRate(w: Workload): number {
  const h = w.prefixCacheHitRate;
  return h === undefined || !Number.isFinite(h)
    ? DEFAULT_PREFIX_CACHE_HIT_RATE
    : Math.min(1, Math.max(0, h));
}

/** What prefix reuse saves one self-hosted option, in the self-hosted model's tokens. */
export type PrefixReuse = {
  /** The engine reuses prefixes and the option leaves it on. */
  readonly on: boolean;
  /** Share of requests that skip the prefix's prefill (0 when off or no prefix). */
  readonly hitRate: number;
  /** Shared prefix per request, self-hosted tokens (≤ the input). */
  readonly prefixTokens: number;
  /** Mean prompt tokens per request read from the cache: hit rate × prefix. */
  readonly cachedTokensPerRequest: number;
  /** Prefix KV a replica holds once for all its sequences (0 unless the cache is shared). */
  readonly sharedPrefixTokensPerReplica: number;
};

/** Whether prefix reuse is on for this option: its own choice, else the engine's default. */
export function prefixCachingOn(
  engine: ServingEngine,
  option: SelfHostOptionInput,
): boolean {
  const cache = engine.prefixCache;
  return cache !== undefined && (option.prefixCaching ?? cache.defaultOn);
}

/**
 * Prefix reuse for one option (docs/methods.md §18.1). A self-hosted replica
 * keeps the prefix while it has traffic (eviction is least-recently-used and
 * only under memory pressure, and the budget below reserves the prefix), so
 * unlike an API's 5-minute cache no arrival-rate term applies: the hit rate
 * is the workload's.
 *
 * @example selfHostPrefixReuse({ …32K input, 30K prefix, h 0.9 }, vllm, o).cachedTokensPerRequest // 27,000
 */
export function selfHostPrefixReuse(
  w: Workload,
  engine: ServingEngine,
  option: SelfHostOptionInput,
): PrefixReuse {
  const on = prefixCachingOn(engine, option);
  const input = Math.max(0, w.inputTokensPerRequest) * w.tokenizerRatio;
  const prefix = Math.min(
    input,
    Math.max(0, w.cacheablePrefixTokens) * w.tokenizerRatio,
  );
  const hitRate = on && prefix > 0 ? prefixCacheHitRate(w) : 0;
  return {
    on,
    hitRate,
    prefixTokens: prefix,
    cachedTokensPerRequest: hitRate * prefix,
    sharedPrefixTokensPerReplica:
      hitRate > 0 && engine.prefixCache?.reuse === 'shared' ? prefix : 0,
  };
}

/**
 * The replica's sequence budget with the shared prefix held once
 * (docs/methods.md §18.1): the prefix's KV comes off the pool first, then each
 * sequence holds only what it does not share, `S − h·P` tokens:
 * `B = floor((KV − P) / (S − h·P))`. A replica that holds one whole sequence
 * still holds one.
 */
export function withSharedPrefix(
  memory: MemoryEstimate,
  reuse: PrefixReuse,
  sequenceTokens: number,
): MemoryEstimate {
  const shared = reuse.sharedPrefixTokensPerReplica;
  if (!(shared > 0) || !memory.fits) return memory;
  const ownTokens = Math.max(1, sequenceTokens - reuse.cachedTokensPerRequest);
  const pool = memory.kvCacheTokensPerReplica - shared;
  const sequences = pool > 0 ? Math.floor(pool / ownTokens) : 0;
  return {
    ...memory,
    maxConcurrentSequences: Math.max(1, sequences),
  };
}
