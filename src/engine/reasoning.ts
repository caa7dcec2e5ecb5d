/**
 * Hidden reasoning tokens of an API option (docs/methods.md §17.1, ADR 17):
 * the option's own count, else the workload's, else the catalog's measured
 * count for the model at the requested effort (the provider's default effort
 * when none is asked for). Resolved once per scenario, so every consumer of
 * the option (cost, latency, rate limits, hybrids, sensitivities) sees the
 * same count.
 */
import type { ApiModel, Catalog, ReasoningTokens } from '../catalog';
import type { ApiReasoning } from './requirement-types';
import type { ApiOptionInput, Workload } from './types';

/** The catalog's entry for a model, if any. */
export function reasoningEntry(
  catalog: Pick<Catalog, 'reasoningTokens'>,
  apiModelId: string,
): ReasoningTokens | undefined {
  return catalog.reasoningTokens.find((r) => r.apiModelId === apiModelId);
}

/**
 * Hidden tokens per request for one option, and where they came from.
 *
 * @example gpt-5-mini, no effort asked, source 'model-default' → 1,750 tokens at 'medium'
 */
export function resolveReasoning(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
  entry: ReasoningTokens | undefined,
): ApiReasoning {
  if (!model.reasoning)
    return {
      tokensPerRequest: 0,
      effort: null,
      source: 'not-reasoning',
      basis: null,
    };
  if (option.reasoningTokensPerRequest !== undefined)
    return {
      tokensPerRequest: Math.max(0, option.reasoningTokensPerRequest),
      effort: option.reasoningEffort ?? null,
      source: 'option',
      basis: null,
    };
  if (w.reasoningTokensSource !== 'model-default' || !entry)
    return {
      tokensPerRequest: Math.max(0, w.reasoningTokensPerRequest),
      effort: null,
      source: 'workload',
      basis: null,
    };
  // An effort the model was not measured at falls back to its default effort.
  const asked = option.reasoningEffort ?? entry.defaultEffort;
  const effort =
    entry.tokensPerRequestByEffort[asked] !== undefined
      ? asked
      : entry.defaultEffort;
  return {
    tokensPerRequest: entry.tokensPerRequestByEffort[effort] ?? 0,
    effort,
    source: 'model-default',
    basis: entry.basis,
  };
}

/**
 * The option with the catalog facts its cost, latency and rate limits need,
 * attached once (docs/methods.md §17.1, §17.4): its hidden tokens, the thinking
 * inside the catalog's measured first-token time (so the latency can swap
 * one for the other: TTFT = measured − measured thinking ÷ speed + own
 * thinking ÷ speed), and its provider's rate-limit ladder.
 */
export function withResolvedFacts(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
  catalog: Pick<Catalog, 'reasoningTokens' | 'rateLimitTiers'>,
): ApiOptionInput {
  const entry = model.reasoning ? reasoningEntry(catalog, model.id) : undefined;
  // A fallback count was not read off the first-token time: those models
  // stream their reasoning as tokens, so the measured time holds none of it.
  const measured =
    entry?.basis === 'fallback'
      ? 0
      : entry?.tokensPerRequestByEffort[entry.latencyMeasuredAtEffort];
  return {
    ...option,
    resolved: {
      reasoning: resolveReasoning(w, model, option, entry),
      measuredLatencyReasoningTokens: measured ?? null,
      rateLimitTiers: catalog.rateLimitTiers
        .filter((t) => t.providerId === model.providerId)
        .sort((a, b) => a.rank - b.rank),
    },
  };
}

/** The option's hidden tokens: as resolved for the scenario, else resolved without the catalog. */
export function optionReasoning(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
): ApiReasoning {
  return (
    option.resolved?.reasoning ?? resolveReasoning(w, model, option, undefined)
  );
}

/** Every API option of a scenario with its catalog facts attached (unknown models left as they are). */
export function resolveApiOptions<
  S extends { readonly apiOptions: readonly ApiOptionInput[] },
>(scenario: S, w: Workload, catalog: Catalog): S {
  return {
    ...scenario,
    apiOptions: scenario.apiOptions.map((option) => {
      const model = catalog.byId.apiModels[option.apiModelId];
      return model ? withResolvedFacts(w, model, option, catalog) : option;
    }),
  };
}

/**
 * Hidden tokens a self-hosted open model writes per request when the workload
 * takes each model's measured count (docs/methods.md §17.1): the count of its
 * hosted versions (API models whose `openModelId` is this model) at their
 * default effort — the median when hosts differ — so the same model thinks
 * as long on both sides. Null when no hosted version has an entry.
 *
 * @example gpt-oss-120b (hosted by seven providers, 1,650 each) → 1,650
 */
export function hostedReasoningTokens(
  catalog: Pick<Catalog, 'reasoningTokens' | 'apiModels'>,
  openModelId: string,
): number | null {
  const counts = catalog.apiModels
    .filter((m) => m.openModelId === openModelId)
    .map((m) => reasoningEntry(catalog, m.id))
    .filter((e): e is ReasoningTokens => e !== undefined)
    .map((e) => e.tokensPerRequestByEffort[e.defaultEffort] ?? 0)
    .sort((a, b) => a - b);
  if (counts.length === 0) return null;
  const mid = Math.floor(counts.length / 2);
  return counts.length % 2 === 1
    ? counts[mid]!
    : (counts[mid - 1]! + counts[mid]!) / 2;
}
