/**
 * Public API of the engine: pure, total, deterministic functions over plain
 * data. The catalog is always an argument, never an import.
 */
export * from './types';
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
} from './memory';
export {
  decodeStepSeconds,
  prefillSeconds,
  operatingPoint,
  replicaSpecFrom,
  latencyAtLoad,
  peakFlopsPerSecond,
  type ReplicaSpec,
} from './performance';
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
export { findCrossover, cheapestSelfHostUsdPerMonth } from './crossover';
export {
  overflowShare,
  sinusoidOverflowShare,
  evaluateHybrids,
  HYBRID_DEFAULTS,
  type HybridInput,
  type HybridResult,
  type HybridPatternId,
  type HybridContext,
} from './hybrid';
export { validateScenario, type InputProblem } from './validate';
export {
  buildCostCurve,
  logSpacedVolumes,
  type CurveSeries,
} from './cost-curve';
export {
  assessPrivacy,
  type PrivacyAssessment,
  type OptionPrivacy,
} from './privacy';
export {
  recommend,
  FOLK_RULE_API_USD_PER_MONTH,
  HYBRID_MIN_SAVING_SHARE,
  HYBRID_MIN_SIDE_SHARE,
  type FolkRuleContext,
  type WhatWouldChange,
  type Recommendation,
  type ReasonCode,
  type CaveatCode,
  type Verdict,
} from './recommend';
export {
  evaluateScenario,
  type Scenario,
  type ScenarioResult,
  type CrossoverPair,
} from './evaluate';
export {
  analyseSensitivity,
  seededRandom,
  triangular,
  SENSITIVITY_RANGES,
  MAX_MONTE_CARLO_SAMPLES,
  ELASTICITY_STEP,
  type SensitivityResult,
  type SensitivityOptions,
  type SensitivityInputId,
  type SensitivityMetricId,
  type SensitivityMetrics,
  type TornadoBar,
  type Band,
  type Percentiles,
  type MonteCarloResult,
} from './sensitivity';
export {
  estimatePerformance,
  type PerformanceQuery,
  type PerformanceEstimateReport,
} from './estimate';
export {
  findCheapestConfiguration,
  SEARCH_DESK_DEFAULTS,
  type ConfigurationSearch,
  type ConfigurationCandidate,
  type ConfigurationSearchResult,
} from './search';
