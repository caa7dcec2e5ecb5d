import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog';
import { evaluateScenario, evaluateSelfHost } from '../../../src/engine';
import { fixtureData } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';

/**
 * The same model thinks as long on both sides (issue 11; docs/methods.md
 * §17.1): a self-hosted reasoning model, when the workload takes each
 * model's measured count, generates the hidden tokens of its hosted version.
 */
const p = { source: 'fixture', asOf: '2026-01-01' };
const small = fixtureData.openModels.find((m) => m.id === 'small-8b')!;
const host = fixtureData.apiModels.find((m) => m.id === 'host-small-8b')!;
const catalog = loadCatalog({
  ...fixtureData,
  openModels: [
    ...fixtureData.openModels,
    { ...small, id: 'thinker-8b', reasoning: true },
  ],
  apiModels: [
    ...fixtureData.apiModels,
    {
      ...host,
      id: 'host-thinker-8b',
      name: 'Thinker 8B · Acme Host',
      openModelId: 'thinker-8b',
      reasoning: true,
    },
  ],
  reasoningTokens: [
    {
      apiModelId: 'host-thinker-8b',
      tokensPerRequestByEffort: { default: 3000 },
      defaultEffort: 'default',
      latencyMeasuredAtEffort: 'default',
      basis: 'first-token-delay',
      note: 'fixture',
      ...p,
    },
  ],
});
const thinker = aSelfHostOption({ id: 'thinker', openModelId: 'thinker-8b' });
const plain = aSelfHostOption();
const feasible = (r: ReturnType<typeof evaluateSelfHost>['result']) => {
  if (!r.feasible) throw new Error('expected feasible');
  return r;
};

describe('self-hosted reasoning tokens from the hosted version (§17.1)', () => {
  const measured = aWorkload({
    reasoningTokensSource: 'model-default',
    reasoningTokensPerRequest: 0,
  });

  it('generate the hosted version’s count: as a non-reasoning model asked for that much more output', () => {
    const r = feasible(evaluateSelfHost(measured, thinker, catalog).result);
    const asOutput = feasible(
      evaluateSelfHost(
        aWorkload({ outputTokensPerRequest: 250 + 3000 }),
        plain,
        catalog,
      ).result,
    );
    expect(r.requestsPerMonthPerReplica).toBeCloseTo(
      asOutput.requestsPerMonthPerReplica,
      6,
    );
    expect(r.cost.usdPerMonth).toBeCloseTo(asOutput.cost.usdPerMonth, 6);
  });

  it('raise the self-hosted cost and time over the workload’s zero', () => {
    // Enough traffic for several replicas, so more output per request costs more.
    const busy = { ...measured, requestsPerMonth: 2e7 };
    const withHosted = feasible(
      evaluateSelfHost(busy, thinker, catalog).result,
    );
    const workloadZero = feasible(
      evaluateSelfHost(
        { ...busy, reasoningTokensSource: 'workload' },
        thinker,
        catalog,
      ).result,
    );
    expect(withHosted.cost.usdPerMonth).toBeGreaterThan(
      workloadZero.cost.usdPerMonth,
    );
    expect(withHosted.latency.endToEndSeconds).toBeGreaterThan(
      workloadZero.latency.endToEndSeconds,
    );
  });

  it('are the same count the hosted API option bills', () => {
    const r = evaluateScenario(
      aScenario({
        workload: measured,
        apiOptions: [
          anApiOption({ id: 'hosted', apiModelId: 'host-thinker-8b' }),
        ],
        selfHostOptions: [thinker],
      }),
      catalog,
      { curveSamples: 2 },
    );
    expect(r.api[0]!.reasoning?.tokensPerRequest).toBe(3000);
    const self = feasible(r.selfHost[0]!);
    const same = feasible(
      evaluateSelfHost(
        aWorkload({ outputTokensPerRequest: 250 + 3000 }),
        plain,
        catalog,
      ).result,
    );
    expect(self.requestsPerMonthPerReplica).toBeCloseTo(
      same.requestsPerMonthPerReplica,
      6,
    );
  });

  it('a model with no hosted version, or a workload that sets its own count, keeps the workload’s count', () => {
    const other = loadCatalog({
      ...fixtureData,
      openModels: [
        ...fixtureData.openModels,
        { ...small, id: 'thinker-8b', reasoning: true },
      ],
    });
    const w = aWorkload({
      reasoningTokensSource: 'model-default',
      reasoningTokensPerRequest: 750,
    });
    const asOutput = feasible(
      evaluateSelfHost(
        aWorkload({ outputTokensPerRequest: 250 + 750 }),
        plain,
        other,
      ).result,
    );
    const noHost = feasible(evaluateSelfHost(w, thinker, other).result);
    expect(noHost.cost.usdPerMonth).toBeCloseTo(asOutput.cost.usdPerMonth, 6);
    const own = feasible(
      evaluateSelfHost(
        { ...w, reasoningTokensSource: 'workload' },
        thinker,
        catalog,
      ).result,
    );
    expect(own.cost.usdPerMonth).toBeCloseTo(asOutput.cost.usdPerMonth, 6);
  });
});
