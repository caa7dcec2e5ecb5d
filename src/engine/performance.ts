import type {
  ComputeDtype,
  Hardware,
  OpenModel,
  Quant,
  ServingEngine,
} from '../catalog';
import type { PerformanceEstimate, SelfHostLatency } from './types';
import { expertWeightBytes, weightBytes } from './memory';
import { BYTES_PER_GB, FLOPS_PER_TFLOPS } from './units';

/** Latency of one all-reduce message across the node's links (docs/methods.md §2.6, [S3][S5]). */
export const TENSOR_PARALLEL_MESSAGE_SECONDS = 10e-6;
/**
 * One step's tensor-parallel all-reduces (docs/methods.md §2.6): two per
 * layer, each a message latency plus a ring's 2(n−1)/n share of the step's
 * 16-bit activations over one link; 0 on one GPU or a pipeline split.
 */
export function tensorParallelSeconds(r: ReplicaSpec, tokens: number): number {
  if (r.parallelism !== 'tensor' || r.gpus <= 1) return 0;
  const ringBytes = ((2 * (r.gpus - 1)) / r.gpus) * tokens * r.hiddenSize * 2;
  return (
    r.layers *
    2 *
    (TENSOR_PARALLEL_MESSAGE_SECONDS + ringBytes / r.linkBytesPerSecond)
  );
}
/** Decode stalls fully while the replica prefills others (docs/methods.md §2.6, grade C). */
export const PREFILL_INTERFERENCE = 1;
/** Fallbacks when an engine lists no efficiency for a hardware kind (docs/methods.md §2.6). */
export const FALLBACK_BANDWIDTH_EFFICIENCY = 0.6;
/** ηpf of embedding (encoder-only) services, docs/methods.md §5.5 (grade C). */
export const EMBEDDING_PREFILL_EFFICIENCY = 0.1;
export const FALLBACK_PREFILL_EFFICIENCY = 0.3;

/**
 * Everything the roofline needs for one replica, resolved once.
 * `parallelism: 'tensor'` splits every layer across GPUs (vLLM); `'layer'`
 * gives each GPU whole layers run one after the other (llama.cpp, Ollama), so
 * memory pools but speed is that of one device.
 */
export type ReplicaSpec = {
  readonly gpus: number;
  readonly parallelism: 'tensor' | 'layer';
  readonly layers: number;
  readonly attentionHeads: number;
  readonly headDim: number;
  readonly hiddenSize: number;
  readonly paramsActive: number;
  readonly moe: {
    readonly experts: number;
    readonly expertsPerToken: number;
  } | null;
  readonly weightBytes: number;
  readonly expertBytes: number;
  readonly kvBytesPerTokenPerGpu: number;
  readonly bitsPerWeight: number;
  readonly bandwidthBytesPerSecond: number;
  readonly peakFlopsPerSecond: number;
  /** The peak a prompt's matmuls reach: the dtype's, or the engine's quantised-kernel ceiling (§20.14). */
  readonly prefillPeakFlopsPerSecond: number;
  readonly linkBytesPerSecond: number;
  readonly bandwidthEfficiency: number;
  readonly kernelEfficiency: number;
  readonly prefillEfficiency: number;
  readonly stepOverheadSeconds: number;
  /** ηf: share of peak FLOP/s in compute-bound decode (the engine's catalog `decodeComputeEfficiency`). */
  readonly decodeFlopsEfficiency: number;
  /**
   * Continuous batching (vLLM, SGLang, TGI, TensorRT-LLM in-flight batching):
   * new requests' prompt tokens ride in the same forward pass as the decoding
   * sequences, so a saturated step reads the weights once for both and adds
   * the prompts' compute (saturated-load.ts, docs/methods.md §20.12). Slot
   * engines time-share prefill and decode instead.
   */
  readonly mixedSteps: boolean;
  /**
   * Decode attention FLOPs per sequence per context token, all layers: 4 ·
   * heads · headDim per layer (QKᵀ and AV); MLA decodes in the absorbed form
   * (DeepSeek-V2, arXiv 2405.04434 §2.1.3), scores over latent + RoPE and
   * values over the latent for every head: 2 · heads · (2·latent + rope)
   * (docs/methods.md §20.12).
   */
  readonly decodeAttentionFlopsPerContextToken: number;
};

/** Peak dense FLOP/s for a compute dtype; weight-only formats compute in fp16 [S2][S3]. */
export function peakFlopsPerSecond(
  hardware: Hardware,
  dtype: ComputeDtype,
): number {
  const t = hardware.denseTflops;
  const tflops =
    dtype === 'fp8'
      ? (t.fp8 ?? t.fp16)
      : dtype === 'int8'
        ? (t.int8 ?? t.fp16)
        : dtype === 'fp4'
          ? (t.fp4 ?? t.fp8 ?? t.fp16)
          : dtype === 'bf16'
            ? (t.bf16 ?? t.fp16)
            : dtype === 'fp32'
              ? // Without a listed FP32 figure, tensor cores' FP16 rate is an upper bound.
                (t.fp32 ?? t.fp16)
              : t.fp16;
  return tflops * FLOPS_PER_TFLOPS;
}

/**
 * Whether the hardware computes on the quant's format directly. Only
 * block-scaled FP4 formats (MXFP4, NVFP4) depend on it: Blackwell tensor cores
 * run them, Hopper and older need dequantising kernels.
 */
export function runsNatively(quant: Quant, hardware: Hardware): boolean {
  return (
    quant.blockScaled === undefined ||
    (hardware.nativeBlockScaledFormats ?? []).includes(quant.blockScaled.format)
  );
}

/**
 * The dtype the tensor cores compute in: the quant's, or BF16 where block-scaled
 * FP4 weights are dequantised (W4A16: the weights still read at 4 bits).
 */
export function computeDtypeOn(quant: Quant, hardware: Hardware): ComputeDtype {
  return runsNatively(quant, hardware) ? quant.computeDtype : 'bf16';
}

/**
 * The peak a prompt's matmuls can reach (docs/methods.md §20.14). Where the
 * engine lists a quantised prompt kernel for this generation (llama.cpp's MMQ:
 * int8 mma.sync tiles fed by the SM's scalar pipelines) and the weights are a
 * ggml block quant, it is that multiple of the FP32 CUDA-core rate, capped at
 * the INT8 (or FP8) tensor rate; otherwise the compute dtype's peak.
 */
export function prefillPeakFlopsPerSecond(
  quant: Quant,
  hardware: Hardware,
  engine: ServingEngine,
): number {
  const dtypePeak = peakFlopsPerSecond(
    hardware,
    computeDtypeOn(quant, hardware),
  );
  const kernel = engine.quantisedPromptPeak;
  const t = hardware.denseTflops;
  if (
    !kernel ||
    quant.ggufType === undefined ||
    t.fp32 === undefined ||
    !hardware.generation ||
    !kernel.generations.includes(hardware.generation)
  )
    return dtypePeak;
  const tensorCap = (t.int8 ?? t.fp8 ?? t.fp16) * FLOPS_PER_TFLOPS;
  return Math.min(kernel.fp32Multiple * t.fp32 * FLOPS_PER_TFLOPS, tensorCap);
}

/**
 * The engine's measured factors on this device's generation, if the catalog
 * has them (docs/methods.md §20.7); on a device spanning two dies, the
 * generation's `twoDies` factors where it has them (§20.17).
 */
export function generationEfficiency(
  engine: ServingEngine,
  hardware: Hardware,
): { readonly bandwidth?: number; readonly prefill?: number } | undefined {
  const g = hardware.generation
    ? engine.efficiencyByGeneration?.[hardware.generation]
    : undefined;
  if (!g) return undefined;
  const two = (hardware.dies ?? 1) >= 2 ? g.twoDies : undefined;
  const bandwidth = two?.bandwidth ?? g.bandwidth;
  const prefill = two?.prefill ?? g.prefill;
  return {
    ...(bandwidth !== undefined ? { bandwidth } : {}),
    ...(prefill !== undefined ? { prefill } : {}),
  };
}

/** ηpf: the generation's, else the kind's, else the fallback. */
function prefillEfficiency(engine: ServingEngine, hardware: Hardware): number {
  return (
    generationEfficiency(engine, hardware)?.prefill ??
    engine.prefillEfficiency[hardware.kind] ??
    FALLBACK_PREFILL_EFFICIENCY
  );
}

export function replicaSpecFrom(
  model: OpenModel,
  quant: Quant,
  hardware: Hardware,
  engine: ServingEngine,
  gpus: number,
  kvBytesPerToken: number,
): ReplicaSpec {
  const parallelism = engine.tensorParallel ? 'tensor' : 'layer';
  const kvSplit =
    parallelism === 'tensor' ? Math.min(gpus, model.kvHeads) : gpus;
  return {
    gpus,
    parallelism,
    layers: model.layers,
    attentionHeads: model.attentionHeads,
    headDim: model.headDim,
    hiddenSize: model.hiddenSize,
    paramsActive: model.paramsActive,
    moe: model.moe
      ? {
          experts: model.moe.experts,
          expertsPerToken: model.moe.expertsPerToken,
        }
      : null,
    weightBytes: weightBytes(model, quant),
    expertBytes: expertWeightBytes(model, quant),
    kvBytesPerTokenPerGpu: kvBytesPerToken / kvSplit,
    bitsPerWeight: quant.bitsPerWeight,
    bandwidthBytesPerSecond: hardware.memoryBandwidthGbPerSecond * BYTES_PER_GB,
    peakFlopsPerSecond: peakFlopsPerSecond(
      hardware,
      computeDtypeOn(quant, hardware),
    ),
    prefillPeakFlopsPerSecond: prefillPeakFlopsPerSecond(
      quant,
      hardware,
      engine,
    ),
    // A ring all-reduce on a mesh runs over one peer link (docs/methods.md §20.12).
    linkBytesPerSecond:
      (hardware.ringAllReduceGbPerSecond ?? hardware.interconnectGbPerSecond) *
      BYTES_PER_GB,
    bandwidthEfficiency:
      generationEfficiency(engine, hardware)?.bandwidth ??
      engine.bandwidthEfficiency[hardware.kind] ??
      FALLBACK_BANDWIDTH_EFFICIENCY,
    kernelEfficiency: quant.kernelEfficiency,
    // Embedding services are dominated by tokenisation, padding and small
    // batches: docs/methods.md §5.5 puts them at ηpf ≈ 0.1 (range 0.03–0.3; Anyscale
    // measured a few percent of a T4's compute bound [S9]).
    prefillEfficiency:
      model.mode === 'embedding'
        ? Math.min(
            EMBEDDING_PREFILL_EFFICIENCY,
            prefillEfficiency(engine, hardware),
          )
        : prefillEfficiency(engine, hardware),
    stepOverheadSeconds: engine.stepOverheadSeconds,
    decodeFlopsEfficiency: engine.decodeComputeEfficiency,
    mixedSteps: engine.batching === 'continuous',
    decodeAttentionFlopsPerContextToken:
      model.attention.kind === 'mla'
        ? 2 *
          model.layers *
          model.attentionHeads *
          (2 * model.attention.mlaLatentDim + model.attention.mlaRopeDim)
        : 4 * model.layers * model.attentionHeads * model.headDim,
  };
}

/** Devices that work at the same time on one token (1 for a layer split). */
export function concurrentDevices(r: ReplicaSpec): number {
  return r.parallelism === 'tensor' ? r.gpus : 1;
}

/**
 * Expected share of routed experts one decode step touches at batch B, uniform
 * routing (docs/methods.md §5.2): φ(B) = 1 − (1 − k/E)^B.
 */
export function expertsTouchedShare(r: ReplicaSpec, batch: number): number {
  if (!r.moe) return 1;
  return 1 - (1 - r.moe.expertsPerToken / r.moe.experts) ** batch;
}

/** Bytes of weights one device reads per step of `batch` tokens. */
export function weightBytesReadPerDevice(
  r: ReplicaSpec,
  batch: number,
): number {
  const read =
    r.weightBytes -
    r.expertBytes +
    r.expertBytes * expertsTouchedShare(r, batch);
  return read / concurrentDevices(r);
}

/**
 * Seconds for one decode step producing one token for each of `batch`
 * sequences whose mean context is `meanContextTokens` (docs/methods.md §5.2):
 * overhead + max(memory time, compute time) + tensor-parallel all-reduces.
 */
export function decodeStepSeconds(
  r: ReplicaSpec,
  batch: number,
  meanContextTokens: number,
): number {
  const d = concurrentDevices(r);
  // A layer split reads every device's KV one after the other: the whole cache.
  const kvBytesPerDevice =
    r.parallelism === 'tensor'
      ? batch * meanContextTokens * r.kvBytesPerTokenPerGpu
      : batch * meanContextTokens * r.kvBytesPerTokenPerGpu * r.gpus;
  const memorySeconds =
    (weightBytesReadPerDevice(r, batch) + kvBytesPerDevice) /
    (r.bandwidthBytesPerSecond * r.bandwidthEfficiency * r.kernelEfficiency);
  const flops =
    2 * r.paramsActive * batch +
    4 * r.layers * r.attentionHeads * r.headDim * meanContextTokens * batch;
  const computeSeconds =
    flops / (d * r.peakFlopsPerSecond * r.decodeFlopsEfficiency);
  return (
    r.stepOverheadSeconds +
    Math.max(memorySeconds, computeSeconds) +
    tensorParallelSeconds(r, batch)
  );
}

/** FLOPs of one request's prefill of `newTokens` in a context of `contextTokens` (§5.3). */
export function prefillFlops(
  r: ReplicaSpec,
  newTokens: number,
  contextTokens: number,
): number {
  return (
    2 * r.paramsActive * newTokens +
    4 *
      r.layers *
      r.attentionHeads *
      r.headDim *
      newTokens *
      (contextTokens - newTokens / 2)
  );
}

/**
 * Seconds to prefill `newTokens` uncached prompt tokens in a context of
 * `contextTokens` (docs/methods.md §5.3): compute-bound for all but tiny prompts.
 */
export function prefillSeconds(
  r: ReplicaSpec,
  newTokens: number,
  contextTokens: number,
): number {
  const d = concurrentDevices(r);
  const computeSeconds =
    prefillFlops(r, newTokens, contextTokens) /
    (d * r.prefillPeakFlopsPerSecond * r.prefillEfficiency);
  const memorySeconds =
    weightBytesReadPerDevice(r, 1) /
    (r.bandwidthBytesPerSecond * r.bandwidthEfficiency * r.kernelEfficiency);
  return r.stepOverheadSeconds + Math.max(computeSeconds, memorySeconds);
}

/**
 * What a user sees at a given load (docs/methods.md §6.2): M/D/1 queueing wait
 * plus prefill for the first token, Little's law for the batch the replica
 * actually runs, fixed-point iterated.
 */
export function latencyAtLoad(
  r: ReplicaSpec,
  performance: PerformanceEstimate,
  requestsPerSecondPerReplica: number,
  inputTokens: number,
  outputTokens: number,
  networkRoundTripSeconds: number,
): SelfHostLatency {
  const mu = performance.replicaRequestsPerSecond;
  const rho = mu > 0 ? requestsPerSecondPerReplica / mu : 1;
  const overloaded = rho >= 1;
  const serviceSeconds = mu > 0 ? 1 / mu : 0;
  // M/D/1 wait diverges at ρ → 1; an overloaded replica is flagged, not given a number.
  const wait = overloaded ? 0 : (rho / (2 * (1 - rho))) * serviceSeconds;
  const ttft = networkRoundTripSeconds + wait + performance.prefillSeconds;
  let batch = 1;
  let tpot = 0;
  for (let i = 0; i < 5; i++) {
    const step = decodeStepSeconds(r, batch, inputTokens + outputTokens / 2);
    const prefillShare = Math.min(
      0.99,
      requestsPerSecondPerReplica * performance.prefillSeconds,
    );
    tpot = step / (1 - PREFILL_INTERFERENCE * prefillShare);
    const inFlight = requestsPerSecondPerReplica * (ttft + outputTokens * tpot);
    batch = Math.min(performance.operatingBatch, Math.max(1, inFlight));
  }
  return {
    timeToFirstTokenSeconds: ttft,
    outputTokensPerSecond: tpot > 0 ? 1 / tpot : 0,
    endToEndSeconds: ttft + outputTokens * tpot,
    overloaded,
  };
}
