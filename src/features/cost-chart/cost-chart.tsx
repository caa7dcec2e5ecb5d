import { memo, useContext } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { formatTokens, formatUsdCompact } from '../../lib/format';
import { BandLayer } from './band-layer';
import type { ChartCrossover, ChartCurves, ChartSeries } from './chart-model';
import { ChartVolumeContext } from './chart-volume';
import { crossoverLabelPositions } from './crossover-labels';
import { CostTooltipContent } from './cost-tooltip-content';

type Range = readonly [number, number];

/** Where "You: 50M" sits: turned inwards in the outer sixth of the log axis. */
function youLabelPosition(
  tokensPerMonth: number,
  domain: Range,
): 'top' | 'insideTopLeft' | 'insideTopRight' {
  const [lo, hi] = domain;
  const span = Math.log(hi) - Math.log(lo);
  const at = span > 0 ? (Math.log(tokensPerMonth) - Math.log(lo)) / span : 0.5;
  return at > 0.85 ? 'insideTopRight' : at < 0.15 ? 'insideTopLeft' : 'top';
}

function decadeTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); 10 ** e <= hi * 1.0001; e++)
    ticks.push(10 ** e);
  return ticks;
}

/** The cost axis: whole decades around every positive cost on the curves. */
function costDomainOf(model: ChartCurves): Range {
  const values = model.rows.flatMap((r) =>
    model.series
      .map((s) => r[s.id])
      .filter((v): v is number => typeof v === 'number' && v > 0),
  );
  const yMin =
    values.length > 0 ? 10 ** Math.floor(Math.log10(Math.min(...values))) : 1;
  const yMax =
    values.length > 0 ? 10 ** Math.ceil(Math.log10(Math.max(...values))) : 1e6;
  return [yMin, yMax];
}

/** Grid, log tokens axis and log cost axis: they move only with the curves, not with the volume. */
function CostAxes({
  tokensDomain,
  costDomain,
}: {
  tokensDomain: Range;
  costDomain: Range;
}) {
  const [yMin, yMax] = costDomain;
  return (
    <>
      <CartesianGrid strokeDasharray="2 4" stroke="var(--grid)" />
      <XAxis
        dataKey="tokensPerMonth"
        type="number"
        scale="log"
        domain={[tokensDomain[0], tokensDomain[1]]}
        ticks={decadeTicks(tokensDomain[0], tokensDomain[1])}
        tickFormatter={(v: number) => formatTokens(v)}
        stroke="var(--muted)"
        label={{
          value: 'tokens per month',
          position: 'insideBottomRight',
          offset: -4,
          fill: 'var(--muted)',
        }}
        height={44}
      />
      <YAxis
        type="number"
        scale="log"
        domain={[yMin, yMax]}
        ticks={decadeTicks(yMin, yMax)}
        tickFormatter={(v: number) => formatUsdCompact(v)}
        stroke="var(--muted)"
        width={78}
        allowDataOverflow
        // Every chart's value axis says what it counts and in which unit (issue 14 item 8).
        label={{
          value: 'monthly cost (USD/month)',
          angle: -90,
          position: 'insideLeft',
          offset: 0,
          style: { textAnchor: 'middle' },
          fill: 'var(--muted)',
        }}
      />
    </>
  );
}

function CostTooltip() {
  // Own content: the seen lines as before, one polite spoken line (cost-tooltip-content.tsx).
  return (
    <Tooltip
      isAnimationActive={false}
      content={CostTooltipContent}
      wrapperStyle={{
        background: 'var(--surface)',
        border: '1px solid var(--border)',
        color: 'var(--text)',
        padding: '6px 10px',
      }}
    />
  );
}

/**
 * The current volume as a rule labelled "You: 50M": the one part that
 * follows the volume slider. Its own layer — it reads the volume from
 * context and the axis from recharts' hooks, so a volume change re-renders
 * only this and moves it by a transform (no layout, no layout shift).
 */
function YouMarker({ tokensDomain }: { tokensDomain: Range }) {
  const tokensPerMonth = useContext(ChartVolumeContext);
  const scale = useXAxisScale();
  const area = usePlotArea();
  const x = scale ? scale(tokensPerMonth) : undefined;
  if (!area || x === undefined || !Number.isFinite(x)) return null;
  // Near either end of the axis the label turns inwards instead of being cut off.
  const position = youLabelPosition(tokensPerMonth, tokensDomain);
  const anchor =
    position === 'top'
      ? 'middle'
      : position === 'insideTopLeft'
        ? 'start'
        : 'end';
  const dx =
    position === 'insideTopLeft' ? 6 : position === 'insideTopRight' ? -6 : 0;
  return (
    <g className="you-marker" transform={`translate(${x} 0)`}>
      <line
        x1={0}
        x2={0}
        y1={area.y}
        y2={area.y + area.height}
        stroke="var(--text)"
        strokeWidth={1.5}
      />
      <text
        x={dx}
        y={position === 'top' ? area.y - 8 : area.y + 16}
        textAnchor={anchor}
        fill="var(--text)"
      >
        You: {formatTokens(tokensPerMonth)}
      </text>
    </g>
  );
}

/**
 * One cost line per option: API solid, self-hosted dashed, the same model
 * hosted grey dash-dot; an option set apart (excluded, cannot run) faint,
 * grey and dotted, drawn first so the choices lie on top.
 */
function CostLines({ series }: { series: readonly ChartSeries[] }) {
  const ordered = [
    ...series.filter((s) => s.setApart !== null),
    ...series.filter((s) => s.setApart === null),
  ];
  return ordered.map((s) => {
    const dash = s.dash;
    return (
      <Line
        key={s.id}
        dataKey={s.id}
        name={s.setApart ? `${s.name} (${s.setApart.badge})` : s.name}
        type="linear"
        dot={false}
        stroke={s.color}
        strokeWidth={s.setApart ? 2 : 2.5}
        strokeOpacity={s.setApart ? 0.55 : 1}
        {...(dash ? { strokeDasharray: dash } : {})}
        isAnimationActive={false}
        connectNulls={false}
      />
    );
  });
}

/** Each crossover as a dot labelled with its volume. */
function CrossoverDots({
  crossovers,
}: {
  crossovers: readonly ChartCrossover[];
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const dots = crossovers.map((c) => ({
    xPx: x?.(c.tokensPerMonth) ?? Number.NaN,
    yPx: y?.(c.usdPerMonth) ?? Number.NaN,
    text: formatTokens(c.tokensPerMonth),
  }));
  const positions = crossoverLabelPositions(dots);
  return crossovers.map((c, i) => {
    const position = positions[i] ?? 'top';
    return (
      <ReferenceDot
        key={`${c.selfHostId}-${c.apiId}`}
        x={c.tokensPerMonth}
        y={c.usdPerMonth}
        r={5}
        fill="var(--surface)"
        stroke="var(--text)"
        strokeWidth={2}
        {...(position === 'none'
          ? {}
          : {
              label: {
                value: dots[i]?.text,
                position,
                fill: 'var(--text)',
                fontSize: 12,
                className: 'crossover-label',
              },
            })}
      />
    );
  });
}

type CostChartProps = {
  /** Volume-independent: kept across volume changes (sameCurves), so this memo holds. */
  readonly curves: ChartCurves;
  readonly height: number;
  /** A fixed width in px (the print report, the export figure); by default the chart follows its box. */
  readonly width?: number;
};

/**
 * Monthly cost against monthly tokens on log axes: API lines solid,
 * self-hosted dashed, crossovers as dots, the current volume as a rule.
 * No drawing animation (every series has isAnimationActive off): motion
 * only where it explains (ADR-14 "Looks"), and one paint per input (ADR-21).
 * Lazy-loaded: recharts is most of the JavaScript.
 */
export const CostChart = memo(function CostChart({
  curves: model,
  height,
  width,
}: CostChartProps) {
  // A fixed size draws in the first render, with no resize observer: what
  // a print snapshot and an off-screen export need.
  const size =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  return (
    <ComposedChart
      {...size}
      data={model.rows as Record<string, number | null>[]}
      margin={{ top: 28, right: 20, bottom: 8, left: 8 }}
      accessibilityLayer
      title="Monthly cost against monthly tokens"
      desc="Log-log chart of each option's monthly cost in US dollars against monthly tokens; the Table view lists the same numbers."
    >
      <CostAxes tokensDomain={model.domain} costDomain={costDomainOf(model)} />
      <CostTooltip />
      <YouMarker tokensDomain={model.domain} />
      {/* Its own layer, from ChartBandsContext: the band never re-draws the lines. */}
      <BandLayer curves={model} />
      <CostLines series={model.series} />
      <CrossoverDots crossovers={model.crossovers} />
    </ComposedChart>
  );
});
