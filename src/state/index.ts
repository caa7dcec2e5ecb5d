export * from './calculator-inputs';
export * from './scenario-bounds';
export * from './scenario-from-inputs';
export * from './create-calculator-store';
export * from './selectors';
export * from './calculator-store-context';
export * from './use-derived';
export {
  fullResultFor,
  resultFor,
  scenarioFor,
  evaluateInputs,
  type EvaluatedInputs,
  type ResultCurve,
  type ResultRequest,
} from './derived-cache';
export { inThreadEvaluator, type ResultEvaluator } from './result-evaluator';
export * from './option-labels';
export * from './option-standing';
export * from './running-costs';
export { rateLimitLadderFor } from './rate-limit-tiers';
export * from './on-approach-context';
export { afterNextPaint, defaultSchedule } from './settled-store';
export type { ResultsStatus } from './results-status';
export { useResultsBusy, useCommitSchedule } from './use-results-status';
