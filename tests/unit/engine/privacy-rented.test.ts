import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  anApiOption,
} from '../../fixtures/scenario-builders';

const rented = aSelfHostOption({ id: 'rented' });
const owned = aSelfHostOption({
  id: 'owned',
  procurement: {
    kind: 'owned',
    capexUsdPerGpu: 100_000,
    amortisationMonths: 36,
    residualShare: 0.2,
    costOfCapitalAnnual: 0.08,
    electricityUsdPerKwh: 0.1,
    pue: 1.3,
    hostingUsdPerKwMonth: 150,
  },
});
const desk = aSelfHostOption({
  id: 'desk',
  quantId: 'q4',
  engineId: 'llama-cpp',
  hardwareId: 'desk-box',
  procurement: {
    kind: 'desk',
    capexUsdPerDevice: 4000,
    amortisationMonths: 36,
    residualShare: 0,
    electricityUsdPerKwh: 0.2,
  },
});
const run = (
  privacyRuleIds: string[],
  selfHostOptions = [rented, owned, desk],
) =>
  evaluateScenario(
    aScenario({
      apiOptions: [
        anApiOption(),
        anApiOption({ id: 'thinker', apiModelId: 'api-thinker' }),
      ],
      selfHostOptions,
      privacyRuleIds,
    }),
    catalog,
  );
const statusOf = (r: ReturnType<typeof run>, id: string) =>
  r.privacy.options.find((o) => o.optionId === id);

describe('privacy: rented cloud GPUs are not your own infrastructure', () => {
  it('regression: a local-only rule excludes self-hosting on rented cloud GPUs; owned and desk stay allowed', () => {
    const r = run(['air-gapped']);
    expect(statusOf(r, 'rented')).toEqual({
      optionId: 'rented',
      status: 'excluded',
      ruleIds: ['air-gapped'],
    });
    expect(statusOf(r, 'owned')?.status).toBe('allowed');
    expect(statusOf(r, 'desk')?.status).toBe('allowed');
  });

  it('regression: an api-requires rule (HIPAA) flags self-hosting on rented cloud GPUs', () => {
    const r = run(['hipaa']);
    expect(statusOf(r, 'rented')).toEqual({
      optionId: 'rented',
      status: 'flagged',
      ruleIds: ['hipaa'],
    });
    expect(statusOf(r, 'owned')?.status).toBe('allowed');
    expect(statusOf(r, 'desk')?.status).toBe('allowed');
  });

  it('regression: a flag-api rule flags self-hosting on rented cloud GPUs too', () => {
    const r = run(['trade-secrets']);
    expect(statusOf(r, 'rented')?.status).toBe('flagged');
    expect(statusOf(r, 'owned')?.status).toBe('allowed');
  });

  it('regression: recommend never picks or compares an excluded rented self-hosted option', () => {
    // Rented is the cheapest self-hosted option without rules.
    const free = run([], [rented, owned]);
    expect(free.recommendation.verdict).toEqual({
      kind: 'self-host',
      optionId: 'rented',
    });
    const r = run(['air-gapped'], [rented, owned]);
    expect(r.recommendation.verdict).toEqual({
      kind: 'self-host',
      optionId: 'owned',
    });
    expect(r.recommendation.alternativeId).not.toBe('rented');
    expect(r.recommendation.comparedSelfHostId).not.toBe('rented');
    expect(r.recommendation.reasons).toContain('privacy-excludes-rented-gpus');
    for (const h of r.hybrids)
      if (h.feasible) expect(h.selfHostOptionId).not.toBe('rented');
  });

  it('regression: with only rented GPUs under a local-only rule nothing is eligible', () => {
    const r = run(['air-gapped'], [rented]);
    expect(r.recommendation.verdict).toEqual({
      kind: 'none',
      reason: 'everything-excluded',
    });
    expect(r.recommendation.reasons).toContain('privacy-excludes-rented-gpus');
    expect(r.recommendation.reasons).not.toContain('no-self-host-fits');
  });
});
