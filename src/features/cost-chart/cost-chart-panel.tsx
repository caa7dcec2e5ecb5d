import { useMemo, useState, type ReactNode } from 'react';
import type { Catalog } from '../../catalog';
import type { Scenario } from '../../engine';
import { formatTokens } from '../../lib/format';
import {
  resultOptionLabel,
  useCatalog,
  useDeferredScenarioResult,
  useResultIsStale,
} from '../../state';
import { Panel, useDebouncedValue } from '../../ui';
import { ChartView } from './chart-view';
import { CostBreakdown } from './cost-breakdown';
import { CostTable } from './cost-table';
import { uncertaintyFor, type Uncertainty } from './uncertainty';
import { UncertaintyView } from './uncertainty-view';
import { chartModelFrom, chartSummary } from './chart-model';

/** Quiet time before the sensitivity band is recomputed, ms. */
const UNCERTAINTY_DELAY_MS = 250;

type View = 'chart' | 'table' | 'breakdown' | 'uncertainty';

const VIEWS: readonly View[] = ['chart', 'table', 'breakdown', 'uncertainty'];

/** The words on a view's button; the breakdown's names the current volume. */
function viewLabel(view: View, currentTokensPerMonth: number): string {
  return view === 'chart'
    ? 'Chart'
    : view === 'table'
      ? 'Table'
      : view === 'breakdown'
        ? `Breakdown at ${formatTokens(currentTokensPerMonth)}`
        : 'What moves it';
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

/** Dims the chart while it trails a drag; only this wrapper re-renders when that flips. */
function ChartArea({ children }: { children: ReactNode }) {
  const stale = useResultIsStale();
  return <div className={`chart-area ${stale ? 'stale' : ''}`}>{children}</div>;
}

/**
 * The sensitivity analysis, only while a view shows it. It re-runs the engine
 * ~20 times: wait until a drag settles.
 */
function useSettledUncertainty(
  scenario: Scenario,
  catalog: Catalog,
  needed: boolean,
): Uncertainty | null {
  const settledScenario = useDebouncedValue(scenario, UNCERTAINTY_DELAY_MS);
  return useMemo(
    () => (needed ? uncertaintyFor(settledScenario, catalog) : null),
    [needed, settledScenario, catalog],
  );
}

/** The deferred result as chart series, bands (when shown) and crossovers, with option names. */
function useCostChartModel(view: View, showBand: boolean) {
  const catalog = useCatalog();
  const { result, scenario, inputs } = useDeferredScenarioResult();
  const uncertainty = useSettledUncertainty(
    scenario,
    catalog,
    (view === 'chart' && showBand) || view === 'uncertainty',
  );
  const model = useMemo(
    () =>
      chartModelFrom(
        result,
        inputs.options,
        catalog,
        result.workload.tokensPerMonth,
        showBand && uncertainty ? uncertainty.bands : {},
      ),
    [result, inputs.options, catalog, showBand, uncertainty],
  );
  const nameOf = (id: string) =>
    resultOptionLabel(id, inputs.options, result.comparators, catalog);
  return { result, inputs, uncertainty, model, nameOf };
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
  const { result, inputs, uncertainty, model, nameOf } = useCostChartModel(
    view,
    showBand,
  );
  return (
    <Panel
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
      <ChartArea>
        {view === 'chart' ? (
          <ChartView
            model={model}
            showBand={showBand}
            onShowBandChange={setShowBand}
          />
        ) : view === 'table' ? (
          <CostTable model={model} inputs={inputs} />
        ) : view === 'breakdown' ? (
          <CostBreakdown result={result} series={model.series} />
        ) : (
          <UncertaintyView uncertainty={uncertainty} nameOf={nameOf} />
        )}
      </ChartArea>
      <CostChartFootnote />
    </Panel>
  );
}
