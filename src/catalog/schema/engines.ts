import { z } from 'zod';
import {
  featuredOrderSchema,
  idSchema,
  isoDateSchema,
  nonNegative,
  positive,
  provenanceSchema,
  provenanced,
  share,
} from './common';
import { hardwareGenerationSchema, hardwareKindSchema } from './hardware';

/** A share per hardware kind; a kind the engine does not run may be absent. */
const byHardwareKind = z.partialRecord(hardwareKindSchema, share);

/**
 * A KV-cache precision an engine can be told to use (docs/methods.md §20.9):
 * '16-bit' = FP16/BF16, 'fp8' = FP8 E4M3/E5M2, 'nvfp4' = NVIDIA FP4 with an FP8
 * scale per 16 values, 'q8_0' / 'q4_0' = ggml's 32-value blocks with an FP16 scale.
 */
export const kvCachePrecisionSchema = z.enum([
  '16-bit',
  'fp8',
  'nvfp4',
  'q8_0',
  'q4_0',
]);
export type KvCachePrecision = z.infer<typeof kvCachePrecisionSchema>;

/** One precision's storage cost, with its source (catalog data/kv-cache-precisions.ts). */
export const kvCachePrecisionFactSchema = z.object({
  label: z.string().min(1),
  /** Bytes per cached key or value element, scales included. */
  bytesPerValue: positive,
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type KvCachePrecisionFact = z.infer<typeof kvCachePrecisionFactSchema>;

/** A precision the engine can be set to, and how (docs/methods.md §20.9). */
export const engineKvCacheChoiceSchema = z.object({
  precision: kvCachePrecisionSchema,
  bytesPerValue: positive,
  /** The flag or setting that selects it (`--kv-cache-dtype fp8`). */
  flag: z.string().min(1),
  /** The tensor cores must run this block-scaled format natively (NVFP4 on Blackwell). */
  needsNativeFormat: z.literal('nvfp4').optional(),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type EngineKvCacheChoice = z.infer<typeof engineKvCacheChoiceSchema>;

/** How an engine stores its KV cache (docs/methods.md §2.4, §4.2). */
export const engineKvCacheSchema = z.object({
  /** Bytes per cached value by default (2 = FP16/BF16). */
  bytesPerValue: positive,
  /**
   * The cache takes the quant's `kvCacheBytesPerValue` instead (vLLM-class
   * engines keep an FP8 cache for FP8 checkpoints; llama.cpp and Ollama keep
   * 16-bit unless told otherwise).
   */
  followsQuant: z.boolean(),
  /** Precisions an option may choose instead of the default; absent = none (§20.9). */
  choices: z.array(engineKvCacheChoiceSchema).optional(),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type EngineKvCache = z.infer<typeof engineKvCacheSchema>;

/**
 * Whether the engine reuses the KV of a prompt prefix it has already computed
 * (docs/methods.md §18.1): 'shared' = one copy per replica serves every
 * sequence that starts with it (paged or radix cache); 'per-slot' = a slot
 * reuses its own previous prompt, each slot holding its own copy.
 */
export const enginePrefixCacheSchema = z.object({
  reuse: z.enum(['shared', 'per-slot']),
  /** On as the engine ships, without a flag. */
  defaultOn: z.boolean(),
  /** How it is switched on or off. */
  flag: z.string().min(1),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type EnginePrefixCache = z.infer<typeof enginePrefixCacheSchema>;

/** How the engine's serve command names the model. */
export const modelReferenceSchema = z.discriminatedUnion('kind', [
  /** The model's Hugging Face repo (`meta-llama/Llama-3.1-8B-Instruct`). */
  z.object({ kind: z.literal('huggingface-repo') }),
  /** The model's Ollama library tag; a model without one is pulled from Hugging Face as `hf.co/<repo>`. */
  z.object({ kind: z.literal('ollama-tag') }),
  /**
   * A GGUF conversion, `<ggufRepo>:<type>` with the quant's `ggufType` (else
   * `defaultGgufType`). A model without a `ggufRepo` is downloaded by hand and
   * served from a file with `localFileCommandTemplate` (`{file}`).
   */
  z.object({
    kind: z.literal('gguf-repo'),
    defaultGgufType: z.string().min(1),
    /** Context length the command asks for, capped at the model's (`{contextTokens}`). */
    maxContextTokens: z.number().int().positive(),
    localFileCommandTemplate: z.string().min(1),
  }),
]);
export type ModelReference = z.infer<typeof modelReferenceSchema>;

export const servingEngineSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  tagline: z.string().min(1),
  bestFor: z.array(z.string().min(1)).min(1),
  keyFeatures: z.array(z.string().min(1)).min(1),
  hardwareKinds: z.array(hardwareKindSchema).min(1),
  /** continuous = in-flight batching (vLLM); slots = a fixed number of parallel sequences (llama.cpp, Ollama). */
  batching: z.enum(['continuous', 'slots']),
  /** Engine cap on concurrent sequences (vLLM max_num_seqs; Ollama OLLAMA_NUM_PARALLEL). */
  maxConcurrentSequences: z.number().int().positive(),
  /**
   * A larger default cap on devices with at least `minDeviceMemoryGib` of
   * memory, except the hardware ids starting with one of `exceptHardwareIdPrefixes`
   * (vLLM's get_batch_defaults; docs/methods.md §20.5). Absent = one cap.
   */
  maxConcurrentSequencesOnLargeDevices: z
    .object({
      minDeviceMemoryGib: positive,
      exceptHardwareIdPrefixes: z.array(z.string().min(1)),
      value: z.number().int().positive(),
      source: provenanceSchema.shape.source,
      asOf: isoDateSchema,
    })
    .optional(),
  /** The flag or setting that changes that cap (`--max-num-seqs`); absent = none documented. */
  maxConcurrentSequencesFlag: z.string().min(1).optional(),
  /** ηbw: achieved share of peak memory bandwidth in decode, by hardware kind. */
  bandwidthEfficiency: byHardwareKind,
  /** ηpf: achieved share of peak FLOP/s in prefill, by hardware kind. */
  prefillEfficiency: byHardwareKind,
  /**
   * ηbw and ηpf for one architecture generation, measured (docs/methods.md
   * §20.7): they replace the kind's factor on that generation; an absent
   * efficiency keeps the kind's. Absent = by kind only.
   */
  efficiencyByGeneration: z
    .partialRecord(
      hardwareGenerationSchema,
      z.object({
        bandwidth: share.optional(),
        prefill: share.optional(),
        source: provenanceSchema.shape.source,
        asOf: isoDateSchema,
        /**
         * The factors on a device of this generation that spans two dies
         * (`hardware.dies`, Apple's Ultras; docs/methods.md §20.17); the
         * entry's own are then the one-die devices'. Absent = the same.
         */
        twoDies: z
          .object({
            bandwidth: share.optional(),
            prefill: share.optional(),
            source: provenanceSchema.shape.source,
          })
          .optional(),
      }),
    )
    .optional(),
  /**
   * The peak a prompt's matmuls can reach for GGUF block-quantised weights on
   * these generations (docs/methods.md §20.14): llama.cpp's MMQ kernels run
   * int8 mma.sync tiles fed by the SM's scalar pipelines (unpacking, per-block
   * scales), so the ceiling is a multiple of the device's FP32 CUDA-core rate,
   * capped at its INT8 tensor rate, not its FP16 tensor peak. Absent = the
   * quant's compute dtype peak, as for every other engine.
   */
  quantisedPromptPeak: z
    .object({
      generations: z.array(hardwareGenerationSchema).min(1),
      fp32Multiple: z.number().positive(),
      /** The kernels shipped in builds from this date; runs measured before used others (the fidelity harness). */
      since: isoDateSchema,
      source: provenanceSchema.shape.source,
      asOf: isoDateSchema,
    })
    .optional(),
  /** Share of device memory the engine may use. */
  memoryUtilisationCap: share,
  /**
   * What the cap is a share of (docs/methods.md §20.8): 'device' memory
   * (vLLM gpu_memory_utilization, SGLang mem_fraction_static) or the memory
   * 'free-after-weights' (TensorRT-LLM free_gpu_memory_fraction). Absent = 'device'.
   */
  memoryUtilisationOf: z.enum(['device', 'free-after-weights']).optional(),
  /**
   * KV a running sequence is admitted with (§20.8): the tokens it holds
   * (vLLM, SGLang: blocks as tokens arrive, preempting when full) or its
   * 'whole-sequence' (TensorRT-LLM's GUARANTEED_NO_EVICT scheduler admits a
   * request only if its input plus maximum output fit). Absent = by `batching`.
   */
  kvAdmission: z.enum(['tokens-held', 'whole-sequence']).optional(),
  runtimeOverheadGb: nonNegative,
  /** Usable share of the KV pool (paged ≈0.95, contiguous ≈0.35). */
  kvAllocationEfficiency: share,
  kvCache: engineKvCacheSchema,
  /** Prompt-prefix KV reuse; absent = the engine recomputes every prompt. */
  prefixCache: enginePrefixCacheSchema.optional(),
  stepOverheadSeconds: nonNegative,
  /**
   * ηf: the share of peak dense FLOP/s a decode step's matmuls reach once a
   * large batch makes them compute-bound (docs/methods.md §5.2, §20.13).
   */
  decodeComputeEfficiency: share,
  /** Tensor parallelism across GPUs is supported. */
  tensorParallel: z.boolean(),
  /** The serve command's flag for the tensor-parallel degree; null when `tensorParallel` is false. */
  tensorParallelFlag: z.string().min(1).nullable(),
  openAiCompatibleApi: z.boolean(),
  /**
   * Shell command to serve a model; `{model}` is replaced by the engine's
   * model reference, `{contextTokens}` by the context length it asks for.
   */
  serveCommandTemplate: z.string().min(1),
  modelReference: modelReferenceSchema,
  /** Flags the serve command needs for a quant, by quant id (vLLM: FP8 → `--quantization fp8`). */
  quantFlags: z.record(idSchema, z.string().min(1)),
  installCommand: z.string().min(1),
  docsUrl: z.string().url(),
  /** Whether (and where) the "Learn more" panel lists this engine before the others. */
  featuredOrder: featuredOrderSchema,
  ...provenanced,
});
export type ServingEngine = z.infer<typeof servingEngineSchema>;
