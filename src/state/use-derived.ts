import type { ScenarioResult } from '../engine';
import { useDeferredScenarioResult } from './calculator-store-context';

/**
 * The evaluated scenario for the inputs as of the last paint: for the
 * headline (the verdict). The same evaluation the chart and the panels read
 * (one per settled change, ADR-21), so the verdict and the chart never
 * disagree and no engine run sits inside a key press.
 */
export function useScenarioResult(): ScenarioResult {
  return useDeferredScenarioResult().result;
}
