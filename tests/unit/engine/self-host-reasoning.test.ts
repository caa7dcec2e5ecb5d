import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog';
import { evaluateScenario, evaluateSelfHost } from '../../../src/engine';
import { fixtureData } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
} from '../../fixtures/scenario-builders';

// The fixture's 8B, and the same model marked as a reasoning model.
const small = fixtureData.openModels.find((m) => m.id === 'small-8b')!;
const catalog = loadCatalog({
  ...fixtureData,
  openModels: [
    ...fixtureData.openModels,
    { ...small, id: 'thinker-8b', reasoning: true },
  ],
});
const plain = aSelfHostOption();
const thinker = aSelfHostOption({ id: 'thinker', openModelId: 'thinker-8b' });

describe('reasoning tokens on self-hosted models', () => {
  const w = aWorkload({ reasoningTokensPerRequest: 750 });

  it('regression: a self-hosted reasoning model generates the workload reasoning tokens as extra output', () => {
    const withReasoning = evaluateSelfHost(w, thinker, catalog).result;
    // Same as a non-reasoning model asked for 250 + 750 output tokens.
    const asOutput = evaluateSelfHost(
      aWorkload({ outputTokensPerRequest: 1000 }),
      plain,
      catalog,
    ).result;
    if (!withReasoning.feasible || !asOutput.feasible)
      throw new Error('expected feasible');
    expect(withReasoning.requestsPerMonthPerReplica).toBeCloseTo(
      asOutput.requestsPerMonthPerReplica,
      6,
    );
    expect(withReasoning.latency.endToEndSeconds).toBeCloseTo(
      asOutput.latency.endToEndSeconds,
      9,
    );
    expect(withReasoning.cost.usdPerMonth).toBeCloseTo(
      asOutput.cost.usdPerMonth,
      6,
    );
    // The meter still counts input + output + reasoning per request: 1,750 tokens.
    expect(withReasoning.usdPerMillionTokens).toBeCloseTo(
      (withReasoning.cost.usdPerMonth / (1e6 * 1750)) * 1e6,
      9,
    );
  });

  it('regression: a non-reasoning self-hosted model generates no reasoning tokens', () => {
    const none = evaluateSelfHost(w, plain, catalog).result;
    const base = evaluateSelfHost(aWorkload(), plain, catalog).result;
    const thinking = evaluateSelfHost(w, thinker, catalog).result;
    if (!none.feasible || !base.feasible || !thinking.feasible)
      throw new Error('expected feasible');
    expect(none.requestsPerMonthPerReplica).toBe(
      base.requestsPerMonthPerReplica,
    );
    expect(none.latency.endToEndSeconds).toBe(base.latency.endToEndSeconds);
    expect(thinking.requestsPerMonthPerReplica).toBeLessThan(
      none.requestsPerMonthPerReplica,
    );
    expect(thinking.latency.endToEndSeconds).toBeGreaterThan(
      none.latency.endToEndSeconds,
    );
  });

  it('a reasoning model without reasoning tokens in the workload is unchanged', () => {
    const a = evaluateSelfHost(aWorkload(), thinker, catalog).result;
    const b = evaluateSelfHost(aWorkload(), plain, catalog).result;
    if (!a.feasible || !b.feasible) throw new Error('expected feasible');
    expect(a.cost.usdPerMonth).toBe(b.cost.usdPerMonth);
  });

  it('keeps the scenario token meter at input + output + reasoning', () => {
    const r = evaluateScenario(
      aScenario({ workload: w, selfHostOptions: [thinker] }),
      catalog,
    );
    expect(r.workload.tokensPerRequest).toBe(1750);
  });
});
