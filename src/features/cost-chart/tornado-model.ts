import type { Band, SensitivityResult, TornadoBar } from '../../engine';
import { formatTokensPerMonth, formatUsd } from '../../lib/format';

/** The tornado's metric: the crossover volume when there is one, else the monthly cost difference. */
export type TornadoMetric =
  'firstCrossoverTokensPerMonth' | 'selfMinusApiUsdPerMonth';

/** The headline pair's tornado, ready to draw: bars, base, band and where a value sits on the 600-wide chart. */
export type Tornado = {
  readonly apiOptionId: string;
  readonly selfHostOptionId: string;
  readonly metric: TornadoMetric;
  /** The inputs that move the metric, largest swing first (at most 8). */
  readonly bars: readonly TornadoBar[];
  readonly base: number | null;
  readonly band: Band | null;
  readonly selfHostBand: Band | null;
  /** The metric's value in words. */
  readonly format: (v: number) => string;
  /** x of a value on the chart (log scale for volumes), bars from 180 to 580. */
  readonly x: (v: number) => number;
};

export function tornadoFrom(h: SensitivityResult): Tornado {
  const metric: TornadoMetric =
    h.base.firstCrossoverTokensPerMonth !== null
      ? 'firstCrossoverTokensPerMonth'
      : 'selfMinusApiUsdPerMonth';
  const format =
    metric === 'firstCrossoverTokensPerMonth'
      ? (v: number) => formatTokensPerMonth(v)
      : (v: number) => `${v >= 0 ? '+' : '−'}${formatUsd(Math.abs(v))}/month`;
  const bars = h.tornado[metric]
    .filter((b) => b.atLow !== null || b.atHigh !== null)
    .slice(0, 8);
  const base = h.base[metric];
  const values = bars
    .flatMap((b) => [b.atLow, b.atHigh])
    .filter((v): v is number => v !== null);
  const useLog = metric === 'firstCrossoverTokensPerMonth';
  const t = (v: number) => (useLog ? Math.log10(Math.max(1, v)) : v);
  const lo = Math.min(...values.map(t), base === null ? Infinity : t(base));
  const hi = Math.max(...values.map(t), base === null ? -Infinity : t(base));
  const span = hi - lo || 1;
  return {
    apiOptionId: h.apiOptionId,
    selfHostOptionId: h.selfHostOptionId,
    metric,
    bars,
    base,
    band: h.band[metric],
    selfHostBand: h.band.selfHostUsdPerMonth,
    format,
    x: (v: number) => 180 + ((t(v) - lo) / span) * 400,
  };
}
