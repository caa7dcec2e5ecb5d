import { useCallback, useMemo } from 'react';
import { useResultsStatus } from './calculator-store-context';
import { defaultSchedule } from './settled-store';

/**
 * A ref for a results region (the verdict, the cost chart): it carries
 * `aria-busy="true"` and `data-results="pending"` while newer inputs are not
 * yet reflected by the results it shows, `aria-busy="false"` and
 * `data-results="current"` once they are (ADR-33). Written straight to the
 * element, so the flag never re-renders the region it marks.
 */
export function useResultsBusy<T extends HTMLElement>(): (
  el: T | null,
) => (() => void) | undefined {
  const status = useResultsStatus();
  return useCallback(
    (el: T | null) => {
      if (!el) return undefined;
      const write = () => {
        const current = status.isCurrent();
        el.setAttribute('aria-busy', current ? 'false' : 'true');
        el.setAttribute('data-results', current ? 'current' : 'pending');
      };
      write();
      const unsubscribe = status.subscribe(write);
      return () => {
        unsubscribe();
      };
    },
    [status],
  );
}

/**
 * The schedule for a slider's commit (ui RangeField's `schedule`): after the
 * next paint, as results follow (ADR-21), and counted as "results not
 * current" from the press on, so the regions say busy in the press itself.
 */
export function useCommitSchedule(): (fn: () => void) => () => void {
  const status = useResultsStatus();
  return useMemo(() => status.holding(defaultSchedule), [status]);
}
