import { z } from 'zod';

/**
 * Zod schemas for every catalog entry. Types are `z.infer` of these schemas and
 * nowhere else. Units are in field names; every entry carries `source` and
 * `asOf` (its provenance), and `fieldSources` for facts taken from elsewhere
 * (for example a latency figure from Artificial Analysis on a price entry).
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

export const provenanceSchema = z.object({
  /** URL or precise citation of where the fact was read. */
  source: z.string().min(3),
  /** The date the source stated the fact (or was read). */
  asOf: isoDateSchema,
});
export type Provenance = z.infer<typeof provenanceSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'ids are kebab-case slugs');

const provenanced = {
  source: provenanceSchema.shape.source,
  asOf: provenanceSchema.shape.asOf,
  /** Per-field provenance where a field comes from another source. */
  fieldSources: z.record(z.string(), provenanceSchema).optional(),
};

const nonNegative = z.number().finite().nonnegative();
const positive = z.number().finite().positive();
const share = z.number().finite().min(0).max(1);

export const qualityTierSchema = z.enum(['small', 'mid', 'frontier']);
export type QualityTier = z.infer<typeof qualityTierSchema>;

// ───────────────────────────── providers ─────────────────────────────

export const providerPrivacySchema = z.object({
  /** Days the provider keeps API inputs/outputs by default (abuse monitoring); 0 = none. `null` = configurable / not stated. */
  retentionDaysDefault: z.number().int().nonnegative().nullable(),
  /** Whether a zero-data-retention (ZDR) option exists (usually by agreement). */
  zeroRetentionAvailable: z.boolean(),
  /** Plain words for the table: "30 days (enterprise: 0)". */
  retentionSummary: z.string().min(1),
  /** Whether API data is used for training by default. */
  trainsOnApiDataByDefault: z.boolean(),
  trainingOptOutSummary: z.string().min(1),
  soc2: z.boolean(),
  /** A HIPAA Business Associate Agreement is offered for API use. */
  hipaaBaa: z.boolean(),
  /** Data can be processed and stored inside the EU. */
  euDataResidency: z.boolean(),
  regions: z.array(z.string().min(1)).min(1),
  /** Usable with no network path to the provider (on-premises / air-gapped). */
  airGapped: z.boolean(),
  /** FedRAMP or equivalent authorisation for government use. */
  governmentAuthorised: z.boolean(),
});
export type ProviderPrivacy = z.infer<typeof providerPrivacySchema>;

export const providerSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(['model-lab', 'cloud-platform', 'aggregator']),
  strengths: z.array(z.string().min(1)).min(1),
  considerations: z.array(z.string().min(1)).min(1),
  privacy: providerPrivacySchema,
  pricingUrl: z.string().url(),
  ...provenanced,
});
export type Provider = z.infer<typeof providerSchema>;

// ───────────────────────────── API models ─────────────────────────────

export const apiRateLimitsSchema = z.object({
  /** The tier these limits belong to, e.g. "Tier 1". */
  tier: z.string().min(1),
  requestsPerMinute: positive.optional(),
  tokensPerMinute: positive.optional(),
  inputTokensPerMinute: positive.optional(),
  outputTokensPerMinute: positive.optional(),
  requestsPerDay: positive.optional(),
  /** Whether cache reads count toward the input-token limit. */
  cacheReadsCountTowardLimit: z.boolean().default(true),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type ApiRateLimits = z.infer<typeof apiRateLimitsSchema>;

export const apiLatencySchema = z.object({
  /** Median time to first token, seconds (Artificial Analysis P50). */
  timeToFirstTokenSeconds: positive,
  /** Median output speed, tokens per second after the first token. */
  outputTokensPerSecond: positive,
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type ApiLatency = z.infer<typeof apiLatencySchema>;

export const apiModelSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Provider or deployment that bills this model (openai, azure-openai, aws-bedrock…). */
  providerId: idSchema,
  /** The same underlying model sold elsewhere (e.g. azure gpt-4o → gpt-4o). */
  baseModelId: idSchema.optional(),
  mode: z.enum(['chat', 'embedding']),
  qualityTier: qualityTierSchema,
  /** Artificial Analysis Intelligence Index (0–100) where published. */
  qualityIndex: z.number().min(0).max(100).optional(),
  usdPerMillionInputTokens: positive,
  /** Chat models: output price. Embedding models: 0 (input-only). */
  usdPerMillionOutputTokens: nonNegative,
  /** Price of a cached-input read; absent = no caching discount. */
  usdPerMillionCachedInputTokens: nonNegative.optional(),
  /** Price of writing a prompt-cache entry; absent = same as input. */
  usdPerMillionCacheWriteTokens: nonNegative.optional(),
  /** Batch API price multiplier (0.5 = 50 % off); absent = no batch API. */
  batchMultiplier: z.number().positive().max(1).optional(),
  longContext: z
    .object({
      thresholdInputTokens: positive,
      usdPerMillionInputTokens: positive,
      usdPerMillionOutputTokens: nonNegative,
      usdPerMillionCachedInputTokens: nonNegative.optional(),
    })
    .optional(),
  /** Hidden reasoning tokens are billed as output. */
  reasoning: z.boolean(),
  /** Price uplift for data-residency / regional endpoints (1.1 = +10 %). */
  regionalMultiplier: z.number().min(1).max(3).optional(),
  contextWindowTokens: positive,
  maxOutputTokens: positive.optional(),
  rateLimits: apiRateLimitsSchema.optional(),
  latency: apiLatencySchema.optional(),
  /** The date the provider stops serving it, if announced. */
  deprecationDate: isoDateSchema.optional(),
  /** LiteLLM map key(s) for refreshing the price. */
  litellmKeys: z.array(z.string().min(1)).optional(),
  /** OpenRouter model id for refreshing the price. */
  openrouterId: z.string().min(1).optional(),
  ...provenanced,
});
export type ApiModel = z.infer<typeof apiModelSchema>;

// ───────────────────────────── open-weight models ─────────────────────────────

export const attentionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mha') }),
  z.object({ kind: z.literal('gqa') }),
  z.object({
    kind: z.literal('mla'),
    mlaLatentDim: positive,
    mlaRopeDim: positive,
  }),
  z.object({
    kind: z.literal('sliding'),
    slidingWindowTokens: positive,
    /** Share of layers that use the sliding window (the rest are global). */
    slidingLayerFraction: share,
  }),
]);
export type Attention = z.infer<typeof attentionSchema>;

export const openModelSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  family: z.string().min(1),
  mode: z.enum(['chat', 'embedding']),
  qualityTier: qualityTierSchema,
  qualityIndex: z.number().min(0).max(100).optional(),
  paramsTotal: positive,
  /** Parameters used per token (MoE); equals paramsTotal for dense models. */
  paramsActive: positive,
  moe: z
    .object({
      experts: positive,
      expertsPerToken: positive,
      /** Parameters in all routed experts together. */
      expertParams: positive,
    })
    .optional(),
  layers: positive,
  hiddenSize: positive,
  attentionHeads: positive,
  kvHeads: positive,
  headDim: positive,
  vocabSize: positive,
  tiedEmbeddings: z.boolean(),
  attention: attentionSchema,
  maxContextTokens: positive,
  licence: z.string().min(1),
  huggingFaceRepo: z.string().min(3),
  ollamaTag: z.string().min(1).optional(),
  ggufAvailable: z.boolean(),
  /**
   * Hugging Face repo id of a widely used GGUF conversion (official
   * `ggml-org/…`, `Qwen/…-GGUF`, or a community quantizer such as
   * `bartowski/…` / `unsloth/…`), for `llama-server -hf <repo>:<quant>`.
   * Not every repo carries every quant (e.g. `ggml-org/gpt-oss-*` ship MXFP4).
   */
  ggufRepo: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'expected a Hugging Face repo id owner/name')
    .optional(),
  /**
   * Emits thinking tokens before the answer (DeepSeek R1, gpt-oss, Qwen3 in
   * its default thinking mode). Self-hosted, it generates the workload's
   * reasoning tokens as extra output; absent = it generates none (engine-spec §2.1).
   */
  reasoning: z.boolean().optional(),
  ...provenanced,
});
export type OpenModel = z.infer<typeof openModelSchema>;

// ───────────────────────────── quantization ─────────────────────────────

export const computeDtypeSchema = z.enum([
  'fp32',
  'fp16',
  'bf16',
  'fp8',
  'int8',
  'fp4',
]);
export type ComputeDtype = z.infer<typeof computeDtypeSchema>;

export const quantSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Effective bits per weight including scales (engine-spec §2.4). */
  bitsPerWeight: positive,
  /** Which parameters stay at 16 bits ("embeddings-and-head" for GPTQ/AWQ). */
  unquantisedParams: z.enum(['embeddings-and-head', 'none']),
  computeDtype: computeDtypeSchema,
  /** ηq: achieved-bandwidth factor of the dequantising kernels (1 = 16-bit). */
  kernelEfficiency: z.number().positive().max(1),
  /** Serving engines that run this format. */
  engineIds: z.array(idSchema).min(1),
  ...provenanced,
});
export type Quant = z.infer<typeof quantSchema>;

// ───────────────────────────── hardware ─────────────────────────────

export const hardwareKindSchema = z.enum([
  'datacenter-gpu',
  'consumer-gpu',
  'apple',
  'cpu',
]);
export type HardwareKind = z.infer<typeof hardwareKindSchema>;

export const hardwareSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  vendor: z.string().min(1),
  kind: hardwareKindSchema,
  /** Marketed memory (GB = 1e9 bytes); unified memory for Apple, RAM for CPUs. */
  memoryGb: positive,
  memoryBandwidthGbPerSecond: positive,
  /** Dense (non-sparse) tensor throughput, TFLOPS. */
  denseTflops: z.object({
    /** FP32 (non-tensor) throughput; used only by the fp32 format. */
    fp32: positive.optional(),
    fp16: positive,
    bf16: positive.optional(),
    fp8: positive.optional(),
    int8: positive.optional(),
    fp4: positive.optional(),
  }),
  tdpWatts: positive,
  /** Per-GPU link to its peers (NVLink, PCIe), one direction, GB/s. */
  interconnectGbPerSecond: positive,
  /** Accelerators that can share one tensor-parallel group. */
  maxPerNode: z.number().int().positive(),
  /** Typical purchase price of one unit (whole machine for Apple/CPU). */
  purchaseUsd: positive.optional(),
  ...provenanced,
});
export type Hardware = z.infer<typeof hardwareSchema>;

export const cloudOfferSchema = z.object({
  id: idSchema,
  hardwareId: idSchema,
  cloudProvider: z.string().min(1),
  instanceType: z.string().min(1),
  gpusPerInstance: z.number().int().positive(),
  usdPerGpuHourOnDemand: positive,
  usdPerGpuHourReserved1y: positive.optional(),
  usdPerGpuHourSpot: positive.optional(),
  ...provenanced,
});
export type CloudOffer = z.infer<typeof cloudOfferSchema>;

// ───────────────────────────── serving engines ─────────────────────────────

const byHardwareKind = z.object({
  'datacenter-gpu': share.optional(),
  'consumer-gpu': share.optional(),
  apple: share.optional(),
  cpu: share.optional(),
});

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
  /** ηbw: achieved share of peak memory bandwidth in decode, by hardware kind. */
  bandwidthEfficiency: byHardwareKind,
  /** ηpf: achieved share of peak FLOP/s in prefill, by hardware kind. */
  prefillEfficiency: byHardwareKind,
  /** Share of device memory the engine may use. */
  memoryUtilisationCap: share,
  runtimeOverheadGb: nonNegative,
  /** Usable share of the KV pool (paged ≈0.95, contiguous ≈0.35). */
  kvAllocationEfficiency: share,
  stepOverheadSeconds: nonNegative,
  /** Tensor parallelism across GPUs is supported. */
  tensorParallel: z.boolean(),
  openAiCompatibleApi: z.boolean(),
  /** Shell command to serve a model; `{model}` is replaced by the engine's model reference. */
  serveCommandTemplate: z.string().min(1),
  installCommand: z.string().min(1),
  docsUrl: z.string().url(),
  ...provenanced,
});
export type ServingEngine = z.infer<typeof servingEngineSchema>;

// ───────────────────────────── privacy & hybrids ─────────────────────────────

/** What a privacy requirement demands of an option. */
export const privacyConstraintSchema = z.discriminatedUnion('kind', [
  /** Only self-hosted options qualify. */
  z.object({ kind: z.literal('local-only') }),
  /** An API qualifies only if its provider meets every listed requirement. */
  z.object({
    kind: z.literal('api-requires'),
    requires: z
      .array(
        z.enum([
          'hipaaBaa',
          'zeroRetentionAvailable',
          'euDataResidency',
          'soc2',
          'governmentAuthorised',
          'noTrainingByDefault',
        ]),
      )
      .min(1),
  }),
  /** Not excluding anything, but flagged as a caveat on API options. */
  z.object({ kind: z.literal('flag-api') }),
]);
export type PrivacyConstraint = z.infer<typeof privacyConstraintSchema>;

export const privacyRuleSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  why: z.string().min(1),
  constraint: privacyConstraintSchema,
  /** Whether the brief lists it under "When you must go local". */
  fromBrief: z.boolean(),
  ...provenanced,
});
export type PrivacyRule = z.infer<typeof privacyRuleSchema>;

export const hybridPatternSchema = z.object({
  id: z.enum([
    'tiered-routing',
    'fallback-chain',
    'overflow-spill',
    'privacy-split',
    'dev-prod-split',
  ]),
  name: z.string().min(1),
  summary: z.string().min(1),
  /** The scenario input each pattern is driven by. */
  controlLabel: z.string().min(1),
  whenItFits: z.string().min(1),
  ...provenanced,
});
export type HybridPattern = z.infer<typeof hybridPatternSchema>;

export const catalogSchema = z.object({
  version: isoDateSchema,
  providers: z.array(providerSchema),
  apiModels: z.array(apiModelSchema),
  openModels: z.array(openModelSchema),
  quants: z.array(quantSchema),
  hardware: z.array(hardwareSchema),
  cloudOffers: z.array(cloudOfferSchema),
  engines: z.array(servingEngineSchema),
  privacyRules: z.array(privacyRuleSchema),
  hybridPatterns: z.array(hybridPatternSchema),
});
export type CatalogData = z.infer<typeof catalogSchema>;
