import type { z } from 'zod';
import type { apiModelSchema } from '../schema';

/**
 * API models: first-party list prices in USD per 1M tokens, per provider and
 * per deployment. Prices were transcribed from each provider's pricing page
 * via LiteLLM's community price map (the `source` names the key), cross-checked
 * against OpenRouter's /api/v1/models (2026-08-01). Latency (median TTFT and
 * output tokens/s) and the Intelligence Index come from Artificial Analysis
 * (see `fieldSources`). Regional entries store the global price plus a
 * `regionalMultiplier`, so the engine applies the uplift once. `deployment`
 * says where an entry processes data (Global vs EU Data Zone, `global.` vs
 * `eu.`, an OpenAI EU residency project); the EU residency rule passes only
 * entries whose deployment is 'eu' when their provider offers EU residency
 * per deployment (docs/methods.md §9.2).
 *
 * Quality tiers are the model's class within its provider's line-up at release
 * (flagship → frontier, workhorse → mid, cheapest / smallest → small); they
 * drive the like-for-like warning, not a ranking.
 */
export const apiModels = [
  {
    id: 'gpt-4o',
    name: 'GPT-4o',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 11.2,
    usdPerMillionInputTokens: 2.5,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 1.25,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 500,
      tokensPerMinute: 30000,
      cacheReadsCountTowardLimit: true,
      source:
        'https://platform.openai.com/docs/guides/rate-limits (Tier 1 values as tabulated at https://www.ai-buzz.com/ai-openai-rate-limits)',
      asOf: '2026-11-27',
    },
    latency: {
      timeToFirstTokenSeconds: 0.451,
      outputTokensPerSecond: 208.501,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4o), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-4o'],
    openrouterId: 'openai/gpt-4o',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-4o"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4o), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-4o-mini',
    name: 'GPT-4o mini',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 6.9,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    usdPerMillionCachedInputTokens: 0.075,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 500,
      tokensPerMinute: 200000,
      cacheReadsCountTowardLimit: true,
      source:
        'https://platform.openai.com/docs/guides/rate-limits (Tier 1 values as tabulated at https://www.ai-buzz.com/ai-openai-rate-limits)',
      asOf: '2026-11-27',
    },
    latency: {
      timeToFirstTokenSeconds: 0.602,
      outputTokensPerSecond: 74.178,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4o-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-4o-mini'],
    openrouterId: 'openai/gpt-4o-mini',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-4o-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4o-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-4o-mini-eu',
    name: 'GPT-4o mini (OpenAI, EU data residency project)',
    providerId: 'openai',
    baseModelId: 'gpt-4o-mini',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 6.9,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    usdPerMillionCachedInputTokens: 0.075,
    batchMultiplier: 0.5,
    reasoning: false,
    deployment: {
      processingRegion: 'eu',
      zeroRetention: true,
      summary:
        'OpenAI project with European data residency (Enterprise, zero-retention eligible): processed in the EEA + Switzerland; no regional uplift listed for this model',
      source:
        'https://help.openai.com/en/articles/10503543-data-residency-for-the-openai-api (European Data Residency for customers with an Enterprise agreement eligible for Zero Data Retention, on new projects; requests to eligible models processed in the EEA + Switzerland; gpt-4o-mini-2024-07-18 listed for /v1/chat/completions and /v1/batches); https://openai.com/index/introducing-data-residency-in-europe/ (2025-02-05: handled in-region with zero data retention)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 500,
      tokensPerMinute: 200000,
      cacheReadsCountTowardLimit: true,
      source:
        'https://platform.openai.com/docs/guides/rate-limits (Tier 1 values as tabulated at https://www.ai-buzz.com/ai-openai-rate-limits)',
      asOf: '2026-11-27',
    },
    latency: {
      timeToFirstTokenSeconds: 0.602,
      outputTokensPerSecond: 74.178,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4o-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-4o-mini" (the global price; LiteLLM lists regional_processing_uplift_multiplier_eu only for gpt-5.4 and later, none for gpt-4o-mini); EU residency eligibility per the deployment source',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4o-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'o1',
    name: 'o1',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 23.4,
    usdPerMillionInputTokens: 15,
    usdPerMillionOutputTokens: 60,
    usdPerMillionCachedInputTokens: 7.5,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 100000,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 500,
      tokensPerMinute: 30000,
      cacheReadsCountTowardLimit: true,
      source:
        'https://platform.openai.com/docs/guides/rate-limits (Tier 1 values as tabulated at https://www.ai-buzz.com/ai-openai-rate-limits)',
      asOf: '2026-11-27',
    },
    latency: {
      timeToFirstTokenSeconds: 13.346,
      outputTokensPerSecond: 122.195,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/o1), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['o1'],
    openrouterId: 'openai/o1',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "o1"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/o1), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'o3',
    name: 'o3',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 30.4,
    usdPerMillionInputTokens: 2,
    usdPerMillionOutputTokens: 8,
    usdPerMillionCachedInputTokens: 0.5,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 100000,
    latency: {
      timeToFirstTokenSeconds: 5.273,
      outputTokensPerSecond: 136.117,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/o3), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['o3'],
    openrouterId: 'openai/o3',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "o3"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/o3), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'o3-mini',
    name: 'o3-mini',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 19,
    usdPerMillionInputTokens: 1.1,
    usdPerMillionOutputTokens: 4.4,
    usdPerMillionCachedInputTokens: 0.55,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 100000,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 500,
      tokensPerMinute: 30000,
      cacheReadsCountTowardLimit: true,
      source:
        'https://platform.openai.com/docs/guides/rate-limits (Tier 1 values as tabulated at https://www.ai-buzz.com/ai-openai-rate-limits)',
      asOf: '2026-11-27',
    },
    latency: {
      timeToFirstTokenSeconds: 3.96,
      outputTokensPerSecond: 227.019,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/o3-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['o3-mini'],
    openrouterId: 'openai/o3-mini',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "o3-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/o3-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'o4-mini',
    name: 'o4-mini',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 25.6,
    usdPerMillionInputTokens: 1.1,
    usdPerMillionOutputTokens: 4.4,
    usdPerMillionCachedInputTokens: 0.275,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 100000,
    latency: {
      timeToFirstTokenSeconds: 15.94,
      outputTokensPerSecond: 155.597,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/o4-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['o4-mini'],
    openrouterId: 'openai/o4-mini',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "o4-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/o4-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gpt-4-1',
    name: 'GPT-4.1',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 19.4,
    usdPerMillionInputTokens: 2,
    usdPerMillionOutputTokens: 8,
    usdPerMillionCachedInputTokens: 0.5,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 1047576,
    maxOutputTokens: 32768,
    latency: {
      timeToFirstTokenSeconds: 0.595,
      outputTokensPerSecond: 130.599,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4-1), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-4.1'],
    openrouterId: 'openai/gpt-4.1',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-4.1"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4-1), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-4-1-mini',
    name: 'GPT-4.1 mini',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 14.8,
    usdPerMillionInputTokens: 0.4,
    usdPerMillionOutputTokens: 1.6,
    usdPerMillionCachedInputTokens: 0.1,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 1047576,
    maxOutputTokens: 32768,
    latency: {
      timeToFirstTokenSeconds: 0.63,
      outputTokensPerSecond: 87.093,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4-1-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-4.1-mini'],
    openrouterId: 'openai/gpt-4.1-mini',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-4.1-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4-1-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-4-1-nano',
    name: 'GPT-4.1 nano',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 9.6,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.4,
    usdPerMillionCachedInputTokens: 0.025,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 1047576,
    maxOutputTokens: 32768,
    latency: {
      timeToFirstTokenSeconds: 0.521,
      outputTokensPerSecond: 184.507,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4-1-nano), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-4.1-nano'],
    openrouterId: 'openai/gpt-4.1-nano',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-4.1-nano"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4-1-nano), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5',
    name: 'GPT-5',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 34.7,
    usdPerMillionInputTokens: 1.25,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 0.125,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 272000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 87.588,
      outputTokensPerSecond: 91.663,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5'],
    openrouterId: 'openai/gpt-5',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gpt-5-mini',
    name: 'GPT-5 mini',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 25.3,
    usdPerMillionInputTokens: 0.25,
    usdPerMillionOutputTokens: 2,
    usdPerMillionCachedInputTokens: 0.025,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 272000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 94.962,
      outputTokensPerSecond: 106.049,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5-mini'],
    openrouterId: 'openai/gpt-5-mini',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gpt-5-nano',
    name: 'GPT-5 nano',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 19.9,
    usdPerMillionInputTokens: 0.05,
    usdPerMillionOutputTokens: 0.4,
    usdPerMillionCachedInputTokens: 0.005,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 272000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 93.608,
      outputTokensPerSecond: 138.788,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-nano), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5-nano'],
    openrouterId: 'openai/gpt-5-nano',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5-nano"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-nano), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gpt-5-1',
    name: 'GPT-5.1',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 36.9,
    usdPerMillionInputTokens: 1.25,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 0.125,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 272000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 26.754,
      outputTokensPerSecond: 102.489,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-1), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5.1'],
    openrouterId: 'openai/gpt-5.1',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.1"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-1), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gpt-5-2',
    name: 'GPT-5.2',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 42.2,
    usdPerMillionInputTokens: 1.75,
    usdPerMillionOutputTokens: 14,
    usdPerMillionCachedInputTokens: 0.175,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 272000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 95.945,
      outputTokensPerSecond: 74.203,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-2), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5.2'],
    openrouterId: 'openai/gpt-5.2',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.2"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-2), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.openai.com/docs/guides/batch (Batch API: 50 % discount, 24 h window)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gpt-5-4',
    name: 'GPT-5.4',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 51.4,
    usdPerMillionInputTokens: 2.5,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.25,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 5,
      usdPerMillionOutputTokens: 22.5,
      usdPerMillionCachedInputTokens: 0.5,
    },
    reasoning: true,
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 93.323,
      outputTokensPerSecond: 154.81,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-4), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5.4'],
    openrouterId: 'openai/gpt-5.4',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.4"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-4), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5-4-mini',
    name: 'GPT-5.4 mini',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 40,
    usdPerMillionInputTokens: 0.75,
    usdPerMillionOutputTokens: 4.5,
    usdPerMillionCachedInputTokens: 0.075,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 2.679,
      outputTokensPerSecond: 164.771,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-4-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5.4-mini'],
    openrouterId: 'openai/gpt-5.4-mini',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.4-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-4-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5-4-nano',
    name: 'GPT-5.4 nano',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 38.2,
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 1.25,
    usdPerMillionCachedInputTokens: 0.02,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 3.539,
      outputTokensPerSecond: 140.493,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-4-nano), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5.4-nano'],
    openrouterId: 'openai/gpt-5.4-nano',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.4-nano"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-4-nano), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5-5',
    name: 'GPT-5.5',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 54.8,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 30,
    usdPerMillionCachedInputTokens: 0.5,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 10,
      usdPerMillionOutputTokens: 45,
      usdPerMillionCachedInputTokens: 1,
    },
    reasoning: true,
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 29.368,
      outputTokensPerSecond: 91.869,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gpt-5.5'],
    openrouterId: 'openai/gpt-5.5',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5-5-eu',
    name: 'GPT-5.5 (OpenAI, EU data residency project)',
    providerId: 'openai',
    baseModelId: 'gpt-5-5',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 54.8,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 30,
    usdPerMillionCachedInputTokens: 0.5,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 10,
      usdPerMillionOutputTokens: 45,
      usdPerMillionCachedInputTokens: 1,
    },
    reasoning: true,
    regionalMultiplier: 1.1,
    deployment: {
      processingRegion: 'eu',
      zeroRetention: true,
      summary:
        'OpenAI project with European data residency (Enterprise, zero-retention eligible): processed in the EEA + Switzerland, at 1.1× the global price',
      source:
        'https://help.openai.com/en/articles/10503543-data-residency-for-the-openai-api (European Data Residency for customers with an Enterprise agreement eligible for Zero Data Retention, on new projects; requests processed in the EEA + Switzerland); regional-processing uplift 1.1× from LiteLLM key "gpt-5.5" regional_processing_uplift_multiplier_eu',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 29.368,
      outputTokensPerSecond: 91.869,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.5"; regional uplift 1.1× from its regional_processing_uplift_multiplier_eu',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5-6-sol',
    name: 'GPT-5.6 Sol',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 58.9,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 30,
    usdPerMillionCachedInputTokens: 0.5,
    usdPerMillionCacheWriteTokens: 6.25,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 10,
      usdPerMillionOutputTokens: 45,
      usdPerMillionCachedInputTokens: 1,
    },
    reasoning: true,
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    litellmKeys: ['gpt-5.6-sol'],
    openrouterId: 'openai/gpt-5.6-sol',
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.6-sol"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index as published in OpenRouter /api/v1/models benchmarks (snapshot models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd)',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5-6-terra',
    name: 'GPT-5.6 Terra',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 55,
    usdPerMillionInputTokens: 2.5,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.25,
    usdPerMillionCacheWriteTokens: 3.125,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 5,
      usdPerMillionOutputTokens: 22.5,
      usdPerMillionCachedInputTokens: 0.5,
    },
    reasoning: true,
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    litellmKeys: ['gpt-5.6-terra'],
    openrouterId: 'openai/gpt-5.6-terra',
    priceConflict: {
      litellm: {
        key: 'gpt-5.6-terra',
        usdPerMillionInputTokens: 2.5,
        usdPerMillionOutputTokens: 15,
        usdPerMillionCachedInputTokens: 0.25,
        asOf: '2026-07-24',
      },
      openrouter: {
        key: 'openai/gpt-5.6-terra',
        usdPerMillionInputTokens: 1,
        usdPerMillionOutputTokens: 6,
        usdPerMillionCachedInputTokens: 0.1,
        asOf: '2026-08-01',
      },
      chosen: 'litellm',
      why: "LiteLLM's price is corroborated by two other listings in the same file (Azure OpenAI azure/gpt-5.6-terra at $2.50 / $15, Bedrock bedrock_mantle/openai.gpt-5.6-terra at 1.1 × that); OpenRouter's is 40 % of it",
      source:
        'LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.6-terra"; OpenRouter /api/v1/models snapshot models-2026-08-01.json (via Prajwalsrinvas/token-tariff@90407ebd) id "openai/gpt-5.6-terra"',
      asOf: '2026-12-01',
    },
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.6-terra"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index as published in OpenRouter /api/v1/models benchmarks (snapshot models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd)',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gpt-5-6-luna',
    name: 'GPT-5.6 Luna',
    providerId: 'openai',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 51.2,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 6,
    usdPerMillionCachedInputTokens: 0.1,
    usdPerMillionCacheWriteTokens: 1.25,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 2,
      usdPerMillionOutputTokens: 9,
      usdPerMillionCachedInputTokens: 0.2,
    },
    reasoning: true,
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    litellmKeys: ['gpt-5.6-luna'],
    openrouterId: 'openai/gpt-5.6-luna',
    priceConflict: {
      litellm: {
        key: 'gpt-5.6-luna',
        usdPerMillionInputTokens: 1,
        usdPerMillionOutputTokens: 6,
        usdPerMillionCachedInputTokens: 0.1,
        asOf: '2026-07-24',
      },
      openrouter: {
        key: 'openai/gpt-5.6-luna',
        usdPerMillionInputTokens: 0.1,
        usdPerMillionOutputTokens: 0.6,
        usdPerMillionCachedInputTokens: 0.01,
        asOf: '2026-08-01',
      },
      chosen: 'litellm',
      why: "LiteLLM's price is corroborated by two other listings in the same file (Azure OpenAI azure/gpt-5.6-luna at $1 / $6, Bedrock bedrock_mantle/openai.gpt-5.6-luna at 1.1 × that); OpenRouter's is exactly a tenth of it, which looks like a decimal slip",
      source:
        'LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.6-luna"; OpenRouter /api/v1/models snapshot models-2026-08-01.json (via Prajwalsrinvas/token-tariff@90407ebd) id "openai/gpt-5.6-luna"',
      asOf: '2026-12-01',
    },
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gpt-5.6-luna"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index as published in OpenRouter /api/v1/models benchmarks (snapshot models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd)',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'claude-opus-4-5',
    name: 'Claude Opus 4.5',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 34.7,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 25,
    usdPerMillionCachedInputTokens: 0.5,
    usdPerMillionCacheWriteTokens: 6.25,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 1.31,
      outputTokensPerSecond: 47.781,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-opus-4-5'],
    openrouterId: 'anthropic/claude-opus-4.5',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-opus-4-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-sonnet-4-5',
    name: 'Claude Sonnet 4.5',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 29.3,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.3,
    usdPerMillionCacheWriteTokens: 3.75,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 6,
      usdPerMillionOutputTokens: 22.5,
      usdPerMillionCachedInputTokens: 0.6,
    },
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 1.261,
      outputTokensPerSecond: 45.828,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-sonnet-4-5'],
    openrouterId: 'anthropic/claude-sonnet-4.5',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-sonnet-4-5"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          'Anthropic models overview (1M-token context for Claude Sonnet 4 / 4.5 with the context-1m beta; prices above 200K input tokens per the long-context tier); OpenRouter /api/v1/models lists anthropic/claude-sonnet-4.5 at 1,000,000 (snapshot 2026-08-01). LiteLLM lists 200,000 (the default without the beta)',
        asOf: '2026-08-01',
      },
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-haiku-4-5',
    name: 'Claude Haiku 4.5',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 23.7,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 5,
    usdPerMillionCachedInputTokens: 0.1,
    usdPerMillionCacheWriteTokens: 1.25,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 200000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 0.63,
      outputTokensPerSecond: 96.783,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-haiku), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-haiku-4-5'],
    openrouterId: 'anthropic/claude-haiku-4.5',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-haiku-4-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-haiku), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-opus-4-6',
    name: 'Claude Opus 4.6',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 37.8,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 25,
    usdPerMillionCachedInputTokens: 0.5,
    usdPerMillionCacheWriteTokens: 6.25,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 1.769,
      outputTokensPerSecond: 43.407,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-6), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-opus-4-6'],
    openrouterId: 'anthropic/claude-opus-4.6',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-opus-4-6"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-6), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-sonnet-4-6',
    name: 'Claude Sonnet 4.6',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 35.9,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.3,
    usdPerMillionCacheWriteTokens: 3.75,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 0.988,
      outputTokensPerSecond: 46.569,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-sonnet-4-6), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-sonnet-4-6'],
    openrouterId: 'anthropic/claude-sonnet-4.6',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-sonnet-4-6"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-sonnet-4-6), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-opus-4-7',
    name: 'Claude Opus 4.7',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 53.5,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 25,
    usdPerMillionCachedInputTokens: 0.5,
    usdPerMillionCacheWriteTokens: 6.25,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 12.462,
      outputTokensPerSecond: 47.347,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-7), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-opus-4-7'],
    openrouterId: 'anthropic/claude-opus-4.7',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-opus-4-7"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-7), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-opus-4-8',
    name: 'Claude Opus 4.8',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 55.7,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 25,
    usdPerMillionCachedInputTokens: 0.5,
    usdPerMillionCacheWriteTokens: 6.25,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 18.143,
      outputTokensPerSecond: 57.203,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-8), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-opus-4-8'],
    openrouterId: 'anthropic/claude-opus-4.8',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-opus-4-8"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-opus-4-8), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-sonnet-5',
    name: 'Claude Sonnet 5',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 53.4,
    usdPerMillionInputTokens: 2,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 0.2,
    usdPerMillionCacheWriteTokens: 2.5,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 137.329,
      outputTokensPerSecond: 79.479,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-sonnet-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-sonnet-5'],
    openrouterId: 'anthropic/claude-sonnet-5',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-sonnet-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-sonnet-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-opus-5',
    name: 'Claude Opus 5',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 60.7,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 25,
    usdPerMillionCachedInputTokens: 0.5,
    usdPerMillionCacheWriteTokens: 6.25,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 128000,
    litellmKeys: ['claude-opus-5'],
    openrouterId: 'anthropic/claude-opus-5',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-opus-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index as published in OpenRouter /api/v1/models benchmarks (snapshot models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd)',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'claude-fable-5',
    name: 'Claude Fable 5',
    providerId: 'anthropic',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 59.9,
    usdPerMillionInputTokens: 10,
    usdPerMillionOutputTokens: 50,
    usdPerMillionCachedInputTokens: 1,
    usdPerMillionCacheWriteTokens: 12.5,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 128000,
    rateLimits: {
      tier: 'Start',
      requestsPerMinute: 1000,
      inputTokensPerMinute: 500000,
      outputTokensPerMinute: 100000,
      cacheReadsCountTowardLimit: false,
      source:
        'https://platform.claude.com/docs/en/api/rate-limits — Claude Fable 5.x (Messages API), Start tier (the lowest standard tier of Start/Build/Scale; new organisations may begin in a lower Evaluation tier): 1,000 RPM, 500,000 ITPM, 100,000 OTPM, as transcribed by developersdigest.tech/rate-limits/anthropic (verified 2026-10-17). Cache reads not counted toward ITPM: the same docs count only uncached input (input_tokens and cache_creation_input_tokens) toward ITPM on all but a few older models marked †',
      asOf: '2026-10-17',
    },
    latency: {
      timeToFirstTokenSeconds: 44.766,
      outputTokensPerSecond: 62.262,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-fable-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['claude-fable-5'],
    openrouterId: 'anthropic/claude-fable-5',
    source:
      'https://platform.claude.com/docs/en/about-claude/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "claude-fable-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-fable-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://platform.claude.com/docs/en/build-with-claude/batch-processing (50 % of standard prices)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'command-r-plus',
    name: 'Command R+ (08-2024)',
    providerId: 'cohere',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 3,
    usdPerMillionInputTokens: 2.5,
    usdPerMillionOutputTokens: 10,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['command-r-plus-08-2024'],
    openrouterId: 'cohere/command-r-plus-08-2024',
    source:
      'https://cohere.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "command-r-plus-08-2024"; Artificial Analysis index measured on the 04-2024 release',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/command-r-plus-04-2024), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'command-r',
    name: 'Command R (08-2024)',
    providerId: 'cohere',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 2.1,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.6,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['command-r-08-2024'],
    openrouterId: 'cohere/command-r-08-2024',
    source:
      'https://cohere.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "command-r-08-2024"; Artificial Analysis index measured on the 03-2024 release',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/command-r-03-2024), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'command-r7b',
    name: 'Command R7B',
    providerId: 'cohere',
    mode: 'chat',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.0375,
    usdPerMillionOutputTokens: 0.15,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['command-r7b-12-2024'],
    openrouterId: 'cohere/command-r7b-12-2024',
    source:
      'https://cohere.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "command-r7b-12-2024"',
    asOf: '2026-07-24',
  },
  {
    id: 'command-a',
    name: 'Command A',
    providerId: 'cohere',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 7.7,
    usdPerMillionInputTokens: 2.5,
    usdPerMillionOutputTokens: 10,
    reasoning: false,
    contextWindowTokens: 256000,
    maxOutputTokens: 8000,
    latency: {
      timeToFirstTokenSeconds: 0.364,
      outputTokensPerSecond: 56.511,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/command-a), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['command-a-03-2025'],
    openrouterId: 'cohere/command-a',
    source:
      'https://cohere.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "command-a-03-2025"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/command-a), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'gemini-2-5-pro',
    name: 'Gemini 2.5 Pro',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 25.8,
    usdPerMillionInputTokens: 1.25,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 0.125,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 2.5,
      usdPerMillionOutputTokens: 15,
      usdPerMillionCachedInputTokens: 0.25,
    },
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65535,
    latency: {
      timeToFirstTokenSeconds: 21.801,
      outputTokensPerSecond: 138.251,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-pro), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini/gemini-2.5-pro'],
    openrouterId: 'google/gemini-2.5-pro',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-2.5-pro"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-pro), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/batch-mode (50 % of the interactive price)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gemini-2-5-flash',
    name: 'Gemini 2.5 Flash',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 14.1,
    usdPerMillionInputTokens: 0.3,
    usdPerMillionOutputTokens: 2.5,
    usdPerMillionCachedInputTokens: 0.03,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65535,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 1000,
      inputTokensPerMinute: 1000000,
      source:
        "https://ai.google.dev/gemini-api/docs/rate-limits (TPM counts input tokens) — Gemini 2.5 Flash, Tier 1: 1,000 RPM, 1,000,000 TPM (its 10,000 requests a day are left out: the ladder scales a day's cap by the RPM multiple, which Google's 10× RPD step does not follow), as given by Google staff at discuss.ai.google.dev/t/reached-the-rate-limit-again/104465 (the docs show per-model figures only inside AI Studio)",
      asOf: '2026-06-26',
    },
    latency: {
      timeToFirstTokenSeconds: 0.433,
      outputTokensPerSecond: 198.199,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-flash), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini/gemini-2.5-flash'],
    openrouterId: 'google/gemini-2.5-flash',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-2.5-flash"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-flash), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/batch-mode (50 % of the interactive price)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gemini-2-5-flash-lite',
    name: 'Gemini 2.5 Flash-Lite',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 6.9,
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0.4,
    usdPerMillionCachedInputTokens: 0.01,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65535,
    latency: {
      timeToFirstTokenSeconds: 0.297,
      outputTokensPerSecond: 210.01,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-flash-lite), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini/gemini-2.5-flash-lite'],
    openrouterId: 'google/gemini-2.5-flash-lite',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-2.5-flash-lite"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-flash-lite), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/batch-mode (50 % of the interactive price)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gemini-3-1-pro-preview',
    name: 'Gemini 3.1 Pro (preview)',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 46.5,
    usdPerMillionInputTokens: 2,
    usdPerMillionOutputTokens: 12,
    usdPerMillionCachedInputTokens: 0.2,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 4,
      usdPerMillionOutputTokens: 18,
      usdPerMillionCachedInputTokens: 0.4,
    },
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65536,
    latency: {
      timeToFirstTokenSeconds: 16.027,
      outputTokensPerSecond: 138.239,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-3-1-pro-preview), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini/gemini-3.1-pro-preview'],
    openrouterId: 'google/gemini-3.1-pro-preview',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-3.1-pro-preview"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-3-1-pro-preview), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/pricing (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gemini-3-1-flash-lite',
    name: 'Gemini 3.1 Flash-Lite',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 25,
    usdPerMillionInputTokens: 0.25,
    usdPerMillionOutputTokens: 1.5,
    usdPerMillionCachedInputTokens: 0.025,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65536,
    latency: {
      timeToFirstTokenSeconds: 4.572,
      outputTokensPerSecond: 318.245,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-3-1-flash-lite-preview), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini/gemini-3.1-flash-lite'],
    openrouterId: 'google/gemini-3.1-flash-lite',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-3.1-flash-lite"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-3-1-flash-lite-preview), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/pricing (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gemini-3-5-flash',
    name: 'Gemini 3.5 Flash',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 50.2,
    usdPerMillionInputTokens: 1.5,
    usdPerMillionOutputTokens: 9,
    usdPerMillionCachedInputTokens: 0.15,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65535,
    latency: {
      timeToFirstTokenSeconds: 9.861,
      outputTokensPerSecond: 210.488,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-3-5-flash), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini/gemini-3.5-flash'],
    openrouterId: 'google/gemini-3.5-flash',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-3.5-flash"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-3-5-flash), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/batch-mode (50 % of the interactive price)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'gemini-3-5-flash-lite',
    name: 'Gemini 3.5 Flash-Lite',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 36.5,
    usdPerMillionInputTokens: 0.3,
    usdPerMillionOutputTokens: 2.5,
    usdPerMillionCachedInputTokens: 0.03,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65536,
    litellmKeys: ['gemini/gemini-3.5-flash-lite'],
    openrouterId: 'google/gemini-3.5-flash-lite',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-3.5-flash-lite"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index as published in OpenRouter /api/v1/models benchmarks (snapshot models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd)',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/pricing (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'gemini-3-6-flash',
    name: 'Gemini 3.6 Flash',
    providerId: 'google',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 50.1,
    usdPerMillionInputTokens: 1.5,
    usdPerMillionOutputTokens: 7.5,
    usdPerMillionCachedInputTokens: 0.15,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65536,
    litellmKeys: ['gemini/gemini-3.6-flash'],
    openrouterId: 'google/gemini-3.6-flash',
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-3.6-flash"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index as published in OpenRouter /api/v1/models benchmarks (snapshot models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd)',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/pricing (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'mistral-large-3',
    name: 'Mistral Large 3 (2512)',
    providerId: 'mistral',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 15.9,
    usdPerMillionInputTokens: 0.5,
    usdPerMillionOutputTokens: 1.5,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    latency: {
      timeToFirstTokenSeconds: 0.656,
      outputTokensPerSecond: 59.901,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/mistral-large-3), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['mistral/mistral-large-2512'],
    openrouterId: 'mistralai/mistral-large-2512',
    source:
      'https://mistral.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral/mistral-large-2512"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/mistral-large-3), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://docs.mistral.ai/capabilities/batch/ (batch inference at 50 % lower cost)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'mistral-medium-3-5',
    name: 'Mistral Medium 3.5',
    providerId: 'mistral',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 29.9,
    usdPerMillionInputTokens: 1.5,
    usdPerMillionOutputTokens: 7.5,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    latency: {
      timeToFirstTokenSeconds: 0.667,
      outputTokensPerSecond: 114.809,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/mistral-medium-3-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['mistral/mistral-medium-3-5'],
    openrouterId: 'mistralai/mistral-medium-3-5',
    source:
      'https://mistral.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral/mistral-medium-3-5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/mistral-medium-3-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://docs.mistral.ai/capabilities/batch/ (batch inference at 50 % lower cost)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'mistral-small-3-2',
    name: 'Mistral Small 3.2',
    providerId: 'mistral',
    openModelId: 'mistral-small-3.2-24b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 10.6,
    usdPerMillionInputTokens: 0.06,
    usdPerMillionOutputTokens: 0.18,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 131072,
    latency: {
      timeToFirstTokenSeconds: 0.449,
      outputTokensPerSecond: 149.865,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/mistral-small-3-2), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['mistral/mistral-small-3-2-2506'],
    source:
      'https://mistral.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral/mistral-small-3-2-2506"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/mistral-small-3-2), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://docs.mistral.ai/capabilities/batch/ (batch inference at 50 % lower cost)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'ministral-8b',
    name: 'Ministral 3 8B (2512)',
    providerId: 'mistral',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 9,
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0.15,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 262144,
    maxOutputTokens: 262144,
    latency: {
      timeToFirstTokenSeconds: 0.453,
      outputTokensPerSecond: 111.373,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/ministral-3-8b), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['mistral/ministral-8b-2512'],
    openrouterId: 'mistralai/ministral-8b-2512',
    source:
      'https://mistral.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral/ministral-8b-2512"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/ministral-3-8b), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://docs.mistral.ai/capabilities/batch/ (batch inference at 50 % lower cost)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'magistral-medium',
    name: 'Magistral Medium 1.2',
    providerId: 'mistral',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 17.9,
    usdPerMillionInputTokens: 2,
    usdPerMillionOutputTokens: 5,
    batchMultiplier: 0.5,
    reasoning: true,
    contextWindowTokens: 40000,
    maxOutputTokens: 40000,
    latency: {
      timeToFirstTokenSeconds: 0.561,
      outputTokensPerSecond: 41.94,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/magistral-medium-2509), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['mistral/magistral-medium-2509'],
    source:
      'https://mistral.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral/magistral-medium-2509"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/magistral-medium-2509), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://docs.mistral.ai/capabilities/batch/ (batch inference at 50 % lower cost)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'codestral',
    name: 'Codestral (2508)',
    providerId: 'mistral',
    mode: 'chat',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 0.3,
    usdPerMillionOutputTokens: 0.9,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 256000,
    maxOutputTokens: 256000,
    litellmKeys: ['mistral/codestral-2508'],
    openrouterId: 'mistralai/codestral-2508',
    source:
      'https://mistral.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral/codestral-2508"',
    asOf: '2026-07-24',
    fieldSources: {
      batchMultiplier: {
        source:
          'https://docs.mistral.ai/capabilities/batch/ (batch inference at 50 % lower cost)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'deepseek-v3-2',
    name: 'DeepSeek V3.2 (deepseek-chat)',
    providerId: 'deepseek',
    // DeepSeek's own API serves the open V3.2 weights: the page sets it beside self-hosting them.
    openModelId: 'deepseek-v3.2',
    servedPrecisionSummary:
      'Precision not published (the pricing page does not state it)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 24.7,
    usdPerMillionInputTokens: 0.28,
    usdPerMillionOutputTokens: 0.42,
    usdPerMillionCachedInputTokens: 0.028,
    reasoning: false,
    contextWindowTokens: 131072,
    maxOutputTokens: 8192,
    litellmKeys: ['deepseek/deepseek-chat'],
    source:
      'https://api-docs.deepseek.com/quick_start/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepseek/deepseek-chat"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/deepseek-v3-2), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepseek-v4-pro',
    name: 'DeepSeek V4 Pro',
    providerId: 'deepseek',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 44.3,
    usdPerMillionInputTokens: 0.435,
    usdPerMillionOutputTokens: 0.87,
    usdPerMillionCachedInputTokens: 0.003625,
    reasoning: false,
    contextWindowTokens: 1000000,
    maxOutputTokens: 8192,
    latency: {
      timeToFirstTokenSeconds: 1.072,
      outputTokensPerSecond: 57.025,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/deepseek-v4-pro), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['deepseek/deepseek-v4-pro'],
    openrouterId: 'deepseek/deepseek-v4-pro',
    source:
      'https://api-docs.deepseek.com/quick_start/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepseek/deepseek-v4-pro"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/deepseek-v4-pro), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'deepseek-v4-flash',
    name: 'DeepSeek V4 Flash',
    providerId: 'deepseek',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 40.3,
    usdPerMillionInputTokens: 0.14,
    usdPerMillionOutputTokens: 0.28,
    usdPerMillionCachedInputTokens: 0.0028,
    reasoning: false,
    contextWindowTokens: 1000000,
    maxOutputTokens: 8192,
    latency: {
      timeToFirstTokenSeconds: 1.012,
      outputTokensPerSecond: 94.308,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/deepseek-v4-flash), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['deepseek/deepseek-v4-flash'],
    openrouterId: 'deepseek/deepseek-v4-flash',
    priceConflict: {
      litellm: {
        key: 'deepseek/deepseek-v4-flash',
        usdPerMillionInputTokens: 0.14,
        usdPerMillionOutputTokens: 0.28,
        usdPerMillionCachedInputTokens: 0.0028,
        asOf: '2026-07-24',
      },
      openrouter: {
        key: 'deepseek/deepseek-v4-flash',
        usdPerMillionInputTokens: 0.14,
        usdPerMillionOutputTokens: 0.28,
        usdPerMillionCachedInputTokens: 0.028,
        asOf: '2026-08-01',
      },
      chosen: 'litellm',
      why: "LiteLLM is the catalog's price source and neither file was checked against DeepSeek's pricing page here; only the cache-hit price differs (tenfold), so input and output costs are unaffected",
      source:
        'LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepseek/deepseek-v4-flash"; OpenRouter /api/v1/models snapshot models-2026-08-01.json (via Prajwalsrinvas/token-tariff@90407ebd) id "deepseek/deepseek-v4-flash"',
      asOf: '2026-12-01',
    },
    source:
      'https://api-docs.deepseek.com/quick_start/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "deepseek/deepseek-v4-flash"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/deepseek-v4-flash), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'grok-4',
    name: 'Grok 4',
    providerId: 'xai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 33.3,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    reasoning: false,
    contextWindowTokens: 256000,
    maxOutputTokens: 256000,
    litellmKeys: ['xai/grok-4'],
    source:
      'https://docs.x.ai/docs/models — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "xai/grok-4"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/grok-4), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'grok-4-1-fast',
    name: 'Grok 4.1 Fast',
    providerId: 'xai',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 16.9,
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 0.5,
    usdPerMillionCachedInputTokens: 0.05,
    longContext: {
      thresholdInputTokens: 128000,
      usdPerMillionInputTokens: 0.4,
      usdPerMillionOutputTokens: 1,
    },
    reasoning: true,
    contextWindowTokens: 2000000,
    maxOutputTokens: 2000000,
    litellmKeys: ['xai/grok-4-1-fast'],
    source:
      'https://docs.x.ai/docs/models — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "xai/grok-4-1-fast"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/grok-4-1-fast), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'grok-4-3',
    name: 'Grok 4.3',
    providerId: 'xai',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 37.6,
    usdPerMillionInputTokens: 1.25,
    usdPerMillionOutputTokens: 2.5,
    usdPerMillionCachedInputTokens: 0.2,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 2.5,
      usdPerMillionOutputTokens: 5,
      usdPerMillionCachedInputTokens: 0.4,
    },
    reasoning: true,
    contextWindowTokens: 1000000,
    maxOutputTokens: 1000000,
    latency: {
      timeToFirstTokenSeconds: 22.772,
      outputTokensPerSecond: 135.486,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/grok-4-3), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['xai/grok-4.3'],
    openrouterId: 'x-ai/grok-4.3',
    source:
      'https://docs.x.ai/docs/models — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "xai/grok-4.3"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/grok-4-3), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'grok-4-5',
    name: 'Grok 4.5',
    providerId: 'xai',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 53.8,
    usdPerMillionInputTokens: 2,
    usdPerMillionOutputTokens: 6,
    usdPerMillionCachedInputTokens: 0.5,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 4,
      usdPerMillionOutputTokens: 12,
      usdPerMillionCachedInputTokens: 1,
    },
    reasoning: true,
    contextWindowTokens: 500000,
    maxOutputTokens: 500000,
    litellmKeys: ['xai/grok-4.5'],
    openrouterId: 'x-ai/grok-4.5',
    priceConflict: {
      litellm: {
        key: 'xai/grok-4.5',
        usdPerMillionInputTokens: 2,
        usdPerMillionOutputTokens: 6,
        usdPerMillionCachedInputTokens: 0.5,
        asOf: '2026-07-24',
      },
      openrouter: {
        key: 'x-ai/grok-4.5',
        usdPerMillionInputTokens: 2,
        usdPerMillionOutputTokens: 6,
        usdPerMillionCachedInputTokens: 0.3,
        asOf: '2026-08-01',
      },
      chosen: 'litellm',
      why: "LiteLLM is the catalog's price source and neither file was checked against xAI's pricing page here; only the cached-input price differs, so uncached costs are unaffected",
      source:
        'LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "xai/grok-4.5"; OpenRouter /api/v1/models snapshot models-2026-08-01.json (via Prajwalsrinvas/token-tariff@90407ebd) id "x-ai/grok-4.5"',
      asOf: '2026-12-01',
    },
    source:
      'https://docs.x.ai/docs/models — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "xai/grok-4.5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis Intelligence Index as published in OpenRouter /api/v1/models benchmarks (snapshot models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd)',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'grok-code-fast',
    name: 'Grok Code Fast',
    providerId: 'xai',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 21.6,
    usdPerMillionInputTokens: 0.2,
    usdPerMillionOutputTokens: 1.5,
    usdPerMillionCachedInputTokens: 0.02,
    reasoning: true,
    contextWindowTokens: 256000,
    maxOutputTokens: 256000,
    litellmKeys: ['xai/grok-code-fast'],
    source:
      'https://docs.x.ai/docs/models — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "xai/grok-code-fast"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/grok-code-fast-1), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'azure-gpt-4o',
    name: 'GPT-4o (Azure OpenAI, Global)',
    providerId: 'azure-openai',
    baseModelId: 'gpt-4o',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 11.2,
    usdPerMillionInputTokens: 2.5,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 1.25,
    batchMultiplier: 0.5,
    reasoning: false,
    deployment: {
      processingRegion: 'global',
      summary: 'Azure Global deployment: processed in any Azure region',
      source:
        'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/deployment-types (Global: data may be processed in any Azure geography where the model is deployed; Data Zone EU: processed only within the EU data zone; data at rest stays in the resource geography)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    latency: {
      timeToFirstTokenSeconds: 0.451,
      outputTokensPerSecond: 208.501,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4o), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['azure/gpt-4o'],
    source:
      'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "azure/gpt-4o"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4o), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'Azure OpenAI Global Batch at 50 % of Global Standard; azure-genai-prices (PyPI) batch ≈0.5× meters [S19, docs/methods.md §13]',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'azure-gpt-4o-eu',
    name: 'GPT-4o (Azure OpenAI, EU Data Zone)',
    providerId: 'azure-openai',
    baseModelId: 'gpt-4o',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 11.2,
    usdPerMillionInputTokens: 2.5,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 1.25,
    reasoning: false,
    regionalMultiplier: 1.1,
    deployment: {
      processingRegion: 'eu',
      summary: 'Azure EU Data Zone: processed inside the EU',
      source:
        'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/deployment-types (Global: data may be processed in any Azure geography where the model is deployed; Data Zone EU: processed only within the EU data zone; data at rest stays in the resource geography)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    latency: {
      timeToFirstTokenSeconds: 0.451,
      outputTokensPerSecond: 208.501,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4o), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['azure/eu/gpt-4o-2024-08-06'],
    source:
      'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "azure/gpt-4o"; regional uplift 1.1× from key "azure/eu/gpt-4o-2024-08-06" ($2.75 / $11 / $1.375 per 1M); no Data Zone batch price listed, so no batch multiplier',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4o), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'azure-gpt-4o-mini',
    name: 'GPT-4o mini (Azure OpenAI)',
    providerId: 'azure-openai',
    baseModelId: 'gpt-4o-mini',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 6.9,
    usdPerMillionInputTokens: 0.165,
    usdPerMillionOutputTokens: 0.66,
    usdPerMillionCachedInputTokens: 0.075,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 16384,
    latency: {
      timeToFirstTokenSeconds: 0.602,
      outputTokensPerSecond: 74.178,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-4o-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['azure/gpt-4o-mini'],
    source:
      'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "azure/gpt-4o-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-4o-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'Azure OpenAI Global Batch at 50 % of Global Standard; azure-genai-prices (PyPI) batch ≈0.5× meters [S19, docs/methods.md §13]',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'azure-gpt-5-5',
    name: 'GPT-5.5 (Azure OpenAI, Global)',
    providerId: 'azure-openai',
    baseModelId: 'gpt-5-5',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 54.8,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 30,
    usdPerMillionCachedInputTokens: 0.5,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 10,
      usdPerMillionOutputTokens: 45,
      usdPerMillionCachedInputTokens: 1,
    },
    reasoning: true,
    deployment: {
      processingRegion: 'global',
      summary: 'Azure Global deployment: processed in any Azure region',
      source:
        'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/deployment-types (Global: data may be processed in any Azure geography where the model is deployed; Data Zone EU: processed only within the EU data zone; data at rest stays in the resource geography)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 29.368,
      outputTokensPerSecond: 91.869,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['azure/gpt-5.5'],
    source:
      'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "azure/gpt-5.5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'Azure OpenAI Global Batch at 50 % of Global Standard; azure-genai-prices (PyPI) batch ≈0.5× meters [S19, docs/methods.md §13]',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'azure-gpt-5-5-eu',
    name: 'GPT-5.5 (Azure OpenAI, EU Data Zone)',
    providerId: 'azure-openai',
    baseModelId: 'gpt-5-5',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 54.8,
    usdPerMillionInputTokens: 5,
    usdPerMillionOutputTokens: 30,
    usdPerMillionCachedInputTokens: 0.5,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 10,
      usdPerMillionOutputTokens: 45,
      usdPerMillionCachedInputTokens: 1,
    },
    reasoning: true,
    regionalMultiplier: 1.1,
    deployment: {
      processingRegion: 'eu',
      summary: 'Azure EU Data Zone: processed inside the EU',
      source:
        'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/deployment-types (Global: data may be processed in any Azure geography where the model is deployed; Data Zone EU: processed only within the EU data zone; data at rest stays in the resource geography)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 1050000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 29.368,
      outputTokensPerSecond: 91.869,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['azure/eu/gpt-5.5'],
    source:
      'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "azure/gpt-5.5"; regional uplift 1.1× from key "azure/eu/gpt-5.5"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-5), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'Azure OpenAI Global Batch at 50 % of Global Standard; azure-genai-prices (PyPI) batch ≈0.5× meters [S19, docs/methods.md §13]',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'azure-gpt-5-mini',
    name: 'GPT-5 mini (Azure OpenAI, Global)',
    providerId: 'azure-openai',
    baseModelId: 'gpt-5-mini',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 25.3,
    usdPerMillionInputTokens: 0.25,
    usdPerMillionOutputTokens: 2,
    usdPerMillionCachedInputTokens: 0.025,
    batchMultiplier: 0.5,
    reasoning: true,
    deployment: {
      processingRegion: 'global',
      summary: 'Azure Global deployment: processed in any Azure region',
      source:
        'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/deployment-types (Global: data may be processed in any Azure geography where the model is deployed; Data Zone EU: processed only within the EU data zone; data at rest stays in the resource geography)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 272000,
    maxOutputTokens: 128000,
    latency: {
      timeToFirstTokenSeconds: 94.962,
      outputTokensPerSecond: 106.049,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gpt-5-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['azure/gpt-5-mini'],
    source:
      'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "azure/gpt-5-mini"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gpt-5-mini), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'Azure OpenAI Global Batch at 50 % of Global Standard; azure-genai-prices (PyPI) batch ≈0.5× meters [S19, docs/methods.md §13]',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'bedrock-claude-sonnet-4-5',
    name: 'Claude Sonnet 4.5 (Bedrock, global)',
    providerId: 'aws-bedrock',
    baseModelId: 'claude-sonnet-4-5',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 29.3,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.3,
    usdPerMillionCacheWriteTokens: 3.75,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 6,
      usdPerMillionOutputTokens: 22.5,
      usdPerMillionCachedInputTokens: 0.6,
    },
    reasoning: true,
    deployment: {
      processingRegion: 'global',
      summary:
        'Bedrock global. inference profile: routed to any commercial AWS Region',
      source:
        'https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html (a geographic profile such as EU sends each request to a commercial AWS Region within that geography; a global profile to any commercial Region)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 1000000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 1.261,
      outputTokensPerSecond: 45.828,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['global.anthropic.claude-sonnet-4-5-20250929-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "global.anthropic.claude-sonnet-4-5-20250929-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          'Anthropic models overview (1M-token context for Claude Sonnet 4 / 4.5 with the context-1m beta; prices above 200K input tokens per the long-context tier); OpenRouter /api/v1/models lists anthropic/claude-sonnet-4.5 at 1,000,000 (snapshot 2026-08-01). LiteLLM lists 200,000 (the default without the beta)',
        asOf: '2026-08-01',
      },
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-claude-sonnet-4-5-eu',
    name: 'Claude Sonnet 4.5 (Bedrock, EU geo)',
    providerId: 'aws-bedrock',
    baseModelId: 'claude-sonnet-4-5',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 29.3,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.3,
    usdPerMillionCacheWriteTokens: 3.75,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 6,
      usdPerMillionOutputTokens: 22.5,
      usdPerMillionCachedInputTokens: 0.6,
    },
    reasoning: true,
    regionalMultiplier: 1.1,
    deployment: {
      processingRegion: 'eu',
      summary:
        'Bedrock eu. geographic inference profile: routed only among EU Regions',
      source:
        'https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html (a geographic profile such as EU sends each request to a commercial AWS Region within that geography; a global profile to any commercial Region)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 1000000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 1.261,
      outputTokensPerSecond: 45.828,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['eu.anthropic.claude-sonnet-4-5-20250929-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "global.anthropic.claude-sonnet-4-5-20250929-v1:0"; regional uplift 1.1× from key "eu.anthropic.claude-sonnet-4-5-20250929-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          'Anthropic models overview (1M-token context for Claude Sonnet 4 / 4.5 with the context-1m beta; prices above 200K input tokens per the long-context tier); OpenRouter /api/v1/models lists anthropic/claude-sonnet-4.5 at 1,000,000 (snapshot 2026-08-01). LiteLLM lists 200,000 (the default without the beta)',
        asOf: '2026-08-01',
      },
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-claude-haiku-4-5',
    name: 'Claude Haiku 4.5 (Bedrock, global)',
    providerId: 'aws-bedrock',
    baseModelId: 'claude-haiku-4-5',
    mode: 'chat',
    qualityTier: 'small',
    qualityIndex: 23.7,
    usdPerMillionInputTokens: 1,
    usdPerMillionOutputTokens: 5,
    usdPerMillionCachedInputTokens: 0.1,
    usdPerMillionCacheWriteTokens: 1.25,
    reasoning: true,
    deployment: {
      processingRegion: 'global',
      summary:
        'Bedrock global. inference profile: routed to any commercial AWS Region',
      source:
        'https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html (a geographic profile such as EU sends each request to a commercial AWS Region within that geography; a global profile to any commercial Region)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 200000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 0.63,
      outputTokensPerSecond: 96.783,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-haiku), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['global.anthropic.claude-haiku-4-5-20251001-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "global.anthropic.claude-haiku-4-5-20251001-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-haiku), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-claude-sonnet-4-6-eu',
    name: 'Claude Sonnet 4.6 (Bedrock, EU geo)',
    providerId: 'aws-bedrock',
    baseModelId: 'claude-sonnet-4-6',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 35.9,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.3,
    usdPerMillionCacheWriteTokens: 3.75,
    reasoning: true,
    regionalMultiplier: 1.1,
    deployment: {
      processingRegion: 'eu',
      summary:
        'Bedrock eu. geographic inference profile: routed only among EU Regions',
      source:
        'https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html (a geographic profile such as EU sends each request to a commercial AWS Region within that geography; a global profile to any commercial Region)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 1000000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 0.988,
      outputTokensPerSecond: 46.569,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-sonnet-4-6), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['eu.anthropic.claude-sonnet-4-6'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "global.anthropic.claude-sonnet-4-6"; regional uplift 1.1× from key "eu.anthropic.claude-sonnet-4-6"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-sonnet-4-6), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-llama-3-3-70b',
    name: 'Llama 3.3 70B Instruct (Bedrock)',
    providerId: 'aws-bedrock',
    openModelId: 'llama-3.3-70b-instruct',
    servedPrecisionSummary:
      'Precision not published (not stated on the host pages read)',
    mode: 'chat',
    qualityTier: 'mid',
    qualityIndex: 9.4,
    usdPerMillionInputTokens: 0.72,
    usdPerMillionOutputTokens: 0.72,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    latency: {
      timeToFirstTokenSeconds: 0.648,
      outputTokensPerSecond: 94.528,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/llama-3-3-instruct-70b), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['meta.llama3-3-70b-instruct-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "meta.llama3-3-70b-instruct-v1:0"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/llama-3-3-instruct-70b), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
    },
  },
  {
    id: 'bedrock-command-r-plus',
    name: 'Command R+ (Bedrock)',
    providerId: 'aws-bedrock',
    mode: 'chat',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    reasoning: false,
    contextWindowTokens: 128000,
    maxOutputTokens: 4096,
    litellmKeys: ['cohere.command-r-plus-v1:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "cohere.command-r-plus-v1:0"',
    asOf: '2026-07-24',
  },
  {
    id: 'vertex-gemini-2-5-pro',
    name: 'Gemini 2.5 Pro (Vertex AI)',
    providerId: 'google-vertex',
    baseModelId: 'gemini-2-5-pro',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 25.8,
    usdPerMillionInputTokens: 1.25,
    usdPerMillionOutputTokens: 10,
    usdPerMillionCachedInputTokens: 0.125,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 2.5,
      usdPerMillionOutputTokens: 15,
      usdPerMillionCachedInputTokens: 0.25,
    },
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65535,
    latency: {
      timeToFirstTokenSeconds: 21.801,
      outputTokensPerSecond: 138.251,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-pro), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini-2.5-pro'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini-2.5-pro"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-2-5-pro), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
        asOf: '2026-08-01',
      },
      batchMultiplier: {
        source:
          'https://cloud.google.com/vertex-ai/generative-ai/docs/multimodal/batch-prediction-gemini (50 % discount)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'vertex-gemini-3-1-pro-preview',
    name: 'Gemini 3.1 Pro preview (Vertex AI)',
    providerId: 'google-vertex',
    baseModelId: 'gemini-3-1-pro-preview',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 46.5,
    usdPerMillionInputTokens: 2,
    usdPerMillionOutputTokens: 12,
    usdPerMillionCachedInputTokens: 0.2,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 4,
      usdPerMillionOutputTokens: 18,
      usdPerMillionCachedInputTokens: 0.4,
    },
    reasoning: true,
    contextWindowTokens: 1048576,
    maxOutputTokens: 65536,
    latency: {
      timeToFirstTokenSeconds: 16.027,
      outputTokensPerSecond: 138.239,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/gemini-3-1-pro-preview), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['gemini-3.1-pro-preview'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini-3.1-pro-preview"',
    asOf: '2026-07-24',
    fieldSources: {
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/gemini-3-1-pro-preview), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
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
    id: 'vertex-claude-sonnet-4-5',
    name: 'Claude Sonnet 4.5 (Vertex AI, global)',
    providerId: 'google-vertex',
    baseModelId: 'claude-sonnet-4-5',
    mode: 'chat',
    qualityTier: 'frontier',
    qualityIndex: 29.3,
    usdPerMillionInputTokens: 3,
    usdPerMillionOutputTokens: 15,
    usdPerMillionCachedInputTokens: 0.3,
    usdPerMillionCacheWriteTokens: 3.75,
    batchMultiplier: 0.5,
    longContext: {
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 6,
      usdPerMillionOutputTokens: 22.5,
      usdPerMillionCachedInputTokens: 0.6,
    },
    reasoning: true,
    deployment: {
      processingRegion: 'global',
      summary:
        'Vertex AI global endpoint: served from any region, no residency guarantee',
      source:
        'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/data-residency (requests to a global endpoint may be processed in any Google Cloud location and give no data-residency guarantee); https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations (don’t use the global endpoint with ML-processing location requirements)',
      asOf: '2026-12-01',
    },
    contextWindowTokens: 1000000,
    maxOutputTokens: 64000,
    latency: {
      timeToFirstTokenSeconds: 1.261,
      outputTokensPerSecond: 45.828,
      source:
        'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
      asOf: '2026-08-01',
    },
    litellmKeys: ['vertex_ai/claude-sonnet-4-5'],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "vertex_ai/claude-sonnet-4-5"',
    asOf: '2026-07-24',
    fieldSources: {
      contextWindowTokens: {
        source:
          'Anthropic models overview (1M-token context for Claude Sonnet 4 / 4.5 with the context-1m beta; prices above 200K input tokens per the long-context tier); OpenRouter /api/v1/models lists anthropic/claude-sonnet-4.5 at 1,000,000 (snapshot 2026-08-01). LiteLLM lists 200,000 (the default without the beta)',
        asOf: '2026-08-01',
      },
      qualityIndex: {
        source:
          'Artificial Analysis (artificialanalysis.ai/models/claude-4-5-sonnet), snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd',
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
    id: 'text-embedding-3-small',
    name: 'text-embedding-3-small',
    providerId: 'openai',
    mode: 'embedding',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.02,
    usdPerMillionOutputTokens: 0,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 8191,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 3000,
      tokensPerMinute: 1000000,
      source:
        'https://platform.openai.com/docs/guides/rate-limits — OpenAI Tier 1 limits table (text-embedding-3-small and text-embedding-3-large: 3,000 RPM and 1,000,000 TPM each) as quoted in community.openai.com/t/1028595 (late 2024; read 2026-11-27, re-check on the model page)',
      asOf: '2026-11-27',
    },
    litellmKeys: ['text-embedding-3-small'],
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "text-embedding-3-small"',
    asOf: '2026-07-24',
    fieldSources: {
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'text-embedding-3-large',
    name: 'text-embedding-3-large',
    providerId: 'openai',
    mode: 'embedding',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 0.13,
    usdPerMillionOutputTokens: 0,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 8191,
    rateLimits: {
      tier: 'Tier 1',
      requestsPerMinute: 3000,
      tokensPerMinute: 1000000,
      source:
        'https://platform.openai.com/docs/guides/rate-limits — OpenAI Tier 1 limits table (text-embedding-3-small and text-embedding-3-large: 3,000 RPM and 1,000,000 TPM each) as quoted in community.openai.com/t/1028595 (late 2024; read 2026-11-27, re-check on the model page)',
      asOf: '2026-11-27',
    },
    litellmKeys: ['text-embedding-3-large'],
    source:
      'https://openai.com/api/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "text-embedding-3-large"',
    asOf: '2026-07-24',
    fieldSources: {
      batchMultiplier: {
        source:
          'https://openai.com/api/pricing/ (batch prices, transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24))',
        asOf: '2026-07-24',
      },
    },
  },
  {
    id: 'embed-english-v3',
    name: 'Embed English v3',
    providerId: 'cohere',
    mode: 'embedding',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0,
    reasoning: false,
    contextWindowTokens: 1024,
    litellmKeys: ['embed-english-v3.0'],
    source:
      'https://cohere.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "embed-english-v3.0"',
    asOf: '2026-07-24',
  },
  {
    id: 'embed-multilingual-v3',
    name: 'Embed Multilingual v3',
    providerId: 'cohere',
    mode: 'embedding',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0,
    reasoning: false,
    contextWindowTokens: 1024,
    litellmKeys: ['embed-multilingual-v3.0'],
    source:
      'https://cohere.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "embed-multilingual-v3.0"',
    asOf: '2026-07-24',
  },
  {
    id: 'embed-v4',
    name: 'Embed v4',
    providerId: 'cohere',
    mode: 'embedding',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 0.12,
    usdPerMillionOutputTokens: 0,
    reasoning: false,
    contextWindowTokens: 128000,
    litellmKeys: ['cohere/embed-v4.0'],
    source:
      'https://cohere.com/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "cohere/embed-v4.0"',
    asOf: '2026-07-24',
  },
  {
    id: 'gemini-embedding-001',
    name: 'Gemini Embedding 001',
    providerId: 'google',
    mode: 'embedding',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 0.15,
    usdPerMillionOutputTokens: 0,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 2048,
    litellmKeys: ['gemini/gemini-embedding-001'],
    source:
      'https://ai.google.dev/gemini-api/docs/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "gemini/gemini-embedding-001"',
    asOf: '2026-07-24',
    fieldSources: {
      batchMultiplier: {
        source:
          'https://ai.google.dev/gemini-api/docs/batch-mode (50 % of the interactive price)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'mistral-embed',
    name: 'Mistral Embed',
    providerId: 'mistral',
    mode: 'embedding',
    qualityTier: 'mid',
    usdPerMillionInputTokens: 0.1,
    usdPerMillionOutputTokens: 0,
    batchMultiplier: 0.5,
    reasoning: false,
    contextWindowTokens: 8192,
    litellmKeys: ['mistral/mistral-embed'],
    source:
      'https://mistral.ai/pricing — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "mistral/mistral-embed"',
    asOf: '2026-07-24',
    fieldSources: {
      batchMultiplier: {
        source:
          'https://docs.mistral.ai/capabilities/batch/ (batch inference at 50 % lower cost)',
        asOf: '2026-01-01',
      },
    },
  },
  {
    id: 'bedrock-titan-embed-text-v2',
    name: 'Titan Text Embeddings V2 (Bedrock)',
    providerId: 'aws-bedrock',
    mode: 'embedding',
    qualityTier: 'small',
    usdPerMillionInputTokens: 0.02,
    usdPerMillionOutputTokens: 0,
    reasoning: false,
    contextWindowTokens: 8192,
    litellmKeys: ['amazon.titan-embed-text-v2:0'],
    source:
      'https://aws.amazon.com/bedrock/pricing/ — transcribed via LiteLLM model_prices_and_context_window.json (BerriAI/litellm, last_updated 2026-07-24) key "amazon.titan-embed-text-v2:0"',
    asOf: '2026-07-24',
  },
] satisfies z.input<typeof apiModelSchema>[];
