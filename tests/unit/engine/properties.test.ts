/**
 * Property tests (docs/methods.md §12.3, ADR-15 convention 9): monotonicity,
 * scaling invariance, crossover consistency, finiteness and determinism, over
 * generated scenarios on the fixture catalog.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ApiModel, Catalog } from '../../../src/catalog';
import {
  analyseSensitivity,
  cheapestSelfHostUsdPerMonth,
  estimateApiCost,
  evaluateScenario,
  evaluateSelfHost,
  findCrossover,
  CROSSOVER_TIE_RELATIVE,
  type SelfHostOptionInput,
  type Workload,
} from '../../../src/engine';
import { apiCostFunction } from '../../../src/engine/api-cost';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';
import {
  apiOptionArb,
  nonFiniteLeaves,
  scenarioArb,
  selfHostOptionArb,
  workloadArb,
} from './arbitraries';
import {
  decodeStepSeconds,
  kvBytesPerToken,
  loadAtBatchForTest,
  replicaSpecFrom,
} from './engine-test-exports';

const runs = { numRuns: 150 };
// Generated scenarios are whole evaluations: give them time, and stop a
// failing property's shrinking after a bound instead of hanging the suite.
vi.setConfig({ testTimeout: 60_000 });
fc.configureGlobal({
  interruptAfterTimeLimit: 45_000,
  markInterruptAsFailure: true,
});
const apiModel = (id: string) => catalog.byId.apiModels[id]!;

/** Every price on an API sheet multiplied by k. */
function scaledApiModel(m: ApiModel, k: number): ApiModel {
  const scaled: ApiModel = {
    ...m,
    usdPerMillionInputTokens: m.usdPerMillionInputTokens * k,
    usdPerMillionOutputTokens: m.usdPerMillionOutputTokens * k,
  };
  const out: { -readonly [K in keyof ApiModel]: ApiModel[K] } = { ...scaled };
  if (m.usdPerMillionCachedInputTokens !== undefined)
    out.usdPerMillionCachedInputTokens = m.usdPerMillionCachedInputTokens * k;
  if (m.usdPerMillionCacheWriteTokens !== undefined)
    out.usdPerMillionCacheWriteTokens = m.usdPerMillionCacheWriteTokens * k;
  return out;
}

/** The fixture catalog with every API price scaled by k. */
function catalogWithApiPricesScaled(k: number): Catalog {
  const apiModels = catalog.apiModels.map((m) => scaledApiModel(m, k));
  return {
    ...catalog,
    apiModels,
    byId: {
      ...catalog.byId,
      apiModels: Object.fromEntries(apiModels.map((m) => [m.id, m])),
    },
  };
}

/** Every money input of a self-hosted option multiplied by k. */
function selfHostPricesScaled(
  o: SelfHostOptionInput,
  k: number,
): SelfHostOptionInput {
  const p = o.procurement;
  const procurement =
    p.kind === 'cloud'
      ? { ...p, usdPerGpuHour: p.usdPerGpuHour * k }
      : p.kind === 'owned'
        ? {
            ...p,
            capexUsdPerGpu: p.capexUsdPerGpu * k,
            electricityUsdPerKwh: p.electricityUsdPerKwh * k,
            hostingUsdPerKwMonth: p.hostingUsdPerKwMonth * k,
          }
        : {
            ...p,
            capexUsdPerDevice: p.capexUsdPerDevice * k,
            electricityUsdPerKwh: p.electricityUsdPerKwh * k,
          };
  return {
    ...o,
    procurement,
    ops: {
      ...o.ops,
      usdPerFteMonth: o.ops.usdPerFteMonth * k,
      monitoringUsdPerMonth: o.ops.monitoringUsdPerMonth * k,
      networkingAndStorageUsdPerMonth:
        o.ops.networkingAndStorageUsdPerMonth * k,
      fineTuningUsdPerMonth: o.ops.fineTuningUsdPerMonth * k,
    },
  };
}

const relClose = (a: number, b: number, rel: number) =>
  Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-12);

describe('API cost properties', () => {
  it('never decreases as volume grows', () => {
    fc.assert(
      fc.property(
        workloadArb,
        apiOptionArb('a'),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (w, option, factor) => {
          const model = apiModel(option.apiModelId);
          const low = estimateApiCost(w, model, option).cost.usdPerMonth;
          const high = estimateApiCost(
            { ...w, requestsPerMonth: w.requestsPerMonth * factor },
            model,
            option,
          ).cost.usdPerMonth;
          expect(high).toBeGreaterThanOrEqual(low * (1 - 1e-12));
        },
      ),
      runs,
    );
  });

  it('never decreases in any token count or price', () => {
    fc.assert(
      fc.property(
        workloadArb,
        apiOptionArb('a'),
        fc.constantFrom(
          'inputTokensPerRequest',
          'outputTokensPerRequest',
          'reasoningTokensPerRequest',
          'price-in',
          'price-out',
        ),
        fc.integer({ min: 1, max: 5000 }),
        (w, option, what, delta) => {
          const model = apiModel(option.apiModelId);
          const base = {
            ...option,
            usdPerMillionInputTokensOverride: 1,
            usdPerMillionOutputTokensOverride: 4,
          };
          const before = estimateApiCost(w, model, base).cost.usdPerMonth;
          const after =
            what === 'price-in'
              ? estimateApiCost(w, model, {
                  ...base,
                  usdPerMillionInputTokensOverride: 1 + delta / 100,
                }).cost.usdPerMonth
              : what === 'price-out'
                ? estimateApiCost(w, model, {
                    ...base,
                    usdPerMillionOutputTokensOverride: 4 + delta / 100,
                  }).cost.usdPerMonth
                : estimateApiCost(
                    // More input tokens with the same cached prefix.
                    { ...w, [what]: w[what] + delta } as Workload,
                    model,
                    base,
                  ).cost.usdPerMonth;
          expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-12));
        },
      ),
      runs,
    );
  });

  it('scales by k when every API price is scaled by k', () => {
    fc.assert(
      fc.property(
        workloadArb,
        apiOptionArb('a'),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (w, option, k) => {
          const model = apiModel(option.apiModelId);
          const base = estimateApiCost(w, model, option).cost.usdPerMonth;
          const scaled = estimateApiCost(w, scaledApiModel(model, k), option)
            .cost.usdPerMonth;
          expect(relClose(scaled, base * k, 1e-9)).toBe(true);
        },
      ),
      runs,
    );
  });

  it('the precompiled cost function equals the full estimate', () => {
    fc.assert(
      fc.property(workloadArb, apiOptionArb('a'), (w, option) => {
        const model = apiModel(option.apiModelId);
        expect(
          relClose(
            apiCostFunction(w, model, option)(w.requestsPerMonth),
            estimateApiCost(w, model, option).cost.usdPerMonth,
            1e-9,
          ),
        ).toBe(true);
      }),
      runs,
    );
  });
});

describe('self-hosted cost properties', () => {
  it('never decreases as volume grows', () => {
    fc.assert(
      fc.property(
        workloadArb,
        selfHostOptionArb('s'),
        fc.double({ min: 1, max: 20, noNaN: true }),
        (w, option, factor) => {
          const { costModels } = evaluateSelfHost(w, option, catalog);
          fc.pre(costModels.length > 0);
          const low = cheapestSelfHostUsdPerMonth(
            costModels,
            w.requestsPerMonth,
          )!;
          const high = cheapestSelfHostUsdPerMonth(
            costModels,
            w.requestsPerMonth * factor,
          )!;
          expect(high).toBeGreaterThanOrEqual(low * (1 - 1e-12));
        },
      ),
      runs,
    );
  });

  it('never decreases in the GPU price', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.double({ min: 0.2, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (w, usdPerGpuHour, factor) => {
          const option = (rate: number) =>
            aSelfHostOption({
              gpusPerReplica: 'auto',
              procurement: {
                kind: 'cloud',
                pricing: 'on-demand',
                usdPerGpuHour: rate,
                reservedDiscount: 0,
                spotDiscount: 0,
              },
            });
          const a = evaluateSelfHost(w, option(usdPerGpuHour), catalog).result;
          const b = evaluateSelfHost(
            w,
            option(usdPerGpuHour * factor),
            catalog,
          ).result;
          fc.pre(a.feasible && b.feasible);
          if (!a.feasible || !b.feasible) return;
          expect(b.cost.usdPerMonth).toBeGreaterThanOrEqual(
            a.cost.usdPerMonth * (1 - 1e-12),
          );
        },
      ),
      runs,
    );
  });

  it('a replica carries no more requests when prompts grow', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.constantFrom(1, 2, 4),
        fc.integer({ min: 1, max: 20_000 }),
        (w, gpus, extraInput) => {
          const option = aSelfHostOption({ gpusPerReplica: gpus });
          const a = evaluateSelfHost(w, option, catalog).result;
          const b = evaluateSelfHost(
            {
              ...w,
              inputTokensPerRequest: w.inputTokensPerRequest + extraInput,
            },
            option,
            catalog,
          ).result;
          fc.pre(a.feasible && b.feasible);
          if (!a.feasible || !b.feasible) return;
          expect(b.performance.replicaRequestsPerSecond).toBeLessThanOrEqual(
            a.performance.replicaRequestsPerSecond * (1 + 1e-12),
          );
        },
      ),
      runs,
    );
  });
});

describe('performance properties', () => {
  const model = catalog.byId.openModels['mid-70b']!;
  const quant = catalog.byId.quants['fp8']!;
  const hardware = catalog.byId.hardware['gpu-a']!;
  const engine = catalog.byId.engines['vllm']!;

  it('time per output token never falls as the batch grows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 8),
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 1, max: 32_000 }),
        fc.integer({ min: 1, max: 4_000 }),
        (gpus, b1, b2, inputTokens, outputTokens) => {
          const spec = replicaSpecFrom(
            model,
            quant,
            hardware,
            engine,
            gpus,
            kvBytesPerToken(model, 2, inputTokens + outputTokens),
          );
          const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
          const a = loadAtBatchForTest(spec, lo, inputTokens, outputTokens);
          const b = loadAtBatchForTest(spec, hi, inputTokens, outputTokens);
          expect(b.timePerOutputToken).toBeGreaterThanOrEqual(
            a.timePerOutputToken * (1 - 1e-12),
          );
          expect(
            decodeStepSeconds(spec, hi, inputTokens),
          ).toBeGreaterThanOrEqual(decodeStepSeconds(spec, lo, inputTokens));
        },
      ),
      runs,
    );
  });
});

describe('crossover properties', () => {
  it('costs are equal at a reported first crossover and change sign across it', () => {
    fc.assert(
      fc.property(
        workloadArb,
        apiOptionArb('a'),
        selfHostOptionArb('s'),
        (w, option, self) => {
          const model = apiModel(option.apiModelId);
          const { costModels } = evaluateSelfHost(w, self, catalog);
          const api = apiCostFunction(w, model, option);
          const perRequest =
            w.inputTokensPerRequest +
            w.outputTokensPerRequest +
            w.reasoningTokensPerRequest;
          const range = { minTokensPerMonth: 1e4, maxTokensPerMonth: 1e13 };
          const c = findCrossover(api, costModels, perRequest, range, true);
          fc.pre(c.kind === 'crosses');
          if (c.kind !== 'crosses') return;
          const r = c.firstTokensPerMonth / perRequest;
          fc.pre(c.firstTokensPerMonth > range.minTokensPerMonth * (1 + 1e-9));
          const selfAt = (x: number) =>
            cheapestSelfHostUsdPerMonth(costModels, x)!;
          const apiAt = api(r);
          expect(Math.abs(apiAt - selfAt(r))).toBeLessThanOrEqual(1e-6 * apiAt);
          // Just below, self-hosting is not cheaper (a tie within CROSSOVER_TIE_RELATIVE counts as not).
          const below = r * (1 - 1e-6);
          expect(api(below) - selfAt(below)).toBeLessThanOrEqual(
            CROSSOVER_TIE_RELATIVE * selfAt(below),
          );
          // Just above, it is: at 1e-6 of the volume, or closer when a replica step follows sooner.
          const above = [1e-6, 1e-9, 1e-12].map((e) => r * (1 + e));
          expect(above.some((x) => api(x) - selfAt(x) > 0)).toBe(true);
        },
      ),
      runs,
    );
  });

  it('scaling every price on both sides by k leaves the crossover volume unchanged', () => {
    fc.assert(
      fc.property(
        workloadArb,
        apiOptionArb('a'),
        selfHostOptionArb('s'),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (w, option, self, k) => {
          const scenario = {
            workload: w,
            apiOptions: [option],
            selfHostOptions: [self],
            privacyRuleIds: [],
            volumeRange: { minTokensPerMonth: 1e4, maxTokensPerMonth: 1e13 },
          };
          const base = evaluateScenario(scenario, catalog).crossovers[0]!
            .crossover;
          const scaled = evaluateScenario(
            { ...scenario, selfHostOptions: [selfHostPricesScaled(self, k)] },
            catalogWithApiPricesScaled(k),
          ).crossovers[0]!.crossover;
          expect(scaled.kind).toBe(base.kind);
          if (base.kind === 'crosses' && scaled.kind === 'crosses') {
            expect(
              relClose(
                scaled.firstTokensPerMonth,
                base.firstTokensPerMonth,
                1e-6,
              ),
            ).toBe(true);
            expect(
              relClose(
                scaled.breakEvenApiUsdPerMonth,
                base.breakEvenApiUsdPerMonth * k,
                1e-6,
              ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('scaling only the API prices by k divides a first-replica crossover by k', () => {
    // docs/methods.md §12.3: exact while the replica count at the crossover does not change.
    const w = aWorkload();
    const self = aSelfHostOption({
      ops: {
        fteShare: 0.2,
        usdPerFteMonth: 20_000,
        monitoringUsdPerMonth: 0,
        networkingAndStorageUsdPerMonth: 0,
        fineTuningUsdPerMonth: 0,
      },
    });
    const { costModels } = evaluateSelfHost(w, self, catalog);
    const range = { minTokensPerMonth: 1e3, maxTokensPerMonth: 1e13 };
    const at = (k: number) => {
      const c = findCrossover(
        apiCostFunction(
          w,
          scaledApiModel(apiModel('api-big'), k),
          anApiOption(),
        ),
        costModels,
        1000,
        range,
        true,
      );
      if (c.kind !== 'crosses') throw new Error('expected a crossover');
      return c.firstTokensPerMonth;
    };
    for (const k of [1.5, 2, 3]) expect(at(k)).toBeCloseTo(at(1) / k, 0);
  });
});

describe('whole-scenario properties', () => {
  it('every numeric leaf of the result is finite', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = evaluateScenario(s, catalog, { curveSamples: 20 });
        expect(nonFiniteLeaves(result)).toEqual([]);
      }),
      runs,
    );
  });

  it('every numeric leaf of the sensitivity analysis is finite, and a seed reproduces it', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (s, seed) => {
        const run = () =>
          analyseSensitivity(s, catalog, { monteCarlo: { samples: 10, seed } });
        const a = run();
        expect(nonFiniteLeaves(a)).toEqual([]);
        expect(JSON.stringify(run())).toBe(JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = JSON.stringify(
          evaluateScenario(s, catalog, { curveSamples: 20 }),
        );
        const b = JSON.stringify(
          evaluateScenario(structuredClone(s), catalog, { curveSamples: 20 }),
        );
        expect(a).toBe(b);
      }),
      { numRuns: 60 },
    );
  });
});
