import { describe, expect, it } from 'vitest';
import {
  estimateApiCost,
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
  anApiOption,
} from '../../fixtures/scenario-builders';

const apiBig = catalog.byId.apiModels['api-big']!;
const apiThinker = catalog.byId.apiModels['api-thinker']!;

describe('estimateApiCost', () => {
  it('charges 1M requests of 750 in × $2 and 250 out × $10 per 1M tokens $4,000 a month', () => {
    const r = estimateApiCost(aWorkload(), apiBig, anApiOption());
    expect(r.cost.usdPerMonth).toBeCloseTo(4000, 6);
    expect(r.usdPerRequest).toBeCloseTo(0.004, 9);
    expect(r.usdPerMillionTokens).toBeCloseTo(4, 9);
  });

  it('halves the batchable share at the batch multiplier', () => {
    const r = estimateApiCost(
      aWorkload({ batchableShare: 0.5 }),
      apiBig,
      anApiOption({ useBatch: true }),
    );
    expect(r.cost.usdPerMonth).toBeCloseTo(4000 * 0.75, 6);
  });

  it('bills reasoning tokens at the output price only for reasoning models', () => {
    const w = aWorkload({ reasoningTokensPerRequest: 1000 });
    expect(
      estimateApiCost(w, apiBig, anApiOption()).cost.usdPerMonth,
    ).toBeCloseTo(4000, 6);
    // thinker: 750 × $10 + (250 + 1000) × $40 per 1M, × 1M requests = 7,500 + 50,000
    expect(
      estimateApiCost(w, apiThinker, anApiOption({ apiModelId: 'api-thinker' }))
        .cost.usdPerMonth,
    ).toBeCloseTo(57_500, 6);
  });

  it('prices a cached prefix at the read price on hits and the write price on misses', () => {
    const w = aWorkload({ cacheablePrefixTokens: 500 });
    expect(estimateApiCost(w, apiBig, anApiOption()).cacheHitRate).toBe(0);
    expect(estimateApiCost(w, apiBig, anApiOption()).warnings).toContain(
      'prefix-too-short-to-cache',
    );
    const cached = estimateApiCost(
      aWorkload({ inputTokensPerRequest: 3000, cacheablePrefixTokens: 2000 }),
      apiBig,
      anApiOption(),
    );
    // 1M requests a month is 0.38 req/s: the 5-minute cache is always warm, hit ≈ 0.9 after routing losses.
    expect(cached.cacheHitRate).toBeCloseTo(0.9, 3);
    const hit = cached.cacheHitRate;
    const expected =
      (1e6 * (1000 * 2 + 2000 * (hit * 0.2 + (1 - hit) * 2.5) + 250 * 10)) /
      1e6;
    expect(cached.cost.usdPerMonth).toBeCloseTo(expected, 6);
  });

  it('says which rate limit binds and what share is rejected', () => {
    // 1M requests/month, flat profile: 0.38 req/s → 34 req/min at 1.5 burst; 1,000 tokens each → 34k TPM: fine.
    const fine = estimateApiCost(aWorkload(), apiBig, anApiOption());
    expect(fine.rateLimit.kind).toBe('checked');
    if (fine.rateLimit.kind === 'checked')
      expect(fine.rateLimit.rejectedShare).toBe(0);
    // 100M requests/month: 38 req/s, cap is min(600 RPM, 600k TPM / 1,000) = 600 req/min = 6.67 req/s after burst.
    const busy = estimateApiCost(
      aWorkload({ requestsPerMonth: 1e8 }),
      apiBig,
      anApiOption(),
    );
    expect(busy.rateLimit.kind).toBe('checked');
    if (busy.rateLimit.kind !== 'checked') return;
    expect(busy.rateLimit.binding).toBe('requests per minute');
    expect(busy.rateLimit.rejectedShare).toBeCloseTo(
      1 - 600 / 60 / 1.5 / (1e8 / 2_628_000),
      6,
    );
    expect(busy.warnings).toContain('rate-limit-exceeded');
  });

  it('reports zero volume without dividing by zero', () => {
    const r = estimateApiCost(
      aWorkload({ requestsPerMonth: 0 }),
      apiBig,
      anApiOption(),
    );
    expect(r.cost.usdPerMonth).toBe(0);
    expect(r.usdPerMillionTokens).toBeNull();
    expect(r.warnings).toContain('zero-volume');
  });
});

describe('evaluateSelfHost', () => {
  it('rents one GPU at $2/h for 730 h: $1,460 a month', () => {
    const { result } = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption(),
      catalog,
    );
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    expect(result.replicas).toBe(1);
    expect(result.cost.usdPerMonth).toBeCloseTo(1460, 6);
  });

  it('adds people, monitoring and an N+1 replica', () => {
    const option = aSelfHostOption({
      extraReplicas: 1,
      ops: {
        fteShare: 0.25,
        usdPerFteMonth: 20_000,
        monitoringUsdPerMonth: 200,
        networkingAndStorageUsdPerMonth: 150,
        fineTuningUsdPerMonth: 0,
      },
    });
    const { result } = evaluateSelfHost(aWorkload(), option, catalog);
    if (!result.feasible) throw new Error('expected feasible');
    expect(result.cost.usdPerMonth).toBeCloseTo(2 * 1460 + 5000 + 200 + 150, 6);
  });

  it('says a 70B model in BF16 does not fit one 80 GB GPU, with the numbers, and never switches hardware', () => {
    const { result } = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption({ openModelId: 'mid-70b' }),
      catalog,
    );
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.reasons[0]?.code).toBe('model-does-not-fit');
  });

  it('fits the 70B model by splitting it over GPUs when asked for "auto"', () => {
    // 140 GB of BF16 weights; each GPU offers 80 GiB × 0.9 − 2 GB = 75.3 GB
    // (memory counted in GiB, docs/methods.md §20.2), so one GPU is too small
    // and two leave ≈ 10 GB for the KV cache, as vLLM runs it at TP 2.
    const { result } = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption({ openModelId: 'mid-70b', gpusPerReplica: 'auto' }),
      catalog,
    );
    if (!result.feasible) throw new Error('expected feasible');
    expect(result.memory.gpusPerReplica).toBe(2);
    expect(result.cost.usdPerMonth).toBeCloseTo(2 * 1460, 6);
  });

  it('adds replicas as volume grows past one replica’s capacity', () => {
    const small = evaluateSelfHost(aWorkload(), aSelfHostOption(), catalog);
    if (!small.result.feasible) throw new Error('expected feasible');
    const perReplica = small.result.requestsPerMonthPerReplica;
    const big = evaluateSelfHost(
      aWorkload({ requestsPerMonth: perReplica * 2.5 }),
      aSelfHostOption(),
      catalog,
    );
    if (!big.result.feasible) throw new Error('expected feasible');
    expect(big.result.replicas).toBe(3);
  });

  it('rejects an engine on hardware it does not run on', () => {
    const { result } = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption({ hardwareId: 'desk-box' }),
      catalog,
    );
    expect(result.feasible).toBe(false);
    if (!result.feasible)
      expect(result.reasons[0]?.code).toBe('engine-hardware-mismatch');
  });

  it('reports an unreachable required speed target as infeasible with the best achievable speed', () => {
    const { result } = evaluateSelfHost(
      aWorkload({
        latencyTargets: {
          minOutputTokensPerSecond: 10_000,
          strength: 'required',
        },
      }),
      aSelfHostOption(),
      catalog,
    );
    expect(result.feasible).toBe(false);
    if (!result.feasible)
      expect(result.reasons[0]?.code).toBe('latency-target-unreachable');
  });
});

describe('findCrossover', () => {
  const staircase: SelfHostCostModel = {
    fixedUsdPerMonth: 1000,
    usdPerReplicaMonth: 1000,
    variableUsdPerRequest: 0,
    requestsPerMonthPerReplica: 1000,
    extraReplicas: 0,
  };
  const range = { minTokensPerMonth: 1, maxTokensPerMonth: 1e6 };

  it('solves the first replica exactly: ($1,000 + $1,000) / $10 per request = 200 requests', () => {
    const c = findCrossover((r) => 10 * r, [staircase], 1, range, true);
    expect(c.kind).toBe('crosses');
    if (c.kind !== 'crosses') return;
    expect(c.firstTokensPerMonth).toBeCloseTo(200, 9);
    expect(c.stableTokensPerMonth).toBeCloseTo(200, 9);
    expect(c.breakEvenApiUsdPerMonth).toBeCloseTo(2000, 6);
  });

  it('says self-hosting never wins when its marginal cost per request exceeds the API’s', () => {
    const c = findCrossover((r) => 0.5 * r, [staircase], 1, range, true);
    expect(c.kind).toBe('api-always-cheaper');
    if (c.kind === 'api-always-cheaper') expect(c.selfHostNeverWins).toBe(true);
  });

  it('a staircase that only touches the API line at its step corners is a tie, not a crossing', () => {
    // $30 a replica of 100 requests against an API at 0.1 × 3 = 0.30000000000000004 $/request: at every
    // corner (100 k requests) the API is dearer by float rounding alone (≈ 4e-15 × the bill), and just
    // after it the next replica puts self-hosting $30 above the API again.
    const corners: SelfHostCostModel = {
      fixedUsdPerMonth: 0,
      usdPerReplicaMonth: 30,
      variableUsdPerRequest: 0,
      requestsPerMonthPerReplica: 100,
      extraReplicas: 0,
    };
    const usdPerRequest = 0.1 * 3;
    expect(usdPerRequest * 100 - 30).toBeGreaterThan(0);
    // 1,000 steps: under MAX_CROSSOVER_BREAKPOINTS, so the exact staircase is walked, not the log grid.
    const exact = { minTokensPerMonth: 1, maxTokensPerMonth: 1e5 };
    const c = findCrossover(
      (r) => usdPerRequest * r,
      [corners],
      1,
      exact,
      true,
    );
    expect(c.kind).toBe('api-always-cheaper');
    if (c.kind === 'api-always-cheaper') expect(c.selfHostNeverWins).toBe(true);
  });

  it('regression: crossover lost when replicas step from 1 to 2 — finds the one in the second step', () => {
    // API $1.9/request: replica 1 covers ≤1,000 requests (cost ≤ $1,900 < $2,000); replica 2 starts at $3,000.
    // Second step: 1.9 R = 3,000 → R = 1,578.9 (inside (1,000, 2,000]).
    const c = findCrossover((r) => 1.9 * r, [staircase], 1, range, true);
    expect(c.kind).toBe('crosses');
    if (c.kind !== 'crosses') return;
    expect(c.firstTokensPerMonth).toBeCloseTo(3000 / 1.9, 6);
    // The third step ($4,000 from 2,000 requests) hands the lead back to the API ($3,800) until 4,000 / 1.9;
    // from then on every step starts below the API line, so that is where self-hosting stays cheaper.
    expect(c.stableTokensPerMonth).toBeCloseTo(4000 / 1.9, 6);
  });

  it('finds a first crossover that the next step takes back, and a later stable one', () => {
    // API $1.2/request; step k covers (1,000 (k−1), 1,000 k] at $1,000 (k + 1).
    // The API line passes a step's cost inside the step when 1,200 k > 1,000 (k + 1) → k ≥ 6: first at 7,000 / 1.2.
    // A step starts below the API line when 1,200 (k − 1) > 1,000 (k + 1) → k ≥ 12; step 11 crosses at 12,000 / 1.2.
    const c = findCrossover((r) => 1.2 * r, [staircase], 1, range, true);
    expect(c.kind).toBe('crosses');
    if (c.kind !== 'crosses') return;
    expect(c.firstTokensPerMonth).toBeCloseTo(7000 / 1.2, 6);
    expect(c.stableTokensPerMonth).toBeCloseTo(12000 / 1.2, 6);
  });

  it('is not comparable when no self-hosted configuration fits', () => {
    expect(findCrossover((r) => r, [], 1, range, true).kind).toBe(
      'not-comparable',
    );
  });
});

describe('evaluateScenario', () => {
  it('puts the crossover of a $4/1M-token API and a $1,460 GPU at 365 M tokens a month', () => {
    const result = evaluateScenario(aScenario(), catalog);
    const pair = result.crossovers[0]!;
    expect(pair.crossover.kind).toBe('crosses');
    if (pair.crossover.kind !== 'crosses') return;
    expect(pair.crossover.firstTokensPerMonth).toBeCloseTo(365e6, 0);
    expect(pair.crossover.breakEvenApiUsdPerMonth).toBeCloseTo(1460, 6);
  });

  it('recommends the API below the crossover and self-hosting above it', () => {
    const below = evaluateScenario(
      aScenario({ workload: aWorkload({ requestsPerMonth: 100_000 }) }),
      catalog,
    );
    expect(below.recommendation.verdict.kind).toBe('api');
    expect(below.recommendation.flipAtTokensPerMonth).toBeCloseTo(365e6, 0);
    const above = evaluateScenario(
      aScenario({ workload: aWorkload({ requestsPerMonth: 1_000_000 }) }),
      catalog,
    );
    expect(above.recommendation.verdict.kind).toBe('self-host');
    expect(above.recommendation.reasons).toContain('above-crossover');
  });

  it('flags comparisons across quality tiers', () => {
    const result = evaluateScenario(aScenario(), catalog);
    const c = result.crossovers[0]!.crossover;
    expect(c.kind === 'crosses' && c.likeForLike).toBe(false);
    expect(result.recommendation.caveats).toContain('not-like-for-like');
  });

  it('excludes APIs whose provider lacks a BAA when HIPAA is ticked, and all APIs when air-gapped', () => {
    const scenario = aScenario({
      workload: aWorkload({ requestsPerMonth: 10_000 }),
      apiOptions: [
        anApiOption(),
        anApiOption({ id: 'thinker', apiModelId: 'api-thinker' }),
      ],
      privacyRuleIds: ['hipaa'],
    });
    const hipaa = evaluateScenario(scenario, catalog);
    expect(
      hipaa.privacy.options.find((o) => o.optionId === 'api')?.status,
    ).toBe('excluded');
    expect(
      hipaa.privacy.options.find((o) => o.optionId === 'thinker')?.status,
    ).toBe('allowed');
    // Air-gapped: only your own hardware complies (rented cloud GPUs are excluded too).
    const airGapped = evaluateScenario(
      {
        ...scenario,
        selfHostOptions: [
          aSelfHostOption({
            procurement: {
              kind: 'owned',
              capexUsdPerGpu: 30_000,
              amortisationMonths: 36,
              residualShare: 0.2,
              costOfCapitalAnnual: 0.08,
              electricityUsdPerKwh: 0.1,
              pue: 1.3,
              hostingUsdPerKwMonth: 150,
            },
          }),
        ],
        privacyRuleIds: ['air-gapped'],
      },
      catalog,
    );
    expect(airGapped.recommendation.verdict.kind).toBe('self-host');
    expect(airGapped.recommendation.reasons).toContain(
      'privacy-requires-local',
    );
  });

  it('draws 200 log-spaced points from 1 M to 100 B tokens with a cost for every option', () => {
    const result = evaluateScenario(aScenario(), catalog);
    expect(result.curve).toHaveLength(200);
    expect(result.curve[0]!.tokensPerMonth).toBeCloseTo(1e6, 0);
    expect(result.curve[199]!.tokensPerMonth).toBeCloseTo(1e11, -3);
    expect(result.curve[0]!.usdPerMonthByOption['api']).toBeCloseTo(4, 9);
    expect(result.curve[0]!.usdPerMonthByOption['self']).toBeCloseTo(1460, 6);
  });
});
