import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  nonNegative,
  positive,
  provenanceSchema,
  provenanced,
  qualityTierSchema,
} from './common';

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
  /**
   * What was measured: this endpoint (the default), or the model as
   * Artificial Analysis publishes it without a per-host figure — the hosts of
   * an open model carry that figure, and a fast host (Groq, Cerebras) can be
   * several times faster than it.
   */
  measuredFor: z.enum(['endpoint', 'model']).optional(),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type ApiLatency = z.infer<typeof apiLatencySchema>;

/**
 * An open model's latency as Artificial Analysis measures it for the model,
 * not per host (data/open-model-latency.ts): what its hosts carry, as
 * `measuredFor: 'model'`, where they have no figure of their own.
 */
export const openModelLatencySchema = z.object({
  openModelId: idSchema,
  /** The Artificial Analysis slug the figures are read under. */
  artificialAnalysisSlug: z.string().min(1),
  timeToFirstTokenSeconds: positive,
  outputTokensPerSecond: positive,
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type OpenModelLatency = z.infer<typeof openModelLatencySchema>;

/**
 * Where one deployment or endpoint of a model processes data, and the privacy
 * facts that hold for it rather than for its provider (Azure OpenAI Global vs
 * EU Data Zone, Bedrock `global.` vs `eu.` inference profiles, an OpenAI
 * project with EU data residency). A fact stated here overrides the
 * provider's; an absent one falls back to the provider's (docs/methods.md §9.2).
 */
export const apiDeploymentSchema = z.object({
  /**
   * Where requests are processed: 'global' routes to any region the provider
   * runs; 'eu' keeps processing inside the EU/EEA (+ Switzerland where so
   * stated); 'us' inside the United States.
   */
  processingRegion: z.enum(['global', 'eu', 'us']),
  /** HIPAA eligibility of this deployment, where stated; absent = the provider's BAA fact. */
  hipaaEligible: z.boolean().optional(),
  /** Zero data retention for this deployment, where stated; absent = the provider's fact. */
  zeroRetention: z.boolean().optional(),
  /** Plain words for the page: "EU Data Zone: processed inside the EU". */
  summary: z.string().min(1),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type ApiDeployment = z.infer<typeof apiDeploymentSchema>;

/** One price file's price for a model, USD per 1M tokens, as that file lists it. */
export const filePriceSchema = z.object({
  /** The file's key: LiteLLM map key or OpenRouter model id. */
  key: z.string().min(1),
  usdPerMillionInputTokens: positive,
  usdPerMillionOutputTokens: nonNegative,
  usdPerMillionCachedInputTokens: nonNegative.optional(),
  /** The date of the file the price was read from. */
  asOf: isoDateSchema,
});
export type FilePrice = z.infer<typeof filePriceSchema>;

/**
 * LiteLLM and OpenRouter price the same model differently by more than
 * `PRICE_CONFLICT_TOLERANCE` (data/price-conflicts.ts): both prices are kept,
 * with the one the catalog uses and why (ADR-24). The model's own price
 * fields equal the chosen file's; a refresh from the other file reports the
 * difference as this recorded conflict rather than adopting it.
 */
export const priceConflictSchema = z.object({
  litellm: filePriceSchema,
  openrouter: filePriceSchema,
  chosen: z.enum(['litellm', 'openrouter']),
  /** Why that file's price is used, in a sentence the page can show. */
  why: z.string().min(1),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type RecordedPriceConflict = z.infer<typeof priceConflictSchema>;

export const apiModelSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Provider or deployment that bills this model (openai, azure-openai, aws-bedrock…). */
  providerId: idSchema,
  /** The same underlying model sold elsewhere (e.g. azure gpt-4o → gpt-4o). */
  baseModelId: idSchema.optional(),
  /**
   * The open-weights model this API serves (a serverless host of Llama, Qwen,
   * DeepSeek…): the page sets its price beside self-hosting the same model.
   */
  openModelId: idSchema.optional(),
  /**
   * The precision the host serves those weights at, as a catalog quant id
   * (bf16, fp8, …), where the host publishes it; absent = not published.
   */
  servedQuantId: idSchema.optional(),
  /** Where the served precision is stated, or that it is not ("Turbo = FP8 per the model page"). */
  servedPrecisionSummary: z.string().min(1).optional(),
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
  /** Where this deployment processes data and its own privacy facts; absent = the provider's. */
  deployment: apiDeploymentSchema.optional(),
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
  /** The two price files disagree on this model's price: both, and which is used (ADR-24). */
  priceConflict: priceConflictSchema.optional(),
  ...provenanced,
});
export type ApiModel = z.infer<typeof apiModelSchema>;
