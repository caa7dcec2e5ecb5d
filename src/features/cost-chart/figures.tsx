/**
 * The cost panel's charts as export figures (issue 14 item 4): each a
 * `figure[data-export-figure]` at a fixed size, with what the exports
 * feature needs to compose a file — title, what it is at, axis titles and
 * legend as data — and a plot drawn for a reader who has only the picture
 * (names on the bars, ticks on the axes). The app renders them off screen
 * while the Export dialog is open and in the printed report. Lazy: none of
 * this is in the first load.
 */
import { useMemo } from 'react';
import type { CostLineKind } from '../../engine';
import { niceTicks } from '../../lib/nice-ticks';
import {
  formatTokensPerMonth,
  formatUsdCompact,
  formatUsdPerMonth,
} from '../../lib/format';
import {
  cachedAnalysis,
  loadedAnalysis,
  optionStandings,
  resultOptionLabel,
  useCatalog,
  useDeferredScenarioResult,
  type AnalysisRequest,
} from '../../state';
import {
  breakdownColumnsFrom,
  LINE_LABELS,
  shownLineKinds,
} from './breakdown-model';
import {
  chartCurvesFrom,
  type ChartCurves,
  type ChartSeries,
} from './chart-model';
import { CostChart } from './cost-chart';
import { CostTable } from './cost-table';
import { LINE_FILL } from './cost-breakdown';
import { ChartVolumeContext } from './chart-volume';
import { tornadoFrom } from './tornado-model';
import { INPUT_LABELS } from './uncertainty';

const UNCERTAINTY: AnalysisRequest = { kind: 'uncertainty' };

/** A legend entry (the exports feature's LegendEntry, by shape). */
type Entry = {
  readonly label: string;
  readonly color: string;
  readonly dash?: string | undefined;
  readonly swatch: 'line' | 'box' | 'outline';
  readonly muted?: boolean;
};

type FigureFrameProps = {
  readonly title: string;
  readonly subtitle: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly legend: readonly Entry[];
  readonly children: React.ReactNode;
};

/** The figure and its data attributes; the exports feature reads them (figure-image.ts). */
function FigureFrame({
  title,
  subtitle,
  xTitle,
  yTitle,
  legend,
  children,
}: FigureFrameProps) {
  return (
    <figure
      className="export-figure"
      data-export-figure={title}
      data-subtitle={subtitle}
      data-x-title={xTitle}
      data-y-title={yTitle}
      data-legend={JSON.stringify(legend)}
    >
      {children}
    </figure>
  );
}

/** "GPT-4o mini (API, solid) — excluded: needs a signed BAA (…)" */
function seriesEntry(s: ChartSeries): Entry {
  const kind = s.hosted
    ? 'same model, hosted'
    : s.kind === 'api'
      ? 'API'
      : 'self-hosted';
  return {
    label: `${s.name} (${kind})${s.setApart ? ` — ${s.setApart.text}` : ''}`,
    color: s.color,
    dash: s.dash,
    swatch: 'line',
    muted: s.setApart !== null,
  };
}

/** The cost curves of the current result, with standings, and the current volume. */
function useFigureCurves(): {
  curves: ChartCurves;
  tokensPerMonth: number;
  nameOf: (id: string) => string;
} {
  const catalog = useCatalog();
  const { result, inputs } = useDeferredScenarioResult();
  const curves = useMemo(
    () =>
      chartCurvesFrom(
        result,
        inputs.options,
        catalog,
        optionStandings(result, catalog),
      ),
    [result, inputs.options, catalog],
  );
  return {
    curves,
    tokensPerMonth: result.workload.tokensPerMonth,
    nameOf: (id) =>
      resultOptionLabel(id, inputs.options, result.comparators, catalog),
  };
}

/** "Monthly cost comparison": the page's chart at a fixed size, its legend as data. */
export function CostFigure({
  subtitle,
  width = 880,
  height = 380,
}: {
  subtitle: string;
  width?: number;
  height?: number;
}) {
  const { curves, tokensPerMonth } = useFigureCurves();
  return (
    <FigureFrame
      title="Monthly cost comparison"
      subtitle={`${subtitle} · log scales; dots: crossovers`}
      xTitle="tokens per month"
      yTitle="monthly cost (USD/month)"
      legend={[
        ...curves.series.map(seriesEntry),
        {
          label: `You: ${formatTokensPerMonth(tokensPerMonth)}`,
          color: 'var(--text)',
          swatch: 'line',
        },
      ]}
    >
      <ChartVolumeContext.Provider value={tokensPerMonth}>
        <CostChart curves={curves} height={height} width={width} />
      </ChartVolumeContext.Provider>
    </FigureFrame>
  );
}

/** The chart's legend in the printed report (HTML: it wraps and reads as text). */
export function CostFigureLegend() {
  const { curves } = useFigureCurves();
  return (
    <ul className="legend" aria-label="Legend">
      {curves.series.map((s) => {
        const e = seriesEntry(s);
        return (
          <li key={s.id} className={s.setApart ? 'set-apart' : undefined}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={s.color}
                strokeWidth="3"
                strokeDasharray={s.dash}
                strokeOpacity={s.setApart ? 0.55 : 1}
              />
            </svg>
            <span>{e.label}</span>
          </li>
        );
      })}
    </ul>
  );
}

const NAME_W = 300;
const BAR_W = 480;
const ROW_H = 30;

/** "Cost breakdown": each option's month, its lines end to end, named and totalled. */
export function BreakdownFigure({ subtitle }: { subtitle: string }) {
  const { curves, tokensPerMonth } = useFigureCurves();
  const { result } = useDeferredScenarioResult();
  const columns = breakdownColumnsFrom(result, curves.series);
  const kinds: CostLineKind[] = shownLineKinds(columns);
  // Round ticks (1, 2, 5 × 10^n dollars); the axis ends at the last one (issue 14 item 8).
  const { ticks, top: maxUsd } = niceTicks(
    Math.max(1, ...columns.map((c) => c.total ?? 0)),
    4,
  );
  const height = columns.length * ROW_H + 34;
  return (
    <FigureFrame
      title={`Cost breakdown at ${formatTokensPerMonth(tokensPerMonth)}`}
      subtitle={subtitle}
      xTitle="monthly cost (USD/month)"
      yTitle=""
      legend={kinds.map((k) => ({
        label: LINE_LABELS[k],
        color: LINE_FILL[k],
        swatch: 'box' as const,
      }))}
    >
      <svg data-plot="" viewBox={`0 0 ${NAME_W + BAR_W + 130} ${height}`}>
        {ticks.map((t) => {
          const x = NAME_W + (t / maxUsd) * BAR_W;
          return (
            <g key={t}>
              <line
                x1={x}
                x2={x}
                y1={0}
                y2={height - 22}
                stroke="var(--grid)"
              />
              <text
                x={x}
                y={height - 6}
                textAnchor="middle"
                fontSize={12}
                fill="var(--muted)"
              >
                {formatUsdCompact(t)}
              </text>
            </g>
          );
        })}
        {columns.map((c, i) => {
          let x = NAME_W;
          const y = i * ROW_H + 6;
          return (
            <g key={c.series.id} opacity={c.series.setApart ? 0.55 : 1}>
              <text x={0} y={y + 15} fontSize={13} fill="var(--text)">
                {c.series.name.length > 40
                  ? `${c.series.name.slice(0, 39)}…`
                  : c.series.name}
              </text>
              {kinds.map((k) => {
                const w = ((c.lines[k] ?? 0) / maxUsd) * BAR_W;
                const rect =
                  w > 0.2 ? (
                    <rect
                      key={k}
                      x={x}
                      y={y}
                      width={w}
                      height={20}
                      fill={LINE_FILL[k]}
                    />
                  ) : null;
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 15} fontSize={12} fill="var(--text)">
                {c.total === null
                  ? 'does not fit'
                  : `${formatUsdPerMonth(c.total)}${c.series.setApart ? ` (${c.series.setApart.badge})` : ''}`}
              </text>
            </g>
          );
        })}
      </svg>
    </FigureFrame>
  );
}

/** "What moves it": the headline pair's tornado with a labelled axis and the base value. */
export function TornadoFigure({ subtitle }: { subtitle: string }) {
  const catalog = useCatalog();
  const { inputs } = useDeferredScenarioResult();
  const { nameOf } = useFigureCurves();
  // The page's answer for these inputs when the worker gave one; else its
  // steps here, at once (loadCostFigures loaded them): only while the figure
  // is mounted (the Export dialog is open, or the report prints).
  const headline = useMemo(() => {
    const cached = cachedAnalysis(inputs, catalog, UNCERTAINTY);
    if (cached?.kind === 'uncertainty') return cached.uncertainty.headline;
    const a = loadedAnalysis()?.analyseNow(inputs, catalog, UNCERTAINTY);
    return a?.kind === 'uncertainty' ? a.uncertainty.headline : null;
  }, [inputs, catalog]);
  if (!headline) return null;
  const t = tornadoFrom(headline);
  const height = t.bars.length * 28 + 40;
  const crossover = t.metric === 'firstCrossoverTokensPerMonth';
  const values = t.bars
    .flatMap((b) => [b.atLow, b.atHigh])
    .concat(t.base)
    .filter((v): v is number => v !== null);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const ticks = crossover
    ? [lo, Math.sqrt(lo * hi), hi]
    : [lo, (lo + hi) / 2, hi];
  return (
    <FigureFrame
      title="What moves it"
      subtitle={`${subtitle} · ${nameOf(t.selfHostOptionId)} against ${nameOf(t.apiOptionId)}; each input varied alone across its plausible range`}
      xTitle={
        crossover
          ? 'crossover volume, tokens per month (log scale)'
          : 'self-hosted minus API cost, US$ per month'
      }
      yTitle=""
      legend={[
        {
          label: 'an input from the low to the high end of its range',
          color: 'var(--option-0)',
          swatch: 'box',
        },
        {
          label: `your inputs: ${t.base === null ? 'none in range' : t.format(t.base)}`,
          color: 'var(--text)',
          swatch: 'line',
        },
      ]}
    >
      <svg data-plot="" viewBox={`0 0 640 ${height}`}>
        {ticks.map((v, i) => (
          <g key={i}>
            <line
              x1={t.x(v)}
              x2={t.x(v)}
              y1={0}
              y2={height - 24}
              stroke="var(--grid)"
            />
            <text
              x={t.x(v)}
              y={height - 8}
              textAnchor="middle"
              fontSize={12}
              fill="var(--muted)"
            >
              {t.format(v)}
            </text>
          </g>
        ))}
        {t.base !== null ? (
          <line
            x1={t.x(t.base)}
            x2={t.x(t.base)}
            y1={0}
            y2={height - 24}
            stroke="var(--text)"
            strokeWidth={1.5}
          />
        ) : null}
        {t.bars.map((b, i) => {
          const a = b.atLow ?? t.base ?? 0;
          const c = b.atHigh ?? t.base ?? 0;
          return (
            <g key={b.input} transform={`translate(0 ${i * 28 + 5})`}>
              <text x={0} y={15} fontSize={13} fill="var(--text)">
                {INPUT_LABELS[b.input]}
              </text>
              <rect
                x={Math.min(t.x(a), t.x(c))}
                y={3}
                width={Math.max(2, Math.abs(t.x(c) - t.x(a)))}
                height={16}
                fill="var(--option-0)"
                opacity={0.8}
              />
            </g>
          );
        })}
      </svg>
    </FigureFrame>
  );
}

/** The chart's table equivalent for the printed report: each option at each decade and at the current volume. */
export function CostTableFigure() {
  const { curves, tokensPerMonth } = useFigureCurves();
  const { inputs } = useDeferredScenarioResult();
  const model = useMemo(
    () => ({ ...curves, currentTokensPerMonth: tokensPerMonth }),
    [curves, tokensPerMonth],
  );
  return <CostTable model={model} inputs={inputs} now />;
}
