import type { Catalog } from '../catalog';
import type { CostCurvePoint, ScenarioResult } from '../engine';
import type {
  Analysis,
  AnalysisRequest,
  CalculatorInputs,
  EvaluatedInputs,
} from '../state';

/**
 * The messages between the page and its engine worker (ADR-28). A dedicated
 * worker is reachable only by the page that started it, and the page only
 * hears its own worker (on the Worker object, never `window`): neither side
 * is an open channel, so the data is not re-validated with zod — the page
 * checks the id and the kind, nothing else could have sent it.
 */
export type ToEngine =
  /** Catalog `key` (0 is the built-in one, which the worker imports itself). */
  | {
      readonly kind: 'catalog';
      readonly key: number;
      readonly catalog: Catalog;
    }
  | {
      readonly kind: 'evaluate';
      readonly id: number;
      readonly catalogKey: number;
      readonly inputs: CalculatorInputs;
    }
  /** Lower priority than `evaluate`: run in steps between evaluations. */
  | {
      readonly kind: 'analyse';
      readonly id: number;
      readonly catalogKey: number;
      readonly inputs: CalculatorInputs;
      readonly request: AnalysisRequest;
    }
  /** The page no longer wants analysis `id` (newer inputs superseded it). */
  | { readonly kind: 'cancel'; readonly id: number };

export type FromEngine =
  | {
      readonly kind: 'evaluated';
      readonly id: number;
      readonly evaluated: PackedEvaluated;
    }
  | {
      readonly kind: 'analysed';
      readonly id: number;
      readonly analysis: Analysis;
    }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/** The built-in catalog's key: the worker has it without a message. */
export const BUILT_IN_CATALOG = 0;

/**
 * A cost curve as columns (ADR-28, amended): the volumes, then each option's
 * USD/month, in one Float64Array (NaN = null, infeasible there). The curve is
 * most of an answer's objects — 200 points × one object per option map — and
 * a structured clone's reading cost on the page grows with its objects; a
 * typed array is transferred, not copied, and read back in one loop.
 */
export type PackedCurve = {
  readonly ids: readonly string[];
  readonly points: number;
  readonly values: Float64Array;
};

type PackedResult = Omit<ScenarioResult, 'curve'> & {
  readonly curve: PackedCurve | readonly CostCurvePoint[];
};

export type PackedEvaluated = Omit<EvaluatedInputs, 'full' | 'atVolume'> & {
  readonly full: PackedResult;
  readonly atVolume: readonly {
    readonly tokensPerMonth: number;
    readonly result: PackedResult;
  }[];
};

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

function packResult(r: ScenarioResult, transfer: ArrayBuffer[]): PackedResult {
  const curve = packCurve(r.curve);
  if (!curve) return r;
  transfer.push(curve.values.buffer as ArrayBuffer);
  return { ...r, curve };
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
