import { useState } from 'react';
import {
  useDeferredScenarioResult,
  type DeferredResult,
} from './calculator-store-context';

// Its own module: only lazy panels use it, so it stays out of the first load.

/** Equal when they serialise alike: for small plain slices of a result. */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A panel's own part of the shown result, kept as the same object while it is
 * equal (by value, JSON by default): a memoised panel body given it renders
 * only when its own inputs change, not on every result (issue 13 item 1).
 * The caller still re-renders on each result; keep it a thin shell.
 */
export function useShownSlice<T>(
  select: (shown: DeferredResult) => T,
  equal: (a: T, b: T) => boolean = sameJson,
): T {
  const next = select(useDeferredScenarioResult());
  const [kept, setKept] = useState(next);
  if (kept !== next && !equal(kept, next)) {
    // Derived state: replaced in this render.
    setKept(next);
    return next;
  }
  return kept;
}
