import { memo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  formatTokens,
  formatUsdCompact,
  formatUsdPerMonth,
} from '../../lib/format';
import {
  bandKey,
  type ChartCrossover,
  type ChartModel,
  type ChartSeries,
} from './chart-model';

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
function costDomainOf(model: ChartModel): Range {
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
        width={64}
        allowDataOverflow
      />
    </>
  );
}

function CostTooltip() {
  return (
    <Tooltip
      formatter={(v) =>
        typeof v === 'number' ? formatUsdPerMonth(v) : String(v)
      }
      labelFormatter={(v) => `${formatTokens(Number(v))} tokens/month`}
      contentStyle={{
        background: 'var(--surface)',
        border: '1px solid var(--border)',
        color: 'var(--text)',
      }}
      // Item text in the page's text colour: the option colours are too light on white for AA.
      itemStyle={{ color: 'var(--text)' }}
    />
  );
}

/** The current volume as a rule labelled "You: 50M": the one part that follows the volume slider. */
function YouMarker({
  tokensPerMonth,
  tokensDomain,
}: {
  tokensPerMonth: number;
  tokensDomain: Range;
}) {
  return (
    <ReferenceLine
      x={tokensPerMonth}
      stroke="var(--text)"
      strokeWidth={1.5}
      label={{
        value: `You: ${formatTokens(tokensPerMonth)}`,
        // Near either end of the axis the label turns inwards instead of being cut off.
        position: youLabelPosition(tokensPerMonth, tokensDomain),
        fill: 'var(--text)',
      }}
    />
  );
}

/** Each banded option's low–high cost as a faint area in its colour. */
function UncertaintyBands({
  series,
  bandIds,
}: {
  series: readonly ChartSeries[];
  bandIds: readonly string[];
}) {
  return series
    .filter((s) => bandIds.includes(s.id))
    .map((s) => (
      <Area
        key={`${s.id}-band`}
        dataKey={bandKey(s.id)}
        stroke="none"
        fill={s.color}
        fillOpacity={0.12}
        isAnimationActive={false}
        legendType="none"
        tooltipType="none"
        connectNulls={false}
      />
    ));
}

/** One cost line per option: API solid, self-hosted dashed, the same model hosted grey dash-dot. */
function CostLines({ series }: { series: readonly ChartSeries[] }) {
  return series.map((s) => {
    const dash = s.dash;
    return (
      <Line
        key={s.id}
        dataKey={s.id}
        name={s.name}
        type="linear"
        dot={false}
        stroke={s.color}
        strokeWidth={2.5}
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
  return crossovers.map((c) => (
    <ReferenceDot
      key={`${c.selfHostId}-${c.apiId}`}
      x={c.tokensPerMonth}
      y={c.usdPerMonth}
      r={5}
      fill="var(--surface)"
      stroke="var(--text)"
      strokeWidth={2}
      label={{
        value: formatTokens(c.tokensPerMonth),
        position: 'top',
        fill: 'var(--text)',
        fontSize: 12,
        className: 'crossover-label',
      }}
    />
  ));
}

type CostChartProps = {
  readonly model: ChartModel;
  readonly height: number;
};

/**
 * Monthly cost against monthly tokens on log axes: API lines solid,
 * self-hosted dashed, crossovers as dots, the current volume as a rule.
 * No drawing animation: motion only where it explains (ADR-14 "Looks").
 * Lazy-loaded: recharts is most of the JavaScript.
 */
export const CostChart = memo(function CostChart({
  model,
  height,
}: CostChartProps) {
  return (
    <ComposedChart
      responsive
      data={model.rows as Record<string, number | null>[]}
      style={{ width: '100%', height }}
      margin={{ top: 28, right: 20, bottom: 8, left: 8 }}
      accessibilityLayer
      title="Monthly cost against monthly tokens"
      desc="Log-log chart of each option's monthly cost in US dollars against monthly tokens; the Table view lists the same numbers."
    >
      <CostAxes tokensDomain={model.domain} costDomain={costDomainOf(model)} />
      <CostTooltip />
      <YouMarker
        tokensPerMonth={model.currentTokensPerMonth}
        tokensDomain={model.domain}
      />
      <UncertaintyBands series={model.series} bandIds={model.bandIds} />
      <CostLines series={model.series} />
      <CrossoverDots crossovers={model.crossovers} />
    </ComposedChart>
  );
});
