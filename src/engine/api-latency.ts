/**
 * API latency (docs/methods.md §6.2, §17.1, §17.2): network round trip + time
 * to first token, then the visible answer at the output speed, and its slow
 * tail at the 95th percentile.
 */
import type { ApiModel } from '../catalog';
import { optionReasoning } from './reasoning';
import type { LatencySpread } from './requirement-types';
import type { ApiLatency, ApiOptionInput, Workload } from './types';

/** API latency defaults when the catalog has no measurement (docs/methods.md §2.2, grade C). */
export const DEFAULT_API_TTFT_SECONDS = 0.6;
export const DEFAULT_API_OUTPUT_TOKENS_PER_SECOND = 80;
/**
 * 95th-percentile time to first token ÷ the median, for an API (§17.2, grade
 * C): shared multi-tenant endpoints show a long tail; the catalog has no
 * per-model spread, so one documented factor applies to every API.
 */
export const API_P95_TTFT_FACTOR = 2;
/** 5th-percentile output speed ÷ the median, for an API (§17.2, grade C). */
export const API_P95_SPEED_FACTOR = 0.7;

/**
 * Hidden thinking delays the first visible token (§17.1): its tokens ÷ the
 * output speed. A measured time to first token of a reasoning model already
 * holds the thinking at the effort it was measured at, so that part is taken
 * out and the option's own thinking put in (never below the round trip).
 *
 * @example gpt-5-mini at medium: 0.05 + (94.96 − 10,000 ÷ 106.05) + 1,750 ÷ 106.05 ≈ 17.2 s
 */
export function apiLatency(
  w: Workload,
  model: ApiModel,
  option: ApiOptionInput,
): ApiLatency {
  const measured = model.latency;
  const speed =
    measured?.outputTokensPerSecond ?? DEFAULT_API_OUTPUT_TOKENS_PER_SECOND;
  const hidden = optionReasoning(w, model, option).tokensPerRequest;
  const thinkingSeconds = model.reasoning ? hidden / speed : 0;
  // Without the catalog's figure the measured time is taken to hold this option's own thinking.
  const measuredThinking = option.resolved?.measuredLatencyReasoningTokens;
  const providerSeconds = !measured
    ? DEFAULT_API_TTFT_SECONDS + thinkingSeconds
    : model.reasoning && measuredThinking != null
      ? Math.max(
          0,
          measured.timeToFirstTokenSeconds - measuredThinking / speed,
        ) + thinkingSeconds
      : measured.timeToFirstTokenSeconds;
  const firstToken = w.apiNetworkRoundTripSeconds + providerSeconds;
  const endToEnd = firstToken + w.outputTokensPerRequest / speed;
  return {
    timeToFirstTokenSeconds: firstToken,
    outputTokensPerSecond: speed,
    endToEndSeconds: endToEnd,
    basis: !measured
      ? 'default'
      : measured.measuredFor === 'model'
        ? 'model'
        : 'catalog',
    thinkingSeconds,
    p95: apiP95(w, firstToken, speed),
  };
}

/** The slow tail: the round trip stays, the provider's part stretches by the factor (§17.2). */
function apiP95(
  w: Workload,
  firstTokenSeconds: number,
  speed: number,
): LatencySpread {
  const rtt = w.apiNetworkRoundTripSeconds;
  return {
    timeToFirstTokenSeconds:
      rtt + (firstTokenSeconds - rtt) * API_P95_TTFT_FACTOR,
    outputTokensPerSecond: speed * API_P95_SPEED_FACTOR,
    basis: 'factor',
  };
}
