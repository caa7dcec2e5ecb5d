import type { SelfHostCostModel } from './self-host-capacity';
import { cheapestSelfHostUsdPerMonth } from './crossover';
import type { CostCurvePoint, VolumeRange } from './types';

/** Default number of samples on the chart's volume axis (docs/methods.md §0.1). */
export const DEFAULT_CURVE_SAMPLES = 200;

/** `samples` volumes spaced evenly on a log axis from min to max, inclusive. */
export function logSpacedVolumes(
  range: VolumeRange,
  samples: number,
): number[] {
  const n = Math.max(2, Math.floor(samples));
  const lo = Math.log(Math.max(1, range.minTokensPerMonth));
  const hi = Math.log(
    Math.max(range.minTokensPerMonth, range.maxTokensPerMonth, 1),
  );
  return Array.from({ length: n }, (_, i) =>
    Math.exp(lo + ((hi - lo) * i) / (n - 1)),
  );
}

/** One option's cost as a function of monthly requests, for the curve. */
export type CurveSeries =
  | {
      readonly id: string;
      readonly kind: 'api';
      readonly usdPerMonth: (requestsPerMonth: number) => number;
    }
  | {
      readonly id: string;
      readonly kind: 'self-host';
      readonly models: readonly SelfHostCostModel[];
    };

/**
 * Monthly cost of every option across the volume axis (tokens per month,
 * scaled at a fixed input/output mix). Self-hosted costs follow their replica
 * staircase; infeasible options are null.
 */
export function buildCostCurve(
  series: readonly CurveSeries[],
  tokensPerRequest: number,
  range: VolumeRange,
  samples = DEFAULT_CURVE_SAMPLES,
): CostCurvePoint[] {
  return logSpacedVolumes(range, samples).map((tokensPerMonth) => {
    const requests =
      tokensPerRequest > 0 ? tokensPerMonth / tokensPerRequest : 0;
    const byOption: Record<string, number | null> = {};
    for (const s of series) {
      byOption[s.id] =
        s.kind === 'api'
          ? s.usdPerMonth(requests)
          : cheapestSelfHostUsdPerMonth(s.models, requests);
    }
    return { tokensPerMonth, usdPerMonthByOption: byOption };
  });
}
