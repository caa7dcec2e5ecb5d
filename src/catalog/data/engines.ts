import type { z } from 'zod';
import type { KvCachePrecision, servingEngineSchema } from '../schema';
import { KV_CACHE_PRECISIONS } from './kv-cache-precisions';

/*
 * Efficiency defaults are docs/methods.md §2.6 (sources in its §13):
 * ηbw datacenter 0.65 (B: kipply 76 % end-to-end [S5], torchao 70 % on A100
 * [S28], NIM 70B ≈60 % [S10]); consumer GPU 0.70 (C); Apple 0.60 (B: llama.cpp
 * Metal 67–73 % on M1/M2 Max, 44–58 % on a 27B model [S8]); CPU 0.60 (B:
 * 13900K DDR5-6400 at 68 % [S8 #34], stock llama.cpp on 12-channel EPYC ≈60 %
 * [S38]). ηpf 0.45 (B: llm-analysis [S3], kipply 54–72 % per matmul [S5], NIM
 * 70B FP8 TTFT ⇒ ≈45 % [S10]). memUtilCap 0.90 (A: vLLM
 * gpu_memory_utilization [S12], TensorRT-LLM free_gpu_memory_fraction [S11]).
 * kvAllocEfficiency 0.95 paged, 0.35 contiguous (A: PagedAttention paper
 * [S1]: pre-paging systems used 20–40 % of reserved KV memory). Step overhead
 * 0.5 ms (C, [S5]).
 */
const SPEC_26 =
  'Crossover docs/methods.md §2.6 (efficiency defaults and sources)';

/*
 * ηf, decode's share of peak FLOP/s when a large batch makes it compute-bound
 * (docs/methods.md §5.2; grade C, the value the engine used as a literal
 * before): a decode step multiplies a batch-by-hidden activation by each
 * weight matrix — skinny GEMMs, below the best-shape matmul rates of
 * stas00/ml-engineering's MAMF search (A100 SXM 271 of 312 TFLOPS = 0.87,
 * H100 SXM 795 of 989 = 0.80, H100 FP8 1,403 of 1,979 = 0.71, MI300X 668 of
 * 1,300 = 0.51). No like-for-like measurement of decode-shaped GEMMs: half.
 */
const DECODE_COMPUTE_EFFICIENCY = 0.5;
/*
 * Fixed per-token overhead (docs/methods.md §20.13): the time every decode step
 * costs whatever the bytes read — kernel launches or graph replay, the
 * scheduler, sampling, detokenising. It dominates small models on fast GPUs.
 * llama.cpp (CUDA, also Ollama's kernels): 1 ms, from llama.cpp PR #6766
 * (CUDA graphs, 2024-04): LLaMA 2 7B Q4_0 tg at 146.8 t/s on an RTX 4090 and
 * 128.3 t/s on an RTX 3090 (6.8 / 7.8 ms) against 6.0 / 6.5 ms to read 3.8 GB
 * at 0.80 × ηq 0.78 of 1,008 / 936 GB/s, and graphs alone removed 0.4–0.9 ms
 * of launch cost per token (issue #6763: H100 PCIe Q4_K_M 143 → 164 t/s).
 * vLLM: 2 ms (grade C): vLLM PR #1440 (2023-10) measured 1.5 ms per token of
 * launch overhead on LLaMA 2 7B before CUDA graphs, and the v0.6.0 post
 * (2024-09) names the Python API server and scheduler as what kept the GPU
 * idle; the in-sample fit of docs/methods.md §20.6 (2.8 ms on Qwen's A100
 * table) was known when this value was chosen, so vLLM's A100 decode figures
 * are partly in sample (ADR-20, second amendment). Other engines keep 0.5 ms.
 * The leave-one-source-out prior (scripts/fidelity-pooled.ts) reads these.
 */
const VLLM_TOKEN_OVERHEAD_SECONDS = 0.002;
const LLAMA_CPP_TOKEN_OVERHEAD_SECONDS = 0.001;
/**
 * llama.cpp's CUDA prompt kernels for GGUF block quants (docs/methods.md
 * §20.14). Since PR #7676 (2024-06, "CUDA: use tensor cores for MMQ") and
 * #7860/#7921 (K-quants), MMQ quantises activations to q8_1 and multiplies
 * with int8 mma.sync tiles, the pre-Hopper instruction (no wgmma, no FP8);
 * each tile is loaded, unpacked and rescaled per 32-value block by the SM's
 * scalar pipelines, so the tensor cores wait on those and the ceiling scales
 * with the FP32 CUDA-core rate. The multiple is set by one measurement that
 * is not in the fidelity evidence: PR #7676's RTX 4090, LLaMA 3 8B Q4_0,
 * pp512 at ubatch 512, 10,358.75 t/s = 49.4 ms, minus the 1 ms per-pass
 * overhead = 48.4 ms for 512 × 16.19 GFLOP = 171 TFLOP/s; at the prompt's
 * ηpf 0.70 the kernels' peak is 245 TFLOP/s = 2.97 ≈ 3.0 × the 4090's 82.6
 * FP32 TFLOPS (cap: the INT8/FP8 tensor rate). Ampere, Ada, Hopper and
 * Blackwell run these kernels; Hopper's mma.sync reaches only about 2/3 of its
 * wgmma peak (FlashAttention-3, arXiv 2407.08608), far above this ceiling.
 * Builds before June 2024 (`since`) dequantised large prompts to FP16 for
 * cuBLAS instead; the fidelity harness estimates runs of that age so.
 */
const LLAMA_CPP_MMQ_PROMPT_PEAK = {
  generations: ['turing', 'ampere', 'ada', 'hopper', 'blackwell'],
  fp32Multiple: 3,
  since: '2024-06-30',
  source:
    'llama.cpp PR #7676 (CUDA: use tensor cores for MMQ, RTX 4090 LLaMA 3 8B Q4_0 pp512 10,358.75 t/s), PR #7860, #7921 (int8 tensor cores for K-quants); FlashAttention-3 arXiv 2407.08608 (mma.sync ≈ 2/3 of Hopper peak). Multiple derived in docs/methods.md §20.14',
  asOf: '2024-06-24',
} satisfies z.input<typeof servingEngineSchema>['quantisedPromptPeak'];

/*
 * ηbw 0.80 on GPUs (docs/methods.md §20.13): the prior of the out-of-sample
 * method, paired with the per-token overhead above — GEMV microbenchmarks
 * (llama.cpp PR #1642: 78 % on an M1 Max; PR #2188: 340 of 400 GB/s on M1/M2
 * Max). ηpf on GPUs stays §2.6's 0.45 (grade B: llm-analysis [S3], kipply
 * [S5], NIM 70B FP8 TTFT [S10]) rather than the method's prior of 0.70: no
 * published vLLM, SGLang or TGI prefill case measures it, and the saturated
 * throughput cases (predicted, never fitted) are over-estimated with 0.70
 * (A100 +42 %, H100 +37 % mean) and met with 0.45 (+3 %, +16 %). Where
 * publications measure an engine on a generation, efficiencyByGeneration
 * holds the prior × the pooled factor of those cases (same section) at the
 * shrinkage k = 1 declared a priori — not the k leave-one-source-out picks,
 * which §20.15 tested out of sample and did not adopt — written from
 * scripts/fidelity-catalog-factors.ts (a test fails when they differ).
 */
const PRIOR_GPU_BANDWIDTH = 0.8;
const PRIOR_GPU_PREFILL = 0.45;

/*
 * KV-cache precision (docs/methods.md §2.4): vLLM-class engines are modelled
 * serving an FP8 (W8A8) checkpoint with an FP8 KV cache, so their cache
 * follows the quant's `kvCacheBytesPerValue`; llama.cpp, Ollama and MLX keep a
 * 16-bit cache by default whatever the weights.
 */
const KV_CACHE_FOLLOWS_QUANT = {
  bytesPerValue: 2,
  followsQuant: true,
  source:
    "docs/methods.md §2.4, §20.9: an FP8 checkpoint is served with an FP8 KV cache, other formats with a BF16/FP16 one. vLLM --kv-cache-dtype auto follows a checkpoint's kv_cache_quant_algo (ModelOpt) or kv_cache_scheme (compressed-tensors) since vLLM PR #29980 (merged 2025-12), else the model dtype; TensorRT-LLM KvCacheConfig.dtype auto follows the checkpoint's quant metadata (nvidia.github.io/TensorRT-LLM quantization docs); an FP8 checkpoint without a KV scheme stays 16-bit unless told (an assumption that NVIDIA-style FP8 checkpoints carry one)",
  asOf: '2026-12-01',
};

/*
 * KV-cache precisions each engine can be set to instead of its default
 * (docs/methods.md §20.9), read 2026-12-01 from each project's documentation.
 * Bytes per value come from KV_CACHE_PRECISIONS (scales included).
 */
function kvChoice(
  precision: KvCachePrecision,
  flag: string,
  provenance: { readonly source: string; readonly asOf: string },
  extra: { needsNativeFormat?: 'nvfp4' } = {},
) {
  return {
    precision,
    bytesPerValue: KV_CACHE_PRECISIONS[precision].bytesPerValue,
    flag,
    ...extra,
    ...provenance,
  };
}
// A `source:` property, so the client build moves its text out of the first load.
const VLLM_KV = {
  source:
    'vLLM docs, "Quantized KV Cache" (docs.vllm.ai/en/latest/features/quantization/quantized_kvcache): --kv-cache-dtype fp8 (fp8_e4m3, fp8_e5m2); auto = the checkpoint\'s KV scheme, else the model dtype',
  asOf: '2026-12-01',
};
const SGLANG_KV = {
  source:
    'SGLang docs, "Quantized KV Cache" (docs.sglang.io/advanced_features/quantized_kv_cache.html): --kv-cache-dtype fp8_e4m3 / fp8_e5m2 instead of the default BF16',
  asOf: '2026-12-01',
};
const TGI_KV = {
  source:
    'TGI launcher arguments (huggingface.co/docs/text-generation-inference/reference/launcher): --kv-cache-dtype fp8_e4m3fn / fp8_e5m2; default the model dtype',
  asOf: '2026-12-01',
};
const TRTLLM_KV = {
  source:
    'TensorRT-LLM docs, "Quantization" (nvidia.github.io/TensorRT-LLM/latest/features/quantization.html): FP8 KV cache can be enabled for any checkpoint, NVFP4 KV cache on Blackwell; trtllm-serve --kv_cache_dtype auto|fp8|nvfp4 (NVIDIA/TensorRT-LLM PR #11487, 2026-03)',
  asOf: '2026-12-01',
};
const LLAMA_CPP_KV = {
  source:
    'llama.cpp tools/server/README.md: -ctk/--cache-type-k and -ctv/--cache-type-v, allowed f32, f16, bf16, q8_0, q4_0, q4_1, iq4_nl, q5_0, q5_1 (default f16); a quantised V cache needs flash attention (-fa)',
  asOf: '2026-12-01',
};
const OLLAMA_KV = {
  source:
    'Ollama FAQ (docs.ollama.com/faq), "How can I set the quantization type for the K/V cache?": OLLAMA_KV_CACHE_TYPE f16 (default), q8_0 (about half the memory of f16), q4_0 (about a quarter); needs OLLAMA_FLASH_ATTENTION=1',
  asOf: '2026-12-01',
};
const KV_CHOICES = {
  vllm: [
    kvChoice(
      '16-bit',
      '--kv-cache-dtype auto, on a checkpoint without a KV-cache scheme',
      VLLM_KV,
    ),
    kvChoice('fp8', '--kv-cache-dtype fp8', VLLM_KV),
  ],
  sglang: [
    kvChoice('16-bit', '--kv-cache-dtype auto', SGLANG_KV),
    kvChoice('fp8', '--kv-cache-dtype fp8_e4m3', SGLANG_KV),
  ],
  tgi: [
    kvChoice('16-bit', 'default (no --kv-cache-dtype)', TGI_KV),
    kvChoice('fp8', '--kv-cache-dtype fp8_e4m3fn', TGI_KV),
  ],
  'tensorrt-llm': [
    kvChoice(
      '16-bit',
      '--kv_cache_dtype auto, on a checkpoint without a KV-cache scheme',
      TRTLLM_KV,
    ),
    kvChoice('fp8', '--kv_cache_dtype fp8', TRTLLM_KV),
    kvChoice('nvfp4', '--kv_cache_dtype nvfp4', TRTLLM_KV, {
      needsNativeFormat: 'nvfp4',
    }),
  ],
  'llama-cpp': [
    kvChoice('16-bit', '-ctk f16 -ctv f16 (default)', LLAMA_CPP_KV),
    kvChoice('q8_0', '-ctk q8_0 -ctv q8_0 -fa on', LLAMA_CPP_KV),
    kvChoice('q4_0', '-ctk q4_0 -ctv q4_0 -fa on', LLAMA_CPP_KV),
  ],
  ollama: [
    kvChoice('16-bit', 'OLLAMA_KV_CACHE_TYPE=f16 (default)', OLLAMA_KV),
    kvChoice(
      'q8_0',
      'OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q8_0',
      OLLAMA_KV,
    ),
    kvChoice(
      'q4_0',
      'OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q4_0',
      OLLAMA_KV,
    ),
  ],
};
const KV_CACHE_16_BIT_GGML = {
  bytesPerValue: 2,
  followsQuant: false,
  source:
    'llama.cpp --cache-type-k / --cache-type-v default f16; Ollama OLLAMA_KV_CACHE_TYPE default f16 (docs.ollama.com/faq)',
  asOf: '2026-11-27',
};
const KV_CACHE_16_BIT_MLX = {
  bytesPerValue: 2,
  followsQuant: false,
  source:
    'mlx-lm keeps the KV cache in the model’s 16-bit dtype by default; KV quantization (kv_bits) is opt-in for generation, and mlx_lm.server has no option for it, so no other precision is offered (github.com/ml-explore/mlx-lm)',
  asOf: '2026-11-27',
};

/*
 * Prompt-prefix KV reuse as each engine ships it (docs/methods.md §18.1).
 * Read 2026-12-01 from each project's documentation.
 */
const PREFIX_CACHE = {
  vllm: {
    reuse: 'shared',
    defaultOn: true,
    flag: '--enable-prefix-caching / --no-enable-prefix-caching',
    source:
      'vLLM docs, "Automatic Prefix Caching" (docs.vllm.ai/en/latest/features/automatic_prefix_caching.html): KV blocks of a shared prefix are hashed and reused across requests; on by default in the V1 engine (enable_prefix_caching=False to disable, as vendor forks of vLLM also document)',
    asOf: '2026-12-01',
  },
  sglang: {
    reuse: 'shared',
    defaultOn: true,
    flag: '--disable-radix-cache',
    source:
      'SGLang server arguments (docs.sglang.ai/backend/server_arguments.html): RadixAttention keeps a radix tree of cached prefixes, on unless --disable-radix-cache; LMSYS RadixAttention post (Jan 2024)',
    asOf: '2026-12-01',
  },
  tgi: {
    reuse: 'shared',
    defaultOn: true,
    flag: 'PREFIX_CACHING=0 (environment) to disable',
    source:
      'TGI docs, "TGI v3 overview" (huggingface.co/docs/text-generation-inference/conceptual/chunking): v3 keeps earlier prompts\' KV and reuses a matching prefix (prefix caching, on by default with the flashinfer/flash-attention backends; the launcher sets PREFIX_CACHING)',
    asOf: '2026-12-01',
  },
  'tensorrt-llm': {
    reuse: 'shared',
    defaultOn: true,
    flag: 'kv_cache_config.enable_block_reuse',
    source:
      'TensorRT-LLM docs, "KV Cache System" (nvidia.github.io/TensorRT-LLM/latest/features/kvcache.html): filled blocks are stored in a radix search tree and reused by later requests with a matching prefix; KvCacheConfig(enable_block_reuse=True) is the LLM API default (llm-api/reference/KvCacheConfig.html)',
    asOf: '2026-12-01',
  },
  'llama-cpp': {
    reuse: 'per-slot',
    defaultOn: true,
    flag: '"cache_prompt": false in the request to disable',
    source:
      'llama.cpp tools/server/README.md: cache_prompt (default true) re-uses the KV cache of a previous request so only the differing suffix is processed; a request goes to the slot whose cached prompt is most similar (--slot-prompt-similarity); each slot keeps its own cached prompt',
    asOf: '2026-12-01',
  },
  ollama: {
    reuse: 'per-slot',
    defaultOn: true,
    flag: 'none (always on)',
    source:
      'Ollama runner (github.com/ollama/ollama runner/ollamarunner/cache.go): a request loads the slot whose cached inputs share the longest prefix and evaluates only the rest; one cache per parallel slot (OLLAMA_NUM_PARALLEL)',
    asOf: '2026-12-01',
  },
  mlx: {
    reuse: 'per-slot',
    defaultOn: true,
    flag: 'none (always on)',
    source:
      'mlx-lm server (github.com/ml-explore/mlx-lm mlx_lm/server.py): keeps the prompt cache of the previous request and reuses its common prefix (make_prompt_cache / trim_prompt_cache); one stream at a time',
    asOf: '2026-12-01',
  },
} as const;

export const engines = [
  {
    id: 'vllm',
    name: 'vLLM',
    tagline: 'Production-grade serving',
    bestFor: [
      'High-throughput production workloads',
      'Batched inference',
      'When you need PagedAttention optimization',
      'Multi-GPU deployment',
    ],
    keyFeatures: [
      '24x throughput vs HuggingFace Transformers (vLLM launch post, June 2023: 14–24× on LLaMA-7B/13B)',
      'OpenAI-compatible API',
      'Continuous batching',
      'Tensor parallelism',
      'PagedAttention KV cache and automatic prefix caching',
    ],
    hardwareKinds: ['datacenter-gpu', 'consumer-gpu', 'cpu'],
    batching: 'continuous',
    maxConcurrentSequences: 256,
    maxConcurrentSequencesFlag: '--max-num-seqs',
    maxConcurrentSequencesOnLargeDevices: {
      minDeviceMemoryGib: 70,
      exceptHardwareIdPrefixes: ['a100'],
      value: 1024,
      source:
        'vllm/engine/arg_utils.py EngineArgs.get_batch_defaults (vLLM V1, 2025): "if device_memory >= 70 * GiB_bytes and "a100" not in device_name: # For GPUs like H100 and MI300x, use larger default values" — max_num_seqs 1024 (LLM class and OpenAI server), max_num_batched_tokens 16384 / 8192; else max_num_seqs 256, max_num_batched_tokens 8192 / 2048 (A100 excluded because a large token budget lowered its throughput, vLLM PR 17885)',
      asOf: '2026-12-01',
    },
    bandwidthEfficiency: {
      'datacenter-gpu': PRIOR_GPU_BANDWIDTH,
      'consumer-gpu': PRIOR_GPU_BANDWIDTH,
      cpu: 0.6,
    },
    prefillEfficiency: {
      'datacenter-gpu': PRIOR_GPU_PREFILL,
      'consumer-gpu': PRIOR_GPU_PREFILL,
      cpu: 0.45,
    },
    efficiencyByGeneration: {
      ada: {
        bandwidth: 0.85,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 3 decode and 0 prefill cases from inference-bench-l4-a100 (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
      ampere: {
        bandwidth: 0.77,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 44 decode and 0 prefill cases from qwen25-speed-a100, inference-bench-l4-a100 (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
      cdna3: {
        bandwidth: 0.49,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 6 decode and 0 prefill cases from oracle-mi300x-405b, amd-rocm-vllm-mi300x, dstack-405b-mi300x (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
      hopper: {
        bandwidth: 0.78,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 6 decode and 0 prefill cases from argonne-llm-inference-bench (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
    },
    memoryUtilisationCap: 0.9,
    runtimeOverheadGb: 2,
    kvAllocationEfficiency: 0.95,
    kvCache: { ...KV_CACHE_FOLLOWS_QUANT, choices: KV_CHOICES.vllm },
    prefixCache: PREFIX_CACHE.vllm,
    stepOverheadSeconds: VLLM_TOKEN_OVERHEAD_SECONDS,
    decodeComputeEfficiency: DECODE_COMPUTE_EFFICIENCY,
    tensorParallel: true,
    tensorParallelFlag: '--tensor-parallel-size',
    openAiCompatibleApi: true,
    serveCommandTemplate: 'vllm serve {model}',
    modelReference: { kind: 'huggingface-repo' },
    quantFlags: { fp8: '--quantization fp8' },
    installCommand: 'pip install vllm',
    docsUrl: 'https://docs.vllm.ai/',
    featuredOrder: 2,
    source: `${SPEC_26}; vLLM EngineArgs: max_num_seqs 256, gpu_memory_utilization 0.9 [S12]; 24× claim: github.com/vllm-project/vllm-project.github.io _posts/2023-06-20-vllm.md`,
    asOf: '2026-11-27',
  },
  {
    id: 'sglang',
    name: 'SGLang',
    tagline: 'Fast serving with RadixAttention prefix reuse',
    bestFor: [
      'High-throughput production workloads with shared prefixes (agents, RAG, few-shot)',
      'Large MoE models (DeepSeek, Qwen) on multi-GPU nodes',
    ],
    keyFeatures: [
      'RadixAttention automatic prefix caching',
      'Continuous batching with paged KV cache',
      'Tensor, expert and data parallelism',
      'OpenAI-compatible API',
    ],
    hardwareKinds: ['datacenter-gpu', 'consumer-gpu'],
    batching: 'continuous',
    maxConcurrentSequences: 256,
    maxConcurrentSequencesFlag: '--max-running-requests',
    bandwidthEfficiency: {
      'datacenter-gpu': PRIOR_GPU_BANDWIDTH,
      'consumer-gpu': PRIOR_GPU_BANDWIDTH,
    },
    prefillEfficiency: {
      'datacenter-gpu': PRIOR_GPU_PREFILL,
      'consumer-gpu': PRIOR_GPU_PREFILL,
    },
    efficiencyByGeneration: {
      ada: {
        bandwidth: 0.84,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 1 decode and 0 prefill cases from inference-bench-l4-a100 (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
    },
    memoryUtilisationCap: 0.88,
    runtimeOverheadGb: 2,
    kvAllocationEfficiency: 0.95,
    kvCache: { ...KV_CACHE_FOLLOWS_QUANT, choices: KV_CHOICES.sglang },
    prefixCache: PREFIX_CACHE.sglang,
    stepOverheadSeconds: 0.0005,
    decodeComputeEfficiency: DECODE_COMPUTE_EFFICIENCY,
    tensorParallel: true,
    tensorParallelFlag: '--tp',
    openAiCompatibleApi: true,
    serveCommandTemplate:
      'python -m sglang.launch_server --model-path {model} --port 30000',
    modelReference: { kind: 'huggingface-repo' },
    quantFlags: {},
    installCommand: 'pip install "sglang[all]"',
    docsUrl: 'https://docs.sglang.ai/',
    featuredOrder: null,
    source: `${SPEC_26} (same GPU defaults as vLLM); SGLang server arguments: mem_fraction_static ≈0.88 on large GPUs, paged KV with radix tree (docs.sglang.ai/backend/server_arguments.html)`,
    asOf: '2026-11-27',
  },
  {
    id: 'tgi',
    name: 'Text Generation Inference (TGI)',
    tagline: 'Hugging Face’s serving stack (maintenance mode)',
    bestFor: [
      'Existing Hugging Face Inference Endpoints deployments',
      'Long multi-turn conversations (prefix reuse in v3)',
    ],
    keyFeatures: [
      'Continuous batching with paged attention',
      'Prefix caching and chunked prefill (v3)',
      'Tensor parallelism',
      'OpenAI-compatible Messages API',
    ],
    hardwareKinds: ['datacenter-gpu', 'consumer-gpu'],
    batching: 'continuous',
    maxConcurrentSequences: 128,
    maxConcurrentSequencesFlag: '--max-concurrent-requests',
    bandwidthEfficiency: {
      'datacenter-gpu': PRIOR_GPU_BANDWIDTH,
      'consumer-gpu': PRIOR_GPU_BANDWIDTH,
    },
    prefillEfficiency: {
      'datacenter-gpu': PRIOR_GPU_PREFILL,
      'consumer-gpu': PRIOR_GPU_PREFILL,
    },
    efficiencyByGeneration: {
      cdna3: {
        bandwidth: 0.61,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 1 decode and 0 prefill cases from dstack-405b-mi300x (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
    },
    memoryUtilisationCap: 0.9,
    runtimeOverheadGb: 2,
    kvAllocationEfficiency: 0.95,
    kvCache: { ...KV_CACHE_FOLLOWS_QUANT, choices: KV_CHOICES.tgi },
    prefixCache: PREFIX_CACHE.tgi,
    stepOverheadSeconds: 0.0005,
    decodeComputeEfficiency: DECODE_COMPUTE_EFFICIENCY,
    tensorParallel: true,
    tensorParallelFlag: '--num-shard',
    openAiCompatibleApi: true,
    serveCommandTemplate:
      'docker run --gpus all -p 8080:80 ghcr.io/huggingface/text-generation-inference:latest --model-id {model}',
    modelReference: { kind: 'huggingface-repo' },
    quantFlags: {},
    installCommand:
      'docker pull ghcr.io/huggingface/text-generation-inference:latest',
    docsUrl: 'https://huggingface.co/docs/text-generation-inference/',
    featuredOrder: null,
    source: `${SPEC_26}; TGI docs: v3 overview (prefix reuse, chunking) and index page (maintenance mode; recommends vLLM/SGLang/llama.cpp/MLX) [S13]; launcher default --max-concurrent-requests 128`,
    asOf: '2026-11-27',
  },
  {
    id: 'tensorrt-llm',
    name: 'TensorRT-LLM',
    tagline: 'NVIDIA’s compiled, in-flight-batching runtime',
    bestFor: [
      'Lowest latency and highest throughput on NVIDIA datacenter GPUs',
      'FP8 / FP4 on Hopper and Blackwell',
    ],
    keyFeatures: [
      'In-flight batching with paged KV cache',
      'Tensor and pipeline parallelism',
      'FP8, INT8, INT4 AWQ and NVFP4 kernels',
      'OpenAI-compatible server (trtllm-serve)',
    ],
    hardwareKinds: ['datacenter-gpu', 'consumer-gpu'],
    batching: 'continuous',
    maxConcurrentSequences: 2048,
    maxConcurrentSequencesFlag: '--max_batch_size',
    bandwidthEfficiency: {
      'datacenter-gpu': PRIOR_GPU_BANDWIDTH,
      'consumer-gpu': PRIOR_GPU_BANDWIDTH,
    },
    prefillEfficiency: {
      'datacenter-gpu': PRIOR_GPU_PREFILL,
      'consumer-gpu': PRIOR_GPU_PREFILL,
    },
    efficiencyByGeneration: {
      hopper: {
        bandwidth: 0.71,
        prefill: 0.57,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 8 decode and 1 prefill cases from nim-h100, argonne-llm-inference-bench (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
    },
    memoryUtilisationCap: 0.9,
    // docs/methods.md §20.8: KvCacheConfig.free_gpu_memory_fraction (default 0.9)
    // is "90% of free GPU memory for KV cache" (nvidia.github.io/TensorRT-LLM/
    // examples/kvcacheconfig.html); SchedulerConfig's default capacity policy
    // GUARANTEED_NO_EVICT admits a request only if it can run to its end.
    memoryUtilisationOf: 'free-after-weights',
    kvAdmission: 'whole-sequence',
    runtimeOverheadGb: 2,
    kvAllocationEfficiency: 0.95,
    kvCache: { ...KV_CACHE_FOLLOWS_QUANT, choices: KV_CHOICES['tensorrt-llm'] },
    prefixCache: PREFIX_CACHE['tensorrt-llm'],
    stepOverheadSeconds: 0.0005,
    decodeComputeEfficiency: DECODE_COMPUTE_EFFICIENCY,
    tensorParallel: true,
    tensorParallelFlag: '--tp_size',
    openAiCompatibleApi: true,
    serveCommandTemplate: 'trtllm-serve {model}',
    modelReference: { kind: 'huggingface-repo' },
    quantFlags: {},
    installCommand: 'pip install tensorrt_llm',
    docsUrl: 'https://nvidia.github.io/TensorRT-LLM/',
    featuredOrder: null,
    source: `${SPEC_26}; TensorRT-LLM docs: KV-cache configuration (free_gpu_memory_fraction default 0.9) and performance overview [S11]; trtllm-serve default max_batch_size 2048`,
    asOf: '2026-11-27',
  },
  {
    id: 'llama-cpp',
    name: 'llama.cpp',
    tagline: 'CPU inference, maximum portability',
    bestFor: [
      'Running on CPU-only machines',
      'Edge deployment',
      'Embedded systems',
      'Maximum hardware compatibility',
    ],
    keyFeatures: [
      'Pure C/C++ implementation',
      'GGUF quantization format',
      'Metal/CUDA/CPU backends',
      'Active community development',
      'llama-server: OpenAI-compatible API with parallel slots',
    ],
    hardwareKinds: ['apple', 'cpu', 'consumer-gpu', 'datacenter-gpu'],
    batching: 'slots',
    maxConcurrentSequences: 4,
    maxConcurrentSequencesFlag: '-np / --parallel',
    // Apple: ηbw 0.80 and ηpf 0.70, the top of docs/methods.md §2.6's ranges. Evidence: the M1 Max
    // GPU reaches 78 % of peak bandwidth in a GEMV microbenchmark (llama.cpp PR #1642, [S8]); the
    // llama.cpp #4167 table (M1–M4, 38 decode and 20 prompt cases) implies 0.80–0.88 and 0.72 with
    // no trend across chip generations (docs/fidelity.md, ADR-8). 0.60 / 0.45 under-predicted
    // every Apple case by 23–43 %.
    bandwidthEfficiency: {
      apple: 0.8,
      cpu: 0.6,
      'consumer-gpu': PRIOR_GPU_BANDWIDTH,
      'datacenter-gpu': PRIOR_GPU_BANDWIDTH,
    },
    prefillEfficiency: {
      apple: 0.7,
      cpu: 0.45,
      'consumer-gpu': PRIOR_GPU_PREFILL,
      'datacenter-gpu': PRIOR_GPU_PREFILL,
    },
    efficiencyByGeneration: {
      ada: {
        bandwidth: 1,
        prefill: 0.56,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 9 decode and 9 prefill cases from lcpp-pr4766-rtx4090, lcpp-15013-cuda, lcpp-pr19053-rtx6000ada, inference-bench-l4-a100, orca-l40s-llamacpp (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14',
        asOf: '2026-12-01',
      },
      ampere: {
        bandwidth: 1,
        prefill: 0.68,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 8 decode and 5 prefill cases from blog-rtx3060-llamacpp, lcpp-15013-cuda, lcpp-pr6017-a100, lhl-speed-benchmarking-3090 (§20.16) (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14',
        asOf: '2026-12-01',
      },
      'apple-m': {
        bandwidth: 0.88,
        prefill: 0.75,
        source:
          'docs/methods.md §20.13, §20.15–§20.17, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 47 decode and 27 prefill cases from lcpp-4167-apple, lcpp-prs-apple, normiebench-apple, tabby-pr393-m2max, down to the one-die chips (shrunk toward the prior by P/(P + 1) publications at each level, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
        twoDies: {
          bandwidth: 0.7,
          prefill: 0.63,
          source:
            'docs/methods.md §20.17: the same pooling down to the Ultras (M1 and M2 Ultra cases of lcpp-4167-apple and lcpp-prs-apple)',
        },
      },
      blackwell: {
        bandwidth: 0.96,
        prefill: 0.66,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 1 decode and 1 prefill cases from lcpp-15013-cuda (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14',
        asOf: '2026-12-01',
      },
      hopper: {
        bandwidth: 0.59,
        prefill: 0.69,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 3 decode and 1 prefill cases from lcpp-15013-cuda, argonne-llm-inference-bench (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14',
        asOf: '2026-12-01',
      },
      rdna3: {
        bandwidth: 1,
        prefill: 0.47,
        source:
          'docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 3 decode and 3 prefill cases from lcpp-15021-rocm, lcpp-10879-vulkan, lcpp-pr26284-rx7900xtx (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
      },
    },
    memoryUtilisationCap: 0.9,
    runtimeOverheadGb: 1,
    kvAllocationEfficiency: 0.9,
    kvCache: { ...KV_CACHE_16_BIT_GGML, choices: KV_CHOICES['llama-cpp'] },
    prefixCache: PREFIX_CACHE['llama-cpp'],
    stepOverheadSeconds: LLAMA_CPP_TOKEN_OVERHEAD_SECONDS,
    quantisedPromptPeak: LLAMA_CPP_MMQ_PROMPT_PEAK,
    decodeComputeEfficiency: DECODE_COMPUTE_EFFICIENCY,
    tensorParallel: false,
    tensorParallelFlag: null,
    openAiCompatibleApi: true,
    serveCommandTemplate:
      'llama-server -hf {model} -c {contextTokens} --port 8080',
    modelReference: {
      kind: 'gguf-repo',
      defaultGgufType: 'Q4_K_M',
      maxContextTokens: 8192,
      localFileCommandTemplate:
        'llama-server -m ./{file} -c {contextTokens} --port 8080',
    },
    quantFlags: {},
    installCommand: 'brew install llama.cpp',
    docsUrl: 'https://github.com/ggml-org/llama.cpp/tree/master/tools/server',
    featuredOrder: 3,
    source: `${SPEC_26}; llama.cpp tools/server/README.md: "-np, --parallel N number of server slots (default: -1, -1 = auto)", "-kvu … single unified KV buffer shared across all sequences (default: enabled if number of slots is auto)", "-sm layer (default): split layers and KV across GPUs (pipelined)"; server.cpp: "setting n_parallel = 4 and kv_unified = true". With the unified KV pool, cells are allocated per token, so allocation efficiency is close to paged (0.9, grade C) rather than the 0.35 of per-slot contiguous reservations`,
    asOf: '2026-11-27',
  },
  {
    id: 'ollama',
    name: 'Ollama',
    tagline: 'Easiest local inference',
    bestFor: [
      'Development and prototyping',
      'Privacy-sensitive applications',
      'Mac users (Apple Silicon optimized)',
      'Learning and experimentation',
    ],
    keyFeatures: [
      'One-command model download and run (`ollama run`)',
      'Built on llama.cpp / GGML with GGUF models',
      'OpenAI-compatible API on localhost:11434',
      'Metal, CUDA, ROCm and CPU backends',
    ],
    hardwareKinds: ['apple', 'cpu', 'consumer-gpu', 'datacenter-gpu'],
    batching: 'slots',
    maxConcurrentSequences: 4,
    maxConcurrentSequencesFlag: 'OLLAMA_NUM_PARALLEL',
    // Apple: ηbw 0.80 and ηpf 0.70, the top of docs/methods.md §2.6's ranges. Evidence: the M1 Max
    // GPU reaches 78 % of peak bandwidth in a GEMV microbenchmark (llama.cpp PR #1642, [S8]); the
    // llama.cpp #4167 table (M1–M4, 38 decode and 20 prompt cases) implies 0.80–0.88 and 0.72 with
    // no trend across chip generations (docs/fidelity.md, ADR-8). 0.60 / 0.45 under-predicted
    // every Apple case by 23–43 %.
    bandwidthEfficiency: {
      apple: 0.8,
      cpu: 0.6,
      'consumer-gpu': PRIOR_GPU_BANDWIDTH,
      'datacenter-gpu': PRIOR_GPU_BANDWIDTH,
    },
    prefillEfficiency: {
      apple: 0.7,
      cpu: 0.45,
      'consumer-gpu': PRIOR_GPU_PREFILL,
      'datacenter-gpu': PRIOR_GPU_PREFILL,
    },
    efficiencyByGeneration: {
      ada: {
        bandwidth: 1,
        prefill: 0.56,
        source:
          "docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 9 decode and 9 prefill cases from lcpp-pr4766-rtx4090, lcpp-15013-cuda, lcpp-pr19053-rtx6000ada, inference-bench-l4-a100, orca-l40s-llamacpp — llama.cpp's own cases: Ollama runs llama.cpp's kernels (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14",
        asOf: '2026-12-01',
      },
      ampere: {
        bandwidth: 1,
        prefill: 0.68,
        source:
          "docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 8 decode and 5 prefill cases from blog-rtx3060-llamacpp, lcpp-15013-cuda, lcpp-pr6017-a100, lhl-speed-benchmarking-3090 (§20.16) — llama.cpp's own cases: Ollama runs llama.cpp's kernels (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14",
        asOf: '2026-12-01',
      },
      'apple-m': {
        bandwidth: 0.88,
        prefill: 0.75,
        source:
          "docs/methods.md §20.13, §20.15–§20.17, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 47 decode and 27 prefill cases from lcpp-4167-apple, lcpp-prs-apple, normiebench-apple, tabby-pr393-m2max, down to the one-die chips — llama.cpp's own cases: Ollama runs llama.cpp's kernels (shrunk toward the prior by P/(P + 1) publications at each level, k = 1 declared a priori, capped at 1)",
        asOf: '2026-12-01',
        twoDies: {
          bandwidth: 0.7,
          prefill: 0.63,
          source:
            "docs/methods.md §20.17: llama.cpp's pooling down to the Ultras (M1 and M2 Ultra cases of lcpp-4167-apple and lcpp-prs-apple)",
        },
      },
      blackwell: {
        bandwidth: 0.96,
        prefill: 0.66,
        source:
          "docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 1 decode and 1 prefill cases from lcpp-15013-cuda — llama.cpp's own cases: Ollama runs llama.cpp's kernels (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14",
        asOf: '2026-12-01',
      },
      hopper: {
        bandwidth: 0.59,
        prefill: 0.69,
        source:
          "docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 3 decode and 1 prefill cases from lcpp-15013-cuda, argonne-llm-inference-bench — llama.cpp's own cases: Ollama runs llama.cpp's kernels (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1); prefill on the MMQ prompt ceiling of §20.14",
        asOf: '2026-12-01',
      },
      rdna3: {
        bandwidth: 1,
        prefill: 0.47,
        source:
          "docs/methods.md §20.13, §20.15, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 3 decode and 3 prefill cases from lcpp-15021-rocm, lcpp-10879-vulkan, lcpp-pr26284-rx7900xtx — llama.cpp's own cases: Ollama runs llama.cpp's kernels (shrunk toward the prior by P/(P + 1) publications, k = 1 declared a priori, capped at 1)",
        asOf: '2026-12-01',
      },
    },
    memoryUtilisationCap: 0.9,
    runtimeOverheadGb: 1,
    kvAllocationEfficiency: 0.35,
    kvCache: { ...KV_CACHE_16_BIT_GGML, choices: KV_CHOICES.ollama },
    prefixCache: PREFIX_CACHE.ollama,
    stepOverheadSeconds: LLAMA_CPP_TOKEN_OVERHEAD_SECONDS,
    quantisedPromptPeak: LLAMA_CPP_MMQ_PROMPT_PEAK,
    decodeComputeEfficiency: DECODE_COMPUTE_EFFICIENCY,
    tensorParallel: false,
    tensorParallelFlag: null,
    openAiCompatibleApi: true,
    serveCommandTemplate: 'ollama run {model}',
    modelReference: { kind: 'ollama-tag' },
    quantFlags: {},
    installCommand: 'curl -fsSL https://ollama.com/install.sh | sh',
    docsUrl: 'https://docs.ollama.com/',
    featuredOrder: 1,
    source: `${SPEC_26}; Ollama FAQ (docs.ollama.com/faq): OLLAMA_NUM_PARALLEL auto-selects 4 or 1 depending on available memory, and "required RAM will scale by OLLAMA_NUM_PARALLEL * OLLAMA_CONTEXT_LENGTH" — each slot reserves a full context, hence the contiguous 0.35 KV efficiency [S1]`,
    asOf: '2026-11-27',
  },
  {
    id: 'mlx',
    name: 'MLX (mlx-lm)',
    tagline: 'Apple’s array framework for Apple Silicon',
    bestFor: [
      'Apple Silicon Macs',
      'Fine-tuning and running models in unified memory',
    ],
    keyFeatures: [
      'Unified-memory arrays on Metal',
      'MLX quantized models (4/8-bit) from the mlx-community hub',
      'mlx_lm.server: OpenAI-compatible HTTP server',
    ],
    hardwareKinds: ['apple'],
    batching: 'slots',
    maxConcurrentSequences: 1,
    // Apple: ηbw 0.80 and ηpf 0.70, the top of docs/methods.md §2.6's ranges. Evidence: the M1 Max
    // GPU reaches 78 % of peak bandwidth in a GEMV microbenchmark (llama.cpp PR #1642, [S8]); the
    // llama.cpp #4167 table (M1–M4, 38 decode and 20 prompt cases) implies 0.80–0.88 and 0.72 with
    // no trend across chip generations (docs/fidelity.md, ADR-8). 0.60 / 0.45 under-predicted
    // every Apple case by 23–43 %.
    bandwidthEfficiency: { apple: 0.8 },
    prefillEfficiency: { apple: 0.7 },
    efficiencyByGeneration: {
      'apple-m': {
        bandwidth: 1,
        prefill: 0.79,
        source:
          'docs/methods.md §20.13, §20.15, §20.17, docs/fidelity.md: the prior (ηbw 0.80, ηpf 0.70) × the factor pooled over 14 decode and 5 prefill cases from mlx-issue1029-m3max, mlx-pr1069-m2ultra, rapidmlx-m3ultra, down to the one-die chips (mlx-issue1029-m3max; shrunk toward the prior by P/(P + 1) publications at each level, k = 1 declared a priori, capped at 1)',
        asOf: '2026-12-01',
        twoDies: {
          bandwidth: 0.91,
          source:
            'docs/methods.md §20.17: the same pooling down to the Ultras (mlx-pr1069-m2ultra, rapidmlx-m3ultra); no prompt case on an Ultra, so ηpf is the one-die value',
        },
      },
    },
    memoryUtilisationCap: 0.9,
    runtimeOverheadGb: 1,
    kvAllocationEfficiency: 0.35,
    kvCache: KV_CACHE_16_BIT_MLX,
    prefixCache: PREFIX_CACHE.mlx,
    stepOverheadSeconds: 0.0005,
    decodeComputeEfficiency: DECODE_COMPUTE_EFFICIENCY,
    tensorParallel: false,
    tensorParallelFlag: null,
    openAiCompatibleApi: true,
    serveCommandTemplate: 'mlx_lm.server --model {model}',
    modelReference: { kind: 'huggingface-repo' },
    quantFlags: {},
    installCommand: 'pip install mlx-lm',
    docsUrl: 'https://github.com/ml-explore/mlx-lm',
    featuredOrder: null,
    source: `${SPEC_26} (Apple defaults); github.com/ml-explore/mlx-lm SERVER.md (single-stream HTTP server; not recommended for production)`,
    asOf: '2026-11-27',
  },
] satisfies z.input<typeof servingEngineSchema>[];
