/**
 * Elasticities of each metric to each input (docs/methods.md §10.2): how many
 * per cent the metric moves per per cent of the input, around the user's
 * values.
 */
import { evaluatePoint, METRICS, type PairContext } from './sensitivity-point';
import type {
  SensitivityInputId,
  SensitivityMetricId,
  SensitivityValues,
} from './sensitivity-types';

/** Relative step of the elasticity central differences (docs/methods.md §10.2). */
export const ELASTICITY_STEP = 0.1;

/**
 * E = Δln(metric) / Δln(input) by ±ELASTICITY_STEP central differences; null
 * where the metric or the input is not positive on both sides.
 */
export function elasticities(
  ctx: PairContext,
  base: SensitivityValues,
  inputs: readonly SensitivityInputId[],
): Record<SensitivityMetricId, Record<string, number | null>> {
  const out = {} as Record<SensitivityMetricId, Record<string, number | null>>;
  for (const metric of METRICS) out[metric] = {};
  for (const id of inputs) {
    if (!(base[id] > 0)) {
      for (const metric of METRICS) out[metric][id] = null;
      continue;
    }
    const down = evaluatePoint(ctx, {
      ...base,
      [id]: base[id] * (1 - ELASTICITY_STEP),
    });
    const up = evaluatePoint(ctx, {
      ...base,
      [id]: base[id] * (1 + ELASTICITY_STEP),
    });
    const dx = Math.log((1 + ELASTICITY_STEP) / (1 - ELASTICITY_STEP));
    for (const metric of METRICS) {
      const lo = down[metric];
      const hi = up[metric];
      out[metric][id] =
        lo !== null && hi !== null && lo > 0 && hi > 0
          ? Math.log(hi / lo) / dx
          : null;
    }
  }
  return out;
}
