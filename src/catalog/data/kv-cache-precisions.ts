import type { z } from 'zod';
import type { KvCachePrecision, kvCachePrecisionFactSchema } from '../schema';

/*
 * Storage cost of each KV-cache precision an engine can be set to
 * (docs/methods.md §20.9). Scales are counted: a block format stores one
 * scale per block beside its values. Read 2026-12-01.
 */
export const KV_CACHE_PRECISIONS = {
  '16-bit': {
    label: '16-bit',
    bytesPerValue: 2,
    source:
      'FP16/BF16: 2 bytes per element, the model dtype every engine caches in by default (vLLM engine args: --kv-cache-dtype auto = the model data type; SGLang docs "Quantized KV Cache": the default model precision in BF16)',
    asOf: '2026-12-01',
  },
  fp8: {
    label: 'FP8',
    bytesPerValue: 1,
    source:
      'vLLM docs, "Quantized KV Cache" (docs.vllm.ai/en/latest/features/quantization/quantized_kvcache): E4M3/E5M2 one byte per element with per-tensor (or per-head) FP32 scales, "approximately double the amount of space for KV cache"',
    asOf: '2026-12-01',
  },
  nvfp4: {
    label: 'NVFP4',
    bytesPerValue: 0.5625,
    source:
      'TensorRT-LLM docs, "Quantization" (nvidia.github.io/TensorRT-LLM/latest/features/quantization.html): NVFP4 KV cache; NVFP4 stores 4-bit E2M1 values with one FP8 E4M3 scale per 16 values = 4.5 bits (NVIDIA technical blog "Introducing NVFP4", 2025)',
    asOf: '2026-12-01',
  },
  q8_0: {
    label: 'Q8_0 (8-bit)',
    bytesPerValue: 34 / 32,
    source:
      'ggml/src/ggml-common.h block_q8_0: one FP16 scale and 32 int8 values = 34 bytes per 32 elements (github.com/ggml-org/llama.cpp)',
    asOf: '2026-12-01',
  },
  q4_0: {
    label: 'Q4_0 (4-bit)',
    bytesPerValue: 18 / 32,
    source:
      'ggml/src/ggml-common.h block_q4_0: one FP16 scale and 32 4-bit values = 18 bytes per 32 elements (github.com/ggml-org/llama.cpp)',
    asOf: '2026-12-01',
  },
} as const satisfies Record<
  KvCachePrecision,
  z.input<typeof kvCachePrecisionFactSchema>
>;
