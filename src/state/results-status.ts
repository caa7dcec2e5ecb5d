/**
 * Whether the results on screen are for the newest inputs (ADR-33): false
 * from the moment a press is waiting for its commit, or the live store has
 * inputs the shown results are not for (the worker is evaluating them), to
 * the moment React has committed results for the live inputs. The results
 * regions carry it as `aria-busy` and `data-results` (use-results-busy.ts);
 * tests wait on it instead of guessing how long the engine takes.
 */
export type ResultsStatus = {
  /** True while the shown results are for the newest inputs. */
  readonly isCurrent: () => boolean;
  readonly subscribe: (listener: () => void) => () => void;
  /** Wraps a commit schedule so the wait before the commit counts as not current. */
  readonly holding: (
    schedule: (fn: () => void) => () => void,
  ) => (fn: () => void) => () => void;
};

/** The provider's side: it says what is shown and what is live. */
export type ResultsStatusSource = ResultsStatus & {
  /** Re-reads whether the shown inputs are the live ones. */
  readonly update: (shownIsLive: boolean) => void;
};

export function createResultsStatus(shownIsLive: boolean): ResultsStatusSource {
  let matches = shownIsLive;
  let waiting = 0;
  let current = shownIsLive;
  const listeners = new Set<() => void>();
  const emit = () => {
    const next = matches && waiting === 0;
    if (next === current) return;
    current = next;
    listeners.forEach((l) => l());
  };
  return {
    isCurrent: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (shownIsLive) => {
      matches = shownIsLive;
      emit();
    },
    holding: (schedule) => (fn) => {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        waiting--;
      };
      waiting++;
      emit();
      const cancel = schedule(() => {
        close();
        // The commit changes the live store: `update` says not current
        // before anyone hears this one's end.
        fn();
        emit();
      });
      return () => {
        close();
        cancel();
        emit();
      };
    },
  };
}
