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
export {
  analyseInThread,
  inThreadEvaluator,
  requestAnalysis,
  type AnalysisJob,
  type ResultEvaluator,
} from './result-evaluator';
export {
  cachedAnalysis,
  loadedAnalysis,
  prepareAnalysis,
  type Analysis,
  type AnalysisModule,
  type AnalysisRequest,
  type CostsAtVolume,
  type OptionBand,
  type Uncertainty,
} from './derived-analysis';
export * from './option-labels';
export * from './option-standing';
export * from './running-costs';
export { rateLimitLadderFor } from './rate-limit-tiers';
export * from './on-approach-context';
export { useShownSlice } from './use-shown-slice';
export { afterNextPaint, defaultSchedule } from './settled-store';
export type { ResultsStatus } from './results-status';
export { useResultsBusy, useCommitSchedule } from './use-results-status';
