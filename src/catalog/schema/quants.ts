import { z } from 'zod';
import { idSchema, positive, provenanced } from './common';

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
  /** Effective bits per weight including scales (docs/methods.md §2.4). */
  bitsPerWeight: positive,
  /** Which parameters stay at 16 bits ("embeddings-and-head" for GPTQ/AWQ). */
  unquantisedParams: z.enum(['embeddings-and-head', 'none']),
  computeDtype: computeDtypeSchema,
  /** ηq: achieved-bandwidth factor of the dequantising kernels (1 = 16-bit). */
  kernelEfficiency: z.number().positive().max(1),
  /** Serving engines that run this format. */
  engineIds: z.array(idSchema).min(1),
  /**
   * Bytes per KV-cache value when the engine stores the cache at this
   * format's precision (engines whose `kvCache.followsQuant` is true): 1 for
   * FP8 checkpoints, 2 (16-bit) for every other format.
   */
  kvCacheBytesPerValue: positive,
  /**
   * The llama.cpp quantization type of a GGUF format ("Q4_K_M"), as in GGUF
   * file names and `llama-server -hf <repo>:<type>`; absent for non-GGUF formats.
   */
  ggufType: z
    .string()
    .regex(/^[A-Z0-9_]+$/, 'expected a GGUF type such as Q4_K_M')
    .optional(),
  ...provenanced,
});
export type Quant = z.infer<typeof quantSchema>;
