import { describe, expect, it } from 'vitest';
import {
  analyseSensitivity,
  seededRandom,
  triangular,
} from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
} from '../../fixtures/scenario-builders';
import { nonFiniteLeaves } from './arbitraries';

const ops = {
  fteShare: 0.25,
  usdPerFteMonth: 20_000,
  monitoringUsdPerMonth: 200,
  networkingAndStorageUsdPerMonth: 100,
  fineTuningUsdPerMonth: 0,
};
const scenario = aScenario({
  workload: aWorkload({ peakToAverage: 2 }),
  selfHostOptions: [
    aSelfHostOption({ ops, extraReplicas: 1, targetUtilisation: 0.75 }),
  ],
});

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('is uniform on [0, 1): mean ≈ 0.5 over 100k draws', () => {
    const next = seededRandom(1);
    let sum = 0;
    let inRange = true;
    for (let i = 0; i < 100_000; i++) {
      const u = next();
      inRange &&= u >= 0 && u < 1;
      sum += u;
    }
    expect(inRange).toBe(true);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it('triangular draws stay in range and hit the ends and the mode', () => {
    expect(triangular(0, 1, 2, 4)).toBe(1);
    expect(triangular(1, 1, 2, 4)).toBe(4);
    expect(triangular(1 / 3, 1, 2, 4)).toBeCloseTo(2, 12);
  });
});

describe('analyseSensitivity', () => {
  const result = analyseSensitivity(scenario, catalog, {
    monteCarlo: { samples: 300, seed: 42 },
  })!;

  it('moves the self-hosted cost by exactly the ops range times an engineer-month', () => {
    const bar = result.tornado.selfHostUsdPerMonth.find(
      (b) => b.input === 'ops-fte-share',
    )!;
    expect(bar.lowInput).toBe(0.05);
    expect(bar.highInput).toBe(1);
    expect(bar.swing).toBeCloseTo((1 - 0.05) * 20_000, 6);
  });

  it('sorts bars by swing and leaves the self-hosted cost untouched by API prices', () => {
    const bars = result.tornado.selfHostUsdPerMonth;
    for (let i = 1; i < bars.length; i++)
      expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
    expect(bars.find((b) => b.input === 'api-price')!.swing).toBe(0);
    const api = result.tornado.apiUsdPerMonth.find(
      (b) => b.input === 'api-price',
    )!;
    // $4,000 at 0.5× and 1.2× prices.
    expect(api.atLow).toBeCloseTo(2000, 6);
    expect(api.atHigh).toBeCloseTo(4800, 6);
  });

  it('gives a band that contains the base value', () => {
    for (const metric of [
      'selfHostUsdPerMonth',
      'apiUsdPerMonth',
      'firstCrossoverTokensPerMonth',
    ] as const) {
      const band = result.band[metric]!;
      const base = result.base[metric]!;
      expect(band.low).toBeLessThanOrEqual(base);
      expect(band.high).toBeGreaterThanOrEqual(base);
    }
  });

  it('Monte Carlo is reproducible for a seed and its percentiles are ordered', () => {
    const again = analyseSensitivity(scenario, catalog, {
      monteCarlo: { samples: 300, seed: 42 },
    })!;
    expect(JSON.stringify(again.monteCarlo)).toBe(
      JSON.stringify(result.monteCarlo),
    );
    const mc = result.monteCarlo!;
    const p = mc.selfHostUsdPerMonth!;
    expect(p.p10).toBeLessThanOrEqual(p.p50);
    expect(p.p50).toBeLessThanOrEqual(p.p90);
    expect(mc.probabilitySelfHostCheaper).toBeGreaterThanOrEqual(0);
    expect(mc.probabilitySelfHostCheaper).toBeLessThanOrEqual(1);
    expect(mc.samples).toBe(300);
  });

  it('API cost has elasticity 1 in API prices and volume; self-host cost none in API prices', () => {
    expect(result.elasticities.apiUsdPerMonth['api-price']).toBeCloseTo(1, 9);
    expect(result.elasticities.apiUsdPerMonth['volume']).toBeCloseTo(1, 9);
    expect(result.elasticities.selfHostUsdPerMonth['api-price']).toBeCloseTo(
      0,
      12,
    );
    // Ops are $5,000 of ≈ $8,220: elasticity in the FTE share ≈ 0.61.
    const self = result.base.selfHostUsdPerMonth!;
    expect(
      result.elasticities.selfHostUsdPerMonth['ops-fte-share'],
    ).toBeCloseTo(5000 / self, 2);
  });

  it('returns only finite numbers or null', () => {
    expect(nonFiniteLeaves(result)).toEqual([]);
  });

  it('is null without a self-hosted option', () => {
    expect(
      analyseSensitivity(aScenario({ selfHostOptions: [] }), catalog),
    ).toBeNull();
  });
});
