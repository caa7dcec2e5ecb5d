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
