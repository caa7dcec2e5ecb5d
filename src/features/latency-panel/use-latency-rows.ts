import { useCatalog, useDeferredScenarioResult } from '../../state';
import { latencyRowsFrom, latencyTargetsFrom } from './latency-model';

/**
 * The deferred result as latency rows, with the user's targets and the
 * answer's length in API tokens: what the panel shows and what its exported
 * figure draws (one hook, so the two never disagree).
 */
export function useLatencyRows() {
  const { result, inputs } = useDeferredScenarioResult();
  const catalog = useCatalog();
  const w = inputs.workload;
  const targets = latencyTargetsFrom(w);
  const answerTokens = Math.round(
    result.workload.selfHostOutputTokensPerRequest /
      Math.max(0.01, w.tokenizerRatio || 1),
  );
  const rows = latencyRowsFrom(result, inputs.options, catalog, targets);
  return { rows, targets, answerTokens };
}
