import { useDeferredValue, useMemo } from 'react';
import { evaluateScenario, type Scenario, type ScenarioResult } from '../engine';
import type { CalculatorInputs } from './calculator-inputs';
import { useCalculatorStore, useCatalog } from './calculator-store-context';
import { scenarioFromInputs } from './scenario-from-inputs';
import { selectInputs } from './selectors';

/** Samples of the cheap synchronous result's curve: charts use the deferred result. */
const HEADLINE_CURVE_SAMPLES = 2;

/**
 * The evaluated scenario, derived with useMemo from the stable inputs
 * reference (architecture §3.6). Headline numbers use the current inputs;
 * its `curve` is only two points — charts read useDeferredScenarioResult.
 */
export function useScenarioResult(): ScenarioResult {
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  return useMemo(
    () =>
      evaluateScenario(scenarioFromInputs(inputs, catalog), catalog, {
        curveSamples: HEADLINE_CURVE_SAMPLES,
      }),
    [inputs, catalog],
  );
}

/**
 * The same result for heavy views (charts): fed by a deferred copy of the
 * inputs so dragging a slider never waits for a chart to redraw.
 */
export function useDeferredScenarioResult(): {
  result: ScenarioResult;
  /** The engine scenario the result was computed from (deferred inputs). */
  scenario: Scenario;
  /** The deferred inputs themselves. */
  inputs: CalculatorInputs;
  stale: boolean;
} {
  const inputs = useCalculatorStore(selectInputs);
  const deferred = useDeferredValue(inputs);
  const catalog = useCatalog();
  const scenario = useMemo(
    () => scenarioFromInputs(deferred, catalog),
    [deferred, catalog],
  );
  const result = useMemo(
    () => evaluateScenario(scenario, catalog),
    [scenario, catalog],
  );
  return { result, scenario, inputs: deferred, stale: deferred !== inputs };
}
