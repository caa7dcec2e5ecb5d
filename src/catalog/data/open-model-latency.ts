import type { z } from 'zod';
import type { openModelLatencySchema } from '../schema';

/**
 * What Artificial Analysis measures for an open model as a whole (median time
 * to first token and output speed, on its ~1,000-token prompts), for the
 * hosts of that model (`hosted-open-models.ts`): the snapshot has no figure
 * per host, and this one is a better guess than the defaults (0.6 s, 80
 * tokens/s). It is the model's median, not a host's: a fast host (Groq,
 * Cerebras) can be several times quicker, so a host carries it as
 * `latency.measuredFor: 'model'` (`index.ts`) and the page says so. The slug
 * is the one the open model's quality index is read under. Models the
 * snapshot measures at 0 tokens/s (not measured) are left out.
 */
export const openModelLatency = [
  {
    openModelId: 'glm-4.6',
    artificialAnalysisSlug: 'glm-4-6-reasoning',
    timeToFirstTokenSeconds: 1.056,
    outputTokensPerSecond: 47.699,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/glm-4-6-reasoning), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'glm-5',
    artificialAnalysisSlug: 'glm-5',
    timeToFirstTokenSeconds: 0.786,
    outputTokensPerSecond: 50.961,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/glm-5), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'gpt-oss-120b',
    artificialAnalysisSlug: 'gpt-oss-120b',
    timeToFirstTokenSeconds: 0.513,
    outputTokensPerSecond: 277.453,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/gpt-oss-120b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'gpt-oss-20b',
    artificialAnalysisSlug: 'gpt-oss-20b',
    timeToFirstTokenSeconds: 0.461,
    outputTokensPerSecond: 264.883,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/gpt-oss-20b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'kimi-k2-instruct-0905',
    artificialAnalysisSlug: 'kimi-k2-0905',
    timeToFirstTokenSeconds: 1.002,
    outputTokensPerSecond: 37.26,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/kimi-k2-0905), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'kimi-k2.5',
    artificialAnalysisSlug: 'kimi-k2-5',
    timeToFirstTokenSeconds: 1.208,
    outputTokensPerSecond: 32.231,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/kimi-k2-5), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'llama-3.1-405b-instruct',
    artificialAnalysisSlug: 'llama-3-1-instruct-405b',
    timeToFirstTokenSeconds: 0.675,
    outputTokensPerSecond: 75.978,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/llama-3-1-instruct-405b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'llama-3.1-8b-instruct',
    artificialAnalysisSlug: 'llama-3-1-instruct-8b',
    timeToFirstTokenSeconds: 0.533,
    outputTokensPerSecond: 162.552,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/llama-3-1-instruct-8b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'llama-3.2-1b-instruct',
    artificialAnalysisSlug: 'llama-3-2-instruct-1b',
    timeToFirstTokenSeconds: 0.581,
    outputTokensPerSecond: 85.621,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/llama-3-2-instruct-1b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'llama-3.2-3b-instruct',
    artificialAnalysisSlug: 'llama-3-2-instruct-3b',
    timeToFirstTokenSeconds: 0.625,
    outputTokensPerSecond: 52.296,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/llama-3-2-instruct-3b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'llama-3.3-70b-instruct',
    artificialAnalysisSlug: 'llama-3-3-instruct-70b',
    timeToFirstTokenSeconds: 0.648,
    outputTokensPerSecond: 94.528,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/llama-3-3-instruct-70b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'llama-4-maverick-17b-128e-instruct',
    artificialAnalysisSlug: 'llama-4-maverick',
    timeToFirstTokenSeconds: 0.61,
    outputTokensPerSecond: 120.535,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/llama-4-maverick), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'llama-4-scout-17b-16e-instruct',
    artificialAnalysisSlug: 'llama-4-scout',
    timeToFirstTokenSeconds: 0.581,
    outputTokensPerSecond: 113.551,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/llama-4-scout), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'minimax-m2',
    artificialAnalysisSlug: 'minimax-m2',
    timeToFirstTokenSeconds: 1.259,
    outputTokensPerSecond: 72.051,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/minimax-m2), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'minimax-m2.5',
    artificialAnalysisSlug: 'minimax-m2-5',
    timeToFirstTokenSeconds: 1.208,
    outputTokensPerSecond: 72.741,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/minimax-m2-5), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'mistral-7b-instruct-v0.3',
    artificialAnalysisSlug: 'mistral-7b-instruct',
    timeToFirstTokenSeconds: 0.484,
    outputTokensPerSecond: 98.556,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/mistral-7b-instruct), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'mistral-small-3.2-24b-instruct',
    artificialAnalysisSlug: 'mistral-small-3-2',
    timeToFirstTokenSeconds: 0.449,
    outputTokensPerSecond: 149.865,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/mistral-small-3-2), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'phi-4',
    artificialAnalysisSlug: 'phi-4',
    timeToFirstTokenSeconds: 0.519,
    outputTokensPerSecond: 39.028,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/phi-4), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'qwen3-235b-a22b-instruct-2507',
    artificialAnalysisSlug: 'qwen3-235b-a22b-instruct-2507',
    timeToFirstTokenSeconds: 1.242,
    outputTokensPerSecond: 63.919,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/qwen3-235b-a22b-instruct-2507), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'qwen3-30b-a3b-instruct-2507',
    artificialAnalysisSlug: 'qwen3-30b-a3b-2507',
    timeToFirstTokenSeconds: 0.963,
    outputTokensPerSecond: 168.308,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/qwen3-30b-a3b-2507), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'qwen3-32b',
    artificialAnalysisSlug: 'qwen3-32b-instruct',
    timeToFirstTokenSeconds: 1.038,
    outputTokensPerSecond: 102.378,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/qwen3-32b-instruct), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'qwen3-8b',
    artificialAnalysisSlug: 'qwen3-8b-instruct',
    timeToFirstTokenSeconds: 1.397,
    outputTokensPerSecond: 67.361,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/qwen3-8b-instruct), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
  {
    openModelId: 'qwen3.5-397b-a17b',
    artificialAnalysisSlug: 'qwen3-5-397b-a17b',
    timeToFirstTokenSeconds: 1.731,
    outputTokensPerSecond: 51.877,
    source:
      "Artificial Analysis (artificialanalysis.ai/models/qwen3-5-397b-a17b), the model's median, not broken down by host, snapshot aa_models-2026-08-01.json via Prajwalsrinvas/token-tariff@90407ebd",
    asOf: '2026-08-01',
  },
] satisfies z.input<typeof openModelLatencySchema>[];
