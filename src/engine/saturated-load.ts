/**
 * A replica at full load (docs/methods.md §6.1, §20.12): how many requests a
 * second it serves at concurrency B and the batch it runs within the user's
 * speed target. This is what sets self-hosted capacity and so the cost per
 * token (replica-candidates.ts → self-host-capacity.ts).
 */
import type { PerformanceEstimate } from './types';
import {
  concurrentDevices,
  decodeStepSeconds,
  PREFILL_INTERFERENCE,
  prefillFlops,
  prefillSeconds,
  tensorParallelSeconds,
  weightBytesReadPerDevice,
  type ReplicaSpec,
} from './performance';

/**
 * Seconds of one continuous-batching step (docs/methods.md §20.12): `batch`
 * sequences each decode one token while `promptTokensInStep` tokens of the
 * prompts of the requests that replace the finished ones are chunked into the
 * same forward pass. The pass reads the weights once for all its tokens
 * (the experts all of them touch) and every decoding sequence's KV, and
 * all-reduces every token's activations. The decode part is §5.2's roofline
 * taken per kernel; the prompt tokens' compute (at the engine's prefill
 * efficiency ηpf) adds to it rather than hiding under the decode's memory
 * time — NVIDIA's and GPUStack's saturated runs are 1.5–2.5× below a step
 * that overlaps the two.
 */
export function mixedStepSeconds(
  r: ReplicaSpec,
  batch: number,
  meanContextTokens: number,
  promptTokensInStep: number,
  newPromptTokens: number,
  promptTokens: number,
): number {
  const d = concurrentDevices(r);
  const tokens = batch + promptTokensInStep;
  // Requests' worth of prompt in this step (attention grows with each one's context).
  const requestsPerStep =
    newPromptTokens > 0 ? promptTokensInStep / newPromptTokens : 0;
  const bw =
    r.bandwidthBytesPerSecond * r.bandwidthEfficiency * r.kernelEfficiency;
  const decodePeak = d * r.peakFlopsPerSecond * r.decodeFlopsEfficiency;
  const kvBytesPerDevice =
    batch *
    meanContextTokens *
    r.kvBytesPerTokenPerGpu *
    (r.parallelism === 'tensor' ? 1 : r.gpus);
  // The GEMMs and attention are separate kernels, each bound by its own
  // roofline: weights against the decode tokens' matmul FLOPs, the KV cache
  // against attention's FLOPs. One max over both would let a compute-bound
  // GEMM hide a memory-bound attention kernel that runs after it.
  const linearSeconds = Math.max(
    weightBytesReadPerDevice(r, Math.max(1, tokens)) / bw,
    (2 * r.paramsActive * batch) / decodePeak,
  );
  const attentionSeconds = Math.max(
    kvBytesPerDevice / bw,
    (r.decodeAttentionFlopsPerContextToken * meanContextTokens * batch) /
      decodePeak,
  );
  const promptComputeSeconds =
    (requestsPerStep * prefillFlops(r, newPromptTokens, promptTokens)) /
    (d * r.prefillPeakFlopsPerSecond * r.prefillEfficiency);
  return (
    r.stepOverheadSeconds +
    linearSeconds +
    attentionSeconds +
    promptComputeSeconds +
    tensorParallelSeconds(r, tokens)
  );
}

/**
 * Prompt tokens one step may carry besides its decoding sequences: the default
 * token budget of vLLM's server on large GPUs (`max_num_batched_tokens` 8,192,
 * EngineArgs.get_batch_defaults; 2,048 on smaller ones), SGLang's
 * `chunked_prefill_size` and TensorRT-LLM's `max_num_tokens` (both 8,192).
 */
export const PREFILL_CHUNK_TOKENS = 8192;

/**
 * Mean step time in steady state (docs/methods.md §20.12). Per Lout steps B
 * requests finish and B start, so B·Lnew/Lout prompt tokens arrive per step.
 * The engine packs them into chunks of up to the token budget: a share
 * f = that ÷ chunk of the steps carries a full chunk, the rest decode only
 * (a chunk touches every expert a whole prompt would; spreading prompts thinly
 * over every step would not). When prompts arrive faster than one chunk per
 * step, every step carries them all.
 */
function meanMixedStepSeconds(
  r: ReplicaSpec,
  batch: number,
  context: number,
  newTokens: number,
  promptTokens: number,
  outputTokens: number,
): number {
  const perStep = (batch * newTokens) / outputTokens;
  const chunk = Math.max(1, PREFILL_CHUNK_TOKENS - batch);
  const step = (promptTokensInStep: number) =>
    mixedStepSeconds(
      r,
      batch,
      context,
      promptTokensInStep,
      newTokens,
      promptTokens,
    );
  if (perStep >= chunk) return step(perStep);
  const share = perStep / chunk;
  return share * step(chunk) + (1 - share) * step(0);
}

/**
 * Replica-level load model at concurrency B (docs/methods.md §6.1, §20.12).
 * `cachedInputTokens` of the prompt come from a prefix cache (mean per
 * request, §18.1): only the rest is prefilled; decode still attends to all.
 * Engines with chunked prefill (`mixedSteps`) carry the replacing requests'
 * prompts inside the decode steps: in steady state B ÷ Lout requests finish,
 * and as many start, per step. Slot engines time-share prefill and decode.
 */
export function loadAtBatch(
  r: ReplicaSpec,
  batch: number,
  inputTokens: number,
  outputTokens: number,
  cachedInputTokens = 0,
) {
  const newTokens = Math.max(0, inputTokens - cachedInputTokens);
  const prefill = prefillSeconds(r, newTokens, inputTokens);
  const context = inputTokens + outputTokens / 2;
  const step = decodeStepSeconds(r, batch, context);
  if (r.mixedSteps && outputTokens > 0) {
    const mixed = meanMixedStepSeconds(
      r,
      batch,
      context,
      newTokens,
      inputTokens,
      outputTokens,
    );
    const secondsPerRequest = (outputTokens * mixed) / batch;
    return {
      prefill,
      step,
      secondsPerRequest,
      requestsPerSecond: secondsPerRequest > 0 ? 1 / secondsPerRequest : 0,
      timePerOutputToken: mixed,
    };
  }
  const secondsPerRequest = prefill + (outputTokens * step) / batch;
  const requestsPerSecond = secondsPerRequest > 0 ? 1 / secondsPerRequest : 0;
  const prefillShare = Math.min(0.99, prefill * requestsPerSecond);
  const timePerOutputToken =
    outputTokens > 0 ? step / (1 - PREFILL_INTERFERENCE * prefillShare) : 0;
  return {
    prefill,
    step,
    secondsPerRequest,
    requestsPerSecond,
    timePerOutputToken,
  };
}

export type OperatingPoint =
  | { readonly kind: 'ok'; readonly performance: PerformanceEstimate }
  | {
      readonly kind: 'latency-target-unreachable';
      readonly bestTimePerOutputTokenSeconds: number;
    };

/**
 * The batch a replica runs at full load: the largest B ≤ min(memory, engine
 * cap) whose time per output token still meets the user's speed target
 * (docs/methods.md §6.1; TPOT grows with B, so bisection finds it).
 */
export function operatingPoint(
  r: ReplicaSpec,
  maxBatch: number,
  inputTokens: number,
  outputTokens: number,
  maxTimePerOutputTokenSeconds: number | null,
  cachedInputTokens = 0,
): OperatingPoint {
  const cap = Math.max(1, Math.floor(maxBatch));
  const load = (b: number) =>
    loadAtBatch(r, b, inputTokens, outputTokens, cachedInputTokens);
  const meets = (b: number) =>
    maxTimePerOutputTokenSeconds === null ||
    outputTokens === 0 ||
    load(b).timePerOutputToken <= maxTimePerOutputTokenSeconds;
  if (!meets(1)) {
    return {
      kind: 'latency-target-unreachable',
      bestTimePerOutputTokenSeconds: load(1).timePerOutputToken,
    };
  }
  let lo = 1;
  let hi = cap;
  if (meets(hi)) lo = hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) lo = mid;
    else hi = mid;
  }
  const batch = lo;
  const atBatch = load(batch);
  const single = load(1);
  const singleStep = decodeStepSeconds(r, 1, inputTokens + outputTokens / 2);
  const bytesPerStep =
    weightBytesReadPerDevice(r, 1) +
    (inputTokens + outputTokens / 2) * r.kvBytesPerTokenPerGpu;
  const criticalBatch =
    ((r.peakFlopsPerSecond * r.decodeFlopsEfficiency) /
      (r.bandwidthBytesPerSecond * r.bandwidthEfficiency)) *
    (r.bitsPerWeight / 16);
  return {
    kind: 'ok',
    performance: {
      criticalBatch,
      operatingBatch: batch,
      timePerOutputTokenSeconds: atBatch.timePerOutputToken,
      singleStreamTokensPerSecond: 1 / singleStep,
      prefillSeconds: single.prefill,
      prefillTokensPerSecond:
        inputTokens > 0
          ? Math.max(0, inputTokens - cachedInputTokens) / single.prefill
          : 0,
      replicaRequestsPerSecond: atBatch.requestsPerSecond,
      replicaOutputTokensPerSecond: atBatch.requestsPerSecond * outputTokens,
      impliedBandwidthUtilisation:
        bytesPerStep / singleStep / r.bandwidthBytesPerSecond,
    },
  };
}
