/**
 * fast-check generators for engine inputs, inside the bounds the UI allows,
 * over the synthetic fixture catalog.
 */
import fc from 'fast-check';
import type {
  ApiOptionInput,
  OpsCosts,
  Procurement,
  Scenario,
  SelfHostOptionInput,
  Workload,
} from '../../../src/engine';

export const workloadArb: fc.Arbitrary<Workload> = fc
  .record({
    requestsPerMonth: fc.oneof(
      fc.constant(0),
      fc.double({ min: 1, max: 1e9, noNaN: true }),
    ),
    inputTokensPerRequest: fc.integer({ min: 1, max: 30_000 }),
    outputTokensPerRequest: fc.integer({ min: 0, max: 4_000 }),
    reasoningTokensPerRequest: fc.integer({ min: 0, max: 4_000 }),
    cacheShare: fc.double({ min: 0, max: 1, noNaN: true }),
    batchableShare: fc.double({ min: 0, max: 1, noNaN: true }),
    peakToAverage: fc.double({ min: 1, max: 8, noNaN: true }),
    tokenizerRatio: fc.double({ min: 0.8, max: 1.3, noNaN: true }),
    minTokPerS: fc.option(fc.double({ min: 1, max: 200, noNaN: true })),
    maxTtft: fc.option(fc.double({ min: 0.1, max: 30, noNaN: true })),
    rtt: fc.double({ min: 0, max: 0.3, noNaN: true }),
    profile: fc.option(
      fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
        minLength: 24,
        maxLength: 24,
      }),
      { freq: 4 },
    ),
  })
  .map((r) => {
    const targets: {
      -readonly [
        K in 'maxTimeToFirstTokenSeconds' | 'minOutputTokensPerSecond'
      ]?: number;
    } = {};
    if (r.minTokPerS !== null) targets.minOutputTokensPerSecond = r.minTokPerS;
    if (r.maxTtft !== null) targets.maxTimeToFirstTokenSeconds = r.maxTtft;
    const w: Workload = {
      requestsPerMonth: r.requestsPerMonth,
      inputTokensPerRequest: r.inputTokensPerRequest,
      outputTokensPerRequest: r.outputTokensPerRequest,
      reasoningTokensPerRequest: r.reasoningTokensPerRequest,
      cacheablePrefixTokens: Math.floor(r.inputTokensPerRequest * r.cacheShare),
      batchableShare: r.batchableShare,
      peakToAverage: r.peakToAverage,
      tokenizerRatio: r.tokenizerRatio,
      latencyTargets: targets,
      apiNetworkRoundTripSeconds: r.rtt,
    };
    return r.profile ? { ...w, hourlyProfile: r.profile } : w;
  });

export const apiOptionArb = (id: string): fc.Arbitrary<ApiOptionInput> =>
  fc.record({
    id: fc.constant(id),
    apiModelId: fc.constantFrom('api-big', 'api-small', 'api-thinker'),
    useBatch: fc.boolean(),
  });

export const procurementArb: fc.Arbitrary<Procurement> = fc.oneof(
  fc.record({
    kind: fc.constant('cloud' as const),
    pricing: fc.constantFrom('on-demand', 'reserved', 'spot') as fc.Arbitrary<
      'on-demand' | 'reserved' | 'spot'
    >,
    usdPerGpuHour: fc.double({ min: 0.2, max: 12, noNaN: true }),
    reservedDiscount: fc.double({ min: 0, max: 0.7, noNaN: true }),
    spotDiscount: fc.double({ min: 0, max: 0.9, noNaN: true }),
    spotAvailability: fc.double({ min: 0, max: 1, noNaN: true }),
    autoscale: fc.boolean(),
    minReplicas: fc.integer({ min: 0, max: 3 }),
    coldStartSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('owned' as const),
    capexUsdPerGpu: fc.double({ min: 1_000, max: 60_000, noNaN: true }),
    amortisationMonths: fc.integer({ min: 12, max: 60 }),
    residualShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
    costOfCapitalAnnual: fc.double({ min: 0, max: 0.15, noNaN: true }),
    electricityUsdPerKwh: fc.double({ min: 0.05, max: 0.35, noNaN: true }),
    pue: fc.double({ min: 1, max: 1.8, noNaN: true }),
    hostingUsdPerKwMonth: fc.double({ min: 0, max: 300, noNaN: true }),
    hosting: fc.constantFrom('colo', 'onprem') as fc.Arbitrary<
      'colo' | 'onprem'
    >,
    powerIncludedInHosting: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('desk' as const),
    capexUsdPerDevice: fc.double({ min: 500, max: 12_000, noNaN: true }),
    amortisationMonths: fc.integer({ min: 12, max: 60 }),
    residualShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
    electricityUsdPerKwh: fc.double({ min: 0.05, max: 0.35, noNaN: true }),
  }),
);

export const opsArb: fc.Arbitrary<OpsCosts> = fc.record({
  fteShare: fc.double({ min: 0, max: 1, noNaN: true }),
  usdPerFteMonth: fc.double({ min: 0, max: 30_000, noNaN: true }),
  monitoringUsdPerMonth: fc.double({ min: 0, max: 2_000, noNaN: true }),
  networkingAndStorageUsdPerMonth: fc.double({
    min: 0,
    max: 1_000,
    noNaN: true,
  }),
  fineTuningUsdPerMonth: fc.double({ min: 0, max: 1_000, noNaN: true }),
});

/** Valid (model, quant, engine, hardware) combinations of the fixture catalog, plus a few invalid ones. */
const deployments = [
  ['small-8b', 'bf16', 'vllm', 'gpu-a'],
  ['small-8b', 'fp8', 'vllm', 'gpu-a'],
  ['mid-70b', 'fp8', 'vllm', 'gpu-a'],
  ['mid-70b', 'bf16', 'vllm', 'gpu-a'],
  ['mha-13b', 'bf16', 'vllm', 'gpu-a'],
  ['small-8b', 'q4', 'llama-cpp', 'desk-box'],
  ['mha-13b', 'q4', 'llama-cpp', 'desk-box'],
  ['small-8b', 'bf16', 'llama-cpp', 'desk-box'],
  ['mid-70b', 'q4', 'llama-cpp', 'desk-box'],
  ['small-8b', 'q4', 'vllm', 'gpu-a'],
] as const;

export const selfHostOptionArb = (
  id: string,
): fc.Arbitrary<SelfHostOptionInput> =>
  fc
    .record({
      deployment: fc.constantFrom(...deployments),
      gpusPerReplica: fc.constantFrom(1, 2, 4, 8, 'auto' as const),
      kvCacheBytesPerValue: fc.constantFrom(1, 2),
      procurement: procurementArb,
      ops: opsArb,
      extraReplicas: fc.integer({ min: 0, max: 2 }),
      targetUtilisation: fc.double({ min: 0.3, max: 1, noNaN: true }),
    })
    .map((r) => ({
      id,
      openModelId: r.deployment[0],
      quantId: r.deployment[1],
      engineId: r.deployment[2],
      hardwareId: r.deployment[3],
      gpusPerReplica: r.gpusPerReplica,
      kvCacheBytesPerValue: r.kvCacheBytesPerValue,
      procurement: r.procurement,
      ops: r.ops,
      extraReplicas: r.extraReplicas,
      targetUtilisation: r.targetUtilisation,
    }));

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    workload: workloadArb,
    api: fc.array(fc.nat(), { minLength: 0, maxLength: 2 }),
    self: fc.array(fc.nat(), { minLength: 0, maxLength: 2 }),
    apiOptions: fc.tuple(apiOptionArb('api-1'), apiOptionArb('api-2')),
    selfOptions: fc.tuple(
      selfHostOptionArb('self-1'),
      selfHostOptionArb('self-2'),
    ),
    privacyRuleIds: fc.subarray(['hipaa', 'air-gapped', 'trade-secrets']),
    minTokens: fc.double({ min: 1e3, max: 1e8, noNaN: true }),
    decades: fc.double({ min: 1, max: 6, noNaN: true }),
  })
  .map((r) => ({
    workload: r.workload,
    apiOptions: r.apiOptions.slice(0, r.api.length),
    selfHostOptions: r.selfOptions.slice(0, r.self.length),
    privacyRuleIds: r.privacyRuleIds,
    volumeRange: {
      minTokensPerMonth: r.minTokens,
      maxTokensPerMonth: r.minTokens * 10 ** r.decades,
    },
  }));

/** Every numeric leaf of a JSON-like value that is not finite, by path. */
export function nonFiniteLeaves(value: unknown, path = '$'): string[] {
  if (typeof value === 'number')
    return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value))
    return value.flatMap((v, i) => nonFiniteLeaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      nonFiniteLeaves(v, `${path}.${k}`),
    );
  return [];
}
