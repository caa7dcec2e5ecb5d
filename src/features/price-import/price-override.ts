import { z } from 'zod';
import {
  loadCatalog,
  rawCatalog,
  type ApiModel,
  type Catalog,
} from '../../catalog';
import type { ImportResult, PriceUpdate } from '../../catalog/import';
import { parseBoundedJson } from '../../lib/bounded-json';
import { zodIssueText } from '../../lib/zod-issues';

/**
 * Today's API prices from a price file, kept in this browser (issue 6). Only
 * the fields the file changed are stored, per catalog model id; at start-up
 * they are laid over the built-in catalog, which is then validated again as a
 * whole. Links never carry them: a link always means the built-in catalog.
 */

export const PRICE_OVERRIDE_KEY = 'crossover:price-override';

const usd = z.number().finite().positive();

const modelPricesSchema = z.object({
  usdPerMillionInputTokens: usd,
  usdPerMillionOutputTokens: z.number().finite().nonnegative(),
  usdPerMillionCachedInputTokens: usd.optional(),
  usdPerMillionCacheWriteTokens: usd.optional(),
  longContext: z
    .object({
      usdPerMillionInputTokens: usd,
      usdPerMillionOutputTokens: usd,
    })
    .optional(),
  source: z.string().max(500),
  asOf: z.iso.date(),
});
export type ModelPrices = z.infer<typeof modelPricesSchema>;

export const priceOverrideSchema = z.object({
  format: z.literal('crossover-price-override'),
  version: z.literal(1),
  fileFormat: z.enum(['litellm', 'openrouter']),
  fileName: z.string().max(300),
  sourceLabel: z.string().max(300),
  asOf: z.iso.date(),
  importedAt: z.iso.datetime(),
  models: z.record(z.string(), modelPricesSchema),
});
export type PriceOverride = z.infer<typeof priceOverrideSchema>;

/** "LiteLLM file of 2026-07-24": how the page names the prices in use. */
export function overrideLabel(o: PriceOverride): string {
  return `${o.fileFormat === 'litellm' ? 'LiteLLM' : 'OpenRouter'} file of ${o.asOf}`;
}

/** The stored form of an import: the changed models' price fields only. */
export function overrideFrom(
  update: PriceUpdate,
  result: ImportResult,
  fileName: string,
  importedAt: Date,
): PriceOverride {
  const models: Record<string, ModelPrices> = {};
  const changed = new Set(update.changes.changed.map((c) => c.id));
  for (const m of update.models) {
    if (!changed.has(m.id)) continue;
    models[m.id] = {
      usdPerMillionInputTokens: m.usdPerMillionInputTokens,
      usdPerMillionOutputTokens: m.usdPerMillionOutputTokens,
      ...(m.usdPerMillionCachedInputTokens !== undefined
        ? { usdPerMillionCachedInputTokens: m.usdPerMillionCachedInputTokens }
        : {}),
      ...(m.usdPerMillionCacheWriteTokens !== undefined
        ? { usdPerMillionCacheWriteTokens: m.usdPerMillionCacheWriteTokens }
        : {}),
      ...(m.longContext
        ? {
            longContext: {
              usdPerMillionInputTokens: m.longContext.usdPerMillionInputTokens,
              usdPerMillionOutputTokens:
                m.longContext.usdPerMillionOutputTokens,
            },
          }
        : {}),
      source: m.source.slice(0, 500),
      asOf: m.asOf,
    };
  }
  return {
    format: 'crossover-price-override',
    version: 1,
    fileFormat: result.format,
    fileName: fileName.slice(0, 300),
    sourceLabel: result.sourceLabel.slice(0, 300),
    asOf: result.asOf,
    importedAt: importedAt.toISOString(),
    models,
  };
}

function withPrices(model: ApiModel, p: ModelPrices): ApiModel {
  return {
    ...model,
    usdPerMillionInputTokens: p.usdPerMillionInputTokens,
    usdPerMillionOutputTokens: p.usdPerMillionOutputTokens,
    ...(p.usdPerMillionCachedInputTokens !== undefined
      ? { usdPerMillionCachedInputTokens: p.usdPerMillionCachedInputTokens }
      : {}),
    ...(p.usdPerMillionCacheWriteTokens !== undefined
      ? { usdPerMillionCacheWriteTokens: p.usdPerMillionCacheWriteTokens }
      : {}),
    ...(p.longContext && model.longContext
      ? { longContext: { ...model.longContext, ...p.longContext } }
      : {}),
    source: p.source,
    asOf: p.asOf,
  };
}

/**
 * The built-in catalog with the stored prices laid over it, validated again
 * as a whole (zod). Models the catalog no longer has are ignored.
 */
export function catalogWithOverride(override: PriceOverride): Catalog {
  return loadCatalog({
    ...rawCatalog,
    apiModels: rawCatalog.apiModels.map((m) => {
      const p = override.models[m.id];
      return p ? withPrices(m as ApiModel, p) : m;
    }),
  });
}

export type StoredOverride =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'ok';
      readonly override: PriceOverride;
      readonly catalog: Catalog;
    }
  /** Present but unusable: kept in storage (never deleted silently), built-in prices used. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Every catalog model's prices with their source: far below this. The limits
 * are checked before parsing (issue 15, D1), so stored data cannot overflow
 * the stack or stall the start-up.
 */
export const STORED_OVERRIDE_LIMITS = { maxChars: 1_000_000, maxDepth: 8 };

/** Reads the stored override; never throws. */
export function readStoredOverride(raw: string | null): StoredOverride {
  if (raw === null) return { kind: 'none' };
  const json = parseBoundedJson(raw, STORED_OVERRIDE_LIMITS);
  if (!json.ok) return { kind: 'unreadable', reason: json.reason };
  try {
    const parsed = priceOverrideSchema.safeParse(json.value);
    if (!parsed.success) {
      // Where it failed, so a hand-edited file can be mended: "models ›
      // gpt-4o-mini › usdPerMillionInputTokens: Too small: …".
      return {
        kind: 'unreadable',
        reason: zodIssueText(parsed.error, { separator: ' › ', maxChars: 300 }),
      };
    }
    return {
      kind: 'ok',
      override: parsed.data,
      catalog: catalogWithOverride(parsed.data),
    };
  } catch (e) {
    return {
      kind: 'unreadable',
      reason: e instanceof Error ? e.message.slice(0, 200) : 'not valid',
    };
  }
}
