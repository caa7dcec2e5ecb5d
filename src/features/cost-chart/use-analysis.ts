import { startTransition, useEffect, useState } from 'react';
import {
  cachedAnalysis,
  requestAnalysis,
  useCalculatorStoreApi,
  useCatalog,
  type Analysis,
  type AnalysisJob,
  type AnalysisRequest,
  type CalculatorInputs,
} from '../../state';

/**
 * An analysis (band and tornado, or the cost table's rows) of the inputs the
 * panel shows, or null until it has arrived. Only the answer for these very
 * inputs is ever returned, so a band is never painted beside lines drawn
 * from newer inputs (ADR-28, amended). It is asked for once the live inputs
 * have been these for `quietMs` — a press restarts the wait and drops an
 * analysis under way — and computed where the page's evaluator says (the
 * engine worker, else this thread between paints). Memoise `request`.
 */
export function useAnalysis(
  inputs: CalculatorInputs,
  request: AnalysisRequest | null,
  quietMs: number,
): Analysis | null {
  const catalog = useCatalog();
  // Outside SettledScope: the live store, which moves with every key press.
  const liveStore = useCalculatorStoreApi();
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (!request || cachedAnalysis(inputs, catalog, request)) return;
    let mounted = true;
    let job: AnalysisJob | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const current = () => liveStore.getState().inputs === inputs;
    const run = () => {
      if (!mounted || !current()) return;
      job = requestAnalysis(inputs, catalog, request);
      job.answer.then(
        () => {
          // A band re-draws only its own layer; still a transition, so a press cuts in.
          if (mounted) startTransition(() => setArrived((n) => n + 1));
        },
        () => {},
      );
    };
    const arm = () => {
      clearTimeout(timer);
      if (!current()) {
        // Newer inputs: their results (and this effect for them) follow.
        job?.cancel();
        job = null;
        return;
      }
      if (!job) timer = setTimeout(run, quietMs);
    };
    arm();
    const unsubscribe = liveStore.subscribe(arm);
    return () => {
      mounted = false;
      clearTimeout(timer);
      unsubscribe();
      job?.cancel();
    };
  }, [inputs, catalog, request, quietMs, liveStore]);
  return request ? (cachedAnalysis(inputs, catalog, request) ?? null) : null;
}
