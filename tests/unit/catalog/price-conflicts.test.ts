/**
 * Price conflicts between LiteLLM and OpenRouter (issue 10 item 6, ADR-24):
 * where the two files disagree beyond PRICE_CONFLICT_TOLERANCE on a model the
 * catalog lists under both, the model records both prices and which it uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  PRICE_CONFLICT_TOLERANCE,
  type ApiModel,
  type FilePrice,
} from '../../../src/catalog';
import {
  applyPriceUpdates,
  importLitellm,
  importOpenrouter,
  type ImportResult,
} from '../../../src/catalog/import';

type Field =
  | 'usdPerMillionInputTokens'
  | 'usdPerMillionOutputTokens'
  | 'usdPerMillionCachedInputTokens';
const FIELDS: readonly Field[] = [
  'usdPerMillionInputTokens',
  'usdPerMillionOutputTokens',
  'usdPerMillionCachedInputTokens',
];

/** Fields two prices disagree on beyond the tolerance (a field one side lacks is no conflict). */
type Prices = { readonly [F in Field]?: number | undefined };
function disagreements(a: Prices, b: Prices): Field[] {
  return FIELDS.filter((f) => {
    const x = a[f];
    const y = b[f];
    if (x === undefined || y === undefined) return false;
    return Math.abs(x - y) > PRICE_CONFLICT_TOLERANCE.relative * Math.max(x, y);
  });
}

const recorded = catalog.apiModels.filter(
  (
    m,
  ): m is ApiModel & {
    priceConflict: NonNullable<ApiModel['priceConflict']>;
  } => m.priceConflict !== undefined,
);

describe('recorded price conflicts', () => {
  it('there are some, each on a model listed in both files', () => {
    expect(recorded.length).toBeGreaterThan(0);
    for (const m of recorded) {
      expect(m.litellmKeys, m.id).toContain(m.priceConflict.litellm.key);
      expect(m.openrouterId, m.id).toBe(m.priceConflict.openrouter.key);
    }
  });

  it('each records a real disagreement: the two sides differ beyond the tolerance', () => {
    for (const m of recorded)
      expect(
        disagreements(m.priceConflict.litellm, m.priceConflict.openrouter),
        m.id,
      ).not.toEqual([]);
  });

  it('the catalog prices the model at the chosen side, and says why', () => {
    for (const m of recorded) {
      const chosen: FilePrice = m.priceConflict[m.priceConflict.chosen];
      expect(disagreements(m, chosen), m.id).toEqual([]);
      expect(m.usdPerMillionInputTokens, m.id).toBe(
        chosen.usdPerMillionInputTokens,
      );
      expect(m.usdPerMillionOutputTokens, m.id).toBe(
        chosen.usdPerMillionOutputTokens,
      );
      expect(m.priceConflict.why.length, m.id).toBeGreaterThan(20);
      expect(m.priceConflict.asOf <= catalog.version, m.id).toBe(true);
    }
  });

  it('a refresh from the side not chosen reports the conflict and never adopts it', () => {
    const m = recorded.find((x) => x.priceConflict.chosen === 'litellm');
    expect(m).toBeDefined();
    if (!m) return;
    const other = m.priceConflict.openrouter;
    const result: ImportResult = {
      format: 'openrouter',
      sourceLabel: 'test',
      asOf: other.asOf,
      prices: {
        [other.key]: {
          key: other.key,
          fileProvider: 'test',
          mode: m.mode,
          usdPerMillionInputTokens: other.usdPerMillionInputTokens,
          usdPerMillionOutputTokens: other.usdPerMillionOutputTokens,
          ...(other.usdPerMillionCachedInputTokens === undefined
            ? {}
            : {
                usdPerMillionCachedInputTokens:
                  other.usdPerMillionCachedInputTokens,
              }),
        },
      },
      skipped: [],
      warnings: [],
    };
    const update = applyPriceUpdates([m], result);
    expect(update.knownConflicts.map((k) => k.id)).toEqual([m.id]);
    expect(update.changes.changed).toEqual([]);
    expect(update.models[0]?.usdPerMillionInputTokens).toBe(
      m.usdPerMillionInputTokens,
    );

    // The same file with a price that moved since the record is a change to review.
    const moved: ImportResult = {
      ...result,
      prices: {
        [other.key]: {
          ...result.prices[other.key]!,
          usdPerMillionInputTokens: other.usdPerMillionInputTokens * 3,
        },
      },
    };
    const next = applyPriceUpdates([m], moved);
    expect(next.knownConflicts).toEqual([]);
    expect(next.changes.changed.map((c) => c.id)).toEqual([m.id]);
  });
});

const shared = (path: string): string =>
  fileURLToPath(new URL(`../../../../shared/data/${path}`, import.meta.url));
const LITELLM = shared('litellm/model_prices_and_context_window.json');
const OPENROUTER = shared('openrouter/models-2026-08-01.json');
const both = existsSync(LITELLM) && existsSync(OPENROUTER);

describe.skipIf(!both)(
  `every conflict between the whole files (${both ? 'present' : 'skipped: ../shared/data/litellm or openrouter not found'})`,
  () => {
    const read = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
    const litellm = both ? importLitellm(read(LITELLM)) : undefined;
    const openrouter = both
      ? importOpenrouter(read(OPENROUTER), { asOf: '2026-08-01' })
      : undefined;

    it('the catalog records every disagreement above the tolerance, with both files’ prices, and no other', () => {
      if (!litellm || !openrouter) return;
      const found: string[] = [];
      for (const m of catalog.apiModels) {
        if (!m.openrouterId || !m.litellmKeys?.length) continue;
        const key = m.litellmKeys.find((k) => litellm.prices[k]);
        const l = key ? litellm.prices[key] : undefined;
        const o = openrouter.prices[m.openrouterId];
        if (!l || !o) continue;
        if (disagreements(l, o).length === 0) continue;
        found.push(m.id);
        const c = m.priceConflict;
        expect(c, `${m.id}: LiteLLM and OpenRouter disagree`).toBeDefined();
        if (!c) continue;
        for (const f of FIELDS) {
          expect(c.litellm[f], `${m.id} LiteLLM ${f}`).toBe(l[f]);
          expect(c.openrouter[f], `${m.id} OpenRouter ${f}`).toBe(o[f]);
        }
      }
      expect(recorded.map((m) => m.id).sort()).toEqual(found.sort());
    });
  },
);
