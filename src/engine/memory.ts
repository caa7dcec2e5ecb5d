import type { Hardware, OpenModel, Quant, ServingEngine } from '../catalog';
import type { MemoryEstimate } from './types';
import { BYTES_PER_GB, BYTES_PER_GIB } from './units';

/**
 * Share of Apple unified memory the GPU may address by default (macOS
 * working-set cap, a user report in llama.cpp threads [S8]; docs/methods.md §2.5).
 */
export const APPLE_GPU_MEMORY_SHARE = 0.75;

/**
 * Bytes of weights resident in memory (docs/methods.md §4.1): quantised params at
 * the format's effective bits per weight, plus embeddings and LM head at 16
 * bits for formats that leave them unquantised (GPTQ/AWQ, MXFP4, NVFP4). A
 * model published in this format with only its routed experts quantised
 * (gpt-oss: MoE weights in MXFP4) keeps every other parameter at 16 bits.
 *
 * @example weightBytes(llama8b, bf16) // 16.06e9 (8.03e9 params × 2 bytes)
 * @example weightBytes(gptOss120b, mxfp4) // 65.1e9 (114.7e9 × 4.25/8 + 2.1e9 × 2)
 */
export function weightBytes(model: OpenModel, quant: Quant): number {
  const unquantised = sixteenBitParams(model, quant);
  const quantised = Math.max(0, model.paramsTotal - unquantised);
  return (quantised * quant.bitsPerWeight) / 8 + unquantised * 2;
}

/** Parameters the format leaves at 16 bits for this model. */
function sixteenBitParams(model: OpenModel, quant: Quant): number {
  const published = model.publishedQuant;
  if (
    published?.quantId === quant.id &&
    published.quantisedParams === 'routed-experts' &&
    model.moe
  ) {
    return Math.max(0, model.paramsTotal - model.moe.expertParams);
  }
  return quant.unquantisedParams === 'embeddings-and-head'
    ? model.vocabSize * model.hiddenSize * (model.tiedEmbeddings ? 1 : 2)
    : 0;
}

/**
 * Bytes per cached key/value element an engine uses for a quant by default
 * (docs/methods.md §2.4, catalog `engine.kvCache`): vLLM-class engines follow
 * the checkpoint (FP8 weights, FP8 cache), llama.cpp, Ollama and MLX keep a
 * 16-bit cache unless told otherwise. The page and the CLI both start here,
 * so they agree on an FP8 model's KV cache.
 */
export function defaultKvBytesPerValue(
  engine: ServingEngine,
  quant: Quant,
): number {
  return engine.kvCache.followsQuant
    ? quant.kvCacheBytesPerValue
    : engine.kvCache.bytesPerValue;
}

/** Bytes of the routed experts alone (MoE), at the same bits per weight. */
export function expertWeightBytes(model: OpenModel, quant: Quant): number {
  return model.moe ? (model.moe.expertParams * quant.bitsPerWeight) / 8 : 0;
}

/**
 * KV-cache bytes per token for the whole model (docs/methods.md §4.2).
 * GQA/MHA: 2 · layers · kvHeads · headDim · bytes; MLA: layers · (latent + rope)
 * · bytes; sliding-window layers hold at most `window` tokens, so their share
 * shrinks with context length `contextTokens`.
 *
 * @example kvBytesPerToken(llama2_13b, 2, 4096) // 819,200 (800 KiB, V6)
 */
export function kvBytesPerToken(
  model: OpenModel,
  kvBytesPerValue: number,
  contextTokens: number,
): number {
  const a = model.attention;
  if (a.kind === 'mla') {
    return model.layers * (a.mlaLatentDim + a.mlaRopeDim) * kvBytesPerValue;
  }
  const full =
    2 * model.layers * model.kvHeads * model.headDim * kvBytesPerValue;
  if (a.kind === 'sliding' && contextTokens > 0) {
    const s = a.slidingLayerFraction;
    return (
      full *
      (1 -
        s +
        (s * Math.min(contextTokens, a.slidingWindowTokens)) / contextTokens)
    );
  }
  return full;
}

/**
 * Memory one device offers the engine, bytes (docs/methods.md §4.3). Device
 * memory is sold in binary units: an "80GB" H100 has 80 GiB of HBM
 * (nvidia-smi reports 81,559 MiB total on an H100 80GB HBM3, as printed in
 * public logs — 79.6 GiB, 85.5 GB), so the catalog's `memoryGb` counts GiB;
 * the engine's cap and runtime overhead then take their share.
 */
export function usableBytesPerDevice(
  hardware: Hardware,
  engine: ServingEngine,
): number {
  return (
    addressableBytes(hardware) * engine.memoryUtilisationCap -
    engine.runtimeOverheadGb * BYTES_PER_GB
  );
}

/** Device memory the accelerator can address (Apple: the GPU's share of unified memory), bytes. */
function addressableBytes(hardware: Hardware): number {
  const raw = hardware.memoryGb * BYTES_PER_GIB;
  return hardware.kind === 'apple' ? raw * APPLE_GPU_MEMORY_SHARE : raw;
}

/**
 * Bytes per device left for the KV cache (§4.3, §20.8): the engine's share of
 * the device less weights and runtime, or (TensorRT-LLM) its share of what the
 * weights and runtime leave free.
 */
function kvPoolBytesPerDevice(
  hardware: Hardware,
  engine: ServingEngine,
  weightBytesPerDevice: number,
): number {
  if (engine.memoryUtilisationOf !== 'free-after-weights')
    return usableBytesPerDevice(hardware, engine) - weightBytesPerDevice;
  const free =
    addressableBytes(hardware) -
    engine.runtimeOverheadGb * BYTES_PER_GB -
    weightBytesPerDevice;
  return free * engine.memoryUtilisationCap;
}

/**
 * Tokens of KV cache one sequence holds on average while it is in flight
 * (docs/methods.md §4.3, ADR-20). Paged engines (continuous batching: vLLM,
 * SGLang, TGI, TensorRT-LLM) allocate KV blocks as tokens are produced, so a
 * sequence holds its prompt plus, on average, half its output; slot engines
 * (llama.cpp, Ollama, MLX) reserve each slot's whole context up front.
 */
export function heldKvTokensPerSequence(
  engine: ServingEngine,
  inputTokens: number,
  outputTokens: number,
): number {
  const prompt = Math.max(0, inputTokens);
  const output = Math.max(0, outputTokens);
  const admission =
    engine.kvAdmission ??
    (engine.batching === 'continuous' ? 'tokens-held' : 'whole-sequence');
  return admission === 'tokens-held'
    ? Math.max(1, prompt + output / 2)
    : Math.max(1, prompt + output);
}

/**
 * Whether the model fits a replica of `gpus` devices and how many sequences
 * of `sequenceTokens` its KV pool holds (docs/methods.md §4.3). KV heads are
 * split across tensor-parallel GPUs and replicate beyond `kvHeads`.
 * `heldTokensPerSequence` is what one sequence occupies on average
 * (`heldKvTokensPerSequence`; default the whole sequence, reserved up front):
 * the pool holds that many sequences, and must hold one whole sequence to fit.
 */
export function estimateMemory(
  model: OpenModel,
  quant: Quant,
  hardware: Hardware,
  engine: ServingEngine,
  gpus: number,
  kvBytesPerValue: number,
  sequenceTokens: number,
  heldTokensPerSequence: number = sequenceTokens,
): MemoryEstimate {
  const weights = weightBytes(model, quant);
  const kvPerToken = kvBytesPerToken(model, kvBytesPerValue, sequenceTokens);
  const usable = usableBytesPerDevice(hardware, engine);
  const kvSplit = Math.min(gpus, model.kvHeads);
  const kvPerTokenPerGpu = kvPerToken / kvSplit;
  const poolPerGpu = kvPoolBytesPerDevice(hardware, engine, weights / gpus);
  const kvTokens =
    poolPerGpu > 0
      ? (poolPerGpu / kvPerTokenPerGpu) * engine.kvAllocationEfficiency
      : 0;
  const seqTokens = Math.max(1, sequenceTokens);
  const held = Math.min(seqTokens, Math.max(1, heldTokensPerSequence));
  const oneFits = kvTokens >= seqTokens;
  const maxSequences = oneFits ? Math.max(1, Math.floor(kvTokens / held)) : 0;
  return {
    weightBytes: weights,
    kvBytesPerToken: kvPerToken,
    usableBytesPerGpu: usable,
    kvCacheTokensPerReplica: kvTokens,
    maxConcurrentSequences: maxSequences,
    totalBytesPerReplica: weights + kvPerToken * seqTokens,
    gpusPerReplica: gpus,
    fits: poolPerGpu > 0 && maxSequences >= 1,
  };
}
