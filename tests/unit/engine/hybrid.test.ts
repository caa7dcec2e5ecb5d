import { describe, expect, it } from 'vitest';
import {
  evaluateScenario,
  evaluateSelfHost,
  hourlyShape,
  overflowShare,
  type HybridResult,
  type ScenarioResult,
} from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';

type Feasible = Extract<HybridResult, { feasible: true }>;
const pattern = (r: ScenarioResult, id: HybridResult['patternId']) => {
  const h = r.hybrids.find((x) => x.patternId === id);
  if (!h || !h.feasible) throw new Error(`${id} not feasible`);
  return h as Feasible;
};
const selfCostAt = (requestsPerMonth: number, extra = {}) => {
  const r = evaluateSelfHost(
    aWorkload({ requestsPerMonth }),
    aSelfHostOption(extra),
    catalog,
  ).result;
  if (!r.feasible) throw new Error('infeasible');
  return r;
};

describe('hybrid patterns', () => {
  it('tiered routing at 50 %: half the requests on the GPU, half on a $4/1M-token API', () => {
    const result = evaluateScenario(
      aScenario({ hybrid: { tieredLocalShare: 0.5 } }),
      catalog,
    );
    const h = pattern(result, 'tiered-routing');
    // 500k requests on one $1,460 GPU, 500k × $0.004 = $2,000 on the API.
    expect(h.usdPerMonth).toBeCloseTo(1460 + 2000, 6);
    expect(h.localShare).toBe(0.5);
    expect(h.apiShare).toBe(0.5);
    expect(h.parameterSource).toBe('input');
    const local = selfCostAt(500_000).latency.endToEndSeconds;
    const api = result.api[0]!.latency.endToEndSeconds;
    expect(h.expectedEndToEndSeconds).toBeCloseTo(0.5 * local + 0.5 * api, 9);
  });

  it('fallback chain: escalated requests pay the GPU and the API, and wait for both', () => {
    const result = evaluateScenario(
      aScenario({ hybrid: { fallbackEscalationShare: 0.2 } }),
      catalog,
    );
    const h = pattern(result, 'fallback-chain');
    expect(h.usdPerMonth).toBeCloseTo(1460 + 0.2 * 4000, 6);
    const self = result.selfHost[0]!;
    if (!self.feasible) throw new Error('infeasible');
    const local = self.latency.endToEndSeconds;
    const api = result.api[0]!.latency.endToEndSeconds;
    expect(h.expectedEndToEndSeconds).toBeCloseTo(local + 0.2 * api, 9);
    expect(h.localShare).toBeCloseTo(0.8, 12);
  });

  it('dev/prod split: dev traffic on a deployment without redundancy and with light ops', () => {
    const ops = {
      fteShare: 0.25,
      usdPerFteMonth: 20_000,
      monitoringUsdPerMonth: 0,
      networkingAndStorageUsdPerMonth: 0,
      fineTuningUsdPerMonth: 0,
    };
    const result = evaluateScenario(
      aScenario({
        selfHostOptions: [aSelfHostOption({ ops, extraReplicas: 1 })],
        hybrid: { devShare: 0.1 },
      }),
      catalog,
    );
    const h = pattern(result, 'dev-prod-split');
    // One GPU, 0.05 FTE ($1,000), no N+1; 90 % of $4,000 on the API.
    expect(h.localUsdPerMonth).toBeCloseTo(1460 + 1000, 6);
    expect(h.apiUsdPerMonth).toBeCloseTo(3600, 6);
  });

  it('overflow/spill picks the cheapest number of always-on replicas and sends the hourly excess to the API', () => {
    const base = selfCostAt(1_000_000);
    const perReplica = base.requestsPerMonthPerReplica;
    const workload = aWorkload({
      requestsPerMonth: perReplica * 3.5,
      peakToAverage: 2,
    });
    const result = evaluateScenario(
      aScenario({
        workload,
        apiOptions: [
          anApiOption({
            usdPerMillionInputTokensOverride: 0.5,
            usdPerMillionOutputTokensOverride: 0.5,
          }),
        ],
      }),
      catalog,
    );
    const h = pattern(result, 'overflow-spill');
    expect(h.parameterSource).toBe('optimised');
    const k = h.parameter;
    const peakReplicas = Math.ceil((perReplica * 3.5) / (perReplica / 2));
    expect(k).toBeGreaterThanOrEqual(1);
    expect(k).toBeLessThanOrEqual(peakReplicas);
    const shape = hourlyShape(2);
    const mean = workload.requestsPerMonth / 2_628_000;
    const capacity = (k * perReplica * 2) / 2_628_000;
    const over = overflowShare(
      shape.map((s) => s * mean),
      capacity,
    );
    expect(h.apiShare).toBeCloseTo(over, 12);
    expect(h.localUsdPerMonth).toBeCloseTo(k * 1460, 6);
    // Never dearer than either pure option at its best K.
    const pureSelf = result.selfHost[0]!;
    if (!pureSelf.feasible) throw new Error('infeasible');
    expect(h.usdPerMonth).toBeLessThanOrEqual(
      Math.min(pureSelf.cost.usdPerMonth, result.api[0]!.cost.usdPerMonth) +
        1e-6,
    );
  });

  it('privacy split is not applicable without a sensitive share', () => {
    const result = evaluateScenario(aScenario(), catalog);
    const h = result.hybrids.find((x) => x.patternId === 'privacy-split')!;
    expect(h.feasible).toBe(false);
    if (!h.feasible) expect(h.reason).toBe('no-sensitive-share');
  });

  it('reports every pattern as infeasible, with the reason, when nothing self-hosted fits', () => {
    const result = evaluateScenario(
      aScenario({
        selfHostOptions: [
          aSelfHostOption({ openModelId: 'mid-70b', gpusPerReplica: 1 }),
        ],
      }),
      catalog,
    );
    expect(result.hybrids.every((h) => !h.feasible)).toBe(true);
  });
});

describe('recommendation with hybrids', () => {
  it('recommends the privacy split when a sensitive share must stay local and the API is far cheaper per request', () => {
    const base = selfCostAt(1_000_000);
    const requests = base.requestsPerMonthPerReplica * 10;
    const result = evaluateScenario(
      aScenario({
        workload: aWorkload({ requestsPerMonth: requests }),
        apiOptions: [
          anApiOption({
            usdPerMillionInputTokensOverride: 0.01,
            usdPerMillionOutputTokensOverride: 0.01,
          }),
        ],
        hybrid: { sensitiveShare: 0.3 },
      }),
      catalog,
    );
    const h = pattern(result, 'privacy-split');
    const local = selfCostAt(0.3 * requests).cost.usdPerMonth;
    expect(h.usdPerMonth).toBeCloseTo(
      local + (0.7 * requests * 1000 * 0.01) / 1e6,
      6,
    );
    expect(result.recommendation.verdict).toEqual({
      kind: 'hybrid',
      patternId: 'privacy-split',
      apiOptionId: 'api',
      selfHostOptionId: 'self',
    });
    expect(result.recommendation.reasons).toContain('privacy-split-required');
    expect(result.recommendation.reasons).toContain(
      'sensitive-share-must-stay-local',
    );
  });

  it('never recommends a pure API option when a sensitive share must stay local', () => {
    const result = evaluateScenario(
      aScenario({
        workload: aWorkload({ requestsPerMonth: 10_000 }),
        hybrid: { sensitiveShare: 0.5 },
      }),
      catalog,
    );
    expect(result.recommendation.verdict.kind).not.toBe('api');
  });

  it('does not recommend a hybrid whose knob is only a default', () => {
    const result = evaluateScenario(aScenario(), catalog);
    expect(pattern(result, 'tiered-routing').parameterSource).toBe('default');
    expect(result.recommendation.verdict.kind).toBe('self-host');
  });
});

describe('the $2K/month rule and what would change the answer', () => {
  const ops = {
    fteShare: 0.25,
    usdPerFteMonth: 20_000,
    monitoringUsdPerMonth: 200,
    networkingAndStorageUsdPerMonth: 100,
    fineTuningUsdPerMonth: 0,
  };

  it('puts the folk rule below a deployment with people and N+1 ($5,300 + 2 × $1,460)', () => {
    const result = evaluateScenario(
      aScenario({
        workload: aWorkload({ requestsPerMonth: 100_000 }),
        selfHostOptions: [aSelfHostOption({ ops, extraReplicas: 1 })],
      }),
      catalog,
    );
    const f = result.recommendation.folkRule!;
    expect(f.folkRuleApiUsdPerMonth).toBe(2000);
    expect(f.minimalDeploymentUsdPerMonth).toBeCloseTo(5300 + 2 * 1460, 6);
    expect(f.fixedUsdPerMonth).toBeCloseTo(5300, 6);
    expect(f.oneGpuUsdPerMonth).toBeCloseTo(1460, 6);
    expect(f.breakEvenApiUsdPerMonth).toBeCloseTo(5300 + 2 * 1460, 6);
    expect(f.verdict).toBe('folk-rule-too-low');
    expect(f.userApiUsdPerMonth).toBeCloseTo(400, 6);
  });

  it('says a bare GPU with no people breaks even below $2K', () => {
    const result = evaluateScenario(aScenario(), catalog);
    expect(result.recommendation.folkRule?.verdict).toBe('folk-rule-too-high');
  });

  it('gives the API price factor, hardware price factor and ops share at which the costs meet', () => {
    const scenario = aScenario({
      workload: aWorkload({ requestsPerMonth: 2_000_000 }),
      selfHostOptions: [aSelfHostOption({ ops })],
    });
    const result = evaluateScenario(scenario, catalog);
    const changes = result.recommendation.whatWouldChange;
    const self = result.selfHost[0]!;
    if (!self.feasible) throw new Error('infeasible');
    const api = result.api[0]!;
    const apiFactor = changes.find((c) => c.kind === 'api-price-factor');
    expect(
      apiFactor?.kind === 'api-price-factor' && apiFactor.factor,
    ).toBeCloseTo(self.cost.usdPerMonth / api.cost.usdPerMonth, 12);
    const ops2 = changes.find((c) => c.kind === 'ops-fte-share');
    if (ops2?.kind !== 'ops-fte-share') throw new Error('expected ops flip');
    const flipped = evaluateScenario(
      {
        ...scenario,
        selfHostOptions: [
          aSelfHostOption({ ops: { ...ops, fteShare: ops2.fteShare } }),
        ],
      },
      catalog,
    );
    const s2 = flipped.selfHost[0]!;
    if (!s2.feasible) throw new Error('infeasible');
    expect(s2.cost.usdPerMonth).toBeCloseTo(api.cost.usdPerMonth, 6);
    const hw = changes.find((c) => c.kind === 'hardware-price-factor');
    if (hw?.kind !== 'hardware-price-factor') throw new Error('expected hw');
    const hwFlipped = evaluateScenario(
      {
        ...scenario,
        selfHostOptions: [
          aSelfHostOption({
            ops,
            procurement: {
              kind: 'cloud',
              pricing: 'on-demand',
              usdPerGpuHour: 2 * hw.factor,
              reservedDiscount: 0.35,
              spotDiscount: 0.55,
            },
          }),
        ],
      },
      catalog,
    ).selfHost[0]!;
    if (!hwFlipped.feasible) throw new Error('infeasible');
    expect(hwFlipped.cost.usdPerMonth).toBeCloseTo(api.cost.usdPerMonth, 6);
  });

  it('names the privacy rules that rule out the cheapest API', () => {
    const result = evaluateScenario(
      aScenario({
        workload: aWorkload({ requestsPerMonth: 10_000 }),
        privacyRuleIds: ['air-gapped'],
      }),
      catalog,
    );
    expect(result.recommendation.whatWouldChange).toContainEqual({
      kind: 'privacy-rules',
      ruleIds: ['air-gapped'],
    });
  });
});
