import { z } from 'zod';
import {
  idSchema,
  positive,
  provenanced,
  qualityTierSchema,
  share,
} from './common';

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
   * reasoning tokens as extra output; absent = it generates none (docs/methods.md §2.1).
   */
  reasoning: z.boolean().optional(),
  /**
   * The precision its authors publish the weights in, when that is a
   * quantised checkpoint: a catalog quant id and which parameters it covers.
   * 'routed-experts' (gpt-oss: MoE weights in MXFP4) keeps everything else —
   * attention, router, embeddings, head — at 16 bits (docs/methods.md §4.1).
   */
  publishedQuant: z
    .object({
      quantId: idSchema,
      quantisedParams: z.literal('routed-experts'),
    })
    .optional(),
  ...provenanced,
});
export type OpenModel = z.infer<typeof openModelSchema>;
