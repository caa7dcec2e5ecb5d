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
    id: 'llama-4-maverick-17b-128e-instruct',
    name: 'Llama 4 Maverick 17B-128E Instruct',
    family: 'Llama 4',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 14.3,
    paramsTotal: 400000000000,
    paramsActive: 17000000000,
    moe: {
      experts: 128,
      expertsPerToken: 1,
      expertParams: 386500000000,
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
    maxContextTokens: 1048576,
    licence: 'Llama 4 Community License',
    huggingFaceRepo: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct',
    ollamaTag: 'llama4:maverick',
    ggufAvailable: true,
    ggufRepo: 'unsloth/Llama-4-Maverick-17B-128E-Instruct-GGUF',
    source:
      'huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct config.json and model card: 400 B total / 17 B active, 48 layers, hidden 5120, 40 heads / 8 KV (head_dim 128), 128 routed experts + 1 shared, top-1, MoE in every second layer (interleave_moe_layer_step 2, i.e. 24 MoE layers) of intermediate_size 8192, vocab 202048, 1M context, chunked attention 8192 with every 4th layer global (as Scout); the same shape in Megatron form: THUDM/slime-style launch args "--num-layers 48 --hidden-size 5120 --num-attention-heads 40 --num-query-groups 8 --num-experts 128 --moe-layer-freq ([0,1]*24) --moe-ffn-hidden-size 8192" (public repo script for meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8); expert params = 3 × 5120 × 8192 × 128 × 24 = 386.5 B (derived)',
    asOf: '2025-04-05',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-maverick)',
        asOf: '2026-08-01',
      },
      ollamaTag: {
        source:
          'ollama.com/library/llama4 (tags scout and maverick; grade C, knowledge)',
        asOf: '2026-12-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/Llama-4-Maverick-17B-128E-Instruct-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); grade C, knowledge (read 2026-12-01)',
        asOf: '2026-12-01',
      },
    },
  },
  {
    id: 'qwen3.5-397b-a17b',
    name: 'Qwen3.5 397B-A17B',
    family: 'Qwen3.5',
    mode: 'chat',
    // Thinks by default, like Qwen3 (AA rates the thinking mode separately from "-non-reasoning") — https://huggingface.co/Qwen/Qwen3.5-397B-A17B
    reasoning: true,
    qualityTier: 'frontier',
    qualityIndex: 33.7,
    paramsTotal: 397000000000,
    paramsActive: 17000000000,
    moe: {
      experts: 512,
      expertsPerToken: 10,
      expertParams: 386500000000,
    },
    layers: 60,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 2,
    headDim: 256,
    vocabSize: 248320,
    tiedEmbeddings: false,
    attention: {
      kind: 'sliding',
      slidingWindowTokens: 1024,
      slidingLayerFraction: 0.75,
    },
    maxContextTokens: 262144,
    licence: 'Apache-2.0',
    huggingFaceRepo: 'Qwen/Qwen3.5-397B-A17B',
    ggufAvailable: false,
    source:
      'THUDM/slime scripts/models/qwen3.5-397B-A17B.sh @ aa84536b (Megatron args mirroring the Hugging Face config.json of Qwen/Qwen3.5-397B-A17B: 60 layers, hidden 4096, 32 heads / 2 KV groups, kv-channels 256, 512 experts, top-10 + 1 shared expert of 1024, vocab 248320; "linear_attention + full_attention hybrid layers"); NVIDIA Megatron Qwen3.5-397B-A17B config notes: "3 Gated-Delta-Net layers + 1 full-attention layer, repeating"; 397 B total / 17 B active and 262144 context (model card, xorbitsai/inference doc qwen3.5.rst); expert params = 3 × 4096 × 1024 × 512 × 60 = 386.5 B (derived). Attention is modelled as 15 full-attention layers plus 45 linear-attention layers whose fixed recurrent state is entered as a 1024-token window (derived approximation: a Gated DeltaNet state of ≈ 64 × 128 × 128 values per layer equals the KV of ≈ 1024 tokens at 2 KV heads × 256; the 397B\'s linear head count was not confirmed in the sources read)',
    asOf: '2026-02-16',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-5-397b-a17b)',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepseek-v3.1',
    name: 'DeepSeek V3.1',
    family: 'DeepSeek V3',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 21,
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
    huggingFaceRepo: 'deepseek-ai/DeepSeek-V3.1',
    ggufAvailable: true,
    ggufRepo: 'unsloth/DeepSeek-V3.1-GGUF',
    source:
      'huggingface.co/deepseek-ai/DeepSeek-V3.1 model card: "DeepSeek-V3.1 is a hybrid model that supports both thinking mode and non-thinking mode", post-trained on the DeepSeek-V3.1-Base checkpoint (same architecture as V3: 671B total / 37B active, MLA kv_lora_rank 512 + rope 64, 256 routed experts (8 active) of moe_inter_dim 2048 in 58 of 61 layers — github.com/deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json @ 9b4e9788), 128K context; non-thinking is the default chat template; expert params = 3 × 7168 × 2048 × 256 × 58 = 653.9 B (derived)',
    asOf: '2025-08-21',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-1) — the non-thinking mode, the default',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/DeepSeek-V3.1-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); grade C, knowledge (read 2026-12-01)',
        asOf: '2026-12-01',
      },
    },
  },
  {
    id: 'deepseek-v3.2',
    name: 'DeepSeek V3.2',
    family: 'DeepSeek V3',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 24.7,
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
    maxContextTokens: 163840,
    licence: 'MIT',
    huggingFaceRepo: 'deepseek-ai/DeepSeek-V3.2',
    ggufAvailable: false,
    source:
      'huggingface.co/deepseek-ai/DeepSeek-V3.2 config.json and model card: the V3 architecture (671B total / 37B active, 61 layers, MLA kv_lora_rank 512 + rope 64, 256 routed experts (8 active) of 2048 in 58 layers) plus DeepSeek Sparse Attention (a lightning indexer with index_head_dim 128 selecting index_topk 2048 tokens), max_position_embeddings 163840; as summarised in the GLM-5 configs that reuse "DeepSeek V3.2-style Multi-head Latent Attention" (transformers GlmMoeDsaConfig docstring). The indexer\'s 128-value key cache per token and layer (≈ +25 % KV) is not modelled; expert params = 3 × 7168 × 2048 × 256 × 58 = 653.9 B (derived)',
    asOf: '2025-12-01',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-2) — the non-thinking mode, the default',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'kimi-k2-instruct-0905',
    name: 'Kimi K2 Instruct 0905',
    family: 'Kimi K2',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 23.5,
    paramsTotal: 1026000000000,
    paramsActive: 32000000000,
    moe: {
      experts: 384,
      expertsPerToken: 8,
      expertParams: 1014700000000,
    },
    layers: 61,
    hiddenSize: 7168,
    attentionHeads: 64,
    kvHeads: 64,
    headDim: 192,
    vocabSize: 163840,
    tiedEmbeddings: false,
    attention: {
      kind: 'mla',
      mlaLatentDim: 512,
      mlaRopeDim: 64,
    },
    maxContextTokens: 262144,
    licence: 'Modified MIT License',
    huggingFaceRepo: 'moonshotai/Kimi-K2-Instruct-0905',
    ggufAvailable: true,
    ggufRepo: 'unsloth/Kimi-K2-Instruct-0905-GGUF',
    source:
      'huggingface.co/moonshotai/Kimi-K2-Instruct-0905 config.json (as reported by ParagEkbote/hf-model-inspector model_inspection_report.md, 2025-09-18: hidden 7168, 61 layers, 64 heads, 64 KV heads, vocab 163840, untied embeddings) and model card (1 T total / 32 B active, 256K context, DeepSeek-V3 architecture with 384 experts, 8 active, 1 shared); MLA kv_lora_rank 512, qk rope 64 + nope 128, moe_intermediate_size 2048, first layer dense (Megatron args "--num-layers 61 --hidden-size 7168 --num-attention-heads 64 --kv-lora-rank 512 --qk-head-dim 128 --qk-pos-emb-head-dim 64 --num-experts 384" in public slime/Megatron launch scripts for moonshotai/Kimi-K2-Instruct); expert params = 3 × 7168 × 2048 × 384 × 60 = 1014.7 B; total = experts + attention (≈ 6.2 B) + shared/dense FFN (≈ 3.0 B) + embeddings (2.3 B) ≈ 1026 B (derived; the model card rounds to 1 T)',
    asOf: '2025-09-05',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-0905)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/Kimi-K2-Instruct-0905-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); grade C, knowledge (read 2026-12-01)',
        asOf: '2026-12-01',
      },
    },
  },
  {
    id: 'kimi-k2.5',
    name: 'Kimi K2.5',
    family: 'Kimi K2',
    mode: 'chat',
    // Thinking is the default mode (an instant mode is selectable) — https://huggingface.co/moonshotai/Kimi-K2.5
    reasoning: true,
    qualityTier: 'frontier',
    qualityIndex: 38.1,
    paramsTotal: 1026000000000,
    paramsActive: 32000000000,
    moe: {
      experts: 384,
      expertsPerToken: 8,
      expertParams: 1014700000000,
    },
    layers: 61,
    hiddenSize: 7168,
    attentionHeads: 64,
    kvHeads: 64,
    headDim: 192,
    vocabSize: 163840,
    tiedEmbeddings: false,
    attention: {
      kind: 'mla',
      mlaLatentDim: 512,
      mlaRopeDim: 64,
    },
    maxContextTokens: 262144,
    licence: 'Modified MIT License',
    huggingFaceRepo: 'moonshotai/Kimi-K2.5',
    ggufAvailable: false,
    source:
      "huggingface.co/moonshotai/Kimi-K2.5 model card: the Kimi K2 language model (1 T total / 32 B active, 61 layers, MLA, 384 experts with 8 active, 256K context) with a vision encoder, continually pre-trained; text architecture as Kimi-K2-Instruct-0905 (config.json text_config); the text model's figures are used (the vision encoder is not counted). Native INT4 weights of the routed experts are not modelled here (no INT4 published-quant entry in this catalog)",
    asOf: '2026-01-27',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-5) — the thinking mode, the default',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'glm-4.5',
    name: 'GLM-4.5',
    family: 'GLM-4.5',
    mode: 'chat',
    // Hybrid reasoning; thinking mode is the default — https://huggingface.co/zai-org/GLM-4.5
    reasoning: true,
    qualityTier: 'frontier',
    qualityIndex: 19.5,
    paramsTotal: 355000000000,
    paramsActive: 32000000000,
    moe: {
      experts: 160,
      expertsPerToken: 8,
      expertParams: 336000000000,
    },
    layers: 92,
    hiddenSize: 5120,
    attentionHeads: 96,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 151552,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 131072,
    licence: 'MIT',
    huggingFaceRepo: 'zai-org/GLM-4.5',
    ggufAvailable: true,
    ggufRepo: 'unsloth/GLM-4.5-GGUF',
    source:
      'github.com/zai-org/GLM-4.5 README and huggingface.co/zai-org/GLM-4.5 config.json: 355 B total / 32 B active, MIT; architecture as in THUDM/slime scripts/models/glm4.5-355B-A32B.sh (zyzshishui/slime mirror): 3 dense + 89 MoE layers, hidden 5120, 96 heads / 8 KV groups, kv-channels 128, 160 routed experts (top-8) + 1 shared of 1536, vocab 151552; 128K context (transformers docs model_doc/glm4_moe.md); expert params = 3 × 5120 × 1536 × 160 × 89 = 336.0 B (derived)',
    asOf: '2025-07-28',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-4.5)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/GLM-4.5-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); grade C, knowledge (read 2026-12-01)',
        asOf: '2026-12-01',
      },
    },
  },
  {
    id: 'glm-4.6',
    name: 'GLM-4.6',
    family: 'GLM-4.6',
    mode: 'chat',
    // Hybrid reasoning; thinking mode is the default — https://huggingface.co/zai-org/GLM-4.6
    reasoning: true,
    qualityTier: 'frontier',
    qualityIndex: 25.1,
    paramsTotal: 355000000000,
    paramsActive: 32000000000,
    moe: {
      experts: 160,
      expertsPerToken: 8,
      expertParams: 336000000000,
    },
    layers: 92,
    hiddenSize: 5120,
    attentionHeads: 96,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 151552,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 202752,
    licence: 'MIT',
    huggingFaceRepo: 'zai-org/GLM-4.6',
    ggufAvailable: true,
    ggufRepo: 'unsloth/GLM-4.6-GGUF',
    source:
      'huggingface.co/zai-org/GLM-4.6 model card and config.json: the GLM-4.5 architecture (355 B total / 32 B active, 92 layers, 160 routed + 1 shared expert, top-8, 96 heads / 8 KV heads, head_dim 128) with the context raised from 128K to 200K (max_position_embeddings 202752); a public GLM-4.6 config transcription lists "355B total parameters, 32B active - 92 transformer layers - 160 routed + 1 shared expert - Top-8 routing - Grouped-Query Attention (96 heads, 8 KV heads) - 200K context window"; expert params = 3 × 5120 × 1536 × 160 × 89 = 336.0 B (derived)',
    asOf: '2025-09-30',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-4-6-reasoning) — the thinking mode, the default',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/GLM-4.6-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); grade C, knowledge (read 2026-12-01)',
        asOf: '2026-12-01',
      },
    },
  },
  {
    id: 'glm-5',
    name: 'GLM-5',
    family: 'GLM-5',
    mode: 'chat',
    // Hybrid reasoning; thinking mode is the default (AA rates "-non-reasoning" separately) — https://huggingface.co/zai-org/GLM-5
    reasoning: true,
    qualityTier: 'frontier',
    qualityIndex: 39.5,
    paramsTotal: 744000000000,
    paramsActive: 40000000000,
    moe: {
      experts: 256,
      expertsPerToken: 8,
      expertParams: 724800000000,
    },
    layers: 78,
    hiddenSize: 6144,
    attentionHeads: 64,
    kvHeads: 64,
    headDim: 256,
    vocabSize: 154880,
    tiedEmbeddings: false,
    attention: {
      kind: 'mla',
      mlaLatentDim: 512,
      mlaRopeDim: 64,
    },
    maxContextTokens: 202752,
    licence: 'MIT',
    huggingFaceRepo: 'zai-org/GLM-5',
    ggufAvailable: false,
    source:
      'GLM-5 README (zai-org, mirrored at 1sLand99/GLM-5): 744 B parameters (40 B active), DeepSeek Sparse Attention, MIT; huggingface.co/zai-org/GLM-5 config.json as transcribed in the transformers GlmMoeDsaConfig defaults ("defaults will yield a similar configuration to that of the GLM-5"): 78 layers, hidden 6144, 64 heads, MLA q_lora_rank 2048 / kv_lora_rank 512, qk_nope 192 + qk_rope 64 (headDim 256), v_head_dim 256, 256 routed experts (8 active) + 1 shared of moe_intermediate_size 2048, first_k_dense_replace 3, vocab 154880, max_position_embeddings 202752; the DSA indexer key cache (128 values per token and layer) is not modelled; expert params = 3 × 6144 × 2048 × 256 × 75 = 724.8 B (derived)',
    asOf: '2026-02-11',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-5) — the thinking mode, the default',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'minimax-m2',
    name: 'MiniMax-M2',
    family: 'MiniMax-M2',
    mode: 'chat',
    // An interleaved-thinking model: it always reasons in <think>…</think> before answering — https://huggingface.co/MiniMaxAI/MiniMax-M2
    reasoning: true,
    qualityTier: 'mid',
    qualityIndex: 28.3,
    paramsTotal: 230000000000,
    paramsActive: 10000000000,
    moe: {
      experts: 256,
      expertsPerToken: 8,
      expertParams: 224700000000,
    },
    layers: 62,
    hiddenSize: 3072,
    attentionHeads: 48,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 200064,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 196608,
    licence: 'MIT',
    huggingFaceRepo: 'MiniMaxAI/MiniMax-M2',
    ggufAvailable: true,
    ggufRepo: 'unsloth/MiniMax-M2-GGUF',
    source:
      'huggingface/transformers docs/source/en/model_doc/minimax_m2.md (230 B total / 10 B active) and huggingface.co/MiniMaxAI/MiniMax-M2 config.json (as transcribed in ModelCloud/GPTQModel configuration_minimax_m2.py defaults and public architecture scripts): 62 layers, hidden 3072, 48 heads / 8 KV heads, head_dim 128, 256 experts (8 per token) of intermediate 1536, vocab 200064, 196608 context; expert params = 3 × 3072 × 1536 × 256 × 62 = 224.7 B (derived)',
    asOf: '2025-10-27',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug minimax-m2)',
        asOf: '2026-08-01',
      },
      ggufRepo: {
        source:
          'huggingface.co/unsloth/MiniMax-M2-GGUF: GGUF conversion by Unsloth (community quantizer; quants in sub-folders); grade C, knowledge (read 2026-12-01)',
        asOf: '2026-12-01',
      },
    },
  },
  {
    id: 'minimax-m2.5',
    name: 'MiniMax-M2.5',
    family: 'MiniMax-M2',
    mode: 'chat',
    // An interleaved-thinking model, as M2 — https://huggingface.co/MiniMaxAI/MiniMax-M2.5
    reasoning: true,
    qualityTier: 'mid',
    qualityIndex: 33.7,
    paramsTotal: 230000000000,
    paramsActive: 10000000000,
    moe: {
      experts: 256,
      expertsPerToken: 8,
      expertParams: 224700000000,
    },
    layers: 62,
    hiddenSize: 3072,
    attentionHeads: 48,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 200064,
    tiedEmbeddings: false,
    attention: {
      kind: 'gqa',
    },
    maxContextTokens: 196608,
    licence: 'Modified MIT License',
    huggingFaceRepo: 'MiniMaxAI/MiniMax-M2.5',
    ggufAvailable: false,
    source:
      'huggingface.co/MiniMaxAI/MiniMax-M2.5 model card and config.json: the MiniMax-M2 architecture (230 B total / 10 B active, 62 layers, hidden 3072, 48 heads / 8 KV, head_dim 128 with partial RoPE 64, 256 routed experts, sigmoid top-8, no shared expert, FP8 block-quantised weights), as summarised in a public Tenstorrent port (MiniMax-M2.5 config helpers: "256 routed experts (no shared expert) … rotary_dim=64 with head_dim=128 … FP8 quantized weights"); 196608 context; expert params as M2 (224.7 B, derived)',
    asOf: '2026-02-12',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug minimax-m2-5)',
        asOf: '2026-08-01',
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
