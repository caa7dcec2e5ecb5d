import type { Catalog } from '../catalog';
import type { CalculatorInputs } from './calculator-inputs';
import type {
  CalculatorState,
  CalculatorStore,
} from './create-calculator-store';
import {
  evaluateInputs,
  hasFullResult,
  primeResults,
  type EvaluatedInputs,
} from './derived-cache';
import {
  cachedAnalysis,
  prepareAnalysis,
  primeAnalysis,
  type Analysis,
  type AnalysisRequest,
} from './derived-analysis';
import { defaultSchedule } from './settled-store';

/** An analysis under way: its answer, unless cancelled first (then it never settles). */
export type AnalysisJob = {
  readonly answer: Promise<Analysis>;
  readonly cancel: () => void;
};

/**
 * Where the page's engine runs (ADR-28): in this thread (the default; tests,
 * the single-file build, any page where a worker cannot start) or in a
 * worker. Either way the results are the same plain data.
 */
export type ResultEvaluator = {
  /**
   * When to start an evaluation after the inputs changed: in this thread,
   * after the next paint (the key press paints first, ADR-21); off it, on
   * the next task.
   */
  readonly schedule: (fn: () => void) => () => void;
  /** A synchronous answer is used at once (jsdom, node: no paint to wait for). */
  readonly evaluate: (
    inputs: CalculatorInputs,
    catalog: Catalog,
  ) => EvaluatedInputs | Promise<EvaluatedInputs>;
  /**
   * The band, the tornado and the cost table's rows (derived-analysis.ts),
   * at a lower priority than `evaluate`: the worker answers evaluations
   * first and drops a cancelled analysis between its steps. Omitted: in
   * this thread, step by step after paints (`analyseInThread`).
   */
  readonly analyse?: (
    inputs: CalculatorInputs,
    catalog: Catalog,
    request: AnalysisRequest,
  ) => AnalysisJob;
};

/**
 * An analysis in this thread, one step (one engine pass) per task after the
 * next paint, so a key press is never queued behind more than one step; at
 * once where nothing paints (jsdom, node). The same steps the worker runs.
 */
export function analyseInThread(
  inputs: CalculatorInputs,
  catalog: Catalog,
  request: AnalysisRequest,
): AnalysisJob {
  let cancelled = false;
  let cancelStep = () => {};
  const answer = new Promise<Analysis>((resolve, reject) => {
    prepareAnalysis(request).then((m) => {
      if (cancelled) return;
      const steps = m.analysisSteps(inputs, catalog, request);
      const step = () => {
        if (cancelled) return;
        try {
          const next = steps.next();
          if (next.done) resolve(next.value);
          else cancelStep = defaultSchedule(step);
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      };
      cancelStep = defaultSchedule(step);
    }, reject);
  });
  return {
    answer,
    cancel: () => {
      cancelled = true;
      cancelStep();
    },
  };
}

/**
 * Where analyses run for a catalog: the evaluator `followResults` is using
 * for it (the page's worker), so a panel needs no handle on the evaluator.
 */
const analysers = new WeakMap<
  Catalog,
  NonNullable<ResultEvaluator['analyse']>
>();

/**
 * The analysis of these inputs: from the cache when it was answered already,
 * else from the page's evaluator (the worker) or this thread. The answer is
 * cached with the inputs (`cachedAnalysis`), for every panel that reads it.
 */
export function requestAnalysis(
  inputs: CalculatorInputs,
  catalog: Catalog,
  request: AnalysisRequest,
): AnalysisJob {
  const cached = cachedAnalysis(inputs, catalog, request);
  if (cached) return { answer: Promise.resolve(cached), cancel: () => {} };
  const job = (analysers.get(catalog) ?? analyseInThread)(
    inputs,
    catalog,
    request,
  );
  return {
    answer: job.answer.then((a) => {
      primeAnalysis(inputs, catalog, request, a);
      return a;
    }),
    cancel: job.cancel,
  };
}

export const inThreadEvaluator: ResultEvaluator = {
  schedule: defaultSchedule,
  evaluate: evaluateInputs,
};

type FollowOptions = {
  readonly live: CalculatorStore;
  readonly catalog: Catalog;
  readonly evaluator: ResultEvaluator;
  /**
   * Shows this state's results (they are cached by then). Called only while
   * the state's inputs are the live store's.
   */
  readonly show: (state: CalculatorState) => void;
};

function isPromise<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof (v as { then?: unknown } | null)?.then === 'function';
}

/**
 * Keeps the shown results following the live store: one evaluation at a
 * time, of the newest inputs; an answer for inputs that are no longer the
 * live ones is cached but never shown (so the page never shows a result
 * older than the last key), and the newest inputs are evaluated next.
 * Returns the stop function (an effect's cleanup).
 */
export function followResults({
  live,
  catalog,
  evaluator,
  show,
}: FollowOptions): () => void {
  let stopped = false;
  let busy = false;
  let cancel: (() => void) | null = null;
  const analyse = evaluator.analyse;
  if (analyse) analysers.set(catalog, analyse);

  const finish = (state: CalculatorState, evaluated: EvaluatedInputs) => {
    busy = false;
    if (stopped) return;
    primeResults(state.inputs, catalog, evaluated);
    if (live.getState().inputs === state.inputs) show(live.getState());
    else request();
  };

  const run = () => {
    cancel = null;
    if (stopped) return;
    const state = live.getState();
    if (hasFullResult(state.inputs, catalog)) {
      show(state);
      return;
    }
    busy = true;
    let out: EvaluatedInputs | Promise<EvaluatedInputs>;
    try {
      out = evaluator.evaluate(state.inputs, catalog);
    } catch {
      // A broken evaluator must not leave the page without results.
      out = evaluateInputs(state.inputs, catalog);
    }
    if (isPromise(out))
      out.then(
        (evaluated) => finish(state, evaluated),
        () => finish(state, evaluateInputs(state.inputs, catalog)),
      );
    else finish(state, out);
  };

  function request() {
    // One at a time: a change during an evaluation is picked up when it ends.
    if (busy || cancel || stopped) return;
    let ran = false;
    const c = evaluator.schedule(() => {
      ran = true;
      run();
    });
    // A synchronous schedule (jsdom, node) has run already: nothing to cancel.
    if (!ran) cancel = c;
  }

  const unsubscribe = live.subscribe(request);
  // The live store may have moved between the first render and this effect.
  request();
  return () => {
    stopped = true;
    unsubscribe();
    cancel?.();
    if (analyse && analysers.get(catalog) === analyse)
      analysers.delete(catalog);
  };
}
