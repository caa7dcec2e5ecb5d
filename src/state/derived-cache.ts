import type { Catalog } from '../catalog';
import {
  evaluateScenario,
  type Scenario,
  type ScenarioResult,
} from '../engine';
import type { CalculatorInputs } from './calculator-inputs';
import { scenarioFromInputs } from './scenario-from-inputs';

/** Samples of the cheap headline result's curve: charts use the full result. */
const HEADLINE_CURVE_SAMPLES = 2;

/**
 * Which result to compute: `full` has the 200-point cost curve (charts,
 * exported files); `headline` a two-point one (verdicts, tables, summaries —
 * every number but the curve is the same).
 */
export type ResultCurve = 'full' | 'headline';

/** What `resultFor` is asked for: a curve, and optionally another monthly volume. */
export type ResultRequest = {
  readonly curve: ResultCurve;
  /**
   * Evaluate the same inputs at this monthly volume instead of their own
   * (the cost table's exact rows). Omitted: the inputs' own volume.
   */
  readonly atTokensPerMonth?: number;
};

type Derived = {
  scenario?: Scenario;
  headline?: ScenarioResult;
  full?: ScenarioResult;
  /** Results at other volumes, keyed by `${curve}@${tokensPerMonth}`. */
  atVolume?: Map<string, ScenarioResult>;
};

/**
 * Results derived from an inputs object, computed once however many panels
 * ask: the store replaces `inputs` on every change, so the object itself is
 * the cache key (and is collected with it).
 */
const cache = new WeakMap<Catalog, WeakMap<CalculatorInputs, Derived>>();

function derivedFor(inputs: CalculatorInputs, catalog: Catalog): Derived {
  let byInputs = cache.get(catalog);
  if (!byInputs) {
    byInputs = new WeakMap();
    cache.set(catalog, byInputs);
  }
  let d = byInputs.get(inputs);
  if (!d) {
    d = {};
    byInputs.set(inputs, d);
  }
  return d;
}

function evaluate(
  scenario: Scenario,
  catalog: Catalog,
  curve: ResultCurve,
): ScenarioResult {
  return curve === 'full'
    ? evaluateScenario(scenario, catalog)
    : evaluateScenario(scenario, catalog, {
        curveSamples: HEADLINE_CURVE_SAMPLES,
      });
}

/** The engine scenario for these inputs, cached. */
export function scenarioFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
): Scenario {
  const d = derivedFor(inputs, catalog);
  d.scenario ??= scenarioFromInputs(inputs, catalog);
  return d.scenario;
}

/** The same inputs at another monthly volume, evaluated and cached with them. */
function resultAtVolume(
  inputs: CalculatorInputs,
  catalog: Catalog,
  curve: ResultCurve,
  tokensPerMonth: number,
): ScenarioResult {
  const d = derivedFor(inputs, catalog);
  d.atVolume ??= new Map();
  const key = `${curve}@${tokensPerMonth}`;
  let r = d.atVolume.get(key);
  if (!r) {
    const atVolume = {
      ...inputs,
      workload: { ...inputs.workload, tokensPerMonth },
    };
    r = evaluate(scenarioFromInputs(atVolume, catalog), catalog, curve);
    d.atVolume.set(key, r);
  }
  return r;
}

/**
 * The one way a panel gets an engine result for some inputs: the store's,
 * a saved scenario's or a decoded link's. Cached by the inputs object, so
 * the verdict, the chart, the exports and the comparison share one
 * evaluation. A headline request is served by the full result when that
 * exists (they differ only in the curve).
 */
export function resultFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
  request: ResultRequest,
): ScenarioResult {
  const { curve, atTokensPerMonth } = request;
  if (atTokensPerMonth !== undefined)
    return resultAtVolume(inputs, catalog, curve, atTokensPerMonth);
  const d = derivedFor(inputs, catalog);
  if (curve === 'full') {
    d.full ??= evaluate(scenarioFor(inputs, catalog), catalog, 'full');
    return d.full;
  }
  d.headline ??=
    d.full ?? evaluate(scenarioFor(inputs, catalog), catalog, 'headline');
  return d.headline;
}

/** The full result (200-point curve) for these inputs, cached. */
export function fullResultFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
): ScenarioResult {
  return resultFor(inputs, catalog, { curve: 'full' });
}

/** The headline result (a two-point curve) for these inputs, cached. */
export function headlineResultFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
): ScenarioResult {
  return resultFor(inputs, catalog, { curve: 'headline' });
}

/**
 * What one evaluation of a set of inputs yields for the page: the scenario,
 * the full result, and the headline results at the other volumes the first
 * screen reads at once (the verdict's "for good" volume). Plain data, so a
 * worker can compute it and post it back (ADR-28).
 */
export type EvaluatedInputs = {
  readonly scenario: Scenario;
  readonly full: ScenarioResult;
  readonly atVolume: readonly {
    readonly tokensPerMonth: number;
    readonly result: ScenarioResult;
  }[];
};

/** Evaluates (or reads from the cache) everything the first screen needs for these inputs. */
export function evaluateInputs(
  inputs: CalculatorInputs,
  catalog: Catalog,
): EvaluatedInputs {
  const full = fullResultFor(inputs, catalog);
  const stable = full.recommendation.stableFlipAtTokensPerMonth ?? null;
  return {
    scenario: scenarioFor(inputs, catalog),
    full,
    atVolume:
      stable === null
        ? []
        : [
            {
              tokensPerMonth: stable,
              result: resultFor(inputs, catalog, {
                curve: 'headline',
                atTokensPerMonth: stable,
              }),
            },
          ],
  };
}

/**
 * Stores results computed elsewhere (the engine worker) for these inputs, so
 * the panels' `resultFor` calls read them instead of running the engine.
 * What is cached already wins: a result, once shown, never changes.
 */
export function primeResults(
  inputs: CalculatorInputs,
  catalog: Catalog,
  evaluated: EvaluatedInputs,
): void {
  const d = derivedFor(inputs, catalog);
  d.scenario ??= evaluated.scenario;
  d.full ??= evaluated.full;
  d.atVolume ??= new Map();
  for (const { tokensPerMonth, result } of evaluated.atVolume) {
    const key = `headline@${tokensPerMonth}`;
    if (!d.atVolume.has(key)) d.atVolume.set(key, result);
  }
}

/** Whether the full result for these inputs is cached (no engine run needed to show it). */
export function hasFullResult(
  inputs: CalculatorInputs,
  catalog: Catalog,
): boolean {
  return derivedFor(inputs, catalog).full !== undefined;
}
