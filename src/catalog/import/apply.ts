import { providers } from '../data/providers';
import type { ApiModel, RecordedPriceConflict } from '../schema';
import { sourceText } from '../sources';
import type { ImportResult, ImportedPrice } from './types';

/** One field of one model that the file prices differently. */
export type FieldChange = {
  field: PriceField;
  from: number | undefined;
  to: number | undefined;
};

/** A catalog model whose price the file changes. */
export type PriceChange = {
  id: string;
  /** The file key the price was read from. */
  key: string;
  fields: FieldChange[];
};

/** A model the catalog prices but the file no longer lists under its key(s). */
export type RemovedModel = { id: string; keys: string[] };

/** Disagreement the importer could not settle on its own. */
export type PriceConflict = { id: string; message: string };

/**
 * A catalog model whose recorded price conflict (ADR-24) this file repeats:
 * the file lists the other side's price, which is kept aside, not applied.
 */
export type KnownPriceConflict = {
  id: string;
  key: string;
  conflict: RecordedPriceConflict;
  /** The fields the file prices differently from the catalog. */
  fields: FieldChange[];
};

export type PriceUpdate = {
  /** The catalog models with the file's prices applied (same order, same ids). */
  models: ApiModel[];
  changes: {
    changed: PriceChange[];
    /** File entries of first-party providers that no catalog model maps to. */
    added: ImportedPrice[];
    /** Catalog models whose mapped key(s) are absent from the file; kept unchanged. */
    removed: RemovedModel[];
  };
  /** Catalog models the file confirms at the same price. */
  unchanged: string[];
  conflicts: PriceConflict[];
  /** Recorded conflicts the file repeats (its price is the side the catalog did not choose). */
  knownConflicts: KnownPriceConflict[];
};

export type PriceField =
  | 'usdPerMillionInputTokens'
  | 'usdPerMillionOutputTokens'
  | 'usdPerMillionCachedInputTokens'
  | 'usdPerMillionCacheWriteTokens'
  | 'longContext.usdPerMillionInputTokens'
  | 'longContext.usdPerMillionOutputTokens';

/** Relative difference below which two prices are the same (float noise). */
const SAME = 1e-6;

/**
 * File providers whose unmapped entries are reported as `added`: each catalog
 * provider's `priceFileProviders` (resellers and regional aliases have none,
 * so the list stays reviewable).
 */
const FIRST_PARTY: ReadonlySet<string> = new Set(
  providers.flatMap((p) => p.priceFileProviders),
);

function keysFor(model: ApiModel, result: ImportResult): string[] {
  if (result.format === 'openrouter')
    return model.openrouterId ? [model.openrouterId] : [];
  return model.litellmKeys ?? [];
}

function same(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= SAME * Math.max(1, Math.abs(a), Math.abs(b));
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Applies an imported price file to the catalog's API models. For each model
 * the file prices (through `litellmKeys` or `openrouterId`), the file's
 * input, output, cache-read, cache-write and long-context prices replace the
 * curated ones and every difference is listed in `changes.changed`. Regional
 * entries store the global price: the file's regional price is divided by the
 * model's `regionalMultiplier`. A field the file does not price is kept as
 * curated (a missing price never becomes $0). Models the file does not list
 * are kept unchanged and reported in `changes.removed`; first-party entries
 * no model maps to are reported in `changes.added`. Pure: returns new objects.
 *
 * @example
 * const { changes } = applyPriceUpdates(catalog.apiModels, importLitellm(json));
 * changes.changed.map((c) => c.id) // ['gpt-4o', …]
 */
export function applyPriceUpdates(
  models: readonly ApiModel[],
  result: ImportResult,
): PriceUpdate {
  const changed: PriceChange[] = [];
  const removed: RemovedModel[] = [];
  const unchanged: string[] = [];
  const conflicts: PriceConflict[] = [];
  const knownConflicts: KnownPriceConflict[] = [];
  const mappedKeys = new Set<string>();

  const updated = models.map((model) => {
    const keys = keysFor(model, result);
    keys.forEach((k) => mappedKeys.add(k));
    if (keys.length === 0) return model;
    const found = keys.filter((k) => result.prices[k]);
    if (found.length === 0) {
      const reason = keys
        .map((k) => result.skipped.find((s) => s.key === k))
        .find(Boolean);
      if (reason)
        conflicts.push({
          id: model.id,
          message: `file entry "${reason.key}" was skipped: ${reason.reason}`,
        });
      else removed.push({ id: model.id, keys });
      return model;
    }
    const key = found[0] as string;
    const price = result.prices[key] as ImportedPrice;
    for (const other of found.slice(1)) {
      const p = result.prices[other] as ImportedPrice;
      if (
        !same(p.usdPerMillionInputTokens, price.usdPerMillionInputTokens) ||
        !same(p.usdPerMillionOutputTokens, price.usdPerMillionOutputTokens)
      ) {
        conflicts.push({
          id: model.id,
          message: `keys "${key}" and "${other}" disagree ($${price.usdPerMillionInputTokens}/$${price.usdPerMillionOutputTokens} vs $${p.usdPerMillionInputTokens}/$${p.usdPerMillionOutputTokens}); used "${key}"`,
        });
      }
    }
    if (price.mode !== model.mode) {
      conflicts.push({
        id: model.id,
        message: `file entry "${key}" is ${price.mode}, catalog says ${model.mode}; not applied`,
      });
      return model;
    }
    const next = merge(model, price);
    const fields = diff(model, next);
    if (fields.length === 0) {
      unchanged.push(model.id);
      return model;
    }
    const recorded = model.priceConflict;
    if (recorded && repeatsRecordedConflict(recorded, result, price)) {
      knownConflicts.push({ id: model.id, key, conflict: recorded, fields });
      return model;
    }
    changed.push({ id: model.id, key, fields });
    return {
      ...next,
      source: `${result.sourceLabel}, key "${key}" (was: ${sourceText(model.source)}, ${model.asOf})`,
      asOf: result.asOf,
    };
  });

  const added = Object.values(result.prices).filter(
    (p) => FIRST_PARTY.has(p.fileProvider) && !mappedKeys.has(p.key),
  );
  return {
    models: updated,
    changes: { changed, added, removed },
    unchanged,
    conflicts,
    knownConflicts,
  };
}

/**
 * The file is the side of a recorded conflict the catalog did not choose and
 * still lists the price recorded for it: the known disagreement, not news.
 * A file whose price moved since the record is reported as a change.
 */
function repeatsRecordedConflict(
  recorded: RecordedPriceConflict,
  result: ImportResult,
  price: ImportedPrice,
): boolean {
  if (recorded.chosen === result.format) return false;
  const side = recorded[result.format];
  return (
    same(side.usdPerMillionInputTokens, price.usdPerMillionInputTokens) &&
    same(side.usdPerMillionOutputTokens, price.usdPerMillionOutputTokens) &&
    (side.usdPerMillionCachedInputTokens === undefined ||
      same(
        side.usdPerMillionCachedInputTokens,
        price.usdPerMillionCachedInputTokens,
      ))
  );
}

/** The model with the file's prices, converted back to the global price. */
function merge(model: ApiModel, price: ImportedPrice): ApiModel {
  const m = model.regionalMultiplier ?? 1;
  const next: ApiModel = {
    ...model,
    usdPerMillionInputTokens: round(price.usdPerMillionInputTokens / m),
    usdPerMillionOutputTokens: round(price.usdPerMillionOutputTokens / m),
  };
  if (price.usdPerMillionCachedInputTokens !== undefined)
    next.usdPerMillionCachedInputTokens = round(
      price.usdPerMillionCachedInputTokens / m,
    );
  if (price.usdPerMillionCacheWriteTokens !== undefined)
    next.usdPerMillionCacheWriteTokens = round(
      price.usdPerMillionCacheWriteTokens / m,
    );
  if (price.longContext && model.longContext) {
    next.longContext = {
      ...model.longContext,
      usdPerMillionInputTokens: round(
        price.longContext.usdPerMillionInputTokens / m,
      ),
      usdPerMillionOutputTokens: round(
        price.longContext.usdPerMillionOutputTokens / m,
      ),
    };
  }
  return next;
}

function diff(a: ApiModel, b: ApiModel): FieldChange[] {
  const out: FieldChange[] = [];
  const scalar: PriceField[] = [
    'usdPerMillionInputTokens',
    'usdPerMillionOutputTokens',
    'usdPerMillionCachedInputTokens',
    'usdPerMillionCacheWriteTokens',
  ];
  for (const field of scalar) {
    const from = a[field as keyof ApiModel] as number | undefined;
    const to = b[field as keyof ApiModel] as number | undefined;
    if (!same(from, to)) out.push({ field, from, to });
  }
  const lcFields = [
    ['longContext.usdPerMillionInputTokens', 'usdPerMillionInputTokens'],
    ['longContext.usdPerMillionOutputTokens', 'usdPerMillionOutputTokens'],
  ] as const;
  for (const [field, key] of lcFields) {
    const from = a.longContext?.[key];
    const to = b.longContext?.[key];
    if (!same(from, to)) out.push({ field, from, to });
  }
  return out;
}
