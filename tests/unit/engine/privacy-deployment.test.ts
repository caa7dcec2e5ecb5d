import { describe, expect, it } from 'vitest';
import { catalog as realCatalog, loadCatalog } from '../../../src/catalog';
import { evaluateScenario } from '../../../src/engine';
import { fixtureCatalog, fixtureData } from '../../fixtures/catalog.fixture';
import { aScenario, anApiOption } from '../../fixtures/scenario-builders';

/**
 * Issue 10 item 3: EU residency, HIPAA eligibility and zero retention are
 * facts of a deployment where stated (docs/methods.md §9.2): a Global
 * endpoint routes traffic anywhere, so it fails the EU residency rule even
 * when its provider offers EU deployments.
 */
const ids = [
  'azure-gpt-4o',
  'azure-gpt-4o-eu',
  'azure-gpt-5-5',
  'azure-gpt-5-5-eu',
  'bedrock-claude-sonnet-4-5',
  'bedrock-claude-sonnet-4-5-eu',
  'gpt-4o-mini',
  'gpt-4o-mini-eu',
  'gpt-5-5',
  'gpt-5-5-eu',
  'mistral-small-3-2',
];

const run = (privacyRuleIds: string[]) =>
  evaluateScenario(
    aScenario({
      apiOptions: ids.map((id) => anApiOption({ id, apiModelId: id })),
      selfHostOptions: [],
      privacyRuleIds,
    }),
    realCatalog,
  );
const statusOf = (r: ReturnType<typeof run>, id: string) =>
  r.privacy.options.find((o) => o.optionId === id)?.status;
const usdPerMonth = (r: ReturnType<typeof run>, id: string) =>
  r.api.find((a) => a.id === id)?.cost.usdPerMonth ?? NaN;

describe('privacy: EU residency per deployment, not per provider', () => {
  const eu = run(['eu-data-residency']);

  it('Azure OpenAI Global is excluded under the EU residency rule; the EU Data Zone passes', () => {
    expect(statusOf(eu, 'azure-gpt-5-5')).toBe('excluded');
    expect(statusOf(eu, 'azure-gpt-5-5-eu')).toBe('allowed');
    expect(statusOf(eu, 'azure-gpt-4o')).toBe('excluded');
    expect(statusOf(eu, 'azure-gpt-4o-eu')).toBe('allowed');
    expect(usdPerMonth(eu, 'azure-gpt-4o-eu')).toBeCloseTo(
      1.1 * usdPerMonth(eu, 'azure-gpt-4o'),
      6,
    );
  });

  it('Bedrock global. is excluded; its eu. profile passes, priced with its 1.1× uplift', () => {
    expect(statusOf(eu, 'bedrock-claude-sonnet-4-5')).toBe('excluded');
    expect(statusOf(eu, 'bedrock-claude-sonnet-4-5-eu')).toBe('allowed');
    expect(usdPerMonth(eu, 'bedrock-claude-sonnet-4-5-eu')).toBeCloseTo(
      1.1 * usdPerMonth(eu, 'bedrock-claude-sonnet-4-5'),
      6,
    );
  });

  it('OpenAI’s global API is excluded; its EU data residency project entries pass (GPT-5.5 with the listed 1.1× uplift)', () => {
    expect(statusOf(eu, 'gpt-4o-mini')).toBe('excluded');
    expect(statusOf(eu, 'gpt-5-5')).toBe('excluded');
    expect(statusOf(eu, 'gpt-4o-mini-eu')).toBe('allowed');
    expect(statusOf(eu, 'gpt-5-5-eu')).toBe('allowed');
    expect(usdPerMonth(eu, 'gpt-5-5-eu')).toBeCloseTo(
      1.1 * usdPerMonth(eu, 'gpt-5-5'),
      6,
    );
    // No uplift is listed for GPT-4o mini: the EU project bills the global price.
    expect(usdPerMonth(eu, 'gpt-4o-mini-eu')).toBeCloseTo(
      usdPerMonth(eu, 'gpt-4o-mini'),
      6,
    );
  });

  it('a provider resident in the EU on every deployment (Mistral) still passes on its provider fact', () => {
    expect(statusOf(eu, 'mistral-small-3-2')).toBe('allowed');
  });

  it('the recommendation under the EU rule picks an EU-resident deployment, not the cheaper global one', () => {
    const v = eu.recommendation.verdict;
    expect(v.kind).toBe('api');
    if (v.kind !== 'api') return;
    expect(statusOf(eu, v.optionId)).toBe('allowed');
    const model = realCatalog.byId.apiModels[v.optionId];
    const provider = model && realCatalog.byId.providers[model.providerId];
    expect(
      model?.deployment?.processingRegion === 'eu' ||
        (provider?.privacy.euDataResidency === true &&
          provider.privacy.euResidencyPerDeployment !== true),
    ).toBe(true);
  });

  it('without the EU rule the global deployments are allowed', () => {
    const none = run([]);
    for (const id of ids) expect(statusOf(none, id), id).toBe('allowed');
  });
});

describe('privacy: HIPAA eligibility and zero retention per deployment', () => {
  const base = fixtureCatalog;
  const hipaaModel = base.apiModels.find(
    (m) => base.byId.providers[m.providerId]?.privacy.hipaaBaa,
  );
  if (!hipaaModel) throw new Error('fixture has no HIPAA provider model');
  const zdrRule = {
    id: 'zdr',
    label: 'Zero retention',
    why: 'w',
    constraint: {
      kind: 'api-requires' as const,
      requires: ['zeroRetentionAvailable' as const],
    },
    fromBrief: false,
    source: 'test fixture',
    asOf: '2026-01-01',
  };
  const withDeployment = (
    deployment: NonNullable<(typeof base.apiModels)[number]['deployment']>,
  ) =>
    loadCatalog({
      ...fixtureData,
      privacyRules: [...fixtureData.privacyRules, zdrRule],
      apiModels: fixtureData.apiModels.map((m) =>
        m.id === hipaaModel.id ? { ...m, deployment } : m,
      ),
    });
  const statusIn = (
    catalog: ReturnType<typeof loadCatalog>,
    ruleIds: string[],
  ) =>
    evaluateScenario(
      aScenario({
        apiOptions: [anApiOption({ id: 'x', apiModelId: hipaaModel.id })],
        selfHostOptions: [],
        privacyRuleIds: ruleIds,
      }),
      catalog,
    ).privacy.options.find((o) => o.optionId === 'x')?.status;
  const dep = {
    processingRegion: 'us' as const,
    summary: 'test deployment',
    source: 'test fixture',
    asOf: '2026-01-01',
  };

  it('a deployment stated not HIPAA-eligible is excluded although its provider offers a BAA', () => {
    expect(statusIn(withDeployment(dep), ['hipaa'])).toBe('allowed');
    expect(
      statusIn(withDeployment({ ...dep, hipaaEligible: false }), ['hipaa']),
    ).toBe('excluded');
    expect(statusIn(base, ['hipaa'])).toBe('allowed');
  });

  it('a deployment stated without zero retention fails a zero-retention rule; the provider fact holds otherwise', () => {
    const rule = zdrRule.id;
    const provider = base.byId.providers[hipaaModel.providerId];
    expect(provider?.privacy.zeroRetentionAvailable).toBe(true);
    expect(statusIn(withDeployment(dep), [rule])).toBe('allowed');
    expect(
      statusIn(withDeployment({ ...dep, zeroRetention: false }), [rule]),
    ).toBe('excluded');
  });
});
