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
import { DASH_BY_KIND, optionColor } from '../../ui';
import { bandKey, type ChartModel } from './chart-model';

/** Where "You: 50M" sits: turned inwards in the outer sixth of the log axis. */
function youLabelPosition(
  model: ChartModel,
): 'top' | 'insideTopLeft' | 'insideTopRight' {
  const [lo, hi] = model.domain;
  const span = Math.log(hi) - Math.log(lo);
  const at =
    span > 0
      ? (Math.log(model.currentTokensPerMonth) - Math.log(lo)) / span
      : 0.5;
  return at > 0.85 ? 'insideTopRight' : at < 0.15 ? 'insideTopLeft' : 'top';
}

type CostChartProps = {
  readonly model: ChartModel;
  readonly height: number;
};

function decadeTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); 10 ** e <= hi * 1.0001; e++)
    ticks.push(10 ** e);
  return ticks;
}

/**
 * Monthly cost against monthly tokens on log axes: API lines solid,
 * self-hosted dashed, crossovers as dots, the current volume as a rule.
 * No drawing animation: motion only where it explains (docs/ux.md).
 * Lazy-loaded: recharts is most of the JavaScript.
 */
export const CostChart = memo(function CostChart({
  model,
  height,
}: CostChartProps) {
  const values = model.rows.flatMap((r) =>
    model.series
      .map((s) => r[s.id])
      .filter((v): v is number => typeof v === 'number' && v > 0),
  );
  const yMin =
    values.length > 0 ? 10 ** Math.floor(Math.log10(Math.min(...values))) : 1;
  const yMax =
    values.length > 0 ? 10 ** Math.ceil(Math.log10(Math.max(...values))) : 1e6;
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
      <CartesianGrid strokeDasharray="2 4" stroke="var(--grid)" />
      <XAxis
        dataKey="tokensPerMonth"
        type="number"
        scale="log"
        domain={[model.domain[0], model.domain[1]]}
        ticks={decadeTicks(model.domain[0], model.domain[1])}
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
      <ReferenceLine
        x={model.currentTokensPerMonth}
        stroke="var(--text)"
        strokeWidth={1.5}
        label={{
          value: `You: ${formatTokens(model.currentTokensPerMonth)}`,
          // Near either end of the axis the label turns inwards instead of being cut off.
          position: youLabelPosition(model),
          fill: 'var(--text)',
        }}
      />
      {model.series
        .filter((s) => model.bandIds.includes(s.id))
        .map((s) => (
          <Area
            key={`${s.id}-band`}
            dataKey={bandKey(s.id)}
            stroke="none"
            fill={optionColor(s.colorIndex)}
            fillOpacity={0.12}
            isAnimationActive={false}
            legendType="none"
            tooltipType="none"
            connectNulls={false}
          />
        ))}
      {model.series.map((s) => {
        const dash = DASH_BY_KIND[s.kind];
        return (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.name}
            type="linear"
            dot={false}
            stroke={optionColor(s.colorIndex)}
            strokeWidth={2.5}
            {...(dash ? { strokeDasharray: dash } : {})}
            isAnimationActive={false}
            connectNulls={false}
          />
        );
      })}
      {model.crossovers.map((c) => (
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
      ))}
    </ComposedChart>
  );
});
