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

type Derived = {
  scenario?: Scenario;
  headline?: ScenarioResult;
  full?: ScenarioResult;
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

/** The engine scenario for these inputs, cached. */
export function scenarioFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
): Scenario {
  const d = derivedFor(inputs, catalog);
  d.scenario ??= scenarioFromInputs(inputs, catalog);
  return d.scenario;
}

/** The full result (200-point curve) for these inputs, cached. */
export function fullResultFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
): ScenarioResult {
  const d = derivedFor(inputs, catalog);
  d.full ??= evaluateScenario(scenarioFor(inputs, catalog), catalog);
  return d.full;
}

/** The headline result (a two-point curve) for these inputs, cached. */
export function headlineResultFor(
  inputs: CalculatorInputs,
  catalog: Catalog,
): ScenarioResult {
  const d = derivedFor(inputs, catalog);
  d.headline ??=
    d.full ??
    evaluateScenario(scenarioFor(inputs, catalog), catalog, {
      curveSamples: HEADLINE_CURVE_SAMPLES,
    });
  return d.headline;
}
