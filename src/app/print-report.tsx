/**
 * Where the printed report and the export figures hang in the page (ADR-29).
 * Only this is in the first load: the report (report-view.tsx, with the
 * feature modules it draws with) is a lazy chunk, fetched once the page is
 * idle — so Ctrl+P finds it ready — or at once when Export or "Print report"
 * asks for it. Before it has arrived, the page prints as it is (its print
 * stylesheet hides the controls).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ReportHostProps } from './report-view';

const ReportHost = lazy(() =>
  import('./report-view').then((m) => ({ default: m.ReportHost })),
);

/** Longest wait for an idle moment before the report's code is fetched, ms. */
const PRELOAD_TIMEOUT_MS = 4000;

export function ReportSlot(props: ReportHostProps) {
  const wanted = props.stage || props.printRequests > 0;
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const ric = window.requestIdleCallback as
      ((cb: () => void, o: { timeout: number }) => number) | undefined;
    const id = ric
      ? ric(() => setIdle(true), { timeout: PRELOAD_TIMEOUT_MS })
      : window.setTimeout(() => setIdle(true), PRELOAD_TIMEOUT_MS);
    return () => {
      if (ric) window.cancelIdleCallback(id);
      else window.clearTimeout(id);
    };
  }, []);
  if (!idle && !wanted) return null;
  return (
    <Suspense fallback={null}>
      <ReportHost {...props} />
    </Suspense>
  );
}
