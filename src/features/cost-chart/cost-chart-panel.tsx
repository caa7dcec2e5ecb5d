import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { loadMeasuredError, type Catalog } from '../../catalog';
import type { Scenario } from '../../engine';
import { formatTokens } from '../../lib/format';
import {
  optionStandings,
  resultOptionLabel,
  useCalculatorStoreApi,
  useCatalog,
  useDeferredScenarioResult,
  useResultsBusy,
  type CalculatorInputs,
} from '../../state';
import { Panel } from '../../ui';
import { ChartView } from './chart-view';
import { CostTable } from './cost-table';
import type { Uncertainty } from './uncertainty';
import {
  chartCurvesFrom,
  chartSummary,
  sameCurves,
  type ChartCurves,
  type ChartModel,
} from './chart-model';

// Views behind a switch, and the sensitivity runs the band waits 600 ms for:
// their own chunks, out of the first load (the table, the chart's text
// equivalent, stays in it).
const CostBreakdown = lazy(() =>
  import('./cost-breakdown').then((m) => ({ default: m.CostBreakdown })),
);
const UncertaintyView = lazy(() =>
  import('./uncertainty-view').then((m) => ({ default: m.UncertaintyView })),
);
// With the measured error the efficiency ranges come from (docs/methods.md §20.11).
const loadUncertainty = () =>
  Promise.all([import('./uncertainty'), loadMeasuredError()]).then(([m]) => m);

/** Quiet time before the sensitivity band is recomputed, ms: longer than a pause between key presses. */
const UNCERTAINTY_DELAY_MS = 600;

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

/**
 * The sensitivity analysis, only while a view shows it. It re-runs the engine
 * ~20 times: once the inputs have been quiet for UNCERTAINTY_DELAY_MS, in a
 * timer of its own — never inside a render a key press waits for (ADR-21).
 * Until then the last band stays.
 */
function useSettledUncertainty(
  scenario: Scenario,
  inputs: CalculatorInputs,
  catalog: Catalog,
  needed: boolean,
): Uncertainty | null {
  const [computed, setComputed] = useState<Uncertainty | null>(null);
  // Outside SettledScope: the live store, which moves with every key press.
  const liveStore = useCalculatorStoreApi();
  useEffect(() => {
    if (!needed) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Quiet means the live inputs too (ADR-28): a key press restarts the
    // wait, and while the shown results trail the inputs nothing runs (the
    // next result restarts it), so no band re-draws the chart mid-drag.
    const current = () => live && liveStore.getState().inputs === inputs;
    const run = () => {
      if (!current()) return;
      void loadUncertainty().then((m) => {
        if (!current()) return;
        const next = m.uncertaintyFor(scenario, catalog);
        // A new band re-draws the whole chart: interruptible where React can.
        startTransition(() => setComputed(next));
      });
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(run, UNCERTAINTY_DELAY_MS);
    };
    arm();
    const unsubscribe = liveStore.subscribe(arm);
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [needed, scenario, inputs, catalog, liveStore]);
  return needed ? computed : null;
}

/**
 * The curves, kept as the same object while they draw the same picture: a
 * volume change gives equal curves, so the chart's line layer, legend and
 * axes stay as they are (ADR-21). Derived state: replaced in render.
 */
function useStableCurves(next: ChartCurves): ChartCurves {
  const [kept, setKept] = useState(next);
  if (kept !== next && !sameCurves(kept, next)) {
    setKept(next);
    return next;
  }
  return kept;
}

/** The result as chart series, bands (when shown) and crossovers, with option names. */
function useCostChartModel(view: View, showBand: boolean) {
  const catalog = useCatalog();
  const { result, scenario, inputs } = useDeferredScenarioResult();
  const uncertainty = useSettledUncertainty(
    scenario,
    inputs,
    catalog,
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
  const fresh = useMemo(
    () =>
      chartCurvesFrom(
        result,
        inputs.options,
        catalog,
        showBand && uncertainty ? uncertainty.bands : {},
        standings,
      ),
    [result, inputs.options, catalog, showBand, uncertainty, standings],
  );
  const curves = useStableCurves(fresh);
  const currentTokensPerMonth = result.workload.tokensPerMonth;
  const model = useMemo<ChartModel>(
    () => ({ ...curves, currentTokensPerMonth }),
    [curves, currentTokensPerMonth],
  );
  const nameOf = (id: string) =>
    resultOptionLabel(id, inputs.options, result.comparators, catalog);
  return { result, inputs, uncertainty, curves, model, nameOf };
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
  const { result, inputs, uncertainty, curves, model, nameOf } =
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
            showBand={showBand}
            onShowBandChange={setShowBand}
          />
        ) : view === 'table' ? (
          <CostTable model={model} inputs={inputs} />
        ) : (
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {view === 'breakdown' ? (
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
