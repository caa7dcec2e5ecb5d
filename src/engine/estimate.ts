/**
 * Speed and memory of one model on one machine at a given concurrency: the
 * physics of docs/methods.md §4–§6 without any prices. Used by the CLI's
 * `estimate`, the fidelity check against published measurements and the
 * configuration search.
 */
import type { Hardware, OpenModel, Quant, ServingEngine } from '../catalog';
import {
  defaultKvBytesPerValue,
  estimateMemory,
  heldKvTokensPerSequence,
  kvBytesPerToken,
  weightBytes,
} from './memory';
import {
  decodeStepSeconds,
  expertsTouchedShare,
  prefillSeconds,
  replicaSpecFrom,
} from './performance';
import { loadAtBatch } from './saturated-load';
import { BYTES_PER_GB } from './units';

export type PerformanceQuery = {
  readonly model: OpenModel;
  readonly quant: Quant;
  readonly hardware: Hardware;
  readonly engine: ServingEngine;
  /** Devices in the replica (tensor parallel, or a layer split for llama.cpp). Default 1. */
  readonly gpus?: number;
  /** Concurrent sequences decoding together. Default 1. */
  readonly batch?: number;
  /** Prompt tokens per request. Default 512. */
  readonly promptTokens?: number;
  /** Generated tokens per request. Default 128. */
  readonly outputTokens?: number;
  /** Bytes per cached key/value element (2 = FP16/BF16, 1 = FP8). Default: the engine's for this quant (`defaultKvBytesPerValue`), as on the page. */
  readonly kvBytesPerValue?: number;
};

export type PerformanceEstimateReport = {
  readonly gpus: number;
  readonly batch: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Output speed one sequence sees while `batch` sequences decode, tokens/s. */
  readonly decodeTokensPerSecond: number;
  /** Output tokens per second of all `batch` sequences together. */
  readonly aggregateDecodeTokensPerSecond: number;
  /** Time per output token, seconds. */
  readonly timePerOutputTokenSeconds: number;
  /** Prompt tokens processed per second for one request. */
  readonly prefillTokensPerSecond: number;
  /** Prefill time of one request's prompt on an idle replica, seconds. */
  readonly timeToFirstTokenSeconds: number;
  /** Time to first token plus the whole output at this batch, seconds. */
  readonly endToEndSeconds: number;
  /** Generated tokens ÷ end-to-end time, tokens/s. */
  readonly generationTokensPerSecond: number;
  /** A replica kept full at this batch (prefill and decode time-shared), output tokens/s. */
  readonly saturatedOutputTokensPerSecond: number;
  /** Whether a decode step is limited by memory bandwidth or compute. */
  readonly decodeBound: 'memory' | 'compute';
  /** Batch at which decode turns compute-bound. */
  readonly criticalBatch: number;
  /** Achieved bandwidth ÷ peak at this batch, 0–1. */
  readonly impliedBandwidthUtilisation: number;
  readonly memory: {
    readonly weightsGB: number;
    readonly kvCacheGB: number;
    /** Weights plus the KV cache of `batch` full sequences, GB (1e9 bytes). */
    readonly totalGB: number;
    /** Memory the engine may use across the replica, GB. */
    readonly availableGB: number;
    readonly kvBytesPerToken: number;
    /** Sequences of this length the KV pool holds (paged engines: at the tokens each holds on average, docs/methods.md §4.3). */
    readonly maxConcurrentSequences: number;
    /** Weights fit and the KV pool holds `batch` sequences. */
    readonly fits: boolean;
  };
};

/**
 * Estimates decode and prefill speed, latency and memory for one
 * configuration (docs/methods.md §4–§6). Pure; never refuses: a configuration
 * that does not fit reports `memory.fits = false` with the numbers.
 *
 * @example estimatePerformance({ model: llama8b, quant: fp8, hardware: h100, engine: vllm }).decodeTokensPerSecond // ≈ 190
 */
export function estimatePerformance(
  q: PerformanceQuery,
): PerformanceEstimateReport {
  const gpus = Math.max(1, Math.floor(q.gpus ?? 1));
  const batch = Math.max(1, Math.floor(q.batch ?? 1));
  const prompt = Math.max(0, q.promptTokens ?? 512);
  const output = Math.max(0, q.outputTokens ?? 128);
  const kvBytes =
    q.kvBytesPerValue ?? defaultKvBytesPerValue(q.engine, q.quant);
  const sequence = Math.max(1, prompt + output);
  const kvPerToken = kvBytesPerToken(q.model, kvBytes, sequence);
  const spec = replicaSpecFrom(
    q.model,
    q.quant,
    q.hardware,
    q.engine,
    gpus,
    kvPerToken,
  );
  const meanContext = prompt + output / 2;
  const step = decodeStepSeconds(spec, batch, meanContext);
  const prefill = prompt > 0 ? prefillSeconds(spec, prompt, prompt) : 0;
  const load = loadAtBatch(spec, batch, prompt, output);
  const devices = spec.parallelism === 'tensor' ? gpus : 1;
  // Bytes all devices read in one step: touched weights plus every sequence's cache.
  const weightsRead =
    spec.weightBytes -
    spec.expertBytes +
    spec.expertBytes * expertsTouchedShare(spec, batch);
  const bytesPerStep = weightsRead + batch * meanContext * kvPerToken;
  const computeSeconds =
    (2 * q.model.paramsActive * batch) /
    (devices * spec.peakFlopsPerSecond * spec.decodeFlopsEfficiency);
  const memorySeconds =
    bytesPerStep /
    devices /
    (spec.bandwidthBytesPerSecond *
      spec.bandwidthEfficiency *
      spec.kernelEfficiency);
  const endToEnd = prefill + output * step;
  return {
    gpus,
    batch,
    promptTokens: prompt,
    outputTokens: output,
    decodeTokensPerSecond: 1 / step,
    aggregateDecodeTokensPerSecond: batch / step,
    timePerOutputTokenSeconds: step,
    prefillTokensPerSecond: prefill > 0 ? prompt / prefill : 0,
    timeToFirstTokenSeconds: prefill,
    endToEndSeconds: endToEnd,
    generationTokensPerSecond: endToEnd > 0 ? output / endToEnd : 0,
    saturatedOutputTokensPerSecond: load.requestsPerSecond * output,
    decodeBound: computeSeconds > memorySeconds ? 'compute' : 'memory',
    criticalBatch:
      ((spec.peakFlopsPerSecond * spec.decodeFlopsEfficiency) /
        (spec.bandwidthBytesPerSecond * spec.bandwidthEfficiency)) *
      (spec.bitsPerWeight / 16),
    impliedBandwidthUtilisation: Math.min(
      1,
      bytesPerStep / step / (spec.bandwidthBytesPerSecond * devices),
    ),
    memory: memoryReport(q, gpus, batch, kvBytes, sequence, kvPerToken),
  };
}

/** Weights and the KV cache of `batch` full sequences against the memory the engine may use, GB. */
function memoryReport(
  q: PerformanceQuery,
  gpus: number,
  batch: number,
  kvBytes: number,
  sequence: number,
  kvPerToken: number,
): PerformanceEstimateReport['memory'] {
  const memory = estimateMemory(
    q.model,
    q.quant,
    q.hardware,
    q.engine,
    gpus,
    kvBytes,
    sequence,
    heldKvTokensPerSequence(
      q.engine,
      Math.max(0, q.promptTokens ?? 512),
      Math.max(0, q.outputTokens ?? 128),
    ),
  );
  const weights = weightBytes(q.model, q.quant);
  const kvTotal = kvPerToken * sequence * batch;
  return {
    weightsGB: weights / BYTES_PER_GB,
    kvCacheGB: kvTotal / BYTES_PER_GB,
    totalGB: (weights + kvTotal) / BYTES_PER_GB,
    availableGB: (memory.usableBytesPerGpu * gpus) / BYTES_PER_GB,
    kvBytesPerToken: kvPerToken,
    maxConcurrentSequences: memory.maxConcurrentSequences,
    fits: memory.fits && memory.maxConcurrentSequences >= batch,
  };
}
