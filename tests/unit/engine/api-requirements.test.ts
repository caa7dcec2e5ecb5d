import { describe, expect, it } from 'vitest';
import { catalog as realCatalog, loadCatalog } from '../../../src/catalog';
import {
  estimateApiCost,
  evaluateScenario,
  rateLimitTierFor,
  type Scenario,
} from '../../../src/engine';
import { fixtureData } from '../../fixtures/catalog.fixture';
import {
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';

/**
 * Directions of ADR 17 (docs/methods.md §17.1, §17.4, §17.2, §17.3): hidden
 * reasoning tokens raise an API's cost and first-token time; a required
 * latency target excludes what misses it on either side, a preferred one
 * only caveats; a higher spend reaches a higher tier and rejects less.
 */
const p = { source: 'fixture', asOf: '2026-01-01' };
const catalog = loadCatalog({
  ...fixtureData,
  reasoningTokens: [
    {
      apiModelId: 'api-thinker',
      tokensPerRequestByEffort: { none: 0, medium: 2000, high: 8000 },
      defaultEffort: 'medium',
      latencyMeasuredAtEffort: 'medium',
      basis: 'first-token-delay',
      note: 'fixture',
      ...p,
    },
  ],
  rateLimitTiers: [1, 2, 3].map((rank) => ({
    providerId: 'acme',
    tier: `Tier ${rank}`,
    rank,
    qualifyingSpendUsd: [0, 1000, 10_000][rank - 1]!,
    minDaysSinceFirstPayment: 0,
    requestsPerMinuteMultiplier: [1, 10, 100][rank - 1]!,
    tokensPerMinuteMultiplier: [1, 10, 100][rank - 1]!,
    ...p,
  })),
});

function scenario(over: Partial<Scenario> = {}): Scenario {
  return {
    workload: aWorkload({ reasoningTokensSource: 'model-default' }),
    apiOptions: [anApiOption({ id: 'think', apiModelId: 'api-thinker' })],
    selfHostOptions: [],
    privacyRuleIds: [],
    volumeRange: { minTokensPerMonth: 1e6, maxTokensPerMonth: 1e11 },
    ...over,
  };
}
const api = (s: Scenario, id = 'think') =>
  evaluateScenario(s, catalog, { curveSamples: 2 }).api.find(
    (a) => a.id === id,
  )!;

describe('reasoning tokens (§17.1)', () => {
  it("bill the model's measured hidden tokens as output and delay the first token", () => {
    const without = api(
      scenario({ workload: aWorkload({ reasoningTokensSource: 'workload' }) }),
    );
    const withDefault = api(scenario());
    expect(withDefault.reasoning?.tokensPerRequest).toBe(2000);
    expect(withDefault.reasoning?.source).toBe('model-default');
    expect(withDefault.cost.usdPerMonth).toBeGreaterThan(
      without.cost.usdPerMonth,
    );
    expect(withDefault.latency.timeToFirstTokenSeconds).toBeGreaterThan(
      without.latency.timeToFirstTokenSeconds,
    );
  });

  it('a higher effort thinks longer and costs more; a per-option count overrides every default', () => {
    const medium = api(scenario());
    const high = api(
      scenario({
        apiOptions: [
          anApiOption({
            id: 'think',
            apiModelId: 'api-thinker',
            reasoningEffort: 'high',
          }),
        ],
      }),
    );
    const own = api(
      scenario({
        apiOptions: [
          anApiOption({
            id: 'think',
            apiModelId: 'api-thinker',
            reasoningTokensPerRequest: 0,
          }),
        ],
      }),
    );
    expect(high.cost.usdPerMonth).toBeGreaterThan(medium.cost.usdPerMonth);
    expect(own.reasoning?.source).toBe('option');
    expect(own.cost.usdPerMonth).toBeLessThan(medium.cost.usdPerMonth);
  });

  it('leave a model without reasoning alone', () => {
    const s = scenario({ apiOptions: [anApiOption({ id: 'big' })] });
    const a = api(s, 'big');
    const b = api(
      { ...s, workload: aWorkload({ reasoningTokensSource: 'workload' }) },
      'big',
    );
    expect(a.cost.usdPerMonth).toBe(b.cost.usdPerMonth);
  });

  it('raise gpt-5-mini’s bill and first token on the real catalog (RAG-like request)', () => {
    const w = aWorkload({
      inputTokensPerRequest: 3600,
      outputTokensPerRequest: 400,
    });
    const model = realCatalog.byId.apiModels['gpt-5-mini']!;
    const s: Scenario = {
      ...scenario({
        workload: { ...w, reasoningTokensSource: 'model-default' },
      }),
      apiOptions: [anApiOption({ id: 'm', apiModelId: 'gpt-5-mini' })],
    };
    const r = evaluateScenario(s, realCatalog, { curveSamples: 2 }).api[0]!;
    const zero = estimateApiCost(
      w,
      model,
      anApiOption({ apiModelId: 'gpt-5-mini' }),
    );
    expect(r.reasoning?.tokensPerRequest).toBeGreaterThan(0);
    expect(r.cost.usdPerMonth).toBeGreaterThan(zero.cost.usdPerMonth);
    expect(r.latency.timeToFirstTokenSeconds).toBeGreaterThan(
      zero.latency.timeToFirstTokenSeconds -
        model.latency!.timeToFirstTokenSeconds +
        1,
    );
  });
});

describe('requirements bind both sides alike (§17.3)', () => {
  // api-thinker thinks 2,000 tokens at 80 tokens/s (no measurement): 25 s to its first token.
  const targets = (strength: 'required' | 'preferred', p95 = false) =>
    aWorkload({
      reasoningTokensSource: 'model-default',
      latencyTargets: {
        maxTimeToFirstTokenSeconds: 2,
        strength,
        ...(p95 ? { percentile: 'p95' as const } : {}),
      },
    });
  const both = (strength: 'required' | 'preferred') =>
    evaluateScenario(
      scenario({
        workload: targets(strength),
        apiOptions: [
          anApiOption({ id: 'think', apiModelId: 'api-thinker' }),
          anApiOption({ id: 'big' }),
        ],
      }),
      catalog,
      { curveSamples: 2 },
    );

  it('a required target excludes an API that misses it, with the reason; the verdict is the cheapest that meets it', () => {
    const r = both('required');
    const think = r.requirements!.options.find((o) => o.optionId === 'think')!;
    expect(think.excluded).toContainEqual(
      expect.objectContaining({
        code: 'latency',
        metric: 'time-to-first-token',
        target: 2,
      }),
    );
    expect(r.requirements!.excludedIds).toContain('think');
    expect(r.requirements!.excludedIds).not.toContain('big');
    expect(r.recommendation.verdict).toEqual({ kind: 'api', optionId: 'big' });
    expect(r.recommendation.reasons).toContain('latency-requirement-excludes');
  });

  it('a preferred target only caveats it', () => {
    const r = both('preferred');
    const think = r.requirements!.options.find((o) => o.optionId === 'think')!;
    expect(think.excluded).toEqual([]);
    expect(think.caveats.map((c) => c.code)).toContain('latency');
    expect(r.requirements!.excludedIds).toEqual([]);
  });

  it('a required target excludes a self-hosted option that misses it too', () => {
    const w = aWorkload({
      latencyTargets: {
        maxTimeToFirstTokenSeconds: 1e-4,
        strength: 'required',
      },
    });
    const r = evaluateScenario(
      scenario({
        workload: w,
        apiOptions: [anApiOption({ id: 'big' })],
        selfHostOptions: [aSelfHostOption()],
      }),
      catalog,
      { curveSamples: 2 },
    );
    expect(r.requirements!.excludedIds).toContain('self');
    expect(r.recommendation.verdict).not.toEqual(
      expect.objectContaining({ kind: 'self-host' }),
    );
  });

  it('a p95 target is never easier to meet than the same target at p50, on either side', () => {
    const at = (p95: boolean) =>
      evaluateScenario(
        scenario({
          workload: { ...targets('preferred', p95), requestsPerMonth: 5e6 },
          apiOptions: [anApiOption({ id: 'big' })],
          selfHostOptions: [aSelfHostOption()],
        }),
        catalog,
        { curveSamples: 2 },
      ).requirements!.options;
    const count = (o: ReturnType<typeof at>) =>
      o.reduce((n, x) => n + x.caveats.length, 0);
    expect(count(at(true))).toBeGreaterThanOrEqual(count(at(false)));
    const big = api(
      scenario({ apiOptions: [anApiOption({ id: 'big' })] }),
      'big',
    );
    expect(big.latency.p95!.timeToFirstTokenSeconds).toBeGreaterThan(
      big.latency.timeToFirstTokenSeconds,
    );
  });
});

describe('rate limits at the user’s scale (§17.4)', () => {
  const base = catalog.byId.apiModels['api-big']!.rateLimits!;
  const ladder = catalog.rateLimitTiers;

  it('a higher monthly spend reaches a higher tier with higher limits', () => {
    const low = rateLimitTierFor(base, ladder, 100, undefined);
    const high = rateLimitTierFor(base, ladder, 50_000, undefined);
    expect(low.limits.tier).toBe('Tier 1');
    expect(high.limits.tier).toBe('Tier 3');
    expect(high.limits.requestsPerMinute!).toBeGreaterThan(
      low.limits.requestsPerMinute!,
    );
    expect(rateLimitTierFor(base, ladder, 50_000, 'Tier 2').limits.tier).toBe(
      'Tier 2',
    );
  });

  it('the same traffic at a higher spend is rejected less', () => {
    // 30M requests a month ≈ 694 a minute at the peak × 1.5 burst > Tier 1's 600.
    const w = aWorkload({
      requestsPerMonth: 30e6,
      reasoningTokensSource: 'model-default',
    });
    const rejected = (usdPerMillion: number) => {
      const a = api(
        scenario({
          workload: w,
          apiOptions: [
            anApiOption({
              id: 'big',
              usdPerMillionInputTokensOverride: usdPerMillion,
              usdPerMillionOutputTokensOverride: usdPerMillion,
            }),
          ],
        }),
        'big',
      );
      return a.rateLimit.kind === 'checked' ? a.rateLimit.rejectedShare : NaN;
    };
    const cheap = rejected(0.0001);
    const dear = rejected(2);
    expect(cheap).toBeGreaterThan(0);
    expect(dear).toBeLessThan(cheap);
  });
});

describe('published ladders in the catalog (§17.4)', () => {
  const real = (providerId: string) =>
    realCatalog.rateLimitTiers.filter((t) => t.providerId === providerId);

  it('every ladder starts at a tier some model of its provider publishes limits for', () => {
    const providers = new Set(
      realCatalog.rateLimitTiers.map((t) => t.providerId),
    );
    for (const providerId of providers) {
      const lowest = [...real(providerId)].sort((a, b) => a.rank - b.rank)[0]!;
      const bases = realCatalog.apiModels.filter(
        (m) =>
          m.providerId === providerId && m.rateLimits?.tier === lowest.tier,
      );
      expect(bases.length, providerId).toBeGreaterThan(0);
    }
  });

  it('a higher Google spend reaches a higher Gemini tier and rejects less of the same traffic', () => {
    const flash = realCatalog.byId.apiModels['gemini-2-5-flash']!;
    const ladder = real('google');
    const low = rateLimitTierFor(flash.rateLimits!, ladder, 50, undefined);
    const high = rateLimitTierFor(flash.rateLimits!, ladder, 5_000, undefined);
    expect(low.limits.tier).toBe('Tier 1');
    expect(high.limits.tier).toBe('Tier 3');
    expect(high.limits.inputTokensPerMinute!).toBeGreaterThan(
      low.limits.inputTokensPerMinute!,
    );
    // 50M requests of 4,000 input tokens a month: ~1.7M input tokens a minute at the burst, over Tier 1's 1M.
    const w = aWorkload({
      requestsPerMonth: 50e6,
      inputTokensPerRequest: 4000,
      peakToAverage: 2,
      reasoningTokensSource: 'workload',
    });
    const rejected = (usdPerMillion: number) => {
      const s: Scenario = {
        workload: w,
        apiOptions: [
          anApiOption({
            id: 'g',
            apiModelId: 'gemini-2-5-flash',
            usdPerMillionInputTokensOverride: usdPerMillion,
            usdPerMillionOutputTokensOverride: usdPerMillion,
          }),
        ],
        selfHostOptions: [],
        privacyRuleIds: [],
        volumeRange: { minTokensPerMonth: 1e6, maxTokensPerMonth: 1e11 },
      };
      const a = evaluateScenario(s, realCatalog, { curveSamples: 2 }).api[0]!;
      return a.rateLimit.kind === 'checked'
        ? { share: a.rateLimit.rejectedShare, tier: a.rateLimit.tier }
        : undefined;
    };
    const cheap = rejected(0.0001); // ~$20 a month: Tier 1
    const dear = rejected(0.3); // ~$60,000 a month: Tier 3
    expect(cheap?.tier).toBe('Tier 1');
    expect(dear?.tier).toBe('Tier 3');
    expect(cheap!.share).toBeGreaterThan(0);
    expect(dear!.share).toBeLessThan(cheap!.share);
  });
});
