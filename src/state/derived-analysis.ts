import { loadMeasuredError, type Catalog } from '../catalog';
import type { SensitivityResult } from '../engine';
import type { CalculatorInputs } from './calculator-inputs';
import { resultFor, scenarioFor } from './derived-cache';
import { infeasibleShortText } from './option-labels';

/**
 * The analyses a panel asks for beyond the results (ADR-28, amended): the
 * uncertainty band and the tornado (docs/methods.md §10), and the cost
 * table's exact rows. Each is plain data computed from the inputs in steps
 * (one engine pass per step), so the engine worker and the page's own thread
 * run the very same code, and either can stop between steps when newer
 * inputs supersede them.
 */
export type AnalysisRequest =
  | { readonly kind: 'uncertainty' }
  | {
      readonly kind: 'costs';
      /** Monthly volumes to evaluate the inputs at, exactly. */
      readonly tokensPerMonth: readonly number[];
    };

/** Low / high monthly cost of one option at the current volume, as ratios of its cost. */
export type OptionBand = {
  readonly lowRatio: number;
  readonly highRatio: number;
};

export type Uncertainty = {
  /** Band per option id. */
  readonly bands: Readonly<Record<string, OptionBand>>;
  /** The tornado for the headline pair (cheapest API vs cheapest self-hosted). */
  readonly headline: SensitivityResult | null;
};

/** One volume's exact monthly costs: USD/month per option id, or why a self-hosted option does not fit. */
export type CostsAtVolume = {
  readonly tokensPerMonth: number;
  readonly byId: Readonly<Record<string, number | string>>;
};

export type Analysis =
  | { readonly kind: 'uncertainty'; readonly uncertainty: Uncertainty }
  | { readonly kind: 'costs'; readonly costs: readonly CostsAtVolume[] };

/**
 * The steps (analysis-steps.ts, a chunk of its own) bound to state's readers:
 * what the worker and the page's thread run.
 */
export type AnalysisModule = {
  readonly analysisSteps: (
    inputs: CalculatorInputs,
    catalog: Catalog,
    request: AnalysisRequest,
  ) => Generator<void, Analysis>;
  readonly analyseNow: (
    inputs: CalculatorInputs,
    catalog: Catalog,
    request: AnalysisRequest,
  ) => Analysis;
};

let loaded: AnalysisModule | undefined;

/**
 * Loads what a request needs before its steps run: the steps' own chunk and,
 * for the band and tornado, the measured-error table (docs/methods.md §20.11).
 */
export function prepareAnalysis(
  request: AnalysisRequest,
): Promise<AnalysisModule> {
  return Promise.all([
    import('./analysis-steps'),
    request.kind === 'uncertainty' ? loadMeasuredError() : null,
  ]).then(([m]) => {
    const readers = { resultFor, scenarioFor, infeasibleShortText };
    return (loaded ??= {
      analysisSteps: (i, c, r) => m.analysisSteps(readers, i, c, r),
      analyseNow: (i, c, r) => m.analyseNow(readers, i, c, r),
    });
  });
}

/** The steps if `prepareAnalysis` has loaded them (a synchronous caller: the printed report). */
export function loadedAnalysis(): AnalysisModule | undefined {
  return loaded;
}

/** The cache key of a request: its kind, and the volumes for the cost rows. */
export function analysisKey(request: AnalysisRequest): string {
  return request.kind === 'uncertainty'
    ? 'uncertainty'
    : `costs@${request.tokensPerMonth.join(',')}`;
}

/**
 * Answers, by inputs object (the store replaces it on every change), as the
 * derived results are: a panel reads only the answer for the very inputs
 * its lines are drawn from, so a band is never painted beside newer lines.
 */
const answers = new WeakMap<
  Catalog,
  WeakMap<CalculatorInputs, Map<string, Analysis>>
>();

function answersFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
): Map<string, Analysis> {
  let byInputs = answers.get(catalog);
  if (!byInputs) {
    byInputs = new WeakMap();
    answers.set(catalog, byInputs);
  }
  let m = byInputs.get(inputs);
  if (!m) {
    m = new Map();
    byInputs.set(inputs, m);
  }
  return m;
}

/** The answer for these inputs, if one arrived (or was computed) already. */
export function cachedAnalysis(
  inputs: CalculatorInputs,
  catalog: Catalog,
  request: AnalysisRequest,
): Analysis | undefined {
  return answersFor(inputs, catalog).get(analysisKey(request));
}

/** Stores an answer for these inputs; the first one stays (an answer, once shown, never changes). */
export function primeAnalysis(
  inputs: CalculatorInputs,
  catalog: Catalog,
  request: AnalysisRequest,
  analysis: Analysis,
): void {
  const m = answersFor(inputs, catalog);
  const key = analysisKey(request);
  if (!m.has(key)) m.set(key, analysis);
}
