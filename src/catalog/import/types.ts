/**
 * Shared shapes of the price importers. An importer turns an ecosystem price
 * file (LiteLLM's map, OpenRouter's /api/v1/models response) into normalised
 * prices in USD per 1M tokens, and lists every entry it skipped with a reason.
 * A missing or zero price is always a skip, never a $0 price.
 */

/** One model's prices as read from an ecosystem file, USD per 1M tokens. */
export type ImportedPrice = {
  /** The file's key for the entry (LiteLLM map key, OpenRouter model id). */
  key: string;
  /** The file's provider label (LiteLLM `litellm_provider`, OpenRouter vendor prefix). */
  fileProvider: string;
  mode: 'chat' | 'embedding';
  usdPerMillionInputTokens: number;
  /** 0 only for embedding entries (input-only endpoints). */
  usdPerMillionOutputTokens: number;
  usdPerMillionCachedInputTokens?: number;
  usdPerMillionCacheWriteTokens?: number;
  /** Batch price ÷ standard price, when the file lists batch prices. */
  batchMultiplier?: number;
  longContext?: {
    thresholdInputTokens: number;
    usdPerMillionInputTokens: number;
    usdPerMillionOutputTokens: number;
    usdPerMillionCachedInputTokens?: number;
  };
  contextWindowTokens?: number;
  maxOutputTokens?: number;
  deprecationDate?: string;
};

/** An entry the importer could not use, and why. */
export type SkippedEntry = { key: string; reason: string };

/** The result of reading one file. */
export type ImportResult = {
  /** Which importer produced it. */
  format: 'litellm' | 'openrouter';
  /** Human-readable provenance, stored in `source` of updated models. */
  sourceLabel: string;
  /** ISO date the file's prices were current (YYYY-MM-DD). */
  asOf: string;
  /** Usable prices by file key. */
  prices: Readonly<Record<string, ImportedPrice>>;
  /** Every entry skipped or unreadable, with the reason. */
  skipped: readonly SkippedEntry[];
  /** Non-fatal notes (e.g. a zero cache price ignored). */
  warnings: readonly SkippedEntry[];
};

/** Options shared by the importers. */
export type ImportOptions = {
  /** ISO date to record as `asOf`; defaults to the date inside the file. */
  asOf?: string;
  /** Label for `source`; defaults to a description of the format. */
  sourceLabel?: string;
};

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Above this input price (USD per 1M tokens) an entry is treated as a data error. */
export const MAX_PLAUSIBLE_INPUT_USD_PER_MTOK = 500;
/** Above this embedding price (USD per 1M tokens) an entry is treated as a data error. */
export const MAX_PLAUSIBLE_EMBEDDING_USD_PER_MTOK = 5;
/** Above this output price (USD per 1M tokens) an entry is treated as a data error. */
export const MAX_PLAUSIBLE_OUTPUT_USD_PER_MTOK = 2000;

/** The catalog's price precision: USD per 1M tokens are kept to 1e-6 (`perMillion`). */
export const PRICE_PRECISION_USD_PER_MTOK = 1e-6;

/**
 * Why a price that is positive in the file is refused: at the catalog's
 * precision it is $0, and a $0 price would read as "free" (issue 15, D4).
 */
export function roundsToZeroReason(what: string, usdPerToken: number): string {
  return `${what} price ${usdPerToken} USD/token rounds to $0 at the catalog's precision ($${PRICE_PRECISION_USD_PER_MTOK} per 1M tokens)`;
}

/** USD per token → USD per 1M tokens, rounded to 1e-6 to remove float noise. */
export function perMillion(usdPerToken: number): number {
  return Math.round(usdPerToken * 1e6 * 1e6) / 1e6;
}
