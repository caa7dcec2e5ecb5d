import type { z } from 'zod';
import type { openModelSchema } from '../schema';

/**
 * Open-weight models. Architecture fields come from each model's config.json
 * (or the reference code it mirrors); parameter counts are the totals shown on
 * the model page. `moe.expertParams` is the parameters in all routed experts
 * (3 × hidden × expert FFN width × experts × MoE layers, derived). The quality
 * index is the Artificial Analysis Intelligence Index where published.
 *
 * Quality tiers match the API tiers (frontier / mid / small) for the
 * like-for-like guard: 8B-class ↔ small, 70B-class ↔ mid, frontier open MoE ↔
 * frontier.
 */
export const openModels = [
  {
    id: 'llama-3.2-1b-instruct',
    name: 'Llama 3.2 1B Instruct',
    family: 'Llama 3.2',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 1.1,
    paramsTotal: 1236000000,
    paramsActive: 1236000000,
    layers: 16,
    hiddenSize: 2048,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 64,
    vocabSize: 128256,
    tiedEmbeddings: true,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Llama 3.2 Community License',
    huggingFaceRepo: 'meta-llama/Llama-3.2-1B-Instruct',
    ollamaTag: 'llama3.2:1b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/Llama-3.2-1B-Instruct-GGUF',
    source:
      'github.com/meta-llama/llama-models models/sku_list.py @ 364ed4ec (arch args) and MODEL_CARD.md; huggingface.co/meta-llama/Llama-3.2-1B-Instruct config.json and model card (tie_word_embeddings true, 1.24 B params)',
    asOf: '2024-09-25',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-2-instruct-1b)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'llama-3.2-3b-instruct',
    name: 'Llama 3.2 3B Instruct',
    family: 'Llama 3.2',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 4.2,
    paramsTotal: 3213000000,
    paramsActive: 3213000000,
    layers: 28,
    hiddenSize: 3072,
    attentionHeads: 24,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128256,
    tiedEmbeddings: true,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Llama 3.2 Community License',
    huggingFaceRepo: 'meta-llama/Llama-3.2-3B-Instruct',
    ollamaTag: 'llama3.2:3b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/Llama-3.2-3B-Instruct-GGUF',
    source:
      'github.com/meta-llama/llama-models models/sku_list.py @ 364ed4ec (arch args) and MODEL_CARD.md; huggingface.co/meta-llama/Llama-3.2-3B-Instruct config.json and model card (tie_word_embeddings true, 3.21 B params)',
    asOf: '2024-09-25',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-2-instruct-3b)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/bartowski/Llama-3.2-3B-Instruct-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'llama-3.1-8b-instruct',
    name: 'Llama 3.1 8B Instruct',
    family: 'Llama 3.1',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    paramsTotal: 8030000000,
    paramsActive: 8030000000,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Llama 3.1 Community License',
    huggingFaceRepo: 'meta-llama/Llama-3.1-8B-Instruct',
    ollamaTag: 'llama3.1:8b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
    source:
      'github.com/meta-llama/llama-models models/sku_list.py @ 364ed4ec (arch args) and MODEL_CARD.md; huggingface.co/meta-llama/Llama-3.1-8B-Instruct config.json and model card (8.03 B params); docs/methods.md §2.3 table',
    asOf: '2024-07-23',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'llama-3.3-70b-instruct',
    name: 'Llama 3.3 70B Instruct',
    family: 'Llama 3.3',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    paramsTotal: 70550000000,
    paramsActive: 70550000000,
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Llama 3.3 Community License',
    huggingFaceRepo: 'meta-llama/Llama-3.3-70B-Instruct',
    ollamaTag: 'llama3.3:70b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/Llama-3.3-70B-Instruct-GGUF',
    source:
      'github.com/meta-llama/llama-models models/sku_list.py @ 364ed4ec (arch args) and MODEL_CARD.md (Llama 3.1 70B args, same architecture); huggingface.co/meta-llama/Llama-3.3-70B-Instruct config.json and model card (70.6 B params); docs/methods.md §2.3 table',
    asOf: '2024-12-06',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-3-instruct-70b)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/bartowski/Llama-3.3-70B-Instruct-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'llama-3.1-405b-instruct',
    name: 'Llama 3.1 405B Instruct',
    family: 'Llama 3.1',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 8.5,
    paramsTotal: 405850000000,
    paramsActive: 405850000000,
    layers: 126,
    hiddenSize: 16384,
    attentionHeads: 128,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Llama 3.1 Community License',
    huggingFaceRepo: 'meta-llama/Llama-3.1-405B-Instruct',
    ollamaTag: 'llama3.1:405b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/Meta-Llama-3.1-405B-Instruct-GGUF',
    source:
      'github.com/meta-llama/llama-models models/sku_list.py @ 364ed4ec (arch args) and MODEL_CARD.md; huggingface.co/meta-llama/Llama-3.1-405B-Instruct config.json and model card (405.9 B params); docs/methods.md §2.3 table',
    asOf: '2024-07-23',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-405b)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/bartowski/Meta-Llama-3.1-405B-Instruct-GGUF: GGUF conversion by bartowski (community quantizer; split files); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'llama-4-scout-17b-16e-instruct',
    name: 'Llama 4 Scout 17B-16E Instruct',
    family: 'Llama 4',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10,
    paramsTotal: 109000000000,
    paramsActive: 17000000000,
    moe: {
      experts: 16,
      expertsPerToken: 1,
      expertParams: 96600000000,
    },
    layers: 48,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 202048,
    tiedEmbeddings: false,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 8192,
      slidingLayerFraction: 0.75,
    },
    maxContextTokens: 10485760,
    licence: 'Llama 4 Community License',
    huggingFaceRepo: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
    ollamaTag: 'llama4:scout',
    ggufAvailable: true,
    ggufRepo: 'unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF',
    source:
      'huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct config.json and model card: 109 B total / 17 B active, 16 routed experts + 1 shared, top-1, intermediate_size 8192, attention_chunk_size 8192 with every 4th layer global (NoPE), 10M context',
    asOf: '2025-04-05',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-scout)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF: GGUF conversion by Unsloth (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'mistral-7b-instruct-v0.3',
    name: 'Mistral 7B Instruct v0.3',
    family: 'Mistral',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 2.1,
    paramsTotal: 7248000000,
    paramsActive: 7248000000,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 32768,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 32768,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'mistralai/Mistral-7B-Instruct-v0.3',
    ollamaTag: 'mistral:7b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/Mistral-7B-Instruct-v0.3-GGUF',
    source:
      'huggingface/transformers MistralConfig defaults (layers, heads, 8 KV heads, head_dim 128) @ 001f85b3; huggingface.co/mistralai/Mistral-7B-Instruct-v0.3 config.json and model card: vocab 32768, no sliding window, 32k context, 7.25 B params',
    asOf: '2024-05-22',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mistral-7b-instruct)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/bartowski/Mistral-7B-Instruct-v0.3-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'mistral-nemo-instruct-2407',
    name: 'Mistral NeMo 12B Instruct',
    family: 'Mistral',
    mode: 'chat',
    qualityTier: 'small',
    paramsTotal: 12250000000,
    paramsActive: 12250000000,
    layers: 40,
    hiddenSize: 5120,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 131072,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'mistralai/Mistral-Nemo-Instruct-2407',
    ollamaTag: 'mistral-nemo:12b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/Mistral-Nemo-Instruct-2407-GGUF',
    source:
      'huggingface.co/mistralai/Mistral-Nemo-Instruct-2407 config.json and model card: 40 layers, hidden 5120, 32 heads / 8 KV, head_dim 128, Tekken vocab 131072, 128k context, 12.2 B params',
    asOf: '2024-07-18',
    fieldSources: {
      ggufRepo: {
        source:
          'huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'mistral-small-3.2-24b-instruct',
    name: 'Mistral Small 3.2 24B Instruct',
    family: 'Mistral Small',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10.6,
    paramsTotal: 24000000000,
    paramsActive: 24000000000,
    layers: 40,
    hiddenSize: 5120,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 131072,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
    ollamaTag: 'mistral-small3.2:24b',
    ggufAvailable: true,
    ggufRepo: 'unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF',
    source:
      'huggingface.co/mistralai/Mistral-Small-3.2-24B-Instruct-2506 config.json and model card (text config: 40 layers, hidden 5120, 32 heads / 8 KV, head_dim 128, vocab 131072, 128k context; 24 B params incl. vision encoder)',
    asOf: '2025-06-20',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mistral-small-3-2)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF: GGUF conversion by Unsloth (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'mixtral-8x7b-instruct-v0.1',
    name: 'Mixtral 8x7B Instruct v0.1',
    family: 'Mixtral',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 2.4,
    paramsTotal: 46700000000,
    paramsActive: 12900000000,
    moe: {
      experts: 8,
      expertsPerToken: 2,
      expertParams: 45100000000,
    },
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 32768,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ollamaTag: 'mixtral:8x7b',
    ggufAvailable: true,
    ggufRepo: 'TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF',
    source:
      'huggingface/transformers MixtralConfig defaults @ 008e5743 (8 experts, 2 per token, 32 layers, hidden 4096, intermediate 14336, 8 KV heads) and simonwillison.net/2024/Jan/9/mixtral-of-experts/ (47 B total, 13 B active, 32k context); expert params = 3 × 4096 × 14336 × 8 experts × 32 layers = 45.1 B (derived); docs/methods.md §2.3 table',
    asOf: '2023-12-11',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mixtral-8x7b-instruct)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF: GGUF conversion by TheBloke (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen2.5-7b-instruct',
    name: 'Qwen2.5 7B Instruct',
    family: 'Qwen2.5',
    mode: 'chat',
    qualityTier: 'small',
    paramsTotal: 7610000000,
    paramsActive: 7610000000,
    layers: 28,
    hiddenSize: 3584,
    attentionHeads: 28,
    kvHeads: 4,
    headDim: 128,
    vocabSize: 152064,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen2.5-7B-Instruct',
    ollamaTag: 'qwen2.5:7b',
    ggufAvailable: true,
    ggufRepo: 'Qwen/Qwen2.5-7B-Instruct-GGUF',
    source:
      'Qwen2.5 model cards (params, layers, heads, context) as mirrored in github.com/ZHUI/paddlenlp_model_readme @ 40a7101e; hidden 3584 and vocab 152064 from huggingface.co/Qwen/Qwen2.5-7B-Instruct config.json and model card (131072 context with YaRN, 32768 native)',
    asOf: '2024-09-19',
    fieldSources: {
      ggufRepo: {
        source:
          'huggingface.co/Qwen/Qwen2.5-7B-Instruct-GGUF: GGUF conversion by official Qwen release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen2.5-14b-instruct',
    name: 'Qwen2.5 14B Instruct',
    family: 'Qwen2.5',
    mode: 'chat',
    qualityTier: 'small',
    paramsTotal: 14700000000,
    paramsActive: 14700000000,
    layers: 48,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 152064,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen2.5-14B-Instruct',
    ollamaTag: 'qwen2.5:14b',
    ggufAvailable: true,
    ggufRepo: 'Qwen/Qwen2.5-14B-Instruct-GGUF',
    source:
      'Qwen2.5 model cards (params, layers, heads, context) as mirrored in github.com/ZHUI/paddlenlp_model_readme @ 40a7101e; hidden 5120 and vocab 152064 from huggingface.co/Qwen/Qwen2.5-14B-Instruct config.json and model card',
    asOf: '2024-09-19',
    fieldSources: {
      ggufRepo: {
        source:
          'huggingface.co/Qwen/Qwen2.5-14B-Instruct-GGUF: GGUF conversion by official Qwen release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen2.5-32b-instruct',
    name: 'Qwen2.5 32B Instruct',
    family: 'Qwen2.5',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 7.5,
    paramsTotal: 32500000000,
    paramsActive: 32500000000,
    layers: 64,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 152064,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen2.5-32B-Instruct',
    ollamaTag: 'qwen2.5:32b',
    ggufAvailable: true,
    ggufRepo: 'Qwen/Qwen2.5-32B-Instruct-GGUF',
    source:
      'Qwen2.5 model cards (params, layers, heads, context) as mirrored in github.com/ZHUI/paddlenlp_model_readme @ 40a7101e; hidden 5120 and vocab 152064 from huggingface.co/Qwen/Qwen2.5-32B-Instruct config.json and model card',
    asOf: '2024-09-19',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen2.5-32b-instruct)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/Qwen/Qwen2.5-32B-Instruct-GGUF: GGUF conversion by official Qwen release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen2.5-72b-instruct',
    name: 'Qwen2.5 72B Instruct',
    family: 'Qwen2.5',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.6,
    paramsTotal: 72700000000,
    paramsActive: 72700000000,
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 152064,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Qwen License',
    huggingFaceRepo: 'Qwen/Qwen2.5-72B-Instruct',
    ollamaTag: 'qwen2.5:72b',
    ggufAvailable: true,
    ggufRepo: 'Qwen/Qwen2.5-72B-Instruct-GGUF',
    source:
      'Qwen2.5 model cards (params, layers, heads, context) as mirrored in github.com/ZHUI/paddlenlp_model_readme @ 40a7101e; hidden 8192 and vocab 152064 from huggingface.co/Qwen/Qwen2.5-72B-Instruct config.json and model card',
    asOf: '2024-09-19',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen2-5-72b-instruct)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/Qwen/Qwen2.5-72B-Instruct-GGUF: GGUF conversion by official Qwen release; split files; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen3-8b',
    name: 'Qwen3 8B',
    family: 'Qwen3',
    mode: 'chat',
    // Thinks by default (<think>…</think>; enable_thinking=True): "By default, Qwen3 has thinking capabilities enabled" — https://huggingface.co/Qwen/Qwen3-8B
    reasoning: true,
    qualityTier: 'small',
    qualityIndex: 5.1,
    paramsTotal: 8190000000,
    paramsActive: 8190000000,
    layers: 36,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 151936,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen3-8B',
    ollamaTag: 'qwen3:8b',
    ggufAvailable: true,
    ggufRepo: 'Qwen/Qwen3-8B-GGUF',
    source:
      'huggingface.co/Qwen/Qwen3-8B config.json and model card: 36 layers, hidden 4096, 32 heads / 8 KV, head_dim 128, vocab 151936, 32768 native context (131072 with YaRN), 8.2 B params',
    asOf: '2025-04-29',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-8b-instruct)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/Qwen/Qwen3-8B-GGUF: GGUF conversion by official Qwen release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen3-32b',
    name: 'Qwen3 32B',
    family: 'Qwen3',
    mode: 'chat',
    // Thinks by default (<think>…</think>; enable_thinking=True): "By default, Qwen3 has thinking capabilities enabled" — https://huggingface.co/Qwen/Qwen3-32B
    reasoning: true,
    qualityTier: 'mid',
    qualityIndex: 8.6,
    paramsTotal: 32800000000,
    paramsActive: 32800000000,
    layers: 64,
    hiddenSize: 5120,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 151936,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen3-32B',
    ollamaTag: 'qwen3:32b',
    ggufAvailable: true,
    ggufRepo: 'Qwen/Qwen3-32B-GGUF',
    source:
      'huggingface.co/Qwen/Qwen3-32B config.json and model card: 64 layers, hidden 5120, 64 heads / 8 KV, head_dim 128, vocab 151936, 131072 context with YaRN, 32.8 B params',
    asOf: '2025-04-29',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-32b-instruct)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/Qwen/Qwen3-32B-GGUF: GGUF conversion by official Qwen release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen3-30b-a3b-instruct-2507',
    name: 'Qwen3 30B-A3B Instruct 2507',
    family: 'Qwen3',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.1,
    paramsTotal: 30500000000,
    paramsActive: 3300000000,
    moe: {
      experts: 128,
      expertsPerToken: 8,
      expertParams: 29000000000,
    },
    layers: 48,
    hiddenSize: 2048,
    attentionHeads: 32,
    kvHeads: 4,
    headDim: 128,
    vocabSize: 151936,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 262144,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
    ollamaTag: 'qwen3:30b-a3b-instruct-2507-q4_K_M',
    ggufAvailable: true,
    ggufRepo: 'unsloth/Qwen3-30B-A3B-Instruct-2507-GGUF',
    source:
      'huggingface.co/Qwen/Qwen3-30B-A3B-Instruct-2507 config.json and model card: 48 layers, hidden 2048, 32 heads / 4 KV, head_dim 128, 128 experts (8 active) of moe_intermediate_size 768, 262144 context, 30.5 B total / 3.3 B active; expert params = 3 × 2048 × 768 × 128 × 48 = 29.0 B (derived)',
    asOf: '2025-07-29',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-30b-a3b-2507)',
        asOf: '2026-08-01',
      },
      ollamaTag: {
        source:
          'ollama.com/library/qwen3 tag for the 2507 Instruct checkpoint this entry describes (the bare qwen3:30b tag was first published for the April 2025 hybrid-thinking Qwen3-30B-A3B; the pinned tag names the 2507 Instruct build explicitly); tag in wide public use, e.g. "ollama pull qwen3:30b-a3b-instruct-2507-q4_K_M"',
        asOf: '2026-11-27',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/Qwen3-30B-A3B-Instruct-2507-GGUF: GGUF conversion by Unsloth (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'qwen3-235b-a22b-instruct-2507',
    name: 'Qwen3 235B-A22B Instruct 2507',
    family: 'Qwen3',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 18.2,
    paramsTotal: 235000000000,
    paramsActive: 22000000000,
    moe: {
      experts: 128,
      expertsPerToken: 8,
      expertParams: 227100000000,
    },
    layers: 94,
    hiddenSize: 4096,
    attentionHeads: 64,
    kvHeads: 4,
    headDim: 128,
    vocabSize: 151936,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 262144,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
    ollamaTag: 'qwen3:235b-a22b-instruct-2507-q4_K_M',
    ggufAvailable: true,
    ggufRepo: 'unsloth/Qwen3-235B-A22B-Instruct-2507-GGUF',
    source:
      'huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507 config.json and model card: 94 layers, hidden 4096, 64 heads / 4 KV, head_dim 128, 128 experts (8 active) of moe_intermediate_size 1536, 262144 context, 235 B total / 22 B active; expert params = 3 × 4096 × 1536 × 128 × 94 = 227.1 B (derived)',
    asOf: '2025-07-21',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-235b-a22b-instruct-2507)',
        asOf: '2026-08-01',
      },
      ollamaTag: {
        source:
          'ollama.com/library/qwen3 tag for the 2507 Instruct checkpoint this entry describes (the bare qwen3:235b tag was first published for the April 2025 hybrid-thinking Qwen3-235B-A22B; the pinned tag names the 2507 Instruct build explicitly); tag in wide public use, e.g. "ollama pull qwen3:235b-a22b-instruct-2507-q4_K_M"',
        asOf: '2026-11-27',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/Qwen3-235B-A22B-Instruct-2507-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'gemma-2-9b-it',
    name: 'Gemma 2 9B IT',
    family: 'Gemma 2',
    mode: 'chat',
    qualityTier: 'small',
    paramsTotal: 9240000000,
    paramsActive: 9240000000,
    layers: 42,
    hiddenSize: 3584,
    attentionHeads: 16,
    kvHeads: 8,
    headDim: 256,
    vocabSize: 256000,
    tiedEmbeddings: true,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 4096,
      slidingLayerFraction: 0.5,
    },
    maxContextTokens: 8192,
    licence: 'Gemma Terms of Use',
    huggingFaceRepo: 'google/gemma-2-9b-it',
    ollamaTag: 'gemma2:9b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/gemma-2-9b-it-GGUF',
    source:
      'github.com/google-deepmind/gemma gemma/gm/nn/_gemma.py @ 7691fd4e (TransformerConfig) (42 layers, d_model 3584, 16 heads / 8 KV, head_dim 256, alternating local 4096 / global attention); vocab 256000, 8192 context, 9.24 B params from huggingface.co/google/gemma-2-9b-it config.json and model card',
    asOf: '2024-06-27',
    fieldSources: {
      ggufRepo: {
        source:
          'huggingface.co/bartowski/gemma-2-9b-it-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'gemma-2-27b-it',
    name: 'Gemma 2 27B IT',
    family: 'Gemma 2',
    mode: 'chat',
    qualityTier: 'mid',
    paramsTotal: 27200000000,
    paramsActive: 27200000000,
    layers: 46,
    hiddenSize: 4608,
    attentionHeads: 32,
    kvHeads: 16,
    headDim: 128,
    vocabSize: 256000,
    tiedEmbeddings: true,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 4096,
      slidingLayerFraction: 0.5,
    },
    maxContextTokens: 8192,
    licence: 'Gemma Terms of Use',
    huggingFaceRepo: 'google/gemma-2-27b-it',
    ollamaTag: 'gemma2:27b',
    ggufAvailable: true,
    ggufRepo: 'bartowski/gemma-2-27b-it-GGUF',
    source:
      'github.com/google-deepmind/gemma gemma/gm/nn/_gemma.py @ 7691fd4e (TransformerConfig) (46 layers, d_model 4608, 32 heads / 16 KV, head_dim 128, alternating local 4096 / global); vocab 256000, 8192 context, 27.2 B params from huggingface.co/google/gemma-2-27b-it config.json and model card',
    asOf: '2024-06-27',
    fieldSources: {
      ggufRepo: {
        source:
          'huggingface.co/bartowski/gemma-2-27b-it-GGUF: GGUF conversion by bartowski (community quantizer); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'gemma-3-12b-it',
    name: 'Gemma 3 12B IT',
    family: 'Gemma 3',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 3.4,
    paramsTotal: 12200000000,
    paramsActive: 12200000000,
    layers: 48,
    hiddenSize: 3840,
    attentionHeads: 16,
    kvHeads: 8,
    headDim: 256,
    vocabSize: 262208,
    tiedEmbeddings: true,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 1024,
      slidingLayerFraction: 0.8333,
    },
    maxContextTokens: 131072,
    licence: 'Gemma Terms of Use',
    huggingFaceRepo: 'google/gemma-3-12b-it',
    ollamaTag: 'gemma3:12b',
    ggufAvailable: true,
    ggufRepo: 'ggml-org/gemma-3-12b-it-GGUF',
    source:
      'huggingface.co/google/gemma-3-12b-it config.json and model card (text config: 48 layers, hidden 3840, 16 heads / 8 KV, head_dim 256, sliding_window 1024 on 5 of every 6 layers, vocab 262208, 128K context)',
    asOf: '2025-03-12',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gemma-3-12b)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/ggml-org/gemma-3-12b-it-GGUF: GGUF conversion by official ggml-org (llama.cpp) release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'gemma-3-27b-it',
    name: 'Gemma 3 27B IT',
    family: 'Gemma 3',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 7.4,
    paramsTotal: 27400000000,
    paramsActive: 27400000000,
    layers: 62,
    hiddenSize: 5376,
    attentionHeads: 32,
    kvHeads: 16,
    headDim: 128,
    vocabSize: 262208,
    tiedEmbeddings: true,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 1024,
      slidingLayerFraction: 0.8333,
    },
    maxContextTokens: 131072,
    licence: 'Gemma Terms of Use',
    huggingFaceRepo: 'google/gemma-3-27b-it',
    ollamaTag: 'gemma3:27b',
    ggufAvailable: true,
    ggufRepo: 'ggml-org/gemma-3-27b-it-GGUF',
    source:
      'huggingface.co/google/gemma-3-27b-it config.json and model card (text config: 62 layers, hidden 5376, 32 heads / 16 KV, head_dim 128, sliding_window 1024 on 5 of every 6 layers, vocab 262208, 128K context; 27.4 B params incl. vision encoder)',
    asOf: '2025-03-12',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gemma-3-27b)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/ggml-org/gemma-3-27b-it-GGUF: GGUF conversion by official ggml-org (llama.cpp) release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'phi-3-mini-4k-instruct',
    name: 'Phi-3 mini 4k Instruct',
    family: 'Phi-3',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 4.6,
    paramsTotal: 3820000000,
    paramsActive: 3820000000,
    layers: 32,
    hiddenSize: 3072,
    attentionHeads: 32,
    kvHeads: 32,
    headDim: 96,
    vocabSize: 32064,
    tiedEmbeddings: false,
    attention: {
      kind: 'mha',
    },
    maxContextTokens: 4096,
    licence: 'MIT',
    huggingFaceRepo: 'microsoft/Phi-3-mini-4k-instruct',
    ollamaTag: 'phi3:3.8b-mini-4k-instruct-q4_K_M',
    ggufAvailable: true,
    ggufRepo: 'microsoft/Phi-3-mini-4k-instruct-gguf',
    source:
      'huggingface/transformers Phi3Config defaults for microsoft/Phi-3-mini-4k-instruct @ 008e5743 (32 layers, hidden 3072, 32 heads = KV heads, head_dim 96, vocab 32064, 4096 context); 3.8 B params from the model card',
    asOf: '2024-04-23',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug phi-3-mini)',
        asOf: '2026-08-01',
      },
      ollamaTag: {
        source:
          'ollama.com/library/phi3/tags: the 4k-context mini variant this entry describes (the library also ships 3.8b-mini-128k-instruct builds); tag in wide public use, e.g. "ollama pull phi3:3.8b-mini-4k-instruct-q4_K_M"',
        asOf: '2026-11-27',
      },
      ggufRepo: {
        source:
          'huggingface.co/microsoft/Phi-3-mini-4k-instruct-gguf: GGUF conversion by official Microsoft release (Q4 and FP16 only); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'phi-4',
    name: 'Phi-4 14B',
    family: 'Phi-4',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 4.9,
    paramsTotal: 14700000000,
    paramsActive: 14700000000,
    layers: 40,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 10,
    headDim: 128,
    vocabSize: 100352,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 16384,
    licence: 'MIT',
    huggingFaceRepo: 'microsoft/phi-4',
    ollamaTag: 'phi4:14b',
    ggufAvailable: true,
    ggufRepo: 'microsoft/phi-4-gguf',
    source:
      'huggingface.co/microsoft/phi-4 config.json and model card: 40 layers, hidden 5120, 40 heads / 10 KV, vocab 100352, 16K context, 14.7 B params',
    asOf: '2024-12-12',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug phi-4)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/microsoft/phi-4-gguf: GGUF conversion by official Microsoft release; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'deepseek-v3-0324',
    name: 'DeepSeek V3 0324',
    family: 'DeepSeek V3',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 15.4,
    paramsTotal: 671000000000,
    paramsActive: 37000000000,
    moe: {
      experts: 256,
      expertsPerToken: 8,
      expertParams: 653900000000,
    },
    layers: 61,
    hiddenSize: 7168,
    attentionHeads: 128,
    kvHeads: 128,
    headDim: 192,
    vocabSize: 129280,
    tiedEmbeddings: false,
    attention: {
      kind: 'mla',
      mlaLatentDim: 512,
      mlaRopeDim: 64,
    },
    maxContextTokens: 131072,
    licence: 'MIT',
    huggingFaceRepo: 'deepseek-ai/DeepSeek-V3-0324',
    ollamaTag: 'deepseek-v3:671b',
    ggufAvailable: true,
    ggufRepo: 'unsloth/DeepSeek-V3-0324-GGUF',
    source:
      'github.com/deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json and README.md @ 9b4e9788 (671B total / 37B active, MLA kv_lora_rank 512 + rope 64, 256 routed experts (8 active) of moe_inter_dim 2048 in 58 of 61 layers); expert params = 3 × 7168 × 2048 × 256 × 58 = 653.9 B (derived); headDim = qk_nope 128 + qk_rope 64; docs/methods.md §2.3 table (≈69 KiB KV/token)',
    asOf: '2025-03-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-0324)',
        asOf: '2026-08-01',
      },
      ollamaTag: {
        source:
          'ollama.com/library/deepseek-v3 (grade C, knowledge): the library tag carries the original December 2024 DeepSeek-V3 weights, not the 0324 update; same architecture and size, so memory and speed estimates are unchanged',
        asOf: '2026-11-27',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/DeepSeek-V3-0324-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'deepseek-r1-0528',
    name: 'DeepSeek R1 0528',
    family: 'DeepSeek R1',
    mode: 'chat',
    // A reasoning model: emits its chain of thought before the answer — https://huggingface.co/deepseek-ai/DeepSeek-R1-0528
    reasoning: true,
    qualityTier: 'frontier',
    qualityIndex: 20.1,
    paramsTotal: 671000000000,
    paramsActive: 37000000000,
    moe: {
      experts: 256,
      expertsPerToken: 8,
      expertParams: 653900000000,
    },
    layers: 61,
    hiddenSize: 7168,
    attentionHeads: 128,
    kvHeads: 128,
    headDim: 192,
    vocabSize: 129280,
    tiedEmbeddings: false,
    attention: {
      kind: 'mla',
      mlaLatentDim: 512,
      mlaRopeDim: 64,
    },
    maxContextTokens: 131072,
    licence: 'MIT',
    huggingFaceRepo: 'deepseek-ai/DeepSeek-R1-0528',
    ollamaTag: 'deepseek-r1:671b',
    ggufAvailable: true,
    ggufRepo: 'unsloth/DeepSeek-R1-0528-GGUF',
    source:
      'Same architecture as DeepSeek V3: github.com/deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json and README.md @ 9b4e9788 (671B total / 37B active, MLA kv_lora_rank 512 + rope 64, 256 routed experts (8 active) of moe_inter_dim 2048 in 58 of 61 layers); huggingface.co/deepseek-ai/DeepSeek-R1-0528 config.json and model card',
    asOf: '2025-05-28',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-r1)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/DeepSeek-R1-0528-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    family: 'gpt-oss',
    mode: 'chat',
    // Reasoning model with configurable effort (low/medium/high), chain of thought in the analysis channel — https://huggingface.co/openai/gpt-oss-120b
    reasoning: true,
    qualityTier: 'mid',
    qualityIndex: 23.8,
    paramsTotal: 116800000000,
    paramsActive: 5100000000,
    moe: {
      experts: 128,
      expertsPerToken: 4,
      expertParams: 114700000000,
    },
    layers: 36,
    hiddenSize: 2880,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 64,
    vocabSize: 201088,
    tiedEmbeddings: false,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 128,
      slidingLayerFraction: 0.5,
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'openai/gpt-oss-120b',
    ollamaTag: 'gpt-oss:120b',
    ggufAvailable: true,
    ggufRepo: 'ggml-org/gpt-oss-120b-GGUF',
    publishedQuant: { quantId: 'mxfp4', quantisedParams: 'routed-experts' },
    source:
      'huggingface.co/openai/gpt-oss-120b config.json and model card: 36 layers, hidden 2880, 64 heads / 8 KV, head_dim 64, alternating 128-token sliding / full attention, 128 experts (4 active) of intermediate 2880, vocab 201088, 131072 context; 116.8 B total / 5.1 B active (OpenAI gpt-oss model card); experts ship in MXFP4. Expert params = 3 × 2880 × 2880 × 128 × 36 = 114.7 B (derived)',
    asOf: '2025-08-05',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b)',
        asOf: '2026-08-01',
      },
      publishedQuant: {
        source:
          'huggingface.co/openai/gpt-oss-120b model card: native MXFP4 quantization of the MoE layer weights (over 90 % of the parameters; attention, router, embeddings and head stay BF16); runs on a single 80GB GPU (like NVIDIA H100 or AMD MI300X); MXFP4 at 4.25 bpw on 114.7 B expert params + 2.1 B BF16 = 65.1 GB (derived; checkpoint ≈ 65 GB)',
        asOf: '2025-08-05',
      },
      ggufRepo: {
        source:
          'huggingface.co/ggml-org/gpt-oss-120b-GGUF: GGUF conversion by official ggml-org (llama.cpp) release; MXFP4 only; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'gpt-oss-20b',
    name: 'gpt-oss-20b',
    family: 'gpt-oss',
    mode: 'chat',
    // Reasoning model with configurable effort (low/medium/high), chain of thought in the analysis channel — https://huggingface.co/openai/gpt-oss-20b
    reasoning: true,
    qualityTier: 'small',
    qualityIndex: 14.9,
    paramsTotal: 20900000000,
    paramsActive: 3600000000,
    moe: {
      experts: 32,
      expertsPerToken: 4,
      expertParams: 19100000000,
    },
    layers: 24,
    hiddenSize: 2880,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 64,
    vocabSize: 201088,
    tiedEmbeddings: false,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 128,
      slidingLayerFraction: 0.5,
    },
    maxContextTokens: 131072,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'openai/gpt-oss-20b',
    ollamaTag: 'gpt-oss:20b',
    ggufAvailable: true,
    ggufRepo: 'ggml-org/gpt-oss-20b-GGUF',
    publishedQuant: { quantId: 'mxfp4', quantisedParams: 'routed-experts' },
    source:
      'huggingface.co/openai/gpt-oss-20b config.json and model card: 24 layers, hidden 2880, 64 heads / 8 KV, head_dim 64, alternating 128-token sliding / full attention, 32 experts (4 active), vocab 201088; 20.9 B total / 3.6 B active (OpenAI gpt-oss model card). Expert params = 3 × 2880 × 2880 × 32 × 24 = 19.1 B (derived)',
    asOf: '2025-08-05',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-20b)',
        asOf: '2026-08-01',
      },
      publishedQuant: {
        source:
          'huggingface.co/openai/gpt-oss-20b model card: native MXFP4 quantization of the MoE layer weights (over 90 % of the parameters; attention, router, embeddings and head stay BF16); runs within 16GB of memory; MXFP4 at 4.25 bpw on 19.1 B expert params + 1.8 B BF16 = 13.8 GB (derived)',
        asOf: '2025-08-05',
      },
      ggufRepo: {
        source:
          'huggingface.co/ggml-org/gpt-oss-20b-GGUF: GGUF conversion by official ggml-org (llama.cpp) release; MXFP4 only; repo id confirmed in public llama.cpp/Ollama usage (read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'nomic-embed-text-v1.5',
    name: 'nomic-embed-text v1.5',
    family: 'Nomic Embed',
    mode: 'embedding',
    qualityTier: 'small',
    paramsTotal: 137000000,
    paramsActive: 137000000,
    layers: 12,
    hiddenSize: 768,
    attentionHeads: 12,
    kvHeads: 12,
    headDim: 64,
    vocabSize: 30528,
    tiedEmbeddings: true,
    attention: {
      kind: 'mha',
    },
    maxContextTokens: 8192,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'nomic-ai/nomic-embed-text-v1.5',
    ollamaTag: 'nomic-embed-text',
    ggufAvailable: true,
    source:
      'huggingface.co/nomic-ai/nomic-embed-text-v1.5 config.json and model card: NomicBERT, 12 layers, hidden 768, 12 heads, vocab 30528, 8192 context, 137 M params',
    asOf: '2024-02-10',
  },
  {
    id: 'bge-m3',
    name: 'BGE-M3',
    family: 'BGE',
    mode: 'embedding',
    qualityTier: 'mid',
    paramsTotal: 568000000,
    paramsActive: 568000000,
    layers: 24,
    hiddenSize: 1024,
    attentionHeads: 16,
    kvHeads: 16,
    headDim: 64,
    vocabSize: 250002,
    tiedEmbeddings: true,
    attention: {
      kind: 'mha',
    },
    maxContextTokens: 8192,
    licence: 'MIT',
    huggingFaceRepo: 'BAAI/bge-m3',
    ollamaTag: 'bge-m3',
    ggufAvailable: true,
    source:
      'huggingface.co/BAAI/bge-m3 config.json and model card: XLM-RoBERTa-large backbone, 24 layers, hidden 1024, 16 heads, vocab 250002, 8192 context, 568 M params',
    asOf: '2024-01-30',
  },
  {
    id: 'qwen3-embedding-8b',
    name: 'Qwen3 Embedding 8B',
    family: 'Qwen3 Embedding',
    mode: 'embedding',
    qualityTier: 'mid',
    paramsTotal: 7570000000,
    paramsActive: 7570000000,
    layers: 36,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 151665,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 32768,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen3-Embedding-8B',
    ollamaTag: 'qwen3-embedding:8b',
    ggufAvailable: true,
    source:
      'huggingface.co/Qwen/Qwen3-Embedding-8B config.json and model card: 36 layers, hidden 4096, 32 heads / 8 KV, head_dim 128, 32K context, 7.6 B params',
    asOf: '2025-06-05',
  },
] satisfies z.input<typeof openModelSchema>[];
