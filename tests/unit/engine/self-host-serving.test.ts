/**
 * Issue 11 items 4, 6 and 8 (ADR-18, docs/methods.md §18): prefix caching on
 * the self-hosted side, offline batch work, and end-to-end self-hosted
 * latency. Each test asserts the direction of an effect.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog';
import {
  estimateApiCost,
  evaluateSelfHost,
  type SelfHostOptionInput,
  type Workload,
} from '../../../src/engine';
import { fixtureCatalog, fixtureData } from '../../fixtures/catalog.fixture';
import {
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';

const p = { source: 'test', asOf: '2026-12-01' };
/** The fixture catalog with vLLM reusing prefixes (shared) and llama.cpp per slot. */
const catalog = loadCatalog({
  ...fixtureData,
  engines: fixtureData.engines.map((e) => ({
    ...e,
    prefixCache: {
      reuse: e.id === 'vllm' ? ('shared' as const) : ('per-slot' as const),
      defaultOn: true,
      flag: 'test',
      ...p,
    },
  })),
});

/** A 32K-token prompt with a 30K-token shared prefix (issue 11's example). */
const longPrompt = (overrides: Partial<Workload> = {}) =>
  aWorkload({
    requestsPerMonth: 2_000_000,
    inputTokensPerRequest: 32_000,
    outputTokensPerRequest: 200,
    cacheablePrefixTokens: 30_000,
    ...overrides,
  });

function feasible(w: Workload, o: SelfHostOptionInput = aSelfHostOption()) {
  const r = evaluateSelfHost(w, o, catalog).result;
  if (!r.feasible) throw new Error(`infeasible: ${JSON.stringify(r.reasons)}`);
  return r;
}

describe('prefix caching on the self-hosted side (§18.1)', () => {
  it('a shared prefix lowers prefill time, time to first token and cost', () => {
    const cached = feasible(longPrompt());
    const uncached = feasible(longPrompt({ prefixCacheHitRate: 0 }));
    expect(cached.performance.prefillSeconds).toBeLessThan(
      uncached.performance.prefillSeconds / 4,
    );
    // At a light load (no queue) the first token comes sooner.
    const light = { requestsPerMonth: 20_000 };
    expect(
      feasible(longPrompt(light)).latency.timeToFirstTokenSeconds,
    ).toBeLessThan(
      feasible(longPrompt({ ...light, prefixCacheHitRate: 0 })).latency
        .timeToFirstTokenSeconds,
    );
    expect(cached.cost.usdPerMonth).toBeLessThan(uncached.cost.usdPerMonth);
    expect(cached.fleet.cachedPromptTokensPerRequest).toBeCloseTo(27_000, 6);
  });

  it('a higher hit rate never raises the cost', () => {
    const costs = [0, 0.3, 0.6, 0.9, 1].map(
      (h) => feasible(longPrompt({ prefixCacheHitRate: h })).cost.usdPerMonth,
    );
    for (let i = 1; i < costs.length; i++)
      expect(costs[i]!).toBeLessThanOrEqual(costs[i - 1]!);
  });

  it('hit rate 0, caching switched off, or an engine without it give the numbers of no prefix at all', () => {
    const none = feasible(longPrompt({ cacheablePrefixTokens: 0 }));
    expect(feasible(longPrompt({ prefixCacheHitRate: 0 }))).toEqual(none);
    expect(
      feasible(longPrompt(), aSelfHostOption({ prefixCaching: false })),
    ).toEqual(none);
    const plain = (w: Workload) =>
      evaluateSelfHost(w, aSelfHostOption(), fixtureCatalog).result;
    expect(plain(longPrompt())).toEqual(
      plain(longPrompt({ cacheablePrefixTokens: 0 })),
    );
  });

  it('a shared cache holds the prefix once per replica: more sequences fit than when each slot holds its own', () => {
    const w = longPrompt({ latencyTargets: {} });
    const shared = feasible(w);
    const alone = feasible(w, aSelfHostOption({ prefixCaching: false }));
    expect(shared.memory.maxConcurrentSequences).toBeGreaterThan(
      alone.memory.maxConcurrentSequences,
    );
    expect(shared.fleet.sharedPrefixTokensPerReplica).toBe(30_000);
  });

  it('the API side reads the same hit rate: a lower one costs more', () => {
    const api = catalog.byId.apiModels['api-big']!;
    const w = longPrompt({ requestsPerMonth: 5_000_000 });
    const at = (h: number) =>
      estimateApiCost({ ...w, prefixCacheHitRate: h }, api, anApiOption()).cost
        .usdPerMonth;
    expect(at(0.5)).toBeGreaterThan(at(0.9));
    expect(estimateApiCost(w, api, anApiOption()).cost.usdPerMonth).toBe(
      at(0.9),
    );
  });
});

describe('offline batch work (§18.2)', () => {
  const volume = { requestsPerMonth: 20_000_000, peakToAverage: 2 };
  const interactiveOption = aSelfHostOption({
    extraReplicas: 1,
    targetUtilisation: 0.75,
  });

  it('needs fewer GPUs than the same volume sized as interactive traffic', () => {
    const interactive = feasible(aWorkload(volume), interactiveOption);
    const batch = feasible(
      aWorkload({ ...volume, trafficKind: 'batch' }),
      interactiveOption,
    );
    expect(batch.gpus).toBeLessThan(interactive.gpus);
    expect(batch.cost.usdPerMonth).toBeLessThan(interactive.cost.usdPerMonth);
    expect(batch.fleet.extraReplicas).toBe(0);
    expect(batch.fleet.plannedUtilisation).toBeCloseTo(0.9, 9);
    expect(batch.fleet.trafficKind).toBe('batch');
  });

  it('a shorter completion deadline needs more replicas', () => {
    const at = (hours: number) =>
      feasible(
        aWorkload({
          ...volume,
          trafficKind: 'batch',
          batchDeadlineHours: hours,
        }),
        interactiveOption,
      ).replicas;
    expect(at(6)).toBeGreaterThan(at(24));
    expect(at(48)).toBe(at(24));
  });

  it('ignores latency targets: batch work is sized for throughput', () => {
    const targets = {
      minOutputTokensPerSecond: 200,
      maxTimeToFirstTokenSeconds: 0.01,
    };
    const batch = feasible(
      aWorkload({ ...volume, trafficKind: 'batch', latencyTargets: targets }),
    );
    expect(batch.warnings).not.toContain('latency-target-missed');
  });

  it('APIs bill batch work at their batch price when the 24-hour window meets the deadline, else at the real-time price', () => {
    const api = catalog.byId.apiModels['api-big']!;
    const option = anApiOption({ useBatch: true });
    const cost = (w: Workload) => estimateApiCost(w, api, option);
    const interactive = cost(aWorkload());
    const batch = cost(aWorkload({ trafficKind: 'batch' }));
    const rushed = cost(
      aWorkload({ trafficKind: 'batch', batchDeadlineHours: 6 }),
    );
    expect(batch.cost.usdPerMonth).toBeLessThan(interactive.cost.usdPerMonth);
    expect(rushed.cost.usdPerMonth).toBe(interactive.cost.usdPerMonth);
    expect(rushed.warnings).toContain('batch-deadline-before-api-window');
    expect(batch.warnings).not.toContain('batch-deadline-before-api-window');
  });
});

describe('self-hosted latency end to end (§18.3)', () => {
  it('the users’ round trip raises the self-hosted time to first token by that much', () => {
    const near = feasible(aWorkload({ selfHostNetworkRoundTripSeconds: 0 }));
    const far = feasible(aWorkload({ selfHostNetworkRoundTripSeconds: 0.2 }));
    expect(
      far.latency.timeToFirstTokenSeconds -
        near.latency.timeToFirstTokenSeconds,
    ).toBeCloseTo(0.2, 9);
    expect(far.latency.endToEndSeconds).toBeGreaterThan(
      near.latency.endToEndSeconds,
    );
  });

  it('defaults to the API’s round trip for a cloud option and a LAN’s for a desk machine', () => {
    const w = aWorkload({ apiNetworkRoundTripSeconds: 0.08 });
    expect(feasible(w).fleet.networkRoundTripSeconds).toBe(0.08);
    const desk = evaluateSelfHost(
      w,
      aSelfHostOption({
        hardwareId: 'desk-box',
        engineId: 'llama-cpp',
        procurement: {
          kind: 'desk',
          capexUsdPerDevice: 3000,
          amortisationMonths: 36,
          residualShare: 0.2,
          electricityUsdPerKwh: 0.12,
        },
      }),
      catalog,
    ).result;
    if (desk.feasible)
      expect(desk.fleet.networkRoundTripSeconds).toBeLessThan(0.08);
  });

  it('a tight first-token target that more replicas can meet yields a feasible option with more replicas', () => {
    // At 100 % planned utilisation the queue wait is what misses the target.
    const base = aWorkload({ requestsPerMonth: 20_000_000 });
    const loose = feasible(base);
    const prefill = loose.performance.prefillSeconds;
    // Halfway between prefill alone and today's first token: only a shorter queue meets it.
    const target = (prefill + loose.latency.timeToFirstTokenSeconds) / 2;
    expect(loose.latency.timeToFirstTokenSeconds).toBeGreaterThan(target);
    const tight = feasible({
      ...base,
      latencyTargets: { maxTimeToFirstTokenSeconds: target },
    });
    expect(tight.replicas).toBeGreaterThan(loose.replicas);
    expect(tight.latency.timeToFirstTokenSeconds).toBeLessThanOrEqual(
      target + 1e-9,
    );
    expect(tight.warnings).not.toContain('latency-target-missed');
    expect(tight.fleet.plannedUtilisation).toBeLessThan(1);
  });

  it('a target below the round trip plus prefill is reported missed, without growing the fleet', () => {
    const base = aWorkload({
      requestsPerMonth: 20_000_000,
      selfHostNetworkRoundTripSeconds: 0.5,
    });
    const loose = feasible(base);
    const tight = feasible({
      ...base,
      latencyTargets: { maxTimeToFirstTokenSeconds: 0.4 },
    });
    expect(tight.replicas).toBe(loose.replicas);
    expect(tight.warnings).toContain('latency-target-missed');
  });
});
