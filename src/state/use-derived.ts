import { useMemo } from 'react';
import type { ScenarioResult } from '../engine';
import { useCalculatorStore, useCatalog } from './calculator-store-context';
import { headlineResultFor } from './derived-cache';
import { selectInputs } from './selectors';

/**
 * The evaluated scenario for the current inputs, synchronously: for the
 * headline (the verdict) that must follow a slider without lag. Its `curve`
 * has only two points — charts and secondary panels read
 * useDeferredScenarioResult.
 */
export function useScenarioResult(): ScenarioResult {
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  return useMemo(() => headlineResultFor(inputs, catalog), [inputs, catalog]);
}
