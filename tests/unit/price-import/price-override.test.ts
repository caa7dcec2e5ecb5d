import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { applyPriceUpdates, importLitellm } from '../../../src/catalog/import';
import {
  catalogWithOverride,
  overrideFrom,
  overrideLabel,
  readStoredOverride,
} from '../../../src/features/price-import/price-override';
import { readPriceFile } from '../../../src/features/price-import/price-import-dialog';

const fixture = () =>
  JSON.parse(
    readFileSync(
      new URL('../../fixtures/litellm-subset.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, Record<string, unknown>>;

describe('price override from a LiteLLM file', () => {
  const json = fixture();
  (json['gpt-4o'] as { input_cost_per_token: number }).input_cost_per_token *=
    2;
  const result = importLitellm(json);
  const update = applyPriceUpdates(catalog.apiModels, result);
  const override = overrideFrom(
    update,
    result,
    'prices.json',
    new Date('2026-11-28T10:00:00Z'),
  );

  it('stores only the changed models, with their new source and date', () => {
    expect(Object.keys(override.models)).toEqual(['gpt-4o']);
    expect(override.models['gpt-4o']).toMatchObject({
      usdPerMillionInputTokens: 5,
      asOf: '2026-07-24',
    });
    expect(override.models['gpt-4o']!.source).toContain('LiteLLM');
    expect(overrideLabel(override)).toBe('LiteLLM file of 2026-07-24');
  });

  it('lays the prices over the built-in catalog and validates the whole', () => {
    const c = catalogWithOverride(override);
    expect(c.byId.apiModels['gpt-4o']!.usdPerMillionInputTokens).toBe(5);
    expect(c.byId.apiModels['gpt-4o-mini']).toEqual(
      catalog.byId.apiModels['gpt-4o-mini'],
    );
    expect(Object.isFrozen(c.byId.apiModels['gpt-4o'])).toBe(true);
  });

  it('reads back what it stored, and refuses anything else without throwing', () => {
    expect(readStoredOverride(null)).toEqual({ kind: 'none' });
    const ok = readStoredOverride(JSON.stringify(override));
    expect(ok.kind).toBe('ok');
    for (const raw of [
      '{',
      '{"format":"x"}',
      JSON.stringify({
        ...override,
        models: { 'gpt-4o': { usdPerMillionInputTokens: -1 } },
      }),
    ])
      expect(readStoredOverride(raw).kind).toBe('unreadable');
  });

  it('says where a stored file failed, so it can be mended', () => {
    const bad = readStoredOverride(
      JSON.stringify({
        ...override,
        models: {
          'gpt-4o': {
            ...override.models['gpt-4o']!,
            usdPerMillionInputTokens: -1,
          },
        },
      }),
    );
    expect(bad.kind).toBe('unreadable');
    expect(bad.kind === 'unreadable' && bad.reason).toMatch(
      /^models › gpt-4o › usdPerMillionInputTokens: /,
    );
  });

  it('ignores models the catalog no longer lists', () => {
    const c = catalogWithOverride({
      ...override,
      models: { ...override.models, 'gone-model': override.models['gpt-4o']! },
    });
    expect(c.byId.apiModels['gone-model']).toBeUndefined();
  });
});

describe('readPriceFile', () => {
  it('tells LiteLLM from OpenRouter and dates an undated LiteLLM file by the file', () => {
    expect(
      readPriceFile(
        readFileSync(
          new URL('../../fixtures/litellm-subset.json', import.meta.url),
          'utf8',
        ),
        '2026-01-01',
      ).asOf,
    ).toBe('2026-07-24');
    const undated = fixture();
    delete undated['last_updated'];
    expect(readPriceFile(JSON.stringify(undated), '2026-01-02').asOf).toBe(
      '2026-01-02',
    );
    const or = readPriceFile(
      readFileSync(
        new URL('../../fixtures/openrouter-subset.json', import.meta.url),
        'utf8',
      ),
      '2026-08-01',
    );
    expect(or.format).toBe('openrouter');
    expect(() => readPriceFile('nope', '2026-01-01')).toThrow('not JSON');
  });
});
