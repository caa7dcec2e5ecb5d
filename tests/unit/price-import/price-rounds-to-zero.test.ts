import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  applyPriceUpdates,
  importLitellm,
  importOpenrouter,
} from '../../../src/catalog/import';
import { PRICE_PRECISION_USD_PER_MTOK } from '../../../src/catalog/import/types';
import {
  overrideFrom,
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

describe('issue 15, D4: a price that rounds to $0 is refused with the reason', () => {
  it('LiteLLM: input_cost_per_token 1e-13 is skipped, never previewed as $0', () => {
    const json = fixture();
    json['gpt-4o']!.input_cost_per_token = 1e-13;
    const result = importLitellm(json);
    expect(result.prices['gpt-4o']).toBeUndefined();
    expect(result.skipped.find((s) => s.key === 'gpt-4o')?.reason).toMatch(
      /rounds to \$0 at the catalog's precision/,
    );
    const update = applyPriceUpdates(catalog.apiModels, result);
    const zeroed = update.changes.changed.flatMap((c) =>
      c.fields.filter((f) => f.to === 0),
    );
    expect(zeroed).toEqual([]);
  });

  it('OpenRouter: a prompt price of 1e-13 is skipped with the reason', () => {
    const result = importOpenrouter(
      {
        data: [
          {
            id: 'openai/gpt-4o',
            name: 'GPT-4o',
            pricing: { prompt: '0.0000000000001', completion: '0.00001' },
          },
        ],
      },
      { asOf: '2026-11-28' },
    );
    expect(result.prices['openai/gpt-4o']).toBeUndefined();
    expect(result.skipped[0]?.reason).toMatch(/rounds to \$0/);
  });

  it('any positive per-token price either survives as positive or is skipped (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-20, max: 1e-4, noNaN: true }),
        (usdPerToken) => {
          const json = fixture();
          json['gpt-4o']!.input_cost_per_token = usdPerToken;
          const r = importLitellm(json);
          const p = r.prices['gpt-4o'];
          if (p) expect(p.usdPerMillionInputTokens).toBeGreaterThan(0);
          else
            expect(usdPerToken * 1e6).toBeLessThan(
              PRICE_PRECISION_USD_PER_MTOK,
            );
        },
      ),
    );
  });

  it('whatever the importer previews can be stored and used (no silent failure on apply)', () => {
    const json = fixture();
    json['gpt-4o']!.input_cost_per_token = 1e-13;
    (
      json['gpt-4o-mini'] as { output_cost_per_token: number }
    ).output_cost_per_token *= 3;
    const result = importLitellm(json);
    const update = applyPriceUpdates(catalog.apiModels, result);
    const override = overrideFrom(update, result, 'f.json', new Date());
    expect(readStoredOverride(JSON.stringify(override)).kind).toBe('ok');
  });
});

describe('issue 15, D1: stored and imported price data is size- and depth-limited', () => {
  it('a 100,000-deep stored override is unreadable, not a crash', () => {
    const r = readStoredOverride('['.repeat(1e5) + ']'.repeat(1e5));
    expect(r).toMatchObject({ kind: 'unreadable', reason: /nested/ });
  });

  it('a 100,000-deep price file is refused with the reason', () => {
    expect(() =>
      readPriceFile(
        '{"a":' + '['.repeat(1e5) + ']'.repeat(1e5) + '}',
        '2026-11-28',
      ),
    ).toThrow(/nested more than/);
  });
});
