import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';

/** Issue 10 item 3: residency is a fact of a deployment, with its source and date. */
describe('deployment facts (EU residency per deployment)', () => {
  it('every stated deployment names a source and a date', () => {
    const stated = catalog.apiModels.filter((m) => m.deployment);
    expect(stated.length).toBeGreaterThanOrEqual(10);
    for (const m of stated) {
      expect(m.deployment?.source.length, m.id).toBeGreaterThan(10);
      expect(m.deployment?.asOf, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('entries named Global / global are global deployments; EU Data Zone / EU geo / EU project entries are EU', () => {
    for (const m of catalog.apiModels) {
      if (/\b(Global|global)\)/.test(m.name))
        expect(m.deployment?.processingRegion, m.id).toBe('global');
      if (/EU (Data Zone|geo|data residency)/.test(m.name))
        expect(m.deployment?.processingRegion, m.id).toBe('eu');
    }
  });

  it('an EU deployment that costs more than its global one carries the uplift LiteLLM lists (1.1×)', () => {
    for (const id of [
      'azure-gpt-4o-eu',
      'azure-gpt-5-5-eu',
      'bedrock-claude-sonnet-4-5-eu',
      'bedrock-claude-sonnet-4-6-eu',
      'gpt-5-5-eu',
    ])
      expect(catalog.byId.apiModels[id]?.regionalMultiplier, id).toBe(1.1);
  });

  it('OpenAI, Azure OpenAI, Bedrock and Vertex offer EU residency only per deployment', () => {
    for (const id of ['openai', 'azure-openai', 'aws-bedrock', 'google-vertex'])
      expect(
        catalog.byId.providers[id]?.privacy.euResidencyPerDeployment,
        id,
      ).toBe(true);
  });

  it('an EU-resident entry exists for GPT-4o mini (OpenAI EU data residency project)', () => {
    const eu = catalog.byId.apiModels['gpt-4o-mini-eu'];
    expect(eu?.baseModelId).toBe('gpt-4o-mini');
    expect(eu?.deployment?.processingRegion).toBe('eu');
    expect(eu?.deployment?.zeroRetention).toBe(true);
  });
});
