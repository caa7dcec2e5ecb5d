import { describe, expect, it } from 'vitest';
import {
  estimatePerformance,
  evaluateSelfHost,
  findCheapestConfiguration,
  type OpsCosts,
} from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import { aWorkload } from '../../fixtures/scenario-builders';

const m = (id: string) => catalog.byId.openModels[id]!;
const q = (id: string) => catalog.byId.quants[id]!;
const h = (id: string) => catalog.byId.hardware[id]!;
const e = (id: string) => catalog.byId.engines[id]!;

describe('estimatePerformance', () => {
  it('reads 16 GB of BF16 weights per token at 2 TB/s × 0.5: ≈ 62 tokens/s for one stream', () => {
    const r = estimatePerformance({
      model: m('small-8b'),
      quant: q('bf16'),
      hardware: h('gpu-a'),
      engine: e('vllm'),
      promptTokens: 0,
      outputTokens: 1,
    });
    // 8e9 × 2 bytes / (2e12 × 0.5) = 16 ms; KV of half a token is negligible.
    expect(r.timePerOutputTokenSeconds).toBeCloseTo(0.016, 4);
    expect(r.decodeTokensPerSecond).toBeCloseTo(62.5, 0);
    expect(r.memory.weightsGB).toBeCloseTo(16, 9);
    expect(r.memory.fits).toBe(true);
    expect(r.decodeBound).toBe('memory');
  });

  it('batching multiplies aggregate speed while each stream slows a little', () => {
    const at = (batch: number) =>
      estimatePerformance({
        model: m('small-8b'),
        quant: q('bf16'),
        hardware: h('gpu-a'),
        engine: e('vllm'),
        batch,
        promptTokens: 1000,
        outputTokens: 300,
      });
    const one = at(1);
    const many = at(32);
    expect(many.aggregateDecodeTokensPerSecond).toBeGreaterThan(
      20 * one.aggregateDecodeTokensPerSecond,
    );
    expect(many.decodeTokensPerSecond).toBeLessThan(one.decodeTokensPerSecond);
    // Prefill of 1,000 tokens: 2 × 8e9 × 1,000 FLOP (+ attention) at 1 PFLOP/s × 0.5 ≈ 32 ms.
    expect(one.timeToFirstTokenSeconds).toBeCloseTo(0.0324, 3);
    expect(one.prefillTokensPerSecond).toBeCloseTo(
      1000 / one.timeToFirstTokenSeconds,
      9,
    );
  });

  it('says a 70B BF16 model does not fit one 80 GB GPU, with the numbers', () => {
    const r = estimatePerformance({
      model: m('mid-70b'),
      quant: q('bf16'),
      hardware: h('gpu-a'),
      engine: e('vllm'),
    });
    expect(r.memory.fits).toBe(false);
    expect(r.memory.totalGB).toBeGreaterThan(r.memory.availableGB);
  });
});

describe('findCheapestConfiguration', () => {
  const ops: OpsCosts = {
    fteShare: 0.1,
    usdPerFteMonth: 20_000,
    monitoringUsdPerMonth: 100,
    networkingAndStorageUsdPerMonth: 50,
    fineTuningUsdPerMonth: 0,
  };
  const search = {
    workload: aWorkload({ requestsPerMonth: 3_000_000, peakToAverage: 2 }),
    ops,
    extraReplicas: 1,
    targetUtilisation: 0.75,
  };

  it('finds the same cheapest configuration as evaluating every combination', () => {
    const found = findCheapestConfiguration(search, catalog);
    expect(found.best.length).toBeGreaterThan(0);
    let brute = Number.POSITIVE_INFINITY;
    for (const c of found.best) {
      const { result } = evaluateSelfHost(
        search.workload,
        {
          id: 'x',
          openModelId: c.openModelId,
          quantId: c.quantId,
          engineId: c.engineId,
          hardwareId: c.hardwareId,
          gpusPerReplica: 'auto',
          kvCacheBytesPerValue: 2,
          procurement: c.procurement,
          ops,
          extraReplicas: 1,
          targetUtilisation: 0.75,
        },
        catalog,
      );
      if (result.feasible)
        expect(result.cost.usdPerMonth).toBeCloseTo(c.usdPerMonth, 6);
    }
    // Exhaustive check over the fixture catalog with the search's own pricing.
    const all = findCheapestConfiguration({ ...search, limit: 1000 }, catalog);
    for (const c of all.best) brute = Math.min(brute, c.usdPerMonth);
    expect(found.best[0]!.usdPerMonth).toBeCloseTo(brute, 9);
    expect(found.combinationsEvaluated).toBeLessThanOrEqual(
      found.combinationsConsidered,
    );
  });

  it('honours the quality tier filter', () => {
    const found = findCheapestConfiguration(
      { ...search, qualityTiers: ['mid'] },
      catalog,
    );
    expect(found.best.every((c) => c.qualityTier === 'mid')).toBe(true);
    expect(found.best[0]?.openModelId).toBe('mid-70b');
  });
});
