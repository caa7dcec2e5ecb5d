import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { formatTokens } from '../../lib/format';
import {
  optionStandings,
  resultOptionLabel,
  useCatalog,
  useDeferredScenarioResult,
  useResultsBusy,
  type AnalysisRequest,
  type CalculatorInputs,
  type Uncertainty,
} from '../../state';
import { Panel } from '../../ui';
import { ChartView } from './chart-view';
import { chartBandsFrom, chartSummary, type ChartModel } from './chart-model';
import { useAnalysis } from './use-analysis';
import { useChartCurves } from './use-chart-curves';

// Views behind a switch: their own chunks, out of the first load. The band's
// sensitivity runs are state's analysis steps, in the engine worker (or a
// chunk of their own).
// The table too: its exact rows are one engine pass per volume, asked of the
// worker when it is opened (cost-table.tsx), so its code waits with them.
const CostTable = lazy(() =>
  import('./cost-table').then((m) => ({ default: m.CostTable })),
);
const CostBreakdown = lazy(() =>
  import('./cost-breakdown').then((m) => ({ default: m.CostBreakdown })),
);
const UncertaintyView = lazy(() =>
  import('./uncertainty-view').then((m) => ({ default: m.UncertaintyView })),
);
/**
 * Quiet time on the live inputs before the band and tornado are asked for,
 * ms: longer than a typist's pause between key presses, so a burst asks once.
 */
const UNCERTAINTY_DELAY_MS = 400;

type View = 'chart' | 'table' | 'breakdown' | 'uncertainty';

const VIEWS: readonly View[] = ['chart', 'table', 'breakdown', 'uncertainty'];

/** The words on a view's button; the breakdown's names the current volume (in a reserved width). */
function viewLabel(view: View, currentTokensPerMonth: number): ReactNode {
  return view === 'chart' ? (
    'Chart'
  ) : view === 'table' ? (
    'Table'
  ) : view === 'breakdown' ? (
    <>
      Breakdown at{' '}
      <span className="view-volume">{formatTokens(currentTokensPerMonth)}</span>
    </>
  ) : (
    'What moves it'
  );
}

/** "Show as": one pressed button per view. */
function ViewSwitch({
  view,
  onViewChange,
  currentTokensPerMonth,
}: {
  view: View;
  onViewChange: (view: View) => void;
  currentTokensPerMonth: number;
}) {
  return (
    <div className="segmented" role="group" aria-label="Show as">
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          onClick={() => onViewChange(v)}
        >
          {viewLabel(v, currentTokensPerMonth)}
        </button>
      ))}
    </div>
  );
}

/** Asks for the band and the tornado (the worker's lower-priority work, ADR-28). */
const UNCERTAINTY: AnalysisRequest = { kind: 'uncertainty' };

/**
 * The band and tornado for the shown inputs, only while a view shows them:
 * null until they arrive, and for other inputs than the lines' (use-analysis.ts).
 */
function useUncertainty(
  inputs: CalculatorInputs,
  needed: boolean,
): Uncertainty | null {
  const a = useAnalysis(
    inputs,
    needed ? UNCERTAINTY : null,
    UNCERTAINTY_DELAY_MS,
  );
  return a?.kind === 'uncertainty' ? a.uncertainty : null;
}

/** The result as chart series, bands (when shown) and crossovers, with option names. */
function useCostChartModel(view: View, showBand: boolean) {
  const catalog = useCatalog();
  const { result, inputs } = useDeferredScenarioResult();
  const uncertainty = useUncertainty(
    inputs,
    (view === 'chart' && showBand) || view === 'uncertainty',
  );
  // Where each option stands (excluded, cannot run): read from state, never
  // re-derived here, so the chart says what the verdict and the list say. It
  // rides on the series, so useStableCurves keeps the memoised layers as long
  // as no standing changes.
  const standings = useMemo(
    () => optionStandings(result, catalog),
    [result, catalog],
  );
  // Not rebuilt for a volume change: the curve is the same (use-chart-curves.ts, issue 13).
  const curves = useChartCurves(result, inputs.options, catalog, standings);
  // Apart from the curves: the band arrives later and re-draws only its layer.
  const bands = useMemo(
    () =>
      showBand && uncertainty
        ? chartBandsFrom(curves, uncertainty.bands)
        : null,
    [showBand, uncertainty, curves],
  );
  const currentTokensPerMonth = result.workload.tokensPerMonth;
  const model = useMemo<ChartModel>(
    () => ({ ...curves, currentTokensPerMonth }),
    [curves, currentTokensPerMonth],
  );
  const nameOf = (id: string) =>
    resultOptionLabel(id, inputs.options, result.comparators, catalog);
  return { result, inputs, uncertainty, curves, bands, model, nameOf };
}

function CostChartFootnote() {
  return (
    <p className="footnote">
      Costs per month at a fixed input:output mix. Self-hosted lines step up
      where another replica is needed; crossovers are marked with their volume.
      Hover the chart or switch to the table for exact values.{' '}
      <a className="how-link" href="#methods">
        How is this computed?
      </a>
    </p>
  );
}

/** "Monthly cost comparison": the chart, its table equivalent and a sentence. */
export function CostChartPanel() {
  const [view, setView] = useState<View>('chart');
  const [showBand, setShowBand] = useState(true);
  const { result, inputs, uncertainty, curves, bands, model, nameOf } =
    useCostChartModel(view, showBand);
  // Busy while newer inputs are being evaluated (ADR-33).
  const busyRef = useResultsBusy<HTMLElement>();
  return (
    <Panel
      ref={busyRef}
      id="cost-comparison"
      title="Monthly cost comparison"
      className="cost-panel"
      actions={
        <ViewSwitch
          view={view}
          onViewChange={setView}
          currentTokensPerMonth={model.currentTokensPerMonth}
        />
      }
    >
      <p className="chart-summary" aria-live="polite">
        {chartSummary(model, result)}
      </p>
      <div className="chart-area">
        {view === 'chart' ? (
          <ChartView
            model={model}
            curves={curves}
            bands={bands}
            showBand={showBand}
            onShowBandChange={setShowBand}
          />
        ) : (
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {view === 'table' ? (
              <CostTable model={model} inputs={inputs} />
            ) : view === 'breakdown' ? (
              <CostBreakdown result={result} series={model.series} />
            ) : (
              <UncertaintyView uncertainty={uncertainty} nameOf={nameOf} />
            )}
          </Suspense>
        )}
      </div>
      <CostChartFootnote />
    </Panel>
  );
}
