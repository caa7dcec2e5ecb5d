import { useState } from 'react';
import type { Catalog } from '../../catalog';
import type { CostCurvePoint, ScenarioResult } from '../../engine';
import type { OptionStanding, OptionState } from '../../state';
import { chartCurvesFrom, sameCurves, type ChartCurves } from './chart-model';

/** True when two engine curves have the same points, compared by value without allocating. */
export function sameCurvePoints(
  a: readonly CostCurvePoint[],
  b: readonly CostCurvePoint[],
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.tokensPerMonth !== q.tokensPerMonth) return false;
    const x = p.usdPerMonthByOption;
    const y = q.usdPerMonthByOption;
    let keys = 0;
    for (const k in x) {
      if (x[k] !== y[k]) return false;
      keys++;
    }
    for (const k in y) {
      if (!(k in x)) return false;
      keys--;
    }
    if (keys !== 0) return false;
  }
  return true;
}

/** What chartCurvesFrom reads from a result besides the curve: small, compared as JSON. */
function curveContext(
  result: ScenarioResult,
  standings: ReadonlyMap<string, OptionStanding>,
): string {
  return JSON.stringify([
    result.comparators,
    result.crossovers,
    [...standings],
  ]);
}

type Kept = {
  readonly result: ScenarioResult;
  readonly options: readonly OptionState[];
  readonly catalog: Catalog;
  readonly context: string;
  readonly curves: ChartCurves;
};

/**
 * The chart's curves, kept as the same object while they draw the same
 * picture: a volume change leaves the engine's curve as it was, so the 200
 * chart rows are neither rebuilt nor compared, and the memoised line layer,
 * band, axes and legend do not render (issue 13 item 1, ADR-21). The check
 * is on what the rows are built from (points, comparators, crossovers,
 * standings), then, if those moved, on the rows themselves (sameCurves).
 * Derived state: replaced in render.
 */
export function useChartCurves(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
  standings: ReadonlyMap<string, OptionStanding>,
): ChartCurves {
  const [kept, setKept] = useState<Kept>(() => ({
    result,
    options,
    catalog,
    context: curveContext(result, standings),
    curves: chartCurvesFrom(result, options, catalog, standings),
  }));
  if (kept.result === result && kept.options === options) return kept.curves;
  const context = curveContext(result, standings);
  if (
    kept.options === options &&
    kept.catalog === catalog &&
    kept.context === context &&
    sameCurvePoints(kept.result.curve, result.curve)
  )
    return kept.curves;
  const fresh = chartCurvesFrom(result, options, catalog, standings);
  const curves = sameCurves(kept.curves, fresh) ? kept.curves : fresh;
  setKept({ result, options, catalog, context, curves });
  return curves;
}
