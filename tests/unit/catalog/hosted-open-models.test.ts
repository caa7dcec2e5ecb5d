/**
 * The same open model, hosted (issue 10 item 1): serverless hosts of the
 * catalog's open models, each linked to the open model by id, with sourced
 * privacy facts. See src/catalog/data/hosted-open-models.ts.
 */
import { describe, expect, it } from 'vitest';
import { catalog, CATALOG_VERSION } from '../../../src/catalog';
import { hostedOpenModels } from '../../../src/catalog/data/hosted-open-models';

const linked = catalog.apiModels.filter((m) => m.openModelId !== undefined);
const hosts = catalog.providers.filter((p) => p.kind === 'inference-host');
const hostIds = new Set(hosts.map((p) => p.id));
const isTurbo = (m: { id: string; name: string }): boolean =>
  /turbo/i.test(m.id) || /turbo/i.test(m.name);

describe('hosted open models: the link to the open model', () => {
  it('every API model with an openModelId names an existing open model of the same mode', () => {
    expect(linked.length).toBeGreaterThan(0);
    for (const m of linked) {
      const open = catalog.byId.openModels[m.openModelId as string];
      expect(open, `${m.id} → ${m.openModelId}`).toBeDefined();
      expect(open?.mode, m.id).toBe(m.mode);
    }
  });

  it('every model of an inference host serves an open model', () => {
    for (const m of catalog.apiModels.filter((a) => hostIds.has(a.providerId)))
      expect(m.openModelId, m.id).toBeDefined();
  });

  it('every hosted entry is in the loaded catalog and links to an open model', () => {
    for (const m of hostedOpenModels) {
      expect(catalog.byId.apiModels[m.id], m.id).toBeDefined();
      expect(m.openModelId, m.id).toBeDefined();
    }
  });

  it('carries the open model’s tier, index and reasoning flag (same weights)', () => {
    for (const m of hostedOpenModels) {
      const open = catalog.byId.openModels[m.openModelId];
      expect(m.qualityTier, m.id).toBe(open?.qualityTier);
      expect(m.reasoning, m.id).toBe(open?.reasoning ?? false);
      if (open?.qualityIndex === undefined)
        expect('qualityIndex' in m, m.id).toBe(false);
      else {
        expect(m.qualityIndex, m.id).toBe(open.qualityIndex);
        expect(m.fieldSources?.qualityIndex?.source, m.id).toMatch(
          /Artificial Analysis/,
        );
      }
    }
  });
});

describe('hosted open models: hosts and prices', () => {
  it('there are at least the five named hosts', () => {
    expect([...hostIds].sort()).toEqual(
      expect.arrayContaining([
        'cerebras',
        'deepinfra',
        'fireworks-ai',
        'groq',
        'together-ai',
      ]),
    );
  });

  it.each(hosts.map((p) => [p.id]))(
    '%s has at least one hosted model',
    (id) => {
      expect(
        linked.filter((m) => m.providerId === id).length,
        id,
      ).toBeGreaterThan(0);
    },
  );

  it('every hosted model has a source, a date on or before the catalog version, and a LiteLLM key', () => {
    for (const m of linked) {
      expect(m.source.length, m.id).toBeGreaterThan(0);
      expect(m.asOf <= CATALOG_VERSION, `${m.id} ${m.asOf}`).toBe(true);
      expect(m.litellmKeys?.length ?? 0, m.id).toBeGreaterThan(0);
      for (const key of m.litellmKeys ?? [])
        expect(m.source, `${m.id} names ${key}`).toContain(key);
    }
  });

  it('no free tier: chat models have a positive input and output price', () => {
    for (const m of linked) {
      expect(m.usdPerMillionInputTokens, m.id).toBeGreaterThan(0);
      if (m.mode === 'chat')
        expect(m.usdPerMillionOutputTokens, m.id).toBeGreaterThan(0);
    }
  });

  it('a hosted Llama 3.3 70B exists and is cheaper per token than GPT-4o (input and output)', () => {
    const gpt4o = catalog.byId.apiModels['gpt-4o'];
    expect(gpt4o).toBeDefined();
    const llama = linked.filter(
      (m) => m.openModelId === 'llama-3.3-70b-instruct',
    );
    expect(llama.some((m) => hostIds.has(m.providerId))).toBe(true);
    const cheapest = [...llama].sort(
      (a, b) =>
        a.usdPerMillionInputTokens +
        a.usdPerMillionOutputTokens -
        (b.usdPerMillionInputTokens + b.usdPerMillionOutputTokens),
    )[0];
    expect(cheapest?.usdPerMillionInputTokens).toBeLessThan(
      gpt4o?.usdPerMillionInputTokens as number,
    );
    expect(cheapest?.usdPerMillionOutputTokens).toBeLessThan(
      gpt4o?.usdPerMillionOutputTokens as number,
    );
  });
});

describe('hosted open models: served precision', () => {
  it('Turbo variants do not claim bf16 (a Turbo endpoint is a reduced-precision build)', () => {
    const turbo = linked.filter(isTurbo);
    expect(turbo.length).toBeGreaterThan(0);
    for (const m of turbo) {
      expect(m.servedQuantId, m.id).not.toBe('bf16');
      expect(m.servedQuantId, m.id).not.toBe('fp32');
    }
  });

  it('a stated precision names a catalog quant and cites where it is stated; otherwise it says not published', () => {
    for (const m of linked) {
      if (m.servedQuantId) {
        expect(catalog.byId.quants[m.servedQuantId], m.id).toBeDefined();
        expect(m.fieldSources?.servedQuantId?.source, m.id).toMatch(/https:/);
      } else {
        expect(m.servedPrecisionSummary, m.id).toMatch(/not published/i);
      }
    }
  });

  it('DeepInfra’s Llama 3.3 70B Turbo is FP8, as its model page states', () => {
    expect(
      catalog.byId.apiModels['deepinfra-llama-3.3-70b-instruct-turbo']
        ?.servedQuantId,
    ).toBe('fp8');
  });
});

describe('inference hosts: privacy facts are sourced and dated', () => {
  it.each(hosts.map((p) => [p.id, p]))(
    '%s: the source addresses every privacy fact',
    (_id, p) => {
      expect(p.asOf <= CATALOG_VERSION).toBe(true);
      expect(p.source).toMatch(/https:\/\//);
      // Each fact is either read from a page the source names or declared
      // not found (and then set to the conservative value).
      expect(p.source).toMatch(/retain|retention|stor/i);
      expect(p.source).toMatch(/train/i);
      expect(p.source).toMatch(/SOC 2/);
      expect(p.source).toMatch(/HIPAA|BAA|Business Associate/);
      expect(p.source).toMatch(/EU/);
      expect(p.source).toMatch(/region|North America|data center/i);
      expect(p.source).toMatch(/government/i);
      expect(p.privacy.airGapped).toBe(false);
      expect(p.featuredOrder).toBeNull();
      expect(p.alwaysInPrivacyTable).toBe(false);
    },
  );

  it.each(hosts.map((p) => [p.id, p]))(
    '%s: a fact set to its conservative value says it was not found',
    (_id, p) => {
      const notFound = /not found in public docs as of \d{4}-\d{2}-\d{2}/;
      const said = [p.source, ...p.considerations, ...p.strengths].join(' ');
      if (!p.privacy.soc2 || !p.privacy.hipaaBaa)
        expect(said, p.id).toMatch(notFound);
      if (p.privacy.trainsOnApiDataByDefault)
        expect(p.privacy.trainingOptOutSummary, p.id).toMatch(notFound);
    },
  );
});
