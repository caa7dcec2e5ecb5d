import { describe, expect, it } from 'vitest';
import {
  evaluateScenario,
  evaluateSelfHost,
  findCrossover,
  type SelfHostCostModel,
} from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
} from '../../fixtures/scenario-builders';

describe('a capped number of machines (a workstation on a desk)', () => {
  const oneMachine = aSelfHostOption({ maxServingReplicas: 1 });

  it('serves the volume one machine can carry', () => {
    const { result } = evaluateSelfHost(aWorkload(), oneMachine, catalog);
    expect(result.feasible).toBe(true);
  });

  it('says capacity is exceeded beyond it, with the machines needed and the capacity, and keeps its cost curve', () => {
    const { result: one } = evaluateSelfHost(aWorkload(), oneMachine, catalog);
    if (!one.feasible) throw new Error('expected feasible');
    const perMachine = one.requestsPerMonthPerReplica;
    const { result, costModels } = evaluateSelfHost(
      aWorkload({ requestsPerMonth: perMachine * 2.5 }),
      oneMachine,
      catalog,
    );
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    const reason = result.reasons[0];
    expect(reason?.code).toBe('capacity-exceeded');
    if (reason?.code !== 'capacity-exceeded') return;
    expect(reason.servingReplicasNeeded).toBe(3);
    expect(reason.maxServingReplicas).toBe(1);
    expect(reason.capacityTokensPerMonth).toBeCloseTo(perMachine * 1000, 0);
    expect(costModels.length).toBeGreaterThan(0);
  });

  it('ends its cost curve at its capacity and searches crossovers only below it', () => {
    const result = evaluateScenario(
      aScenario({ selfHostOptions: [oneMachine] }),
      catalog,
    );
    const self = result.selfHost[0]!;
    expect(self.feasible).toBe(true);
    const last = result.curve[result.curve.length - 1]!;
    expect(last.usdPerMonthByOption['self']).toBeNull();
    expect(result.curve[0]!.usdPerMonthByOption['self']).not.toBeNull();
  });

  it('regression: no crossover reported past what the machines can carry', () => {
    const capped: SelfHostCostModel = {
      fixedUsdPerMonth: 0,
      usdPerReplicaMonth: 1000,
      variableUsdPerRequest: 0,
      requestsPerMonthPerReplica: 1000,
      extraReplicas: 0,
      maxServingReplicas: 2,
    };
    // API $1.5/request against $1,000 per replica of 1,000 requests, at most 2 replicas:
    // replica 1 crosses at 1,000 / 1.5; replica 2 ($2,000 from 1,000 requests) crosses again at
    // 2,000 / 1.5, and self-hosting stays cheaper up to the capacity of 2,000 requests, where the search ends.
    const c = findCrossover(
      (r) => 1.5 * r,
      [capped],
      1,
      { minTokensPerMonth: 1, maxTokensPerMonth: 1e6 },
      true,
    );
    expect(c.kind).toBe('crosses');
    if (c.kind !== 'crosses') return;
    expect(c.firstTokensPerMonth).toBeCloseTo(1000 / 1.5, 6);
    expect(c.stableTokensPerMonth).toBeCloseTo(2000 / 1.5, 6);
    // Entirely beyond capacity: nothing to compare.
    expect(
      findCrossover(
        (r) => r,
        [capped],
        1,
        { minTokensPerMonth: 5000, maxTokensPerMonth: 1e6 },
        true,
      ).kind,
    ).toBe('not-comparable');
  });
});
