import { z } from 'zod';
import { idSchema, nonNegative, positive, provenanced } from './common';

/**
 * One step of a provider's rate-limit ladder (docs/methods.md §17.4): what
 * qualifies an organisation for it and how its limits compare with the
 * lowest tier's. The catalog's per-model `rateLimits` hold the lowest paid
 * tier; a higher tier's limits are those times the multipliers.
 */
export const rateLimitTierSchema = z.object({
  providerId: idSchema,
  /** The tier's name as the provider writes it ("Tier 3"); must match a model's `rateLimits.tier` for the lowest. */
  tier: z.string().min(1),
  /** 1 = lowest paid tier. */
  rank: z.number().int().positive(),
  /** Cumulative paid spend that qualifies, USD. */
  qualifyingSpendUsd: nonNegative,
  /** Days since the first successful payment the tier also waits for. */
  minDaysSinceFirstPayment: z.number().int().nonnegative(),
  /** Most the organisation may spend a month in this tier, USD; absent = no cap stated. */
  maxMonthlySpendUsd: positive.optional(),
  /** This tier's requests per minute ÷ the lowest tier's (the reference model's). */
  requestsPerMinuteMultiplier: positive,
  /** This tier's tokens per minute ÷ the lowest tier's (the reference model's). */
  tokensPerMinuteMultiplier: positive,
  ...provenanced,
});
export type RateLimitTier = z.infer<typeof rateLimitTierSchema>;
