/**
 * One-at-a-time sensitivity (docs/methods.md §10.2): each input at the low and
 * the high end of its range, all else at base; bars sorted by swing, and a
 * low/high band from the deviations.
 */
import {
  evaluatePoint,
  inputSpan,
  METRICS,
  type PairContext,
} from './sensitivity-point';
import type {
  Band,
  SensitivityInputId,
  SensitivityMetricId,
  SensitivityMetrics,
  SensitivityRanges,
  SensitivityValues,
  TornadoBar,
} from './sensitivity-types';

/** The pair evaluated with one input at each end of its range. */
type OneAtATime = {
  readonly id: SensitivityInputId;
  readonly lowInput: number;
  readonly highInput: number;
  readonly low: SensitivityMetrics;
  readonly high: SensitivityMetrics;
};

function oneAtATime(
  ctx: PairContext,
  base: SensitivityValues,
  ranges: SensitivityRanges,
  inputs: readonly SensitivityInputId[],
): OneAtATime[] {
  return inputs.map((id) => {
    const { low: lowInput, high: highInput } = inputSpan(ranges, base, id);
    return {
      id,
      lowInput,
      highInput,
      low: evaluatePoint(ctx, { ...base, [id]: lowInput }),
      high: evaluatePoint(ctx, { ...base, [id]: highInput }),
    };
  });
}

/** One metric's bars, largest swing first. */
function barsFor(
  rows: readonly OneAtATime[],
  base: SensitivityValues,
  metric: SensitivityMetricId,
): TornadoBar[] {
  const bars = rows.map((r): TornadoBar => {
    const atLow = r.low[metric];
    const atHigh = r.high[metric];
    return {
      input: r.id,
      lowInput: r.lowInput,
      highInput: r.highInput,
      baseInput: base[r.id],
      atLow,
      atHigh,
      swing: atLow === null || atHigh === null ? 0 : Math.abs(atHigh - atLow),
    };
  });
  bars.sort((a, b) => b.swing - a.swing);
  return bars;
}

/**
 * Base ± the root-sum-square of the one-at-a-time deviations on each side
 * (inputs treated as independent); null where the base is null.
 */
function bandOf(bars: readonly TornadoBar[], b: number | null): Band | null {
  if (b === null) return null;
  let down = 0;
  let up = 0;
  for (const bar of bars) {
    for (const v of [bar.atLow, bar.atHigh]) {
      if (v === null) continue;
      if (v < b) down += (b - v) ** 2;
      else up += (v - b) ** 2;
    }
  }
  return { low: b - Math.sqrt(down), high: b + Math.sqrt(up) };
}

/** Tornado bars and band for every metric. */
export function tornadoAndBand(
  ctx: PairContext,
  base: SensitivityValues,
  ranges: SensitivityRanges,
  inputs: readonly SensitivityInputId[],
  baseMetrics: SensitivityMetrics,
): {
  tornado: Record<SensitivityMetricId, TornadoBar[]>;
  band: Record<SensitivityMetricId, Band | null>;
} {
  const rows = oneAtATime(ctx, base, ranges, inputs);
  const tornado = {} as Record<SensitivityMetricId, TornadoBar[]>;
  const band = {} as Record<SensitivityMetricId, Band | null>;
  for (const metric of METRICS) {
    const bars = barsFor(rows, base, metric);
    tornado[metric] = bars;
    band[metric] = bandOf(bars, baseMetrics[metric]);
  }
  return { tornado, band };
}
