import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { formatTokens, formatUsd } from '../../lib/format';
import {
  infeasibleShortText,
  optionShortLabel,
  resultFor,
  useCatalog,
  useDeferredScenarioResult,
  useResultIsStale,
  type CalculatorInputs,
} from '../../state';
import { optionColor, Panel, useDebouncedValue } from '../../ui';
import { CostBreakdown } from './cost-breakdown';
import { uncertaintyFor } from './uncertainty';
import { UncertaintyView } from './uncertainty-view';
import {
  chartModelFrom,
  chartSummary,
  tableVolumes,
  type ChartModel,
} from './chart-model';

const CostChart = lazy(() =>
  import('./cost-chart').then((m) => ({ default: m.CostChart })),
);

/** Quiet time before the sensitivity band is recomputed, ms. */
const UNCERTAINTY_DELAY_MS = 250;

type View = 'chart' | 'table' | 'breakdown' | 'uncertainty';

/** Dims the chart while it trails a drag; only this wrapper re-renders when that flips. */
function ChartArea({ children }: { children: ReactNode }) {
  const stale = useResultIsStale();
  return <div className={`chart-area ${stale ? 'stale' : ''}`}>{children}</div>;
}

/** Exact monthly costs at each table volume (the engine at that volume, not read off the curve). */
function useCostTable(model: ChartModel, inputs: CalculatorInputs) {
  const catalog = useCatalog();
  return useMemo(() => {
    const volumes = tableVolumes(model);
    return volumes.map((tokensPerMonth) => {
      const r = resultFor(inputs, catalog, {
        curve: 'headline',
        atTokensPerMonth: tokensPerMonth,
      });
      const byId: Record<string, number | string> = {};
      for (const a of r.api) byId[a.id] = a.cost.usdPerMonth;
      for (const s of r.selfHost)
        byId[s.id] = s.feasible
          ? s.cost.usdPerMonth
          : infeasibleShortText(s.reasons);
      return { tokensPerMonth, byId };
    });
  }, [model, inputs, catalog]);
}

function CostTable({
  model,
  inputs,
}: {
  model: ChartModel;
  inputs: CalculatorInputs;
}) {
  const rows = useCostTable(model, inputs);
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Monthly cost by volume, table"
    >
      <table className="data-table">
        <caption>
          Monthly cost (USD/month) of each option by monthly token volume
        </caption>
        <thead>
          <tr>
            <th scope="col">Tokens/month</th>
            {model.series.map((s) => (
              <th scope="col" key={s.id}>
                <span
                  className="swatch-dot"
                  style={{ background: optionColor(s.colorIndex) }}
                  aria-hidden="true"
                />
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.tokensPerMonth}
              className={
                row.tokensPerMonth === model.currentTokensPerMonth
                  ? 'current'
                  : undefined
              }
            >
              <th scope="row">
                {formatTokens(row.tokensPerMonth)}
                {row.tokensPerMonth === model.currentTokensPerMonth
                  ? ' (yours)'
                  : ''}
              </th>
              {model.series.map((s) => {
                const v = row.byId[s.id];
                return (
                  <td key={s.id}>
                    {typeof v === 'number' ? formatUsd(v) : (v ?? '—')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Monthly cost comparison": the chart, its table equivalent and a sentence. */
export function CostChartPanel() {
  const catalog = useCatalog();
  const {
    result,
    scenario,
    inputs: deferredInputs,
  } = useDeferredScenarioResult();
  const [view, setView] = useState<View>('chart');
  const [showBand, setShowBand] = useState(true);
  const needsUncertainty =
    (view === 'chart' && showBand) || view === 'uncertainty';
  // The band re-runs the engine ~20 times: wait until a drag settles.
  const settledScenario = useDebouncedValue(scenario, UNCERTAINTY_DELAY_MS);
  const uncertainty = useMemo(
    () => (needsUncertainty ? uncertaintyFor(settledScenario, catalog) : null),
    [needsUncertainty, settledScenario, catalog],
  );
  const model = useMemo(
    () =>
      chartModelFrom(
        result,
        deferredInputs.options,
        catalog,
        result.workload.tokensPerMonth,
        showBand && uncertainty ? uncertainty.bands : {},
      ),
    [result, deferredInputs.options, catalog, showBand, uncertainty],
  );
  const nameOf = (id: string) => {
    const o = deferredInputs.options.find((x) => x.id === id);
    return o ? optionShortLabel(o, catalog) : id;
  };
  const summary = chartSummary(model, result);
  return (
    <Panel
      id="cost-comparison"
      title="Monthly cost comparison"
      className="cost-panel"
      actions={
        <div className="segmented" role="group" aria-label="Show as">
          {(['chart', 'table', 'breakdown', 'uncertainty'] as const).map(
            (v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => setView(v)}
              >
                {v === 'chart'
                  ? 'Chart'
                  : v === 'table'
                    ? 'Table'
                    : v === 'breakdown'
                      ? `Breakdown at ${formatTokens(model.currentTokensPerMonth)}`
                      : 'What moves it'}
              </button>
            ),
          )}
        </div>
      }
    >
      <p className="chart-summary" aria-live="polite">
        {summary}
      </p>
      <ChartArea>
        {view === 'chart' ? (
          <>
            <figure
              className="chart-figure"
              aria-label="Monthly cost against monthly tokens, log scales"
            >
              <Suspense
                fallback={
                  <div className="chart-placeholder">Loading chart…</div>
                }
              >
                <CostChart model={model} height={360} />
              </Suspense>
            </figure>
            <label className="check band-toggle">
              <input
                type="checkbox"
                checked={showBand}
                onChange={(e) => setShowBand(e.currentTarget.checked)}
              />
              Shade the uncertainty band (low–high cost from each input’s
              plausible range)
            </label>
            <ul className="legend" aria-label="Legend">
              {model.series.map((s) => (
                <li key={s.id}>
                  <svg width="28" height="10" aria-hidden="true">
                    <line
                      x1="1"
                      y1="5"
                      x2="27"
                      y2="5"
                      stroke={optionColor(s.colorIndex)}
                      strokeWidth="3"
                      strokeDasharray={s.kind === 'api' ? undefined : '7 4'}
                    />
                  </svg>
                  <span>
                    {s.name}{' '}
                    <span className="legend-kind">
                      ({s.kind === 'api' ? 'API, solid' : 'self-hosted, dashed'}
                      )
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : view === 'table' ? (
          <CostTable model={model} inputs={deferredInputs} />
        ) : view === 'breakdown' ? (
          <CostBreakdown result={result} series={model.series} />
        ) : (
          <UncertaintyView uncertainty={uncertainty} nameOf={nameOf} />
        )}
      </ChartArea>
      <p className="footnote">
        Costs per month at a fixed input:output mix. Self-hosted lines step up
        where another replica is needed; crossovers are marked with their
        volume. Hover the chart or switch to the table for exact values.{' '}
        <a className="how-link" href="#methods">
          How is this computed?
        </a>
      </p>
    </Panel>
  );
}
