/**
 * The same model, hosted (issue 10, item 1), on the fixture catalog: Acme
 * Host serves small-8b at FP8 for $0.05 in / $0.10 out per 1M tokens. The
 * base workload is 1M requests of 750 in / 250 out tokens, so the host costs
 * 1M × (750 × 0.05 + 250 × 0.10) / 1M = $62.50 a month ($0.0625 per 1M
 * tokens); small-8b on one $2/h GPU costs 730 h × $2 = $1,460; Big API
 * 1M × (750 × 2 + 250 × 10) / 1M = $4,000.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog';
import { analyseSensitivity, evaluateScenario } from '../../../src/engine';
import {
  fixtureCatalog as catalog,
  fixtureData,
} from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  anApiOption,
} from '../../fixtures/scenario-builders';

const HOST = 'host-small-8b';
const HOSTED = `hosted:${HOST}`;

/** The fixture plus a dearer second host of small-8b that does not publish its precision. */
const twoHosts = loadCatalog({
  ...fixtureData,
  apiModels: [
    ...fixtureData.apiModels,
    {
      ...fixtureData.apiModels.find((m) => m.id === HOST)!,
      id: 'host-small-8b-dear',
      servedQuantId: undefined,
      usdPerMillionInputTokens: 0.1,
      usdPerMillionOutputTokens: 0.2,
    },
  ],
});

describe('hostedSameModel', () => {
  it('lists the host of the same open model, priced as the same API option would be', () => {
    const r = evaluateScenario(aScenario(), catalog);
    const self = r.selfHost[0]!;
    expect(self.hostedSameModel).toEqual([
      {
        apiModelId: HOST,
        providerId: 'acme-host',
        usdPerMonth: 62.5,
        usdPerMillionTokens: 0.0625,
        // The option runs BF16; the host serves FP8.
        precision: 'differs',
        servedQuantId: 'fp8',
        excludedByRuleIds: [],
      },
    ]);
    // Added by the user as an API option, the host costs exactly the same.
    const asOption = evaluateScenario(
      aScenario({
        apiOptions: [anApiOption({ id: 'mine', apiModelId: HOST })],
      }),
      catalog,
    ).api[0]!;
    expect(self.hostedSameModel[0]!.usdPerMonth).toBe(
      asOption.cost.usdPerMonth,
    );
    expect(self.hostedSameModel[0]!.usdPerMillionTokens).toBe(
      asOption.usdPerMillionTokens,
    );
  });

  it('says whether the host serves the option’s precision: same, differs or unknown', () => {
    const fp8 = evaluateScenario(
      aScenario({ selfHostOptions: [aSelfHostOption({ quantId: 'fp8' })] }),
      twoHosts,
    ).selfHost[0]!.hostedSameModel;
    // Cheapest first: $62.50, then the dearer host at twice the price.
    expect(fp8.map((h) => [h.apiModelId, h.usdPerMonth, h.precision])).toEqual([
      [HOST, 62.5, 'same'],
      ['host-small-8b-dear', 125, 'unknown'],
    ]);
    expect(fp8[1]!.servedQuantId).toBeNull();
  });

  it('is [] for an option no host serves, and for an infeasible option it is still listed', () => {
    const r = evaluateScenario(
      aScenario({
        selfHostOptions: [
          aSelfHostOption({ id: 'mid', openModelId: 'mid-70b' }),
          // 8B on a GPU that does not exist: infeasible, still priced beside its hosts.
          aSelfHostOption({ id: 'nowhere', hardwareId: 'no-such-gpu' }),
        ],
      }),
      catalog,
    );
    expect(r.selfHost[0]!.hostedSameModel).toEqual([]);
    expect(r.selfHost[1]!.feasible).toBe(false);
    expect(r.selfHost[1]!.hostedSameModel.map((h) => h.apiModelId)).toEqual([
      HOST,
    ]);
  });

  it('keeps a host a ticked rule excludes in the list, with the rule', () => {
    const r = evaluateScenario(
      aScenario({ privacyRuleIds: ['hipaa'], sameModelHosted: 'compare' }),
      catalog,
    );
    // Acme Host signs no BAA: the same assessment as for any API option.
    expect(r.selfHost[0]!.hostedSameModel[0]!.excludedByRuleIds).toEqual([
      'hipaa',
    ]);
    expect(r.comparators).toEqual([]);
    expect(r.api.map((a) => a.id)).toEqual(['api']);
  });
});

describe("sameModelHosted: 'off'", () => {
  it('adds no comparator and leaves the result exactly as without the field', () => {
    const without = evaluateScenario(aScenario(), catalog);
    const off = evaluateScenario(
      aScenario({ sameModelHosted: 'off' }),
      catalog,
    );
    expect(off).toEqual(without);
    expect(off.comparators).toEqual([]);
    expect(off.api.map((a) => a.id)).toEqual(['api']);
    expect(off.recommendation.verdict).toEqual({
      kind: 'self-host',
      optionId: 'self',
    });
  });

  it("'compare' without any host changes nothing either", () => {
    const mid = {
      selfHostOptions: [aSelfHostOption({ openModelId: 'mid-70b' })],
    };
    expect(
      evaluateScenario(
        aScenario({ ...mid, sameModelHosted: 'compare' }),
        catalog,
      ),
    ).toEqual(evaluateScenario(aScenario(mid), catalog));
  });
});

describe("sameModelHosted: 'compare'", () => {
  it('adds the cheapest allowed host as an API option, and the verdict can pick it', () => {
    const r = evaluateScenario(
      aScenario({ sameModelHosted: 'compare' }),
      catalog,
    );
    expect(r.comparators).toEqual([
      { optionId: HOSTED, apiModelId: HOST, forSelfHostOptionIds: ['self'] },
    ]);
    expect(r.api.map((a) => [a.id, a.cost.usdPerMonth])).toEqual([
      ['api', 4000],
      [HOSTED, 62.5],
    ]);
    // $1,460 self-hosted beat Big API's $4,000; the same model hosted at $62.50 beats both.
    expect(r.recommendation.verdict).toEqual({ kind: 'api', optionId: HOSTED });
    expect(r.recommendation.alternativeId).toBe('self');
    expect(r.recommendation.savingUsdPerMonth).toBeCloseTo(1460 - 62.5, 6);
    // Crossovers, the chart and the hybrids see it like the user's own API.
    expect(r.crossovers.map((c) => c.apiId)).toContain(HOSTED);
    expect(r.curve[0]!.usdPerMonthByOption[HOSTED]).toBeGreaterThan(0);
    expect(r.hybrids.some((h) => h.feasible && h.apiOptionId === HOSTED)).toBe(
      true,
    );
    expect(r.privacy.options.map((o) => o.optionId)).toContain(HOSTED);
  });

  it('adds one comparator per distinct open model, for every option of it', () => {
    const r = evaluateScenario(
      aScenario({
        sameModelHosted: 'compare',
        selfHostOptions: [
          aSelfHostOption({ id: 'bf16' }),
          aSelfHostOption({ id: 'fp8', quantId: 'fp8' }),
          aSelfHostOption({ id: 'mid', openModelId: 'mid-70b' }),
        ],
      }),
      twoHosts,
    );
    expect(r.comparators).toEqual([
      {
        optionId: HOSTED,
        apiModelId: HOST,
        forSelfHostOptionIds: ['bf16', 'fp8'],
      },
    ]);
    expect(r.api.filter((a) => a.id.startsWith('hosted:'))).toHaveLength(1);
  });

  it('skips a host the user already has as an API option', () => {
    const r = evaluateScenario(
      aScenario({
        sameModelHosted: 'compare',
        apiOptions: [anApiOption({ id: 'mine', apiModelId: HOST })],
      }),
      catalog,
    );
    expect(r.comparators).toEqual([]);
    expect(r.api.map((a) => a.id)).toEqual(['mine']);
  });

  it('leaves an excluded host out and takes the next allowed one', () => {
    // The dear host is on acme-health, which signs a BAA.
    const withBaaHost = loadCatalog({
      ...fixtureData,
      apiModels: [
        ...fixtureData.apiModels,
        {
          ...fixtureData.apiModels.find((m) => m.id === HOST)!,
          id: 'host-small-8b-baa',
          providerId: 'acme-health',
          usdPerMillionInputTokens: 0.1,
          usdPerMillionOutputTokens: 0.2,
        },
      ],
    });
    const r = evaluateScenario(
      aScenario({ sameModelHosted: 'compare', privacyRuleIds: ['hipaa'] }),
      withBaaHost,
    );
    expect(
      r.selfHost[0]!.hostedSameModel.map((h) => [
        h.apiModelId,
        h.excludedByRuleIds,
      ]),
    ).toEqual([
      [HOST, ['hipaa']],
      ['host-small-8b-baa', []],
    ]);
    expect(r.comparators.map((c) => c.apiModelId)).toEqual([
      'host-small-8b-baa',
    ]);
  });

  it('the sensitivity analysis weighs the comparator too', () => {
    const s = analyseSensitivity(
      aScenario({ sameModelHosted: 'compare' }),
      catalog,
    );
    // The cheapest API is now the host.
    expect(s?.apiOptionId).toBe(HOSTED);
    const named = analyseSensitivity(
      aScenario({ sameModelHosted: 'compare' }),
      catalog,
      { apiOptionId: HOSTED },
    );
    expect(named?.apiOptionId).toBe(HOSTED);
  });
});
