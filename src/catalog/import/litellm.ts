import { z } from 'zod';
import { zodIssueText } from '../../lib/zod-issues';
import {
  ISO_DATE,
  MAX_PLAUSIBLE_EMBEDDING_USD_PER_MTOK,
  MAX_PLAUSIBLE_INPUT_USD_PER_MTOK,
  MAX_PLAUSIBLE_OUTPUT_USD_PER_MTOK,
  perMillion,
  roundsToZeroReason,
  type ImportOptions,
  type ImportResult,
  type ImportedPrice,
  type SkippedEntry,
} from './types';

/**
 * One entry of LiteLLM's `model_prices_and_context_window.json`
 * (BerriAI/litellm). Only the fields Crossover uses are checked; the rest pass
 * through. Costs are USD per token.
 */
export const litellmEntrySchema = z.looseObject({
  litellm_provider: z.string().min(1),
  mode: z.string().optional(),
  input_cost_per_token: z.number().finite().nonnegative().optional(),
  output_cost_per_token: z.number().finite().nonnegative().optional(),
  cache_read_input_token_cost: z.number().finite().nonnegative().optional(),
  cache_creation_input_token_cost: z.number().finite().nonnegative().optional(),
  input_cost_per_token_batches: z.number().finite().nonnegative().optional(),
  output_cost_per_token_batches: z.number().finite().nonnegative().optional(),
  max_input_tokens: z.number().finite().nonnegative().optional(),
  max_output_tokens: z.number().finite().nonnegative().optional(),
  max_tokens: z.union([z.number(), z.string()]).optional(),
  deprecation_date: z.string().optional(),
});
export type LitellmEntry = z.infer<typeof litellmEntrySchema>;

/** The whole file: an object of entries, plus `sample_spec` and metadata keys. */
export const litellmFileSchema = z.record(z.string(), z.unknown());

const TIER_KEY = /^input_cost_per_token_above_(\d+)k_tokens$/;
/** Top-level keys that are file metadata, not entries. */
const METADATA_KEYS = new Set(['last_updated']);

function isoDateFrom(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = value.slice(0, 10);
  return ISO_DATE.test(date) ? date : undefined;
}

function formatIssues(error: z.ZodError): string {
  return zodIssueText(error, { all: true, root: '(entry)' });
}

/**
 * Reads LiteLLM's price map into normalised prices (USD per 1M tokens).
 * Pure: no I/O, no clock. Every entry that is not a chat or embedding model,
 * cannot be parsed, lacks a price, has a zero price where one is required, or
 * has an implausible price is reported in `skipped` — never turned into $0.
 *
 * @example
 * importLitellm({ 'gpt-4o': { litellm_provider: 'openai', mode: 'chat',
 *   input_cost_per_token: 2.5e-6, output_cost_per_token: 1e-5 } },
 *   { asOf: '2026-07-24' }).prices['gpt-4o']?.usdPerMillionInputTokens // 2.5
 */
export function importLitellm(
  file: unknown,
  options: ImportOptions = {},
): ImportResult {
  const parsedFile = litellmFileSchema.safeParse(file);
  if (!parsedFile.success) {
    throw new Error(
      `LiteLLM file: expected a JSON object of model entries (${formatIssues(parsedFile.error)})`,
    );
  }
  const raw = parsedFile.data;
  const asOf = options.asOf ?? isoDateFrom(raw['last_updated']);
  if (!asOf || !ISO_DATE.test(asOf)) {
    throw new Error(
      'LiteLLM file: no as-of date (the file has no "last_updated"; pass asOf)',
    );
  }
  const prices: Record<string, ImportedPrice> = {};
  const skipped: SkippedEntry[] = [];
  const warnings: SkippedEntry[] = [];

  for (const [key, value] of Object.entries(raw)) {
    if (METADATA_KEYS.has(key)) continue;
    if (key === 'sample_spec') {
      skipped.push({ key, reason: 'documentation entry (field reference)' });
      continue;
    }
    const parsed = litellmEntrySchema.safeParse(value);
    if (!parsed.success) {
      skipped.push({
        key,
        reason: `unreadable: ${formatIssues(parsed.error)}`,
      });
      continue;
    }
    const result = toPrice(key, parsed.data);
    if ('reason' in result) skipped.push({ key, reason: result.reason });
    else {
      prices[key] = result.price;
      warnings.push(...result.warnings.map((reason) => ({ key, reason })));
    }
  }
  return {
    format: 'litellm',
    sourceLabel:
      options.sourceLabel ??
      `LiteLLM model_prices_and_context_window.json (as of ${asOf})`,
    asOf,
    prices,
    skipped,
    warnings,
  };
}

type Conversion =
  { price: ImportedPrice; warnings: string[] } | { reason: string };

function toPrice(key: string, e: LitellmEntry): Conversion {
  const mode =
    e.mode === 'chat' || e.mode === 'responses'
      ? 'chat'
      : e.mode === 'embedding'
        ? 'embedding'
        : undefined;
  if (!mode)
    return { reason: `mode "${e.mode ?? 'missing'}" is not chat or embedding` };
  if (e.input_cost_per_token === undefined) return { reason: 'no input price' };
  if (e.input_cost_per_token === 0)
    return { reason: 'input price is 0 (free, experimental or unknown)' };
  if (mode === 'chat') {
    if (e.output_cost_per_token === undefined)
      return { reason: 'no output price' };
    if (e.output_cost_per_token === 0)
      return { reason: 'output price is 0 for a chat model' };
  }
  const input = perMillion(e.input_cost_per_token);
  const output = perMillion(e.output_cost_per_token ?? 0);
  if (input === 0)
    return { reason: roundsToZeroReason('input', e.input_cost_per_token) };
  if (mode === 'chat' && output === 0)
    return {
      reason: roundsToZeroReason('output', e.output_cost_per_token ?? 0),
    };
  const maxInput =
    mode === 'embedding'
      ? MAX_PLAUSIBLE_EMBEDDING_USD_PER_MTOK
      : MAX_PLAUSIBLE_INPUT_USD_PER_MTOK;
  if (input > maxInput)
    return { reason: `implausible input price $${input}/MTok` };
  if (output > MAX_PLAUSIBLE_OUTPUT_USD_PER_MTOK)
    return { reason: `implausible output price $${output}/MTok` };

  const warnings: string[] = [];
  const price: ImportedPrice = {
    key,
    fileProvider: e.litellm_provider,
    mode,
    usdPerMillionInputTokens: input,
    usdPerMillionOutputTokens: output,
  };
  if (e.cache_read_input_token_cost !== undefined) {
    // A cache price that rounds to $0 is ignored like a 0 (D4): never "free".
    if (perMillion(e.cache_read_input_token_cost) > 0)
      price.usdPerMillionCachedInputTokens = perMillion(
        e.cache_read_input_token_cost,
      );
    else warnings.push('cache read price 0 ignored (treated as no discount)');
  }
  if (e.cache_creation_input_token_cost !== undefined) {
    const write = perMillion(e.cache_creation_input_token_cost);
    if (write >= input) price.usdPerMillionCacheWriteTokens = write;
    else
      warnings.push(
        `cache write price $${write}/MTok below the input price ignored (treated as input price)`,
      );
  }
  if (e.input_cost_per_token_batches) {
    price.batchMultiplier =
      Math.round(
        (e.input_cost_per_token_batches / e.input_cost_per_token) * 1000,
      ) / 1000;
  }
  const longContext = longContextOf(e);
  if (longContext) price.longContext = longContext;
  if (e.max_input_tokens) price.contextWindowTokens = e.max_input_tokens;
  if (e.max_output_tokens && mode === 'chat')
    price.maxOutputTokens = e.max_output_tokens;
  const deprecation = isoDateFrom(e.deprecation_date);
  if (deprecation) price.deprecationDate = deprecation;
  return { price, warnings };
}

/** The lowest long-context tier that has both input and output prices. */
function longContextOf(e: LitellmEntry): ImportedPrice['longContext'] {
  const record = e as Record<string, unknown>;
  let best: ImportedPrice['longContext'];
  for (const [field, value] of Object.entries(record)) {
    const match = TIER_KEY.exec(field);
    // Positive at the catalog's precision, or not a price at all (D4).
    if (!match || typeof value !== 'number' || perMillion(value) <= 0) continue;
    const k = match[1];
    const out = record[`output_cost_per_token_above_${k}k_tokens`];
    if (typeof out !== 'number' || perMillion(out) <= 0) continue;
    const threshold = Number(k) * 1000;
    if (best && best.thresholdInputTokens <= threshold) continue;
    best = {
      thresholdInputTokens: threshold,
      usdPerMillionInputTokens: perMillion(value),
      usdPerMillionOutputTokens: perMillion(out),
    };
    const cached = record[`cache_read_input_token_cost_above_${k}k_tokens`];
    if (typeof cached === 'number' && perMillion(cached) > 0)
      best.usdPerMillionCachedInputTokens = perMillion(cached);
  }
  return best;
}
