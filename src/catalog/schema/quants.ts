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

/**
 * Block-scaled 4-bit float formats: E2M1 elements sharing one scale per block
 * (MXFP4: E8M0 per 32, OCP Microscaling v1.0; NVFP4: FP8 E4M3 per 16 plus an
 * FP32 per-tensor scale, NVIDIA). Tensor cores of hardware that lists a format
 * in `nativeBlockScaledFormats` compute on it directly; elsewhere an engine
 * must dequantise the weights to 16 bits (W4A16).
 */
export const blockScaledFormatSchema = z.enum(['mxfp4', 'nvfp4']);
export type BlockScaledFormat = z.infer<typeof blockScaledFormatSchema>;

export const quantSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Effective bits per weight including scales (docs/methods.md §2.4). */
  bitsPerWeight: positive,
  /**
   * Which parameters stay at 16 bits ("embeddings-and-head" for GPTQ/AWQ and
   * the FP4 formats). A model whose published checkpoint is in this format
   * may narrow it further (open model `publishedQuant`).
   */
  unquantisedParams: z.enum(['embeddings-and-head', 'none']),
  computeDtype: computeDtypeSchema,
  /** ηq: achieved-bandwidth factor of the dequantising kernels (1 = 16-bit). */
  kernelEfficiency: z.number().positive().max(1),
  /** Serving engines that run this format. */
  engineIds: z.array(idSchema).min(1),
  /**
   * A block-scaled FP4 format: where the hardware runs it natively, compute
   * is at `computeDtype`; elsewhere only `weightOnlyEngineIds` run it, with
   * weights dequantised to BF16 (weight-only bandwidth saving, 16-bit
   * compute) and every other engine of `engineIds` refuses it.
   */
  blockScaled: z
    .object({
      format: blockScaledFormatSchema,
      /** Engines with dequantising (W4A16) kernels for hardware without native support. */
      weightOnlyEngineIds: z.array(idSchema),
    })
    .optional(),
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
