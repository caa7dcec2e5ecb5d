/**
 * Use-case presets: the per-request shape of a workload (token mix, caching,
 * batching, traffic, latency targets) for each use case, and the hour-of-day
 * traffic patterns. Volume, tokenizer, traffic pattern and operations time
 * stay the user's.
 */

export type WorkloadPresetId =
  | 'chatbot'
  | 'rag'
  | 'code-assistant'
  | 'batch-summarisation'
  | 'embeddings'
  | 'agent';

/** The part of a workload a use-case preset sets (see `WorkloadInputs`). */
export type WorkloadShape = {
  /** Input share of a request's tokens, percent (75 = 3:1; 100 = input only). */
  readonly inputSharePercent: number;
  /** Input + output + reasoning tokens per request. */
  readonly tokensPerRequest: number;
  readonly reasoningTokensPerRequest: number;
  readonly cachedPrefixTokens: number;
  readonly batchableSharePercent: number;
  readonly peakToAverage: number;
  /** 0 = no target. */
  readonly maxTimeToFirstTokenSeconds: number;
  /** 0 = no target. */
  readonly minOutputTokensPerSecond: number;
  /** 0 = interactive, 1 = offline batch work sized by its deadline (§18.2). */
  readonly trafficKind: number;
};

/**
 * Hour-of-day traffic shapes (24 relative values, hour 0 = midnight local
 * time; the engine normalises them to mean 1). Code 0 is the engine's daily
 * wave with the peak-to-average ratio the user sets (docs/methods.md §2.1).
 */
export const TRAFFIC_PATTERNS: readonly {
  readonly code: number;
  readonly label: string;
  readonly hourly: readonly number[] | null;
}[] = [
  {
    code: 0,
    label: 'Daily wave (set the peak-to-average ratio)',
    hourly: null,
  },
  {
    code: 1,
    label: 'Flat, around the clock (batch, global)',
    hourly: Array.from({ length: 24 }, () => 1),
  },
  {
    code: 2,
    label: 'Business hours (internal tools)',
    hourly: [
      0.15, 0.1, 0.1, 0.1, 0.1, 0.15, 0.3, 0.8, 1.6, 2.2, 2.4, 2.3, 1.9, 2.2,
      2.4, 2.3, 2.0, 1.5, 0.8, 0.5, 0.4, 0.3, 0.2, 0.15,
    ],
  },
  {
    code: 3,
    label: 'Evening peak (consumer apps)',
    hourly: [
      0.9, 0.6, 0.4, 0.3, 0.25, 0.3, 0.5, 0.8, 1.0, 1.0, 1.0, 1.1, 1.2, 1.1,
      1.0, 1.0, 1.1, 1.3, 1.6, 1.9, 2.1, 2.0, 1.6, 1.2,
    ],
  },
];

export type WorkloadPreset = {
  readonly id: WorkloadPresetId;
  readonly label: string;
  readonly description: string;
  readonly values: WorkloadShape;
};

const noTargets = {
  maxTimeToFirstTokenSeconds: 0,
  minOutputTokensPerSecond: 0,
};

/** Use-case shapes (token mix per request, caching, traffic); volume stays the user's. */
export const WORKLOAD_PRESETS: readonly WorkloadPreset[] = [
  {
    id: 'chatbot',
    label: 'Chatbot',
    description:
      'Conversational assistant: short turns with some history, daytime peaks.',
    values: {
      inputSharePercent: 75,
      tokensPerRequest: 1000,
      reasoningTokensPerRequest: 0,
      cachedPrefixTokens: 0,
      batchableSharePercent: 0,
      trafficKind: 0,
      peakToAverage: 2,
      maxTimeToFirstTokenSeconds: 1,
      minOutputTokensPerSecond: 20,
    },
  },
  {
    id: 'rag',
    label: 'RAG over documents',
    description:
      'Retrieved passages in a long prompt, short answers; a cached system prompt.',
    values: {
      inputSharePercent: 90,
      tokensPerRequest: 4000,
      reasoningTokensPerRequest: 0,
      cachedPrefixTokens: 1200,
      batchableSharePercent: 0,
      trafficKind: 0,
      peakToAverage: 2,
      maxTimeToFirstTokenSeconds: 2,
      minOutputTokensPerSecond: 20,
    },
  },
  {
    id: 'code-assistant',
    label: 'Code assistant',
    description:
      'Large code context, cached repository prefix, fast completions.',
    values: {
      inputSharePercent: 90,
      tokensPerRequest: 8000,
      reasoningTokensPerRequest: 0,
      cachedPrefixTokens: 4000,
      batchableSharePercent: 0,
      trafficKind: 0,
      peakToAverage: 3,
      maxTimeToFirstTokenSeconds: 1,
      minOutputTokensPerSecond: 40,
    },
  },
  {
    id: 'batch-summarisation',
    label: 'Batch summarisation',
    description:
      'Long documents summarised offline: batch work sized by its completion deadline, not latency.',
    values: {
      inputSharePercent: 90,
      tokensPerRequest: 6000,
      reasoningTokensPerRequest: 0,
      cachedPrefixTokens: 0,
      batchableSharePercent: 100,
      trafficKind: 1,
      peakToAverage: 1,
      ...noTargets,
    },
  },
  {
    id: 'embeddings',
    label: 'Embeddings',
    description:
      'Input-only vectors for search, as a backfill of documents (batch work with a deadline; switch to interactive for query-time embedding); no output tokens. Compares embedding models: the options switch to embedding APIs and open embedding models.',
    values: {
      inputSharePercent: 100,
      tokensPerRequest: 500,
      reasoningTokensPerRequest: 0,
      cachedPrefixTokens: 0,
      batchableSharePercent: 50,
      trafficKind: 1,
      peakToAverage: 1.5,
      ...noTargets,
    },
  },
  {
    id: 'agent',
    label: 'Agent',
    description:
      'Multi-step tool use: long growing context, reasoning tokens, a cached tool prompt.',
    values: {
      inputSharePercent: 85,
      tokensPerRequest: 12000,
      reasoningTokensPerRequest: 2000,
      cachedPrefixTokens: 3000,
      batchableSharePercent: 0,
      trafficKind: 0,
      peakToAverage: 2,
      maxTimeToFirstTokenSeconds: 3,
      minOutputTokensPerSecond: 20,
    },
  },
];

/** The use-case picker's choices; "Custom" appears only while the workload is custom. */
export function presetChoices(
  presetId: WorkloadPresetId | 'custom',
): { readonly value: string; readonly label: string }[] {
  return [
    ...WORKLOAD_PRESETS.map((p) => ({ value: p.id, label: p.label })),
    ...(presetId === 'custom' ? [{ value: 'custom', label: 'Custom' }] : []),
  ];
}
