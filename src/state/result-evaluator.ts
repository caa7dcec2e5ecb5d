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
import { defaultSchedule } from './settled-store';

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
};

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
  };
}
