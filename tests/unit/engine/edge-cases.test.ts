/**
 * Required behaviour in the edge cases of docs/methods.md §12.1, and calibration
 * vector V9 (docs/methods.md §12.2).
 */
import { describe, expect, it } from 'vitest';
import {
  estimateApiCost,
  evaluateScenario,
  evaluateSelfHost,
  hourlyShape,
  overflowShare,
  sinusoidOverflowShare,
  validateScenario,
} from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';
import { nonFiniteLeaves } from './arbitraries';

const apiBig = catalog.byId.apiModels['api-big']!;
const apiSmall = catalog.byId.apiModels['api-small']!;
const ops = {
  fteShare: 0.25,
  usdPerFteMonth: 20_000,
  monitoringUsdPerMonth: 200,
  networkingAndStorageUsdPerMonth: 100,
  fineTuningUsdPerMonth: 0,
};

describe('V9: overflow share of a sinusoid', () => {
  it('spills 1/π = 31.83 % of PAR-2 sinusoidal traffic above a capacity equal to the mean', () => {
    expect(sinusoidOverflowShare(1, 1)).toBeCloseTo(1 / Math.PI, 12);
    expect(sinusoidOverflowShare(1, 1)).toBeCloseTo(0.3183, 4);
  });

  it('spills 10.9 % at 1.5× the mean and nothing at the peak', () => {
    expect(sinusoidOverflowShare(1, 1.5)).toBeCloseTo(0.109, 3);
    expect(sinusoidOverflowShare(1, 2)).toBeCloseTo(0, 12);
  });

  it('the 24-hour profile the engine uses agrees with the closed form within 1 %', () => {
    const shape = hourlyShape(2);
    const share = overflowShare(shape, 1);
    expect(Math.abs(share / (1 / Math.PI) - 1)).toBeLessThan(0.01);
    expect(overflowShare(shape, 2)).toBe(0);
  });
});

describe('docs/methods.md §12.1 edge cases', () => {
  it('zero volume: the API costs nothing, cost per token is null, and self-hosting keeps its fixed costs', () => {
    const w = aWorkload({ requestsPerMonth: 0 });
    const api = estimateApiCost(w, apiBig, anApiOption());
    expect(api.cost.usdPerMonth).toBe(0);
    expect(api.usdPerMillionTokens).toBeNull();
    expect(api.warnings).toContain('zero-volume');
    const self = evaluateSelfHost(w, aSelfHostOption({ ops }), catalog).result;
    if (!self.feasible) throw new Error('expected feasible');
    expect(self.cost.usdPerMonth).toBeCloseTo(1460 + 5000 + 300, 6);
    expect(self.usdPerMillionTokens).toBeNull();
    expect(self.warnings).toContain('zero-volume');
  });

  it('zero volume with scale-to-zero: only people and platform costs remain', () => {
    const option = aSelfHostOption({
      ops,
      procurement: {
        kind: 'cloud',
        pricing: 'on-demand',
        usdPerGpuHour: 2,
        reservedDiscount: 0.35,
        spotDiscount: 0.55,
        autoscale: true,
        minReplicas: 0,
      },
    });
    const self = evaluateSelfHost(
      aWorkload({ requestsPerMonth: 0 }),
      option,
      catalog,
    ).result;
    if (!self.feasible) throw new Error('expected feasible');
    expect(self.cost.usdPerMonth).toBeCloseTo(5300, 6);
    expect(self.fleet.replicasByHour.every((n) => n === 0)).toBe(true);
  });

  it('model does not fit: infeasible with required and available bytes, never another GPU', () => {
    const r = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption({ openModelId: 'mid-70b', gpusPerReplica: 1 }),
      catalog,
    ).result;
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    const reason = r.reasons[0]!;
    expect(reason.code).toBe('model-does-not-fit');
    if (reason.code !== 'model-does-not-fit') return;
    expect(reason.requiredBytes).toBeGreaterThan(reason.availableBytes);
  });

  it('weights fit but one full-context sequence does not: reports the largest context that fits', () => {
    // 80 GiB × 0.9 − 2 GB = 75.3 GB usable (memory counted in GiB, docs/methods.md
    // §20.2); 16 GB of weights leave 59.3 GB; 128 KiB per token holds ≈ 452k tokens.
    const r = evaluateSelfHost(
      aWorkload({ inputTokensPerRequest: 1_000_000 }),
      aSelfHostOption(),
      catalog,
    ).result;
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    const reason = r.reasons[0]!;
    expect(reason.code).toBe('context-does-not-fit');
    if (reason.code === 'context-does-not-fit')
      expect(reason.maxContextTokens).toBeCloseTo(
        (80 * 2 ** 30 * 0.9 - 2e9 - 16e9) / 131072,
        -1,
      );
  });

  it('a required latency target unreachable even at batch 1: infeasible with the best achievable time per token', () => {
    const r = evaluateSelfHost(
      aWorkload({
        latencyTargets: {
          minOutputTokensPerSecond: 5_000,
          strength: 'required',
        },
      }),
      aSelfHostOption(),
      catalog,
    ).result;
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    const reason = r.reasons[0]!;
    expect(reason.code).toBe('latency-target-unreachable');
    if (reason.code === 'latency-target-unreachable')
      expect(reason.bestTimePerOutputTokenSeconds).toBeGreaterThan(1 / 5000);
  });

  it('volume beyond one replica scales replicas linearly; a replica wider than a node warns multi-node', () => {
    const one = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption(),
      catalog,
    ).result;
    if (!one.feasible) throw new Error('expected feasible');
    const ten = evaluateSelfHost(
      aWorkload({ requestsPerMonth: one.requestsPerMonthPerReplica * 10 }),
      aSelfHostOption(),
      catalog,
    ).result;
    if (!ten.feasible) throw new Error('expected feasible');
    expect(ten.replicas).toBe(10);
    expect(ten.cost.usdPerMonth).toBeCloseTo(10 * 1460, 6);
    const wide = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption({ gpusPerReplica: 16 }),
      catalog,
    ).result;
    if (!wide.feasible) throw new Error('expected feasible');
    expect(wide.warnings).toContain('multi-node');
  });

  it('batch share without a batch API is billed at standard prices with a warning', () => {
    const w = aWorkload({ batchableShare: 0.5 });
    const r = estimateApiCost(
      w,
      apiSmall,
      anApiOption({ apiModelId: 'api-small', useBatch: true }),
    );
    expect(r.warnings).toContain('no-batch-api');
    // 750 × $0.1 + 250 × $0.4 per 1M, × 1M requests.
    expect(r.cost.usdPerMonth).toBeCloseTo(175, 6);
  });

  it('no output tokens (classification): decode is skipped and every number stays finite', () => {
    const s = aScenario({ workload: aWorkload({ outputTokensPerRequest: 0 }) });
    const result = evaluateScenario(s, catalog);
    const self = result.selfHost[0]!;
    if (!self.feasible) throw new Error('expected feasible');
    expect(self.performance.timePerOutputTokenSeconds).toBe(0);
    expect(self.latency.endToEndSeconds).toBeCloseTo(
      self.latency.timeToFirstTokenSeconds,
      12,
    );
    expect(Number.isFinite(self.performance.replicaRequestsPerSecond)).toBe(
      true,
    );
  });

  it('context longer than the model window warns on both sides', () => {
    const w = aWorkload({ inputTokensPerRequest: 200_000 });
    expect(estimateApiCost(w, apiBig, anApiOption()).warnings).toContain(
      'context-exceeds-model',
    );
    const r = evaluateSelfHost(
      w,
      aSelfHostOption({ gpusPerReplica: 'auto' }),
      catalog,
    ).result;
    if (!r.feasible) throw new Error('expected feasible');
    expect(r.warnings).toContain('context-exceeds-model');
  });

  it('a desk machine serving several users at once warns local-concurrency', () => {
    const r = evaluateSelfHost(
      aWorkload({ requestsPerMonth: 200_000 }),
      aSelfHostOption({
        engineId: 'llama-cpp',
        hardwareId: 'desk-box',
        quantId: 'q4',
        procurement: {
          kind: 'desk',
          capexUsdPerDevice: 4000,
          amortisationMonths: 36,
          residualShare: 0.2,
          electricityUsdPerKwh: 0.3,
        },
      }),
      catalog,
    ).result;
    if (!r.feasible) throw new Error('expected feasible');
    expect(r.warnings).toContain('local-concurrency');
  });

  it('a replica at 100 % utilisation in the peak hour is flagged overloaded (no finite queueing wait)', () => {
    const base = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption(),
      catalog,
    ).result;
    if (!base.feasible) throw new Error('expected feasible');
    const r = evaluateSelfHost(
      aWorkload({ requestsPerMonth: base.requestsPerMonthPerReplica }),
      aSelfHostOption(),
      catalog,
    ).result;
    if (!r.feasible) throw new Error('expected feasible');
    expect(r.latency.overloaded).toBe(true);
    expect(r.warnings).toContain('overloaded');
    expect(Number.isFinite(r.latency.timeToFirstTokenSeconds)).toBe(true);
  });

  it('spot capacity missing part of the time is billed on demand for those hours', () => {
    const spot = (spotAvailability: number) =>
      evaluateSelfHost(
        aWorkload(),
        aSelfHostOption({
          procurement: {
            kind: 'cloud',
            pricing: 'spot',
            usdPerGpuHour: 2,
            reservedDiscount: 0.35,
            spotDiscount: 0.5,
            spotAvailability,
          },
        }),
        catalog,
      ).result;
    const always = spot(1);
    const mostly = spot(0.8);
    if (!always.feasible || !mostly.feasible) throw new Error('feasible');
    expect(always.cost.usdPerMonth).toBeCloseTo(730, 6);
    // 80 % of hours at $1, 20 % at $2.
    expect(mostly.cost.usdPerMonth).toBeCloseTo(730 * 1.2, 6);
  });

  it('invalid inputs are all reported at once, by path', () => {
    const s = aScenario({
      workload: aWorkload({
        batchableShare: 1.5,
        cacheablePrefixTokens: 10_000,
        peakToAverage: 30,
        requestsPerMonth: -1,
        hourlyProfile: [1, 2, 3],
      }),
      selfHostOptions: [aSelfHostOption({ targetUtilisation: 1.5 })],
      volumeRange: { minTokensPerMonth: 10, maxTokensPerMonth: 1 },
    });
    const problems = validateScenario(s).map((p) => `${p.path}: ${p.problem}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'workload.requestsPerMonth: negative',
        'workload.batchableShare: share-outside-0-1',
        'workload.cacheablePrefixTokens: prefix-longer-than-input',
        'workload.peakToAverage: peak-to-average-outside-1-24',
        'workload.hourlyProfile: profile-needs-24-non-negative-entries',
        'selfHostOptions[0].targetUtilisation: utilisation-outside-0-1',
        'volumeRange: range-empty',
      ]),
    );
    expect(validateScenario(aScenario())).toEqual([]);
    // evaluateScenario repairs instead of throwing, and stays finite.
    const result = evaluateScenario(s, catalog);
    expect(result.workload.tokensPerMonth).toBe(0);
    expect(nonFiniteLeaves(result)).toEqual([]);
  });
});
