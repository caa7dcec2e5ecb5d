import { z } from 'zod';
import { zodIssueText } from '../../lib/zod-issues';
import {
  ISO_DATE,
  MAX_PLAUSIBLE_INPUT_USD_PER_MTOK,
  MAX_PLAUSIBLE_OUTPUT_USD_PER_MTOK,
  perMillion,
  roundsToZeroReason,
  type ImportOptions,
  type ImportResult,
  type ImportedPrice,
  type SkippedEntry,
} from './types';

/** A USD-per-token price as OpenRouter sends it: a decimal string. */
const priceString = z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/);

/** One model of OpenRouter's `GET /api/v1/models` response. */
export const openrouterModelSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  context_length: z.number().finite().positive().nullable().optional(),
  pricing: z.looseObject({
    prompt: priceString,
    completion: priceString,
    input_cache_read: priceString.optional(),
    input_cache_write: priceString.optional(),
    /** Long-context tiers: prices that apply above `min_prompt_tokens`. */
    overrides: z
      .array(
        z.looseObject({
          min_prompt_tokens: z.number().positive(),
          prompt: priceString,
          completion: priceString,
          input_cache_read: priceString.optional(),
        }),
      )
      .optional(),
  }),
  top_provider: z
    .looseObject({
      context_length: z.number().nullable().optional(),
      max_completion_tokens: z.number().nullable().optional(),
    })
    .nullable()
    .optional(),
  architecture: z
    .looseObject({ output_modalities: z.array(z.string()).optional() })
    .nullable()
    .optional(),
  expiration_date: z.string().nullable().optional(),
});
export type OpenrouterModel = z.infer<typeof openrouterModelSchema>;

export const openrouterFileSchema = z.looseObject({
  data: z.array(z.unknown()),
});

function formatIssues(error: z.ZodError): string {
  return zodIssueText(error, { all: true, root: '(entry)' });
}

/**
 * Reads OpenRouter's `/api/v1/models` response into normalised prices (USD
 * per 1M tokens). Pure. `:free` variants, zero or negative ("variable")
 * prices, non-text models and unreadable entries are reported in `skipped`.
 * The response carries no date, so `asOf` is required.
 *
 * @example
 * importOpenrouter({ data: [{ id: 'openai/gpt-4o', pricing:
 *   { prompt: '0.0000025', completion: '0.00001' } }] }, { asOf: '2026-08-01' })
 *   .prices['openai/gpt-4o']?.usdPerMillionOutputTokens // 10
 */
export function importOpenrouter(
  file: unknown,
  options: ImportOptions = {},
): ImportResult {
  const parsedFile = openrouterFileSchema.safeParse(file);
  if (!parsedFile.success) {
    throw new Error(
      `OpenRouter file: expected { "data": [ … ] } (${formatIssues(parsedFile.error)})`,
    );
  }
  const asOf = options.asOf;
  if (!asOf || !ISO_DATE.test(asOf)) {
    throw new Error(
      'OpenRouter file: the response has no date; pass asOf (YYYY-MM-DD)',
    );
  }
  const prices: Record<string, ImportedPrice> = {};
  const skipped: SkippedEntry[] = [];
  const warnings: SkippedEntry[] = [];

  parsedFile.data.data.forEach((value, index) => {
    const parsed = openrouterModelSchema.safeParse(value);
    if (!parsed.success) {
      const id =
        value && typeof value === 'object' && 'id' in value
          ? String((value as { id: unknown }).id)
          : `data[${index}]`;
      skipped.push({
        key: id,
        reason: `unreadable: ${formatIssues(parsed.error)}`,
      });
      return;
    }
    const m = parsed.data;
    const result = toPrice(m);
    if ('reason' in result) skipped.push({ key: m.id, reason: result.reason });
    else if (prices[m.id])
      skipped.push({ key: m.id, reason: 'duplicate id (first kept)' });
    else {
      prices[m.id] = result.price;
      warnings.push(
        ...result.warnings.map((reason) => ({ key: m.id, reason })),
      );
    }
  });
  return {
    format: 'openrouter',
    sourceLabel:
      options.sourceLabel ?? `OpenRouter /api/v1/models (as of ${asOf})`,
    asOf,
    prices,
    skipped,
    warnings,
  };
}

type Conversion =
  { price: ImportedPrice; warnings: string[] } | { reason: string };

function toPrice(m: OpenrouterModel): Conversion {
  if (m.id.endsWith(':free')) return { reason: 'free variant (":free")' };
  const outputs = m.architecture?.output_modalities;
  if (outputs && !outputs.includes('text'))
    return { reason: `outputs ${outputs.join(', ')}, not text` };
  const prompt = Number(m.pricing.prompt);
  const completion = Number(m.pricing.completion);
  if (prompt < 0 || completion < 0)
    return { reason: 'variable price (negative placeholder)' };
  if (prompt === 0) return { reason: 'input price is 0' };
  if (completion === 0) return { reason: 'output price is 0' };
  const input = perMillion(prompt);
  const output = perMillion(completion);
  if (input === 0) return { reason: roundsToZeroReason('input', prompt) };
  if (output === 0) return { reason: roundsToZeroReason('output', completion) };
  if (input > MAX_PLAUSIBLE_INPUT_USD_PER_MTOK)
    return { reason: `implausible input price $${input}/MTok` };
  if (output > MAX_PLAUSIBLE_OUTPUT_USD_PER_MTOK)
    return { reason: `implausible output price $${output}/MTok` };
  const warnings: string[] = [];
  const price: ImportedPrice = {
    key: m.id,
    fileProvider: m.id.split('/')[0] ?? m.id,
    mode: 'chat',
    usdPerMillionInputTokens: input,
    usdPerMillionOutputTokens: output,
  };
  const cacheRead = m.pricing.input_cache_read;
  if (cacheRead !== undefined) {
    const v = Number(cacheRead);
    // Rounds to $0 at the catalog's precision: ignored like a 0 (D4).
    if (perMillion(v) > 0) price.usdPerMillionCachedInputTokens = perMillion(v);
    else warnings.push('cache read price 0 ignored (treated as no discount)');
  }
  const cacheWrite = m.pricing.input_cache_write;
  if (cacheWrite !== undefined) {
    const write = perMillion(Number(cacheWrite));
    if (write >= input) price.usdPerMillionCacheWriteTokens = write;
    else
      warnings.push(
        `cache write price $${write}/MTok below the input price ignored (storage-style or unknown pricing; treated as input price)`,
      );
  }
  const tier = [...(m.pricing.overrides ?? [])].sort(
    (a, b) => a.min_prompt_tokens - b.min_prompt_tokens,
  )[0];
  // Positive at the catalog's precision, or no tier (D4).
  if (
    tier &&
    perMillion(Number(tier.prompt)) > 0 &&
    perMillion(Number(tier.completion)) > 0
  ) {
    price.longContext = {
      thresholdInputTokens: tier.min_prompt_tokens,
      usdPerMillionInputTokens: perMillion(Number(tier.prompt)),
      usdPerMillionOutputTokens: perMillion(Number(tier.completion)),
    };
    const cached = Number(tier.input_cache_read ?? 0);
    if (perMillion(cached) > 0)
      price.longContext.usdPerMillionCachedInputTokens = perMillion(cached);
  }
  const context = m.context_length ?? m.top_provider?.context_length;
  if (context) price.contextWindowTokens = context;
  const maxOut = m.top_provider?.max_completion_tokens;
  if (maxOut && maxOut > 0) price.maxOutputTokens = maxOut;
  const expires = m.expiration_date?.slice(0, 10);
  if (expires && ISO_DATE.test(expires)) price.deprecationDate = expires;
  return { price, warnings };
}
