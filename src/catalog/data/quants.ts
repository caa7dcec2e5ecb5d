import type { z } from 'zod';
import type { quantSchema } from '../schema';

const SPEC = 'Crossover docs/methods.md §2.4';
const LCPP_README =
  'github.com/ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table: bits/weight, size, tg128 t/s) [S7]';
const GPU_ENGINES = ['vllm', 'sglang', 'tgi', 'tensorrt-llm'];
const GGUF_ENGINES = ['llama-cpp', 'ollama'];
const OCP_MX =
  'OCP Microscaling Formats (MX) Specification v1.0 (Open Compute Project, 2023-09): MXFP4 = 32 FP4 E2M1 elements sharing one 8-bit E8M0 scale';
const NVFP4_BLOG =
  'NVIDIA technical blog "Introducing NVFP4 for Efficient and Accurate Low-Precision Inference" (2025-06-24): E2M1 with one FP8 E4M3 scale per 16 values plus an FP32 per-tensor scale; Blackwell tensor cores accelerate MXFP4 and NVFP4';
const VLLM_FP4_MARLIN =
  'vLLM quantization/utils/marlin_utils_fp4.py: is_fp4_marlin_supported() = compute capability ≥ 8.0, weight-only FP4 (W4A16) when the GPU lacks native FP4';

/**
 * Quantization formats with their *effective* bits per weight (scales and
 * higher-precision tensors included). GGUF rows carry file-level bpw measured
 * on Llama-3.1-8B (unquantisedParams 'none': the mix is inside the number);
 * GPTQ/AWQ rows carry the bpw of quantised linear layers, with embeddings and
 * LM head kept at 16 bits.
 *
 * kernelEfficiency (ηq) for GGUF is the effective decode bandwidth of each
 * format relative to F16 in the same llama.cpp table (tg128 t/s × file size):
 * F16 468.6 GB/s, Q8_0 434.7, Q6_K 386.8, Q5_K_M 384.8, Q4_K_M 353.7,
 * Q3_K_S/L 262.4/299.5, Q2_K 253.0.
 *
 * kvCacheBytesPerValue is the KV-cache precision an engine whose cache follows
 * the quant uses (engine `kvCache.followsQuant`): 1 for FP8 checkpoints, 2
 * (16-bit) for every other format (docs/methods.md §2.4). ggufType is the
 * llama.cpp type name used in GGUF file names and `-hf <repo>:<type>`.
 *
 * MXFP4 and NVFP4 are block-scaled FP4 (`blockScaled`): native on Blackwell
 * tensor cores (hardware `nativeBlockScaledFormats`), where they compute at
 * `computeDtype` (NVFP4 W4A4 at fp4; MXFP4 at fp8, as the engines pair it with
 * MXFP8 activations), and dequantised to BF16 by the `weightOnlyEngineIds`
 * elsewhere. Like GPTQ/AWQ checkpoints they keep
 * embeddings and LM head at 16 bits; gpt-oss narrows MXFP4 to its routed
 * experts (open model `publishedQuant`). ηq 0.75 is the GPTQ/AWQ default
 * (grade C): no like-for-like decode measurement of FP4 kernels was found.
 */
export const quants = [
  {
    id: 'fp32',
    name: 'FP32',
    bitsPerWeight: 32,
    unquantisedParams: 'none',
    computeDtype: 'fp32',
    kernelEfficiency: 1,
    engineIds: ['vllm', 'tgi', 'llama-cpp', 'mlx'],
    kvCacheBytesPerValue: 2,
    source: `${SPEC} (unquantised reference precision)`,
    asOf: '2026-11-27',
  },
  {
    id: 'bf16',
    name: 'BF16 / FP16',
    bitsPerWeight: 16,
    unquantisedParams: 'none',
    computeDtype: 'bf16',
    kernelEfficiency: 1,
    engineIds: [...GPU_ENGINES, ...GGUF_ENGINES, 'mlx'],
    kvCacheBytesPerValue: 2,
    source: `${SPEC}: F16/BF16 = 16 bpw; ${LCPP_README}: F16 16.0005 bpw`,
    asOf: '2026-11-27',
  },
  {
    id: 'fp8',
    name: 'FP8 (W8A8)',
    bitsPerWeight: 8,
    unquantisedParams: 'none',
    computeDtype: 'fp8',
    kernelEfficiency: 0.95,
    engineIds: GPU_ENGINES,
    kvCacheBytesPerValue: 1,
    source: `${SPEC}: FP8 (W8A8) ≈ 8.0 bpw, per-tensor/channel scales negligible; ηq default 0.95 (grade B/C)`,
    asOf: '2026-11-27',
  },
  {
    id: 'int8',
    name: 'INT8 (W8A8 / weight-only)',
    bitsPerWeight: 8,
    unquantisedParams: 'none',
    computeDtype: 'int8',
    kernelEfficiency: 0.85,
    engineIds: GPU_ENGINES,
    kvCacheBytesPerValue: 2,
    source: `${SPEC}: ηq default 0.85 for int8 (grade B/C)`,
    asOf: '2026-11-27',
  },
  {
    id: 'awq-int4',
    name: 'AWQ 4-bit (g128)',
    bitsPerWeight: 4.16,
    unquantisedParams: 'embeddings-and-head',
    computeDtype: 'fp16',
    kernelEfficiency: 0.75,
    engineIds: GPU_ENGINES,
    kvCacheBytesPerValue: 2,
    source: `${SPEC}: b + (16 + b_zero)/g = 4 + 20/128 ≈ 4.16 bpw for 4-bit g=128 [S29]; embeddings and LM head stay FP16; weight-only int4 computes in fp16; ηq 0.75 (range 0.5–0.95) [S28]`,
    asOf: '2026-11-27',
  },
  {
    id: 'gptq-int4',
    name: 'GPTQ 4-bit (g128)',
    bitsPerWeight: 4.16,
    unquantisedParams: 'embeddings-and-head',
    computeDtype: 'fp16',
    kernelEfficiency: 0.75,
    engineIds: GPU_ENGINES,
    kvCacheBytesPerValue: 2,
    source: `${SPEC}: b + (16 + b_zero)/g = 4 + 20/128 ≈ 4.16 bpw for 4-bit g=128 [S29]; embeddings and LM head stay FP16; ηq 0.75 (range 0.5–0.95)`,
    asOf: '2026-11-27',
  },
  {
    id: 'mxfp4',
    name: 'MXFP4 (OCP microscaling)',
    bitsPerWeight: 4.25,
    unquantisedParams: 'embeddings-and-head',
    computeDtype: 'fp8',
    kernelEfficiency: 0.75,
    engineIds: ['vllm', 'sglang', 'tensorrt-llm', ...GGUF_ENGINES],
    blockScaled: {
      format: 'mxfp4',
      weightOnlyEngineIds: ['vllm', 'sglang', 'tensorrt-llm', ...GGUF_ENGINES],
    },
    kvCacheBytesPerValue: 2,
    ggufType: 'MXFP4',
    source: `${OCP_MX} → 4 + 8/32 = 4.25 bpw. Engines: vLLM gpt-oss recipe (github.com/vllm-project/recipes OpenAI/GPT-OSS.md: H100, H200, B200, MI300x…; Ampere via Marlin MXFP4 MoE); OpenAI cookbook "How to run gpt-oss with vLLM" (2025-08-05: "MXFP4 quantized out of the box", 120b "can fit on a single H100"); TensorRT-LLM gpt-oss deployment guide MoE backend matrix (B200: MXFP8 activations × MXFP4 weights, TRTLLM backend; H200: BF16 × MXFP4, TRITON backend); SGLang gpt-oss support (Hopper via Triton MXFP4 MoE kernels); llama.cpp PR #15091 (2025-08-05: new MXFP4 type, CUDA, Vulkan, Metal and CPU) and Ollama gpt-oss (MXFP4). Native compute is fp8: the engines' Blackwell MoE kernels pair MXFP4 weights with MXFP8 activations (TensorRT-LLM matrix above). ηq 0.75 assumed (grade C)`,
    asOf: '2025-08-05',
  },
  {
    id: 'nvfp4',
    name: 'NVFP4 (Blackwell)',
    bitsPerWeight: 4.5,
    unquantisedParams: 'embeddings-and-head',
    computeDtype: 'fp4',
    kernelEfficiency: 0.75,
    engineIds: ['vllm', 'sglang', 'tensorrt-llm'],
    blockScaled: {
      format: 'nvfp4',
      weightOnlyEngineIds: ['vllm', 'sglang'],
    },
    kvCacheBytesPerValue: 2,
    source: `${NVFP4_BLOG} → 4 + 8/16 = 4.5 bpw (the per-tensor FP32 scale is negligible). Engines: vLLM and SGLang load ModelOpt NVFP4 checkpoints and fall back to NVFP4 Marlin (W4A16) below Blackwell (${VLLM_FP4_MARLIN}; sglang quantization/marlin_utils_fp4.py); TensorRT-LLM runs NVFP4 on Blackwell only (no Hopper fallback). ηq 0.75 assumed (grade C)`,
    asOf: '2025-06-24',
  },
  {
    id: 'gguf-q8-0',
    name: 'GGUF Q8_0',
    bitsPerWeight: 8.5,
    unquantisedParams: 'none',
    computeDtype: 'fp16',
    kernelEfficiency: 0.93,
    engineIds: GGUF_ENGINES,
    kvCacheBytesPerValue: 2,
    ggufType: 'Q8_0',
    source: `${LCPP_README}: Q8_0 8.5008 bpw, 7.95 GiB, 50.93 t/s → 434.7 GB/s vs F16 468.6 (ηq 0.93; docs/methods.md §2.4 round default 0.9)`,
    asOf: '2026-11-27',
  },
  {
    id: 'gguf-q6-k',
    name: 'GGUF Q6_K',
    bitsPerWeight: 6.56,
    unquantisedParams: 'none',
    computeDtype: 'fp16',
    kernelEfficiency: 0.83,
    engineIds: GGUF_ENGINES,
    kvCacheBytesPerValue: 2,
    ggufType: 'Q6_K',
    source: `${LCPP_README}: Q6_K 6.5633 bpw, 6.14 GiB, 58.67 t/s → 386.8 GB/s (ηq 0.83)`,
    asOf: '2026-11-27',
  },
  {
    id: 'gguf-q5-k-m',
    name: 'GGUF Q5_K_M',
    bitsPerWeight: 5.7,
    unquantisedParams: 'none',
    computeDtype: 'fp16',
    kernelEfficiency: 0.82,
    engineIds: GGUF_ENGINES,
    kvCacheBytesPerValue: 2,
    ggufType: 'Q5_K_M',
    source: `${LCPP_README}: Q5_K_M 5.7036 bpw, 5.33 GiB, 67.23 t/s → 384.8 GB/s (ηq 0.82)`,
    asOf: '2026-11-27',
  },
  {
    id: 'gguf-q4-k-m',
    name: 'GGUF Q4_K_M',
    bitsPerWeight: 4.89,
    unquantisedParams: 'none',
    computeDtype: 'fp16',
    kernelEfficiency: 0.75,
    engineIds: GGUF_ENGINES,
    kvCacheBytesPerValue: 2,
    ggufType: 'Q4_K_M',
    source: `${LCPP_README}: Q4_K_M 4.8944 bpw, 4.58 GiB, 71.93 t/s → 353.7 GB/s (ηq 0.755); 70B/405B sizes give 4.89–4.91 bpw, size-independent within ±1 % (${SPEC})`,
    asOf: '2026-11-27',
  },
  {
    id: 'gguf-q4-0',
    name: 'GGUF Q4_0',
    bitsPerWeight: 4.63,
    unquantisedParams: 'none',
    computeDtype: 'fp16',
    kernelEfficiency: 0.78,
    engineIds: GGUF_ENGINES,
    kvCacheBytesPerValue: 2,
    ggufType: 'Q4_0',
    source: `${SPEC}: Q4_0 blocks are 4.5 bpw (18 B per 32 weights, ggml-common.h) and the output tensor stays Q6_K (6.5625 bpw); for Llama-3.1-8B (525.3 M output params of 8.03 B) that is 4.63 bpw file-level (derived). ηq 0.78 is an assumption between Q4_K_M and Q5_K_M (no Q4_0 row in ${LCPP_README})`,
    asOf: '2026-11-27',
  },
  {
    id: 'gguf-q3-k-m',
    name: 'GGUF Q3_K_M',
    bitsPerWeight: 3.99,
    unquantisedParams: 'none',
    computeDtype: 'fp16',
    kernelEfficiency: 0.6,
    engineIds: GGUF_ENGINES,
    kvCacheBytesPerValue: 2,
    ggufType: 'Q3_K_M',
    source: `github.com/ggml-org/llama.cpp tools/quantize/quantize.cpp option list: Q3_K_M "3.74G @ Llama-3-8B" (Q3_K_S 3.41G ↔ 3.6429 bpw in ${LCPP_README}) → 3.99 bpw; ηq 0.60 interpolated between Q3_K_S (0.56) and Q3_K_L (0.64) in the README table`,
    asOf: '2026-11-27',
  },
  {
    id: 'gguf-q2-k',
    name: 'GGUF Q2_K',
    bitsPerWeight: 3.16,
    unquantisedParams: 'none',
    computeDtype: 'fp16',
    kernelEfficiency: 0.54,
    engineIds: GGUF_ENGINES,
    kvCacheBytesPerValue: 2,
    ggufType: 'Q2_K',
    source: `${LCPP_README}: Q2_K 3.1593 bpw, 2.95 GiB, 79.85 t/s → 253.0 GB/s (ηq 0.54)`,
    asOf: '2026-11-27',
  },
] satisfies z.input<typeof quantSchema>[];
