import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog, type ApiModel } from '../../../src/catalog';
import {
  applyPriceUpdates,
  importLitellm,
  importOpenrouter,
} from '../../../src/catalog/import';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)),
      'utf8',
    ),
  );

const litellm = importLitellm(fixture('litellm-subset.json'));
const openrouter = importOpenrouter(fixture('openrouter-subset.json'), {
  asOf: '2026-08-01',
});

const model = (id: string): ApiModel => {
  const m = catalog.byId.apiModels[id];
  if (!m) throw new Error(`no catalog model ${id}`);
  return m;
};

describe('importLitellm (fixture subset)', () => {
  it('reads the date inside the file', () => {
    expect(litellm.asOf).toBe('2026-07-24');
    expect(litellm.format).toBe('litellm');
  });

  it('converts USD per token to USD per 1M tokens', () => {
    const gpt4o = litellm.prices['gpt-4o'];
    expect(gpt4o).toMatchObject({
      mode: 'chat',
      usdPerMillionInputTokens: 2.5,
      usdPerMillionOutputTokens: 10,
      usdPerMillionCachedInputTokens: 1.25,
      batchMultiplier: 0.5,
      contextWindowTokens: 128000,
      maxOutputTokens: 16384,
    });
    expect(litellm.prices['claude-sonnet-4-5']).toMatchObject({
      usdPerMillionCacheWriteTokens: 3.75,
    });
  });

  it('reads the lowest long-context tier', () => {
    expect(litellm.prices['gemini/gemini-2.5-pro']?.longContext).toEqual({
      thresholdInputTokens: 200000,
      usdPerMillionInputTokens: 2.5,
      usdPerMillionOutputTokens: 15,
      usdPerMillionCachedInputTokens: 0.25,
    });
  });

  it('keeps embedding models with an output price of 0', () => {
    expect(litellm.prices['embed-english-v3.0']).toMatchObject({
      mode: 'embedding',
      usdPerMillionInputTokens: 0.1,
      usdPerMillionOutputTokens: 0,
    });
  });

  it.each([
    ['sample_spec', /documentation entry/],
    ['dall-e-3', /not chat or embedding/],
    ['gemini/gemini-exp-1206', /input price is 0/],
    ['embed-multilingual-light-v3.0', /implausible input price/],
    ['azure_ai/model_router', /output price is 0/],
    ['omni-moderation-latest', /not chat or embedding/],
    ['fallback_generalizations', /unreadable/],
    ['twelvelabs.pegasus-1-2-v1:0', /no input price/],
  ])('skips %s with a reason', (key, reason) => {
    expect(litellm.prices[key]).toBeUndefined();
    const skip = litellm.skipped.find((s) => s.key === key);
    expect(skip?.reason).toMatch(reason);
  });

  it('never yields a zero price for a chat model', () => {
    for (const p of Object.values(litellm.prices)) {
      expect(p.usdPerMillionInputTokens).toBeGreaterThan(0);
      if (p.mode === 'chat')
        expect(p.usdPerMillionOutputTokens).toBeGreaterThan(0);
      if (p.usdPerMillionCachedInputTokens !== undefined)
        expect(p.usdPerMillionCachedInputTokens).toBeGreaterThan(0);
    }
  });

  it('ignores a zero cache-write price with a warning', () => {
    expect(
      litellm.prices['deepseek/deepseek-chat']?.usdPerMillionCacheWriteTokens,
    ).toBeUndefined();
    expect(
      litellm.warnings.some((w) => w.key === 'deepseek/deepseek-chat'),
    ).toBe(true);
  });

  it('accounts for every entry: imported + skipped = all model keys', () => {
    const raw = fixture('litellm-subset.json') as Record<string, unknown>;
    const entries = Object.keys(raw).filter((k) => k !== 'last_updated');
    expect(Object.keys(litellm.prices).length + litellm.skipped.length).toBe(
      entries.length,
    );
  });

  it('rejects a file that is not an object, and one without a date', () => {
    expect(() => importLitellm([])).toThrow(/JSON object/);
    expect(() => importLitellm({})).toThrow(/as-of date/);
    expect(importLitellm({}, { asOf: '2026-01-01' }).asOf).toBe('2026-01-01');
  });
});

describe('importOpenrouter (fixture subset)', () => {
  it('parses string prices per token', () => {
    expect(openrouter.prices['openai/gpt-4o']).toMatchObject({
      usdPerMillionInputTokens: 2.5,
      usdPerMillionOutputTokens: 10,
      usdPerMillionCachedInputTokens: 1.25,
      contextWindowTokens: 128000,
    });
  });

  it('reads long-context overrides', () => {
    expect(openrouter.prices['openai/gpt-5.6-sol']?.longContext).toMatchObject({
      thresholdInputTokens: 272000,
      usdPerMillionInputTokens: 10,
      usdPerMillionOutputTokens: 45,
    });
  });

  it.each([
    ['openai/gpt-oss-20b:free', /free variant/],
    ['openrouter/auto', /variable price/],
  ])('skips %s with a reason', (id, reason) => {
    expect(openrouter.prices[id]).toBeUndefined();
    expect(openrouter.skipped.find((s) => s.key === id)?.reason).toMatch(
      reason,
    );
  });

  it('ignores storage-style cache-write prices below the input price', () => {
    expect(
      openrouter.prices['google/gemini-2.5-flash']
        ?.usdPerMillionCacheWriteTokens,
    ).toBeUndefined();
    expect(
      openrouter.warnings.some((w) => w.key === 'google/gemini-2.5-flash'),
    ).toBe(true);
  });

  it('requires an as-of date and the { data } envelope', () => {
    expect(() => importOpenrouter(fixture('openrouter-subset.json'))).toThrow(
      /asOf/,
    );
    expect(() =>
      importOpenrouter({ models: [] }, { asOf: '2026-08-01' }),
    ).toThrow(/data/);
  });

  it('reports an unreadable entry instead of throwing', () => {
    const r = importOpenrouter(
      { data: [{ id: 'x/y', pricing: { prompt: 'n/a', completion: '1' } }] },
      { asOf: '2026-08-01' },
    );
    expect(r.prices).toEqual({});
    expect(r.skipped[0]).toMatchObject({ key: 'x/y' });
    expect(r.skipped[0]?.reason).toMatch(/unreadable/);
  });
});

describe('applyPriceUpdates', () => {
  const subset = [
    'gpt-4o',
    'gpt-4o-mini',
    'claude-sonnet-4-5',
    'azure-gpt-5-5-eu',
    'bedrock-claude-sonnet-4-5-eu',
    'embed-english-v3',
    'gemini-2-5-pro',
  ].map(model);

  it('confirms curated prices that match the file', () => {
    const u = applyPriceUpdates(subset, litellm);
    expect(u.changes.changed).toEqual([]);
    expect(u.unchanged).toEqual(subset.map((m) => m.id));
    expect(u.models).toEqual(subset);
  });

  it('reports and applies a changed price, keeping provenance', () => {
    const stale = { ...model('gpt-4o'), usdPerMillionInputTokens: 5 };
    const u = applyPriceUpdates([stale], litellm);
    expect(u.changes.changed).toEqual([
      {
        id: 'gpt-4o',
        key: 'gpt-4o',
        fields: [{ field: 'usdPerMillionInputTokens', from: 5, to: 2.5 }],
      },
    ]);
    expect(u.models[0]?.usdPerMillionInputTokens).toBe(2.5);
    expect(u.models[0]?.asOf).toBe('2026-07-24');
    expect(u.models[0]?.source).toMatch(/LiteLLM/);
  });

  it('stores regional prices as global price × regionalMultiplier', () => {
    const eu = model('azure-gpt-5-5-eu');
    expect(eu.regionalMultiplier).toBe(1.1);
    const u = applyPriceUpdates(
      [{ ...eu, usdPerMillionInputTokens: 4 }],
      litellm,
    );
    // The file lists the EU Data Zone at $5.50 = $5.00 global × 1.1.
    expect(u.models[0]?.usdPerMillionInputTokens).toBeCloseTo(5, 6);
  });

  it('keeps models the file does not list and reports them as removed', () => {
    const ghost = { ...model('gpt-4o'), id: 'ghost', litellmKeys: ['nope'] };
    const u = applyPriceUpdates([ghost], litellm);
    expect(u.changes.removed).toEqual([{ id: 'ghost', keys: ['nope'] }]);
    expect(u.models[0]).toBe(ghost);
  });

  it('reports a mapped key the importer skipped as a conflict, not a $0 price', () => {
    const broken = {
      ...model('gpt-4o'),
      id: 'broken',
      litellmKeys: ['gemini/gemini-exp-1206'],
    };
    const u = applyPriceUpdates([broken], litellm);
    expect(u.models[0]).toBe(broken);
    expect(u.conflicts[0]?.message).toMatch(/skipped: input price is 0/);
  });

  it('lists unmapped first-party entries as added', () => {
    const u = applyPriceUpdates(catalog.apiModels, litellm);
    expect(u.changes.added.map((p) => p.key)).toContain('gpt-5.6');
    expect(u.changes.added.map((p) => p.key)).not.toContain(
      'vercel_ai_gateway/openai/text-embedding-3-small',
    );
  });

  it('surfaces OpenRouter disagreements with curated prices', () => {
    // Without the catalog's conflict record, a disagreement is a change to review…
    const unrecorded = (id: string) => {
      const copy = { ...model(id) };
      delete copy.priceConflict;
      return copy;
    };
    const u = applyPriceUpdates(
      [
        unrecorded('deepseek-v4-flash'),
        unrecorded('grok-4-5'),
        model('gpt-4o'),
      ],
      openrouter,
    );
    const ids = u.changes.changed.map((c) => c.id);
    expect(ids).toEqual(['deepseek-v4-flash', 'grok-4-5']);
    expect(u.unchanged).toEqual(['gpt-4o']);
    // …with it (ADR-24), the recorded conflict, kept aside and not applied.
    const r = applyPriceUpdates(
      [model('deepseek-v4-flash'), model('grok-4-5'), model('gpt-4o')],
      openrouter,
    );
    expect(r.changes.changed).toEqual([]);
    expect(r.knownConflicts.map((c) => c.id)).toEqual([
      'deepseek-v4-flash',
      'grok-4-5',
    ]);
  });

  it('does not touch models without a key for the file format', () => {
    const noKeys = { ...model('gpt-4o') };
    delete noKeys.openrouterId;
    const u = applyPriceUpdates([noKeys], openrouter);
    expect(u.models[0]).toBe(noKeys);
    expect(u.changes.removed).toEqual([]);
  });
});
