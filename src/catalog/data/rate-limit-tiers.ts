import type { z } from 'zod';
import type { rateLimitTierSchema } from '../schema';

/**
 * Rate-limit ladders (docs/methods.md §17.4, ADR 17): a provider raises an
 * organisation's limits as its paid spend grows. The multipliers are one
 * reference model's limits at each tier ÷ its lowest-tier limits (OpenAI:
 * GPT-4o mini, whose ladder is the flattest of the GPT-4o family at the top,
 * so other models are if anything under-served). Providers whose ladder is
 * not in the catalog keep the model's own published tier.
 */
const OPENAI_TIERS =
  'https://platform.openai.com/docs/guides/rate-limits#usage-tiers (qualification: $5 / $50 + 7 days / $100 + 7 days / $250 + 14 days / $1,000 + 30 days paid; monthly usage limits $100 / $500 / $1,000 / $5,000 / $200,000)';
const OPENAI_LADDER =
  'https://platform.openai.com/docs/models/gpt-4o-mini (rate limits by tier: 500 / 5,000 / 5,000 / 10,000 / 30,000 RPM; 200K / 2M / 4M / 10M / 150M TPM)';

const openai = (
  rank: number,
  qualifyingSpendUsd: number,
  minDaysSinceFirstPayment: number,
  maxMonthlySpendUsd: number,
  requestsPerMinuteMultiplier: number,
  tokensPerMinuteMultiplier: number,
) => ({
  providerId: 'openai',
  tier: `Tier ${rank}`,
  rank,
  qualifyingSpendUsd,
  minDaysSinceFirstPayment,
  maxMonthlySpendUsd,
  requestsPerMinuteMultiplier,
  tokensPerMinuteMultiplier,
  source: `${OPENAI_TIERS}; multipliers from ${OPENAI_LADDER}`,
  asOf: '2026-11-27',
});

export const rateLimitTiers = [
  openai(1, 5, 0, 100, 1, 1),
  openai(2, 50, 7, 500, 10, 10),
  openai(3, 100, 7, 1000, 10, 20),
  openai(4, 250, 14, 5000, 20, 50),
  openai(5, 1000, 30, 200000, 60, 750),
] satisfies z.input<typeof rateLimitTierSchema>[];
