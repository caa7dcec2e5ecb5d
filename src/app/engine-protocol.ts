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
  /**
   * Posted once, when the worker's module has run (its catalog parsed): until
   * then the page evaluates in its own thread (worker-evaluator.ts).
   */
  | { readonly kind: 'ready' }
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

export type PackedResult = Omit<ScenarioResult, 'curve'> & {
  readonly curve: PackedCurve | readonly CostCurvePoint[];
};

export type PackedEvaluated = Omit<EvaluatedInputs, 'full' | 'atVolume'> & {
  readonly full: PackedResult;
  readonly atVolume: readonly {
    readonly tokensPerMonth: number;
    readonly result: PackedResult;
  }[];
};
