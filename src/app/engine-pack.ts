import type { CostCurvePoint, ScenarioResult } from '../engine';
import type { EvaluatedInputs } from '../state';
import type {
  PackedCurve,
  PackedEvaluated,
  PackedResult,
} from './engine-protocol';

/*
 * The worker's half of the payload (ADR-28, amended): curves into columns.
 * Its own module, so the page's first load carries only the other half
 * (engine-unpack.ts) and no chunk is shared for it.
 */

/**
 * Columns of a curve, or null when they could not say the same (a point with
 * other option ids than the first, a NaN): then the curve is sent as it is.
 */
export function packCurve(
  curve: readonly CostCurvePoint[],
): PackedCurve | null {
  const ids = Object.keys(curve[0]?.usdPerMonthByOption ?? {});
  const n = curve.length;
  const values = new Float64Array(n * (ids.length + 1));
  for (let i = 0; i < n; i++) {
    const p = curve[i]!;
    const by = p.usdPerMonthByOption;
    if (Object.keys(by).length !== ids.length) return null;
    values[i] = p.tokensPerMonth;
    for (let j = 0; j < ids.length; j++) {
      const v = by[ids[j]!];
      if (v === undefined || Number.isNaN(v)) return null;
      values[(j + 1) * n + i] = v === null ? NaN : v;
    }
  }
  return { ids, points: n, values };
}

function packResult(r: ScenarioResult, transfer: ArrayBuffer[]): PackedResult {
  const curve = packCurve(r.curve);
  if (!curve) return r;
  transfer.push(curve.values.buffer as ArrayBuffer);
  return { ...r, curve };
}

/** An evaluation as posted: curves as columns, and the buffers to transfer. */
export function packEvaluated(e: EvaluatedInputs): {
  readonly packed: PackedEvaluated;
  readonly transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  return {
    packed: {
      scenario: e.scenario,
      full: packResult(e.full, transfer),
      atVolume: e.atVolume.map(({ tokensPerMonth, result }) => ({
        tokensPerMonth,
        result: packResult(result, transfer),
      })),
    },
    transfer,
  };
}
