/**
 * Public API of the engine: pure, total, deterministic functions over plain
 * data. The catalog is always an argument, never an import.
 */
export * from './types';
export * from './result-types';
export type { HostedPrice, HostedComparator } from './hosted-price';
export * from './units';
export {
  normaliseWorkload,
  workloadAtTokens,
  hourlyShape,
  type NormalisedWorkload,
} from './workload';
export {
  estimateApiCost,
  estimateApiCostTotal,
  apiCostFunction,
  cacheHitProbability,
  averageCacheHitRate,
} from './api-cost';
export {
  weightBytes,
  kvBytesPerToken,
  estimateMemory,
  usableBytesPerDevice,
  defaultKvBytesPerValue,
  heldKvTokensPerSequence,
} from './memory';
// The estimator's measured out-of-sample error for an option (docs/methods.md §20.10, ADR-27).
export {
  measuredErrorFor,
  MEASURED_ERROR_MIN_CASES,
  MEASURED_ERROR_MIN_PUBLICATIONS,
  type MeasuredErrorFor,
  type MeasuredErrorLevel,
} from './measured-error';
export {
  effectiveEfficiencies,
  type MeasuredRangeBasis,
} from './sensitivity-measured';
// An option's KV-cache precision (docs/methods.md §20.9, ADR-27).
export {
  kvCacheChoicesFor,
  kvCacheBytesPerValueFor,
  type KvCacheChoice,
} from './kv-cache';
// The engine's batch cap per device and per option (docs/methods.md §20.5, ADR-20).
export { engineBatchCap, batchCapFor } from './batch-cap';
export {
  decodeStepSeconds,
  prefillSeconds,
  replicaSpecFrom,
  latencyAtLoad,
  peakFlopsPerSecond,
  type ReplicaSpec,
} from './performance';
// A replica at full load: chunked-prefill steps and the operating batch (docs/methods.md §6.1, §20.12).
export { mixedStepSeconds, operatingPoint } from './saturated-load';
export { evaluateSelfHost } from './self-host';
export {
  selfHostUsdPerMonth,
  servingReplicas,
  replicasByHour,
  type SelfHostCostModel,
  type AutoscalePolicy,
} from './self-host-capacity';
export {
  capitalChargeUsdPerMonth,
  cloudUsdPerGpuHour,
} from './procurement-cost';
export {
  findCrossover,
  cheapestSelfHostUsdPerMonth,
  CROSSOVER_TIE_RELATIVE,
} from './crossover';
export { evaluateHybrids } from './hybrid';
export {
  HYBRID_DEFAULTS,
  type HybridInput,
  type HybridContext,
} from './hybrid-input';
export { overflowShare, sinusoidOverflowShare } from './hybrid-spill';
export { validateScenario, type InputProblem } from './validate';
export {
  buildCostCurve,
  logSpacedVolumes,
  type CurveSeries,
} from './cost-curve';
export { apiMeetsRequirement, assessPrivacy } from './privacy';
export {
  applyQualityFloor,
  isComparableQuality,
  qualityGapPoints,
  type ModelQuality,
  type QualityFloorOutcome,
} from './quality';
export {
  recommend,
  HYBRID_MIN_SAVING_SHARE,
  HYBRID_MIN_SIDE_SHARE,
} from './recommend';
export { FOLK_RULE_API_USD_PER_MONTH } from './folk-rule';
export { evaluateScenario, type Scenario } from './evaluate';
export { analyseSensitivity, SENSITIVITY_RANGES } from './sensitivity';
export {
  seededRandom,
  triangular,
  MAX_MONTE_CARLO_SAMPLES,
} from './monte-carlo';
export { ELASTICITY_STEP } from './elasticity';
export type {
  SensitivityResult,
  SensitivityOptions,
  SensitivityInputId,
  SensitivityMetricId,
  SensitivityMetrics,
  TornadoBar,
  Band,
  Percentiles,
  MonteCarloResult,
} from './sensitivity-types';
export {
  estimatePerformance,
  type PerformanceQuery,
  type PerformanceEstimateReport,
} from './estimate';
export {
  findCheapestConfiguration,
  type ConfigurationSearch,
  type ConfigurationCandidate,
  type ConfigurationSearchResult,
} from './search';
export {
  fittingConfigurations,
  type FittingConfiguration,
} from './configurations';
// Reasoning tokens, requirements on both sides, rate-limit tiers (ADR 17, docs/methods.md §17.1, §17.4, §17.2, §17.3).
export { resolveReasoning, reasoningEntry } from './reasoning';
export { API_P95_SPEED_FACTOR, API_P95_TTFT_FACTOR } from './api-latency';
export { rateLimitTierFor } from './rate-limits';
export {
  assessRequirements,
  selfHostP95,
  RATE_LIMIT_TOLERATED_SHARE,
} from './requirements';
export type {
  ApiReasoning,
  LatencySpread,
  OptionRequirements,
  RequirementFinding,
  RequirementsAssessment,
} from './requirement-types';
