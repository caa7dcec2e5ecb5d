import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';

const desk = aSelfHostOption({
  id: 'desk',
  quantId: 'q4',
  engineId: 'llama-cpp',
  hardwareId: 'desk-box',
  maxServingReplicas: 1,
  procurement: {
    kind: 'desk',
    capexUsdPerDevice: 40_000,
    amortisationMonths: 36,
    residualShare: 0,
    electricityUsdPerKwh: 0.2,
  },
});
const rented = aSelfHostOption({ id: 'rented' });

const small = anApiOption({ id: 'small', apiModelId: 'api-small' });

describe('recommend: which self-hosted option the flip volume compares with', () => {
  it('regression: compares the API with the self-hosted option that crosses first, not the cheapest one today', () => {
    // The desk machine is the cheapest self-hosted option at 50M tokens but is
    // capped at one machine and never crosses; the rented GPU crosses at ≈ 8.3B.
    const r = evaluateScenario(
      aScenario({
        workload: aWorkload({ requestsPerMonth: 50_000 }),
        apiOptions: [small],
        selfHostOptions: [desk, rented],
      }),
      catalog,
    );
    const deskCost = r.selfHost.find((s) => s.id === 'desk')!;
    const rentedCost = r.selfHost.find((s) => s.id === 'rented')!;
    if (!deskCost.feasible || !rentedCost.feasible)
      throw new Error('expected feasible');
    expect(deskCost.cost.usdPerMonth).toBeLessThan(rentedCost.cost.usdPerMonth);
    const pair = r.crossovers.find((c) => c.selfHostId === 'rented')!.crossover;
    if (pair.kind !== 'crosses') throw new Error('expected a crossing');
    expect(
      r.crossovers.find((c) => c.selfHostId === 'desk')!.crossover.kind,
    ).toBe('api-always-cheaper');

    const rec = r.recommendation;
    expect(rec.verdict).toEqual({ kind: 'api', optionId: 'small' });
    expect(rec.alternativeId).toBe('desk');
    expect(rec.comparedSelfHostId).toBe('rented');
    expect(rec.reasons).not.toContain('self-host-never-wins-in-range');
    expect(rec.reasons).toContain('below-crossover');
    expect(rec.flipAtTokensPerMonth).toBeCloseTo(pair.firstTokensPerMonth, 0);
    expect(rec.breakEvenApiUsdPerMonth).toBeCloseTo(
      pair.breakEvenApiUsdPerMonth,
      6,
    );
    expect(rec.whatWouldChange).toContainEqual({
      kind: 'volume',
      tokensPerMonth: pair.firstTokensPerMonth,
      direction: 'up',
    });
    expect(rec.folkRule?.verdict).not.toBe('self-host-never-breaks-even');
    expect(rec.folkRule?.breakEvenApiUsdPerMonth).toBeCloseTo(
      pair.breakEvenApiUsdPerMonth,
      6,
    );
  });

  it('regression: falls back to the cheapest self-hosted option when none crosses', () => {
    const r = evaluateScenario(
      aScenario({
        workload: aWorkload({ requestsPerMonth: 50_000 }),
        apiOptions: [small],
        selfHostOptions: [desk],
      }),
      catalog,
    );
    expect(r.recommendation.comparedSelfHostId).toBe('desk');
    expect(r.recommendation.reasons).toContain('self-host-never-wins-in-range');
    expect(r.recommendation.flipAtTokensPerMonth).toBeNull();
  });
});

describe('recommend: first and stable crossovers', () => {
  // A rented GPU with no fixed costs against an API priced at 1.5× one
  // replica's cost per request at capacity: self-hosting is cheaper in
  // (⅔, 1] replica-capacities, the API again just past the first step, and
  // self-hosting for good from 2 capacities on.
  const probe = evaluateScenario(aScenario(), catalog).selfHost[0]!;
  if (!probe.feasible) throw new Error('expected feasible');
  const cap = probe.requestsPerMonthPerReplica;
  const usdPerRequest = (1.5 * probe.fleet.usdPerReplicaMonth) / cap;
  // 750 in at x + 250 out at 4x per 1M tokens = 1,750x per 1M requests.
  const x = (usdPerRequest * 1e6) / 1750;
  const api = anApiOption({
    id: 'cheap',
    apiModelId: 'api-small',
    usdPerMillionInputTokensOverride: x,
    usdPerMillionOutputTokensOverride: 4 * x,
  });
  const at = (capacities: number) =>
    evaluateScenario(
      aScenario({
        workload: aWorkload({ requestsPerMonth: capacities * cap }),
        apiOptions: [api],
        selfHostOptions: [rented],
      }),
      catalog,
    );
  const crossing = at(1).crossovers[0]!.crossover;
  if (crossing.kind !== 'crosses' || crossing.stableTokensPerMonth === null)
    throw new Error('expected first and stable crossovers');
  const first = crossing.firstTokensPerMonth;
  const stable = crossing.stableTokensPerMonth;

  it('has a first crossover well below the stable one', () => {
    expect(first).toBeCloseTo((2 / 3) * cap * 1000, -3);
    expect(stable).toBeCloseTo(2 * cap * 1000, -3);
  });

  it('regression: above the stable crossover the down flip is the stable crossover, not the first', () => {
    const rec = at(2.5).recommendation;
    // (An overflow hybrid may win overall; the pure comparison is what flips.)
    expect(rec.reasons).toContain('self-host-cheaper-at-volume');
    expect(rec.flipAtTokensPerMonth).toBe(stable);
    expect(rec.stableFlipAtTokensPerMonth).toBe(stable);
    expect(rec.whatWouldChange).toContainEqual({
      kind: 'volume',
      tokensPerMonth: stable,
      direction: 'down',
    });
  });

  it('regression: inside the first self-cheaper interval the down flip is the first crossover', () => {
    const rec = at(0.8).recommendation;
    expect(rec.reasons).toContain('self-host-cheaper-at-volume');
    expect(rec.flipAtTokensPerMonth).toBe(first);
    expect(rec.stableFlipAtTokensPerMonth).toBe(stable);
  });

  it('regression: between the first and stable crossovers with the API cheaper, the up flip is the stable crossover', () => {
    const rec = at(1.2).recommendation;
    expect(rec.reasons).toContain('api-cheaper-at-volume');
    expect(rec.flipAtTokensPerMonth).toBe(stable);
    expect(rec.whatWouldChange).toContainEqual({
      kind: 'volume',
      tokensPerMonth: stable,
      direction: 'up',
    });
  });
});

describe('recommend: hybrids that are pure options in disguise', () => {
  it('regression: never recommends an overflow-spill with 0 % on the API whose saving is only the dropped spare replica', () => {
    // One replica carries the flat load; N+1 adds a spare. Overflow with K = 1
    // sends nothing to the API and "saves" the spare replica.
    const r = evaluateScenario(
      aScenario({ selfHostOptions: [aSelfHostOption({ extraReplicas: 1 })] }),
      catalog,
    );
    const spill = r.hybrids.find((h) => h.patternId === 'overflow-spill')!;
    if (!spill.feasible) throw new Error('expected feasible');
    expect(spill.apiShare).toBeLessThan(0.01);
    expect(spill.usdPerMonth).toBeLessThan(
      r.selfHost[0]!.feasible ? r.selfHost[0]!.cost.usdPerMonth * 0.95 : 0,
    );
    expect(r.recommendation.verdict).toEqual({
      kind: 'self-host',
      optionId: 'self',
    });
    expect(r.recommendation.reasons).not.toContain('hybrid-cheaper');
  });

  it('regression: overflow-spill local share is 1 − API share', () => {
    for (const requestsPerMonth of [1e5, 1e6, 3e7, 1e8]) {
      const r = evaluateScenario(
        aScenario({
          workload: aWorkload({ requestsPerMonth, peakToAverage: 3 }),
        }),
        catalog,
      );
      const spill = r.hybrids.find((h) => h.patternId === 'overflow-spill')!;
      if (!spill.feasible) throw new Error('expected feasible');
      expect(spill.localShare + spill.apiShare).toBe(1);
      expect(spill.localShare).toBe(1 - spill.apiShare);
    }
  });
});
