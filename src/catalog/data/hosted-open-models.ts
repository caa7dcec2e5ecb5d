import type { z } from 'zod';
import type { apiModelSchema } from '../schema';

/**
 * The same open weights, hosted: serverless per-token APIs of the catalog's
 * open models (Together AI, Fireworks AI, DeepInfra, Groq, Cerebras, and the
 * open models Amazon Bedrock and Google Vertex AI sell per token). Each entry
 * names the open model it serves (`openModelId`), so the page can set the
 * host's price beside self-hosting the same model. Prices are the hosts' list
 * prices per 1M tokens as transcribed by LiteLLM's price map (the `source`
 * names the key); free tiers and unpriced keys are left out. The quality tier
 * and index are the open model's (same weights); `servedQuantId` is set only
 * where the host states the precision (DeepInfra's Turbo = FP8), otherwise
 * `servedPrecisionSummary` says it is not published.
 *
 * Concatenated into `apiModels` in `../index.ts`; add a host's model here,
 * not in `api-models.ts` (README "Hosted open models").
 */
export const hostedOpenModels = [
  {
    id: 'together-llama-3.3-70b-instruct-turbo',
    name: 'Llama 3.3 70B Instruct Turbo · Together AI',
    providerId: 'together-ai',
    openModelId: 'llama-3.3-70b-instruct',
    servedPrecisionSummary:
      'Turbo endpoint: Together does not state its precision on the pages read (precision not published)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    usdPerMillionInputTokens: 0.88,
    usdPerMillionOutputTokens: 0.88,
    reasoning: false,
    contextWindowTokens: 131072,
    litellmKeys: ['together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo'],
    source:
      'https://www.together.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          "LiteLLM lists no context window for this key; the open model's maximum (131072 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-3-instruct-70b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-llama-3.1-405b-instruct-turbo',
    name: 'Llama 3.1 405B Instruct Turbo · Together AI',
    providerId: 'together-ai',
    openModelId: 'llama-3.1-405b-instruct',
    servedPrecisionSummary:
      'Turbo endpoint: Together does not state its precision on the pages read (precision not published)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 8.5,
    usdPerMillionInputTokens: 3.5,
    usdPerMillionOutputTokens: 3.5,
    reasoning: false,
    contextWindowTokens: 131072,
    litellmKeys: ['together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo'],
    source:
      'https://www.together.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          "LiteLLM lists no context window for this key; the open model's maximum (131072 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-405b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-llama-3.1-8b-instruct-turbo',
    name: 'Llama 3.1 8B Instruct Turbo · Together AI',
    providerId: 'together-ai',
    openModelId: 'llama-3.1-8b-instruct',
    servedPrecisionSummary:
      'Turbo endpoint: Together does not state its precision on the pages read (precision not published)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    usdPerMillionInputTokens: 0.18,
    usdPerMillionOutputTokens: 0.18,
    reasoning: false,
    contextWindowTokens: 131072,
    litellmKeys: ['together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'],
    source:
      'https://www.together.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          "LiteLLM lists no context window for this key; the open model's maximum (131072 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-mixtral-8x7b-instruct-v0.1',
    name: 'Mixtral 8x7B Instruct v0.1 · Together AI',
    providerId: 'together-ai',
    openModelId: 'mixtral-8x7b-instruct-v0.1',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 2.4,
    usdPerMillionInputTokens: 0.6,
    usdPerMillionOutputTokens: 0.6,
    reasoning: false,
    contextWindowTokens: 32768,
    litellmKeys: ['together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1'],
    source:
      'https://www.together.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          "LiteLLM lists no context window for this key; the open model's maximum (32768 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mixtral-8x7b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-deepseek-r1-0528-tput',
    name: 'DeepSeek R1 0528 (throughput) · Together AI',
    providerId: 'together-ai',
    openModelId: 'deepseek-r1-0528',
    servedPrecisionSummary:
      '"tput" (throughput-optimised) endpoint; precision not published',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 20.1,
    usdPerMillionInputTokens: 0.55,
    usdPerMillionOutputTokens: 2.19,
    reasoning: true,
    contextWindowTokens: 128000,
    litellmKeys: ['together_ai/deepseek-ai/DeepSeek-R1-0528-tput'],
    source:
      'https://www.together.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/deepseek-ai/DeepSeek-R1-0528-tput"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-r1) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-gpt-oss-120b',
    name: 'gpt-oss-120b · Together AI',
    providerId: 'together-ai',
    openModelId: 'gpt-oss-120b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 23.8,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['together_ai/openai/gpt-oss-120b'],
    source:
      'https://www.together.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/openai/gpt-oss-120b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-gpt-oss-20b',
    name: 'gpt-oss-20b · Together AI',
    providerId: 'together-ai',
    openModelId: 'gpt-oss-20b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 14.9,
    usdPerMillionInputTokens: 0.05,
    usdPerMillionOutputTokens: 0.2,
    reasoning: true,
    contextWindowTokens: 128000,
    litellmKeys: ['together_ai/openai/gpt-oss-20b'],
    source:
      'https://www.together.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/openai/gpt-oss-20b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-20b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-llama-v3p3-70b-instruct',
    name: 'Llama 3.3 70B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'llama-3.3-70b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    usdPerMillionInputTokens: 0.9,
    usdPerMillionOutputTokens: 0.9,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-3-instruct-70b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-llama-v3p1-405b-instruct',
    name: 'Llama 3.1 405B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'llama-3.1-405b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 8.5,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 3,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-405b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-llama-v3p1-8b-instruct',
    name: 'Llama 3.1 8B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'llama-3.1-8b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.1,
    reasoning: false,
    contextWindowTokens: 16384,
    maxOutputTokens: 16384,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-llama-v3p2-3b-instruct',
    name: 'Llama 3.2 3B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'llama-3.2-3b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 4.2,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.1,
    reasoning: false,
    contextWindowTokens: 16384,
    maxOutputTokens: 16384,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/llama-v3p2-3b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/llama-v3p2-3b-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-2-instruct-3b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-llama-v3p2-1b-instruct',
    name: 'Llama 3.2 1B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'llama-3.2-1b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 1.1,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.1,
    reasoning: false,
    contextWindowTokens: 16384,
    maxOutputTokens: 16384,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/llama-v3p2-1b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/llama-v3p2-1b-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-2-instruct-1b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-llama4-scout-instruct-basic',
    name: 'Llama 4 Scout Instruct (basic) · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'llama-4-scout-17b-16e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/llama4-scout-instruct-basic',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/llama4-scout-instruct-basic"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-scout) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-mistral-7b-instruct-v3',
    name: 'Mistral 7B Instruct v0.3 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'mistral-7b-instruct-v0.3',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 2.1,
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.2,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-v3',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-v3"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mistral-7b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-mistral-nemo-instruct-2407',
    name: 'Mistral NeMo 12B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'mistral-nemo-instruct-2407',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.2,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/mistral-nemo-instruct-2407',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/mistral-nemo-instruct-2407"',
    asOf: '2026-07-24',
  },
  {
    id: 'fireworks-mixtral-8x7b-instruct',
    name: 'Mixtral 8x7B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'mixtral-8x7b-instruct-v0.1',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 2.4,
    usdPerMillionInputTokens: 0.5,
    usdPerMillionOutputTokens: 0.5,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct',
      'fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct-hf',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct" and key "fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct-hf"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mixtral-8x7b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-qwen2p5-7b-instruct',
    name: 'Qwen2.5 7B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen2.5-7b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.2,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/qwen2p5-7b-instruct'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen2p5-7b-instruct"',
    asOf: '2026-07-24',
  },
  {
    id: 'fireworks-qwen-v2p5-14b-instruct',
    name: 'Qwen2.5 14B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen2.5-14b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.2,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/qwen-v2p5-14b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen-v2p5-14b-instruct"',
    asOf: '2026-07-24',
  },
  {
    id: 'fireworks-qwen2p5-32b-instruct',
    name: 'Qwen2.5 32B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen2.5-32b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 7.5,
    usdPerMillionInputTokens: 0.9,
    usdPerMillionOutputTokens: 0.9,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/qwen2p5-32b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen2p5-32b-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen2.5-32b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-qwen2p5-72b-instruct',
    name: 'Qwen2.5 72B Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen2.5-72b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.6,
    usdPerMillionInputTokens: 0.9,
    usdPerMillionOutputTokens: 0.9,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen2-5-72b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-qwen3-8b',
    name: 'Qwen3 8B · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen3-8b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 5.1,
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.2,
    reasoning: true,
    contextWindowTokens: 40960,
    maxOutputTokens: 40960,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/qwen3-8b'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen3-8b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-8b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-qwen3-32b',
    name: 'Qwen3 32B · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen3-32b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 8.6,
    usdPerMillionInputTokens: 0.9,
    usdPerMillionOutputTokens: 0.9,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/qwen3-32b'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen3-32b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-32b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-qwen3-30b-a3b-instruct-2507',
    name: 'Qwen3 30B-A3B Instruct 2507 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen3-30b-a3b-instruct-2507',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.1,
    usdPerMillionInputTokens: 0.5,
    usdPerMillionOutputTokens: 0.5,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b-instruct-2507',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b-instruct-2507"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-30b-a3b-2507) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-qwen3-235b-a22b-instruct-2507',
    name: 'Qwen3 235B-A22B Instruct 2507 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'qwen3-235b-a22b-instruct-2507',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 18.2,
    usdPerMillionInputTokens: 0.22,
    usdPerMillionOutputTokens: 0.88,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-instruct-2507',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-instruct-2507"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-235b-a22b-instruct-2507) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-gemma2-9b-it',
    name: 'Gemma 2 9B IT · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'gemma-2-9b-it',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.2,
    reasoning: false,
    contextWindowTokens: 8192,
    maxOutputTokens: 8192,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/gemma2-9b-it'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/gemma2-9b-it"',
    asOf: '2026-07-24',
  },
  {
    id: 'fireworks-gemma-3-27b-it',
    name: 'Gemma 3 27B IT · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'gemma-3-27b-it',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 7.4,
    usdPerMillionInputTokens: 0.9,
    usdPerMillionOutputTokens: 0.9,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/gemma-3-27b-it'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/gemma-3-27b-it"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gemma-3-27b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-deepseek-v3-0324',
    name: 'DeepSeek V3 0324 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'deepseek-v3-0324',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 15.4,
    usdPerMillionInputTokens: 0.9,
    usdPerMillionOutputTokens: 0.9,
    reasoning: false,
    contextWindowTokens: 163840,
    maxOutputTokens: 163840,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/deepseek-v3-0324'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/deepseek-v3-0324"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-0324) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-deepseek-r1-0528',
    name: 'DeepSeek R1 0528 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'deepseek-r1-0528',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 20.1,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 8,
    reasoning: true,
    contextWindowTokens: 160000,
    maxOutputTokens: 160000,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/deepseek-r1-0528'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/deepseek-r1-0528"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-r1) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-gpt-oss-120b',
    name: 'gpt-oss-120b · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'gpt-oss-120b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 23.8,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    usdPerMillionCachedInputTokens: 0.015,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/gpt-oss-120b',
      'fireworks_ai/gpt-oss-120b',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/gpt-oss-120b" and key "fireworks_ai/gpt-oss-120b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-gpt-oss-20b',
    name: 'gpt-oss-20b · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'gpt-oss-20b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 14.9,
    usdPerMillionInputTokens: 0.07,
    usdPerMillionOutputTokens: 0.3,
    usdPerMillionCachedInputTokens: 0.035,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/gpt-oss-20b',
      'fireworks_ai/gpt-oss-20b',
    ],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/gpt-oss-20b" and key "fireworks_ai/gpt-oss-20b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-20b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-nomic-embed-text-v1.5',
    name: 'nomic-embed-text v1.5 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'nomic-embed-text-v1.5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'embedding',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.008,
    usdPerMillionOutputTokens: 0,
    reasoning: false,
    contextWindowTokens: 8192,
    litellmKeys: ['fireworks_ai/nomic-ai/nomic-embed-text-v1.5'],
    source:
      'https://fireworks.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/nomic-ai/nomic-embed-text-v1.5"',
    asOf: '2026-07-24',
  },
  {
    id: 'deepinfra-llama-3.3-70b-instruct',
    name: 'Llama 3.3 70B Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'llama-3.3-70b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    usdPerMillionInputTokens: 0.23,
    usdPerMillionOutputTokens: 0.4,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/meta-llama/Llama-3.3-70B-Instruct'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/meta-llama/Llama-3.3-70B-Instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-3-instruct-70b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-llama-3.3-70b-instruct-turbo',
    name: 'Llama 3.3 70B Instruct Turbo · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'llama-3.3-70b-instruct',
    servedQuantId: 'fp8',
    servedPrecisionSummary:
      'FP8: https://deepinfra.com/meta-llama/Llama-3.3-70B-Instruct-Turbo (model page: "utilizing FP8 quantization"; precision listed as fp8)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    usdPerMillionInputTokens: 0.13,
    usdPerMillionOutputTokens: 0.39,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo"',
    asOf: '2026-07-24',
    fieldSources: {
      servedQuantId: {
        source:
          'https://deepinfra.com/meta-llama/Llama-3.3-70B-Instruct-Turbo (model page: "utilizing FP8 quantization"; precision listed as fp8) (read 2026-12-01)',
        asOf: '2026-12-01',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-3-instruct-70b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-llama-3.1-8b-instruct',
    name: 'Llama 3.1 8B Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'llama-3.1-8b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    usdPerMillionInputTokens: 0.03,
    usdPerMillionOutputTokens: 0.05,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-llama-3.1-8b-instruct-turbo',
    name: 'Llama 3.1 8B Instruct Turbo · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'llama-3.1-8b-instruct',
    servedPrecisionSummary:
      "Turbo variant, a reduced-precision build per DeepInfra's Turbo naming; its exact precision was not on a page read (precision not published)",
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    usdPerMillionInputTokens: 0.02,
    usdPerMillionOutputTokens: 0.03,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-llama-3.2-3b-instruct',
    name: 'Llama 3.2 3B Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'llama-3.2-3b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 4.2,
    usdPerMillionInputTokens: 0.02,
    usdPerMillionOutputTokens: 0.02,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/meta-llama/Llama-3.2-3B-Instruct'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/meta-llama/Llama-3.2-3B-Instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-2-instruct-3b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-llama-4-scout-17b-16e-instruct',
    name: 'Llama 4 Scout 17B-16E Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'llama-4-scout-17b-16e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10,
    usdPerMillionInputTokens: 0.08,
    usdPerMillionOutputTokens: 0.3,
    reasoning: false,
    contextWindowTokens: 327680,
    maxOutputTokens: 327680,
    litellmKeys: ['deepinfra/meta-llama/Llama-4-Scout-17B-16E-Instruct'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/meta-llama/Llama-4-Scout-17B-16E-Instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-scout) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-mistral-nemo-instruct-2407',
    name: 'Mistral NeMo 12B Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'mistral-nemo-instruct-2407',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.02,
    usdPerMillionOutputTokens: 0.04,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/mistralai/Mistral-Nemo-Instruct-2407'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/mistralai/Mistral-Nemo-Instruct-2407"',
    asOf: '2026-07-24',
  },
  {
    id: 'deepinfra-mistral-small-3.2-24b-instruct-2506',
    name: 'Mistral Small 3.2 24B Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'mistral-small-3.2-24b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10.6,
    usdPerMillionInputTokens: 0.075,
    usdPerMillionOutputTokens: 0.2,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: ['deepinfra/mistralai/Mistral-Small-3.2-24B-Instruct-2506'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/mistralai/Mistral-Small-3.2-24B-Instruct-2506"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mistral-small-3-2) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-mixtral-8x7b-instruct-v0.1',
    name: 'Mixtral 8x7B Instruct v0.1 · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'mixtral-8x7b-instruct-v0.1',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 2.4,
    usdPerMillionInputTokens: 0.4,
    usdPerMillionOutputTokens: 0.4,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: ['deepinfra/mistralai/Mixtral-8x7B-Instruct-v0.1'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/mistralai/Mixtral-8x7B-Instruct-v0.1"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mixtral-8x7b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-qwen2.5-7b-instruct',
    name: 'Qwen2.5 7B Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'qwen2.5-7b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.04,
    usdPerMillionOutputTokens: 0.1,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: ['deepinfra/Qwen/Qwen2.5-7B-Instruct'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/Qwen/Qwen2.5-7B-Instruct"',
    asOf: '2026-07-24',
  },
  {
    id: 'deepinfra-qwen2.5-72b-instruct',
    name: 'Qwen2.5 72B Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'qwen2.5-72b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.6,
    usdPerMillionInputTokens: 0.12,
    usdPerMillionOutputTokens: 0.39,
    reasoning: false,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: ['deepinfra/Qwen/Qwen2.5-72B-Instruct'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/Qwen/Qwen2.5-72B-Instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen2-5-72b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-qwen3-32b',
    name: 'Qwen3 32B · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'qwen3-32b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 8.6,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.28,
    reasoning: true,
    contextWindowTokens: 40960,
    maxOutputTokens: 40960,
    litellmKeys: ['deepinfra/Qwen/Qwen3-32B'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/Qwen/Qwen3-32B"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-32b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-qwen3-235b-a22b-instruct-2507',
    name: 'Qwen3 235B-A22B Instruct 2507 · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'qwen3-235b-a22b-instruct-2507',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 18.2,
    usdPerMillionInputTokens: 0.09,
    usdPerMillionOutputTokens: 0.6,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    litellmKeys: ['deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-235b-a22b-instruct-2507) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-gemma-3-12b-it',
    name: 'Gemma 3 12B IT · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'gemma-3-12b-it',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 3.4,
    usdPerMillionInputTokens: 0.05,
    usdPerMillionOutputTokens: 0.1,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/google/gemma-3-12b-it'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/google/gemma-3-12b-it"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gemma-3-12b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-gemma-3-27b-it',
    name: 'Gemma 3 27B IT · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'gemma-3-27b-it',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 7.4,
    usdPerMillionInputTokens: 0.09,
    usdPerMillionOutputTokens: 0.16,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/google/gemma-3-27b-it'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/google/gemma-3-27b-it"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gemma-3-27b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-phi-4',
    name: 'Phi-4 14B · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'phi-4',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 4.9,
    usdPerMillionInputTokens: 0.07,
    usdPerMillionOutputTokens: 0.14,
    reasoning: false,
    contextWindowTokens: 16384,
    maxOutputTokens: 16384,
    litellmKeys: ['deepinfra/microsoft/phi-4'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/microsoft/phi-4"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug phi-4) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-deepseek-v3-0324',
    name: 'DeepSeek V3 0324 · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'deepseek-v3-0324',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 15.4,
    usdPerMillionInputTokens: 0.25,
    usdPerMillionOutputTokens: 0.88,
    reasoning: false,
    contextWindowTokens: 163840,
    maxOutputTokens: 163840,
    litellmKeys: ['deepinfra/deepseek-ai/DeepSeek-V3-0324'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/deepseek-ai/DeepSeek-V3-0324"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-0324) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-deepseek-r1-0528',
    name: 'DeepSeek R1 0528 · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'deepseek-r1-0528',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 20.1,
    usdPerMillionInputTokens: 0.5,
    usdPerMillionOutputTokens: 2.15,
    usdPerMillionCachedInputTokens: 0.4,
    reasoning: true,
    contextWindowTokens: 163840,
    maxOutputTokens: 163840,
    litellmKeys: ['deepinfra/deepseek-ai/DeepSeek-R1-0528'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/deepseek-ai/DeepSeek-R1-0528"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-r1) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-deepseek-r1-0528-turbo',
    name: 'DeepSeek R1 0528 Turbo · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'deepseek-r1-0528',
    servedPrecisionSummary:
      "Turbo variant, a reduced-precision build per DeepInfra's Turbo naming; its exact precision was not on a page read (precision not published)",
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 20.1,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 3,
    reasoning: true,
    contextWindowTokens: 32768,
    maxOutputTokens: 32768,
    litellmKeys: ['deepinfra/deepseek-ai/DeepSeek-R1-0528-Turbo'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/deepseek-ai/DeepSeek-R1-0528-Turbo"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-r1) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-gpt-oss-120b',
    name: 'gpt-oss-120b · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'gpt-oss-120b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 23.8,
    usdPerMillionInputTokens: 0.05,
    usdPerMillionOutputTokens: 0.45,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/openai/gpt-oss-120b'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/openai/gpt-oss-120b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-gpt-oss-20b',
    name: 'gpt-oss-20b · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'gpt-oss-20b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 14.9,
    usdPerMillionInputTokens: 0.04,
    usdPerMillionOutputTokens: 0.15,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/openai/gpt-oss-20b'],
    source:
      'https://deepinfra.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/openai/gpt-oss-20b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-20b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-llama-3.3-70b-versatile',
    name: 'Llama 3.3 70B Versatile · Groq',
    providerId: 'groq',
    openModelId: 'llama-3.3-70b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    usdPerMillionInputTokens: 0.59,
    usdPerMillionOutputTokens: 0.79,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 32768,
    litellmKeys: ['groq/llama-3.3-70b-versatile'],
    source:
      'https://groq.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/llama-3.3-70b-versatile"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-3-instruct-70b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-llama-3.1-8b-instant',
    name: 'Llama 3.1 8B Instant · Groq',
    providerId: 'groq',
    openModelId: 'llama-3.1-8b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    usdPerMillionInputTokens: 0.05,
    usdPerMillionOutputTokens: 0.08,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 8192,
    litellmKeys: ['groq/llama-3.1-8b-instant'],
    source:
      'https://groq.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/llama-3.1-8b-instant"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-llama-4-scout-17b-16e-instruct',
    name: 'Llama 4 Scout 17B-16E Instruct · Groq',
    providerId: 'groq',
    openModelId: 'llama-4-scout-17b-16e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10,
    usdPerMillionInputTokens: 0.11,
    usdPerMillionOutputTokens: 0.34,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 8192,
    litellmKeys: ['groq/meta-llama/llama-4-scout-17b-16e-instruct'],
    source:
      'https://groq.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/meta-llama/llama-4-scout-17b-16e-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-scout) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-qwen3-32b',
    name: 'Qwen3 32B · Groq',
    providerId: 'groq',
    openModelId: 'qwen3-32b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 8.6,
    usdPerMillionInputTokens: 0.29,
    usdPerMillionOutputTokens: 0.59,
    reasoning: true,
    contextWindowTokens: 131000,
    maxOutputTokens: 131000,
    litellmKeys: ['groq/qwen/qwen3-32b'],
    source:
      'https://groq.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/qwen/qwen3-32b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-32b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-gpt-oss-120b',
    name: 'gpt-oss-120b · Groq',
    providerId: 'groq',
    openModelId: 'gpt-oss-120b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 23.8,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    usdPerMillionCachedInputTokens: 0.075,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 32766,
    litellmKeys: ['groq/openai/gpt-oss-120b'],
    source:
      'https://groq.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/openai/gpt-oss-120b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-gpt-oss-20b',
    name: 'gpt-oss-20b · Groq',
    providerId: 'groq',
    openModelId: 'gpt-oss-20b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 14.9,
    usdPerMillionInputTokens: 0.075,
    usdPerMillionOutputTokens: 0.3,
    usdPerMillionCachedInputTokens: 0.0375,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 32768,
    litellmKeys: ['groq/openai/gpt-oss-20b'],
    source:
      'https://groq.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/openai/gpt-oss-20b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-20b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'cerebras-llama-3.3-70b',
    name: 'Llama 3.3 70B · Cerebras',
    providerId: 'cerebras',
    openModelId: 'llama-3.3-70b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    usdPerMillionInputTokens: 0.85,
    usdPerMillionOutputTokens: 1.2,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: ['cerebras/llama-3.3-70b'],
    source:
      'https://www.cerebras.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "cerebras/llama-3.3-70b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-3-instruct-70b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'cerebras-llama3.1-8b',
    name: 'Llama 3.1 8B · Cerebras',
    providerId: 'cerebras',
    openModelId: 'llama-3.1-8b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.1,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: ['cerebras/llama3.1-8b'],
    source:
      'https://www.cerebras.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "cerebras/llama3.1-8b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'cerebras-qwen-3-32b',
    name: 'Qwen3 32B · Cerebras',
    providerId: 'cerebras',
    openModelId: 'qwen3-32b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 8.6,
    usdPerMillionInputTokens: 0.4,
    usdPerMillionOutputTokens: 0.8,
    reasoning: true,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: ['cerebras/qwen-3-32b'],
    source:
      'https://www.cerebras.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "cerebras/qwen-3-32b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-32b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'cerebras-gpt-oss-120b',
    name: 'gpt-oss-120b · Cerebras',
    providerId: 'cerebras',
    openModelId: 'gpt-oss-120b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 23.8,
    usdPerMillionInputTokens: 0.35,
    usdPerMillionOutputTokens: 0.75,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 32768,
    litellmKeys: ['cerebras/gpt-oss-120b'],
    source:
      'https://www.cerebras.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "cerebras/gpt-oss-120b"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-llama-3.1-405b-instruct',
    name: 'Llama 3.1 405B Instruct · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'llama-3.1-405b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 8.5,
    usdPerMillionInputTokens: 5.32,
    usdPerMillionOutputTokens: 16,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['meta.llama3-1-405b-instruct-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "meta.llama3-1-405b-instruct-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-405b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-llama-3.1-8b-instruct',
    name: 'Llama 3.1 8B Instruct · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'llama-3.1-8b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 7.6,
    usdPerMillionInputTokens: 0.22,
    usdPerMillionOutputTokens: 0.22,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 2048,
    litellmKeys: ['meta.llama3-1-8b-instruct-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "meta.llama3-1-8b-instruct-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-8b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-llama-3.2-3b-instruct',
    name: 'Llama 3.2 3B Instruct · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'llama-3.2-3b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 4.2,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.15,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['meta.llama3-2-3b-instruct-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "meta.llama3-2-3b-instruct-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-2-instruct-3b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-llama-3.2-1b-instruct',
    name: 'Llama 3.2 1B Instruct · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'llama-3.2-1b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 1.1,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.1,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['meta.llama3-2-1b-instruct-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "meta.llama3-2-1b-instruct-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-2-instruct-1b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-llama-4-scout-17b-instruct',
    name: 'Llama 4 Scout 17B Instruct · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'llama-4-scout-17b-16e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10,
    usdPerMillionInputTokens: 0.17,
    usdPerMillionOutputTokens: 0.66,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['meta.llama4-scout-17b-instruct-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "meta.llama4-scout-17b-instruct-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-scout) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://aws.amazon.com/bedrock/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'bedrock-mixtral-8x7b-instruct-v0.1',
    name: 'Mixtral 8x7B Instruct v0.1 · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'mixtral-8x7b-instruct-v0.1',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 2.4,
    usdPerMillionInputTokens: 0.45,
    usdPerMillionOutputTokens: 0.7,
    reasoning: false,
    contextWindowTokens: 32000,
    maxOutputTokens: 8191,
    litellmKeys: ['mistral.mixtral-8x7b-instruct-v0:1'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral.mixtral-8x7b-instruct-v0:1"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug mixtral-8x7b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-qwen3-32b',
    name: 'Qwen3 32B · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'qwen3-32b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 8.6,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 16384,
    litellmKeys: ['qwen.qwen3-32b-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "qwen.qwen3-32b-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-32b-instruct) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-qwen3-235b-a22b-2507',
    name: 'Qwen3 235B-A22B 2507 · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'qwen3-235b-a22b-instruct-2507',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 18.2,
    usdPerMillionInputTokens: 0.22,
    usdPerMillionOutputTokens: 0.88,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 131072,
    litellmKeys: ['qwen.qwen3-235b-a22b-2507-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "qwen.qwen3-235b-a22b-2507-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-235b-a22b-instruct-2507) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-gemma-3-12b-it',
    name: 'Gemma 3 12B IT · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'gemma-3-12b-it',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 3.4,
    usdPerMillionInputTokens: 0.09,
    usdPerMillionOutputTokens: 0.29,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 8192,
    litellmKeys: ['google.gemma-3-12b-it'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "google.gemma-3-12b-it"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gemma-3-12b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-gemma-3-27b-it',
    name: 'Gemma 3 27B IT · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'gemma-3-27b-it',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 7.4,
    usdPerMillionInputTokens: 0.23,
    usdPerMillionOutputTokens: 0.38,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 8192,
    litellmKeys: ['google.gemma-3-27b-it'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "google.gemma-3-27b-it"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gemma-3-27b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-gpt-oss-120b',
    name: 'gpt-oss-120b · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'gpt-oss-120b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 23.8,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    reasoning: true,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: ['openai.gpt-oss-120b-1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "openai.gpt-oss-120b-1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-gpt-oss-20b',
    name: 'gpt-oss-20b · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'gpt-oss-20b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 14.9,
    usdPerMillionInputTokens: 0.07,
    usdPerMillionOutputTokens: 0.3,
    reasoning: true,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: ['openai.gpt-oss-20b-1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "openai.gpt-oss-20b-1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-20b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-llama-3.1-405b-instruct-maas',
    name: 'Llama 3.1 405B Instruct · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'llama-3.1-405b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 8.5,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 16,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 2048,
    litellmKeys: ['vertex_ai/meta/llama-3.1-405b-instruct-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/meta/llama-3.1-405b-instruct-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-3-1-instruct-405b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-llama-4-scout-17b-16e-instruct-maas',
    name: 'Llama 4 Scout 17B-16E Instruct · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'llama-4-scout-17b-16e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 10,
    usdPerMillionInputTokens: 0.25,
    usdPerMillionOutputTokens: 0.7,
    reasoning: false,
    contextWindowTokens: 10000000,
    maxOutputTokens: 10000000,
    litellmKeys: ['vertex_ai/meta/llama-4-scout-17b-16e-instruct-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/meta/llama-4-scout-17b-16e-instruct-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-scout) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-qwen3-235b-a22b-instruct-2507-maas',
    name: 'Qwen3 235B-A22B Instruct 2507 · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'qwen3-235b-a22b-instruct-2507',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 18.2,
    usdPerMillionInputTokens: 0.25,
    usdPerMillionOutputTokens: 1,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 16384,
    litellmKeys: ['vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-235b-a22b-instruct-2507) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-deepseek-r1-0528-maas',
    name: 'DeepSeek R1 0528 · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'deepseek-r1-0528',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 20.1,
    usdPerMillionInputTokens: 1.35,
    usdPerMillionOutputTokens: 5.4,
    reasoning: true,
    contextWindowTokens: 65336,
    maxOutputTokens: 8192,
    litellmKeys: ['vertex_ai/deepseek-ai/deepseek-r1-0528-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/deepseek-ai/deepseek-r1-0528-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-r1) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-gpt-oss-120b-maas',
    name: 'gpt-oss-120b · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'gpt-oss-120b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 23.8,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 32768,
    litellmKeys: ['vertex_ai/openai/gpt-oss-120b-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/openai/gpt-oss-120b-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-120b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-gpt-oss-20b-maas',
    name: 'gpt-oss-20b · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'gpt-oss-20b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 14.9,
    usdPerMillionInputTokens: 0.075,
    usdPerMillionOutputTokens: 0.3,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 32768,
    litellmKeys: ['vertex_ai/openai/gpt-oss-20b-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/openai/gpt-oss-20b-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug gpt-oss-20b) — the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-llama-4-maverick-17b-128e-instruct-fp8',
    name: 'Llama 4 Maverick 17B-128E Instruct · Together AI',
    providerId: 'together-ai',
    openModelId: 'llama-4-maverick-17b-128e-instruct',
    servedQuantId: 'fp8',
    servedPrecisionSummary:
      "FP8: the host serves Meta's published FP8 checkpoint meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 (the model id it lists), https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 14.3,
    usdPerMillionInputTokens: 0.27,
    usdPerMillionOutputTokens: 0.85,
    reasoning: false,
    contextWindowTokens: 1048576,
    litellmKeys: [
      'together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
    ],
    source:
      'https://www.together.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8"',
    asOf: '2026-07-24',
    fieldSources: {
      servedQuantId: {
        source:
          "FP8: the host serves Meta's published FP8 checkpoint meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 (the model id it lists), https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 (read 2026-12-01)",
        asOf: '2026-12-01',
      },
      contextWindowTokens: {
        source:
          "LiteLLM lists no context window for this key; the open model's maximum (1048576 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-maverick) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-llama4-maverick-instruct-basic',
    name: 'Llama 4 Maverick 17B-128E Instruct · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'llama-4-maverick-17b-128e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 14.3,
    usdPerMillionInputTokens: 0.22,
    usdPerMillionOutputTokens: 0.88,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic',
    ],
    source:
      'https://fireworks.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-maverick) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-llama-4-maverick-17b-128e-instruct-fp8',
    name: 'Llama 4 Maverick 17B-128E Instruct · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'llama-4-maverick-17b-128e-instruct',
    servedQuantId: 'fp8',
    servedPrecisionSummary:
      "FP8: the host serves Meta's published FP8 checkpoint meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 (the model id it lists), https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 14.3,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    reasoning: false,
    contextWindowTokens: 1048576,
    maxOutputTokens: 1048576,
    litellmKeys: [
      'deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
    ],
    source:
      'https://deepinfra.com/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8"',
    asOf: '2026-07-24',
    fieldSources: {
      servedQuantId: {
        source:
          "FP8: the host serves Meta's published FP8 checkpoint meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 (the model id it lists), https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 (read 2026-12-01)",
        asOf: '2026-12-01',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-maverick) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-llama-4-maverick-17b-128e-instruct',
    name: 'Llama 4 Maverick 17B-128E Instruct · Groq',
    providerId: 'groq',
    openModelId: 'llama-4-maverick-17b-128e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 14.3,
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.6,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 8192,
    litellmKeys: ['groq/meta-llama/llama-4-maverick-17b-128e-instruct'],
    source:
      'https://groq.com/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/meta-llama/llama-4-maverick-17b-128e-instruct"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-maverick) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-llama-4-maverick-17b-instruct',
    name: 'Llama 4 Maverick 17B-128E Instruct · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'llama-4-maverick-17b-128e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 14.3,
    usdPerMillionInputTokens: 0.24,
    usdPerMillionOutputTokens: 0.97,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['meta.llama4-maverick-17b-instruct-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "meta.llama4-maverick-17b-instruct-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-maverick) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://aws.amazon.com/bedrock/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'vertex-llama-4-maverick-17b-128e-instruct-maas',
    name: 'Llama 4 Maverick 17B-128E Instruct · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'llama-4-maverick-17b-128e-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 14.3,
    usdPerMillionInputTokens: 0.35,
    usdPerMillionOutputTokens: 1.15,
    reasoning: false,
    contextWindowTokens: 1000000,
    maxOutputTokens: 1000000,
    litellmKeys: ['vertex_ai/meta/llama-4-maverick-17b-128e-instruct-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/meta/llama-4-maverick-17b-128e-instruct-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug llama-4-maverick) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-qwen3.5-397b-a17b',
    name: 'Qwen3.5 397B-A17B · Together AI',
    providerId: 'together-ai',
    openModelId: 'qwen3.5-397b-a17b',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 33.7,
    usdPerMillionInputTokens: 0.6,
    usdPerMillionOutputTokens: 3.6,
    reasoning: true,
    contextWindowTokens: 262144,
    litellmKeys: ['together_ai/Qwen/Qwen3.5-397B-A17B'],
    source:
      'https://www.together.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/Qwen/Qwen3.5-397B-A17B"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug qwen3-5-397b-a17b) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-deepseek-v3.1',
    name: 'DeepSeek V3.1 · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'deepseek-v3.1',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 21,
    usdPerMillionInputTokens: 0.27,
    usdPerMillionOutputTokens: 1,
    usdPerMillionCachedInputTokens: 0.216,
    reasoning: false,
    contextWindowTokens: 131072,
    litellmKeys: ['deepinfra/deepseek-ai/DeepSeek-V3.1'],
    source:
      'https://deepinfra.com/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/deepseek-ai/DeepSeek-V3.1"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          "LiteLLM lists 163840 input tokens, more than the weights' maximum; the open model's maximum (131072 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-1) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-deepseek-v3.1',
    name: 'DeepSeek V3.1 · Together AI',
    providerId: 'together-ai',
    openModelId: 'deepseek-v3.1',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 21,
    usdPerMillionInputTokens: 0.6,
    usdPerMillionOutputTokens: 1.7,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    litellmKeys: ['together_ai/deepseek-ai/DeepSeek-V3.1'],
    source:
      'https://www.together.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/deepseek-ai/DeepSeek-V3.1"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-1) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-deepseek-v3.1-maas',
    name: 'DeepSeek V3.1 · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'deepseek-v3.1',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 21,
    usdPerMillionInputTokens: 1.35,
    usdPerMillionOutputTokens: 5.4,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 32768,
    litellmKeys: ['vertex_ai/deepseek-ai/deepseek-v3.1-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/deepseek-ai/deepseek-v3.1-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          "LiteLLM lists 163840 input tokens, more than the weights' maximum; the open model's maximum (131072 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-1) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-deepseek-v3.2-maas',
    name: 'DeepSeek V3.2 · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'deepseek-v3.2',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 24.7,
    usdPerMillionInputTokens: 0.56,
    usdPerMillionOutputTokens: 1.68,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 163840,
    maxOutputTokens: 32768,
    litellmKeys: ['vertex_ai/deepseek-ai/deepseek-v3.2-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/deepseek-ai/deepseek-v3.2-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug deepseek-v3-2) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://cloud.google.com/vertex-ai/generative-ai/pricing (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'deepinfra-kimi-k2-instruct-0905',
    name: 'Kimi K2 Instruct 0905 · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'kimi-k2-instruct-0905',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 23.5,
    usdPerMillionInputTokens: 0.5,
    usdPerMillionOutputTokens: 2,
    usdPerMillionCachedInputTokens: 0.4,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    litellmKeys: ['deepinfra/moonshotai/Kimi-K2-Instruct-0905'],
    source:
      'https://deepinfra.com/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/moonshotai/Kimi-K2-Instruct-0905"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-0905) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'groq-kimi-k2-instruct-0905',
    name: 'Kimi K2 Instruct 0905 · Groq',
    providerId: 'groq',
    openModelId: 'kimi-k2-instruct-0905',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 23.5,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 3,
    usdPerMillionCachedInputTokens: 0.5,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 16384,
    litellmKeys: ['groq/moonshotai/kimi-k2-instruct-0905'],
    source:
      'https://groq.com/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "groq/moonshotai/kimi-k2-instruct-0905"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-0905) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-kimi-k2-instruct-0905',
    name: 'Kimi K2 Instruct 0905 · Together AI',
    providerId: 'together-ai',
    openModelId: 'kimi-k2-instruct-0905',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 23.5,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 3,
    reasoning: false,
    contextWindowTokens: 262144,
    litellmKeys: ['together_ai/moonshotai/Kimi-K2-Instruct-0905'],
    source:
      'https://www.together.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/moonshotai/Kimi-K2-Instruct-0905"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-0905) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-kimi-k2-instruct-0905',
    name: 'Kimi K2 Instruct 0905 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'kimi-k2-instruct-0905',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 23.5,
    usdPerMillionInputTokens: 0.6,
    usdPerMillionOutputTokens: 2.5,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 32768,
    litellmKeys: [
      'fireworks_ai/accounts/fireworks/models/kimi-k2-instruct-0905',
    ],
    source:
      'https://fireworks.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/kimi-k2-instruct-0905"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-0905) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'fireworks-kimi-k2p5',
    name: 'Kimi K2.5 · Fireworks AI',
    providerId: 'fireworks-ai',
    openModelId: 'kimi-k2.5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 38.1,
    usdPerMillionInputTokens: 0.6,
    usdPerMillionOutputTokens: 3,
    usdPerMillionCachedInputTokens: 0.1,
    reasoning: true,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    litellmKeys: ['fireworks_ai/accounts/fireworks/models/kimi-k2p5'],
    source:
      'https://fireworks.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "fireworks_ai/accounts/fireworks/models/kimi-k2p5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-5) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-kimi-k2.5',
    name: 'Kimi K2.5 · Together AI',
    providerId: 'together-ai',
    openModelId: 'kimi-k2.5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 38.1,
    usdPerMillionInputTokens: 0.5,
    usdPerMillionOutputTokens: 2.8,
    reasoning: true,
    contextWindowTokens: 256000,
    maxOutputTokens: 256000,
    litellmKeys: ['together_ai/moonshotai/Kimi-K2.5'],
    source:
      'https://www.together.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/moonshotai/Kimi-K2.5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-5) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-kimi-k2.5',
    name: 'Kimi K2.5 · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'kimi-k2.5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 38.1,
    usdPerMillionInputTokens: 0.6,
    usdPerMillionOutputTokens: 3,
    reasoning: true,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    litellmKeys: ['moonshotai.kimi-k2.5'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "moonshotai.kimi-k2.5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug kimi-k2-5) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepinfra-glm-4.5',
    name: 'GLM-4.5 · DeepInfra',
    providerId: 'deepinfra',
    openModelId: 'glm-4.5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 19.5,
    usdPerMillionInputTokens: 0.4,
    usdPerMillionOutputTokens: 1.6,
    reasoning: true,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    litellmKeys: ['deepinfra/zai-org/GLM-4.5'],
    source:
      'https://deepinfra.com/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepinfra/zai-org/GLM-4.5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-4.5) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'together-glm-4.6',
    name: 'GLM-4.6 · Together AI',
    providerId: 'together-ai',
    openModelId: 'glm-4.6',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 25.1,
    usdPerMillionInputTokens: 0.6,
    usdPerMillionOutputTokens: 2.2,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 200000,
    litellmKeys: ['together_ai/zai-org/GLM-4.6'],
    source:
      'https://www.together.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "together_ai/zai-org/GLM-4.6"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-4-6-reasoning) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'cerebras-zai-glm-4.6',
    name: 'GLM-4.6 · Cerebras',
    providerId: 'cerebras',
    openModelId: 'glm-4.6',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 25.1,
    usdPerMillionInputTokens: 2.25,
    usdPerMillionOutputTokens: 2.75,
    reasoning: true,
    contextWindowTokens: 128000,
    maxOutputTokens: 128000,
    litellmKeys: ['cerebras/zai-glm-4.6'],
    source:
      'https://www.cerebras.ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "cerebras/zai-glm-4.6"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-4-6-reasoning) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-glm-5-maas',
    name: 'GLM-5 · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'glm-5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 39.5,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 3.2,
    usdPerMillionCachedInputTokens: 0.1,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 128000,
    litellmKeys: ['vertex_ai/zai-org/glm-5-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/zai-org/glm-5-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-5) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-glm-5',
    name: 'GLM-5 · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'glm-5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 39.5,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 3.2,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 128000,
    litellmKeys: ['zai.glm-5'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "zai.glm-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug glm-5) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'vertex-minimax-m2-maas',
    name: 'MiniMax-M2 · Vertex AI',
    providerId: 'google-vertex',
    openModelId: 'minimax-m2',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 28.3,
    usdPerMillionInputTokens: 0.3,
    usdPerMillionOutputTokens: 1.2,
    reasoning: true,
    contextWindowTokens: 196608,
    maxOutputTokens: 196608,
    litellmKeys: ['vertex_ai/minimaxai/minimax-m2-maas'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/minimaxai/minimax-m2-maas"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug minimax-m2) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-minimax-m2',
    name: 'MiniMax-M2 · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'minimax-m2',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 28.3,
    usdPerMillionInputTokens: 0.3,
    usdPerMillionOutputTokens: 1.2,
    reasoning: true,
    contextWindowTokens: 128000,
    maxOutputTokens: 8192,
    litellmKeys: ['minimax.minimax-m2'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "minimax.minimax-m2"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug minimax-m2) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-minimax-m2.5',
    name: 'MiniMax-M2.5 · Bedrock',
    providerId: 'aws-bedrock',
    openModelId: 'minimax-m2.5',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 33.7,
    usdPerMillionInputTokens: 0.3,
    usdPerMillionOutputTokens: 1.2,
    reasoning: true,
    contextWindowTokens: 196608,
    maxOutputTokens: 8192,
    litellmKeys: ['minimax.minimax-m2.5'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ \u2014 transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "minimax.minimax-m2.5"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          "LiteLLM lists 1000000 input tokens, more than the weights' maximum; the open model's maximum (196608 tokens, config.json) is assumed",
        asOf: '2026-07-24',
      },
      qualityIndex: {
        source:
          "Artificial Analysis Intelligence Index, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd (slug minimax-m2-5) \u2014 the open model's index (the same weights; a host's precision can shift it)",
        asOf: '2026-08-01',
      },
    },
  },
] satisfies z.input<typeof apiModelSchema>[];
