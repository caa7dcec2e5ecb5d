import type { CostCurvePoint, ScenarioResult } from '../engine';
import type { EvaluatedInputs } from '../state';
import type {
  PackedCurve,
  PackedEvaluated,
  PackedResult,
} from './engine-protocol';

/* The page's half of the payload (ADR-28, amended): columns back into curves. */

export function unpackCurve(c: PackedCurve): CostCurvePoint[] {
  const { ids, points: n, values } = c;
  const out = new Array<CostCurvePoint>(n);
  for (let i = 0; i < n; i++) {
    const by: Record<string, number | null> = {};
    for (let j = 0; j < ids.length; j++) {
      const v = values[(j + 1) * n + i]!;
      by[ids[j]!] = Number.isNaN(v) ? null : v;
    }
    out[i] = { tokensPerMonth: values[i]!, usdPerMonthByOption: by };
  }
  return out;
}

/**
 * The last full curve the page unpacked, by its columns. The curves do not
 * depend on the current volume, so a volume change brings the same columns
 * back: the page then keeps the very same curve array, and the chart's
 * "same curves" check is a reference compare (use-chart-curves.ts).
 */
export type CurveMemo = {
  last: {
    readonly packed: PackedCurve;
    readonly curve: CostCurvePoint[];
  } | null;
};

function sameColumns(a: PackedCurve, b: PackedCurve): boolean {
  if (a.points !== b.points || a.values.length !== b.values.length)
    return false;
  if (a.ids.length !== b.ids.length || a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  for (let i = 0; i < a.values.length; i++) {
    const x = a.values[i]!;
    const y = b.values[i]!;
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

function unpackResult(r: PackedResult, memo?: CurveMemo): ScenarioResult {
  if (Array.isArray(r.curve)) return r as ScenarioResult;
  const packed = r.curve as PackedCurve;
  if (memo?.last && sameColumns(memo.last.packed, packed))
    return { ...r, curve: memo.last.curve };
  const curve = unpackCurve(packed);
  if (memo) memo.last = { packed, curve };
  return { ...r, curve };
}

/** An evaluation as the page uses it; `memo` keeps an unchanged full curve the same object. */
export function unpackEvaluated(
  p: PackedEvaluated,
  memo?: CurveMemo,
): EvaluatedInputs {
  return {
    scenario: p.scenario,
    full: unpackResult(p.full, memo),
    atVolume: p.atVolume.map(({ tokensPerMonth, result }) => ({
      tokensPerMonth,
      result: unpackResult(result),
    })),
  };
}
