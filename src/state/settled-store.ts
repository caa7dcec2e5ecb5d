import { createStore } from 'zustand/vanilla';
import type { CalculatorStore } from './create-calculator-store';

/**
 * Runs `fn` once the browser has painted the current frame: a key press
 * paints its slider first, and the results follow in the next frame
 * (ADR-21). Without frames (a hidden tab, jsdom, node) it runs on the next
 * task. Returns a cancel function.
 */
export function afterNextPaint(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const canWaitForFrame =
    typeof requestAnimationFrame === 'function' &&
    typeof document !== 'undefined' &&
    document.visibilityState === 'visible';
  if (!canWaitForFrame) {
    const t = setTimeout(run, 0);
    return () => {
      done = true;
      clearTimeout(t);
    };
  }
  // rAF runs just before the paint; a task queued from it runs just after.
  // (A timer, not a MessageChannel: the page listens for no messages, ADR-4.)
  let afterPaint: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    afterPaint = setTimeout(run, 0);
  });
  // A frame that never comes (the tab hidden meanwhile) must not hold results back.
  const fallback = setTimeout(run, 250);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (afterPaint !== undefined) clearTimeout(afterPaint);
  };
}

export type SettledMirror = {
  /** A read-only copy of the live store's state that follows it after each paint. */
  readonly store: CalculatorStore;
  /** Starts following the live store; returns the stop function (an effect's cleanup). */
  readonly follow: () => () => void;
};

/**
 * Where nothing is painted (jsdom, node) "after the next paint" is now: the
 * copy follows the live store at once, as it did before ADR-21.
 */
function defaultSchedule(fn: () => void): () => void {
  const paints =
    typeof navigator !== 'undefined' &&
    !/jsdom/i.test(navigator.userAgent) &&
    typeof requestAnimationFrame === 'function';
  if (paints) return afterNextPaint(fn);
  fn();
  return () => {};
}

/**
 * The store as it was at the last paint: what results are computed from, so
 * no engine run sits between a key press and its frame. Several changes in
 * one frame settle as one. Its `actions` are the live store's (writes go
 * there).
 */
export function createSettledMirror(
  live: CalculatorStore,
  schedule: (fn: () => void) => () => void = defaultSchedule,
): SettledMirror {
  const store = createStore(() => live.getState());
  const follow = () => {
    let cancel: (() => void) | null = null;
    const settle = () => {
      cancel = null;
      store.setState(live.getState(), true);
    };
    const request = () => {
      if (cancel) return;
      const c = schedule(settle);
      // A synchronous schedule has settled already: nothing left to cancel.
      cancel = store.getState() === live.getState() ? null : c;
    };
    const unsubscribe = live.subscribe(request);
    // The live store may have moved between the render and this effect.
    if (store.getState() !== live.getState()) request();
    return () => {
      unsubscribe();
      cancel?.();
    };
  };
  return { store, follow };
}
