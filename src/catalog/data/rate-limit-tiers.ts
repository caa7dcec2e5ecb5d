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

// Google Gemini API (AI Studio keys; Vertex AI has its own project quotas, not a ladder).
const GOOGLE_TIERS =
  'https://ai.google.dev/gemini-api/docs/billing — usage tiers: Tier 1 = an active billing account linked (cap $250 a month); Tier 2 = $100 paid + 3 days from the first successful payment (cap $2,000); Tier 3 = $1,000 paid + 30 days (cap "$20,000 – $100,000+", a range, so no cap is recorded); docs snapshot of 2026-06-26 as archived at techdevnotes.com/releases/gemini-docs';
const GOOGLE_LADDER =
  'Gemini 2.5 Flash limits by tier as given by Google staff at discuss.ai.google.dev/t/reached-the-rate-limit-again/104465 (Tier 1 / 2 / 3: 1,000 / 2,000 / 10,000 RPM; 1M / 3M / 8M input TPM); the docs themselves show per-model limits only inside AI Studio (ai.google.dev/gemini-api/docs/rate-limits)';

const google = (
  rank: number,
  qualifyingSpendUsd: number,
  minDaysSinceFirstPayment: number,
  maxMonthlySpendUsd: number | undefined,
  requestsPerMinuteMultiplier: number,
  tokensPerMinuteMultiplier: number,
) => ({
  providerId: 'google',
  tier: `Tier ${rank}`,
  rank,
  qualifyingSpendUsd,
  minDaysSinceFirstPayment,
  ...(maxMonthlySpendUsd === undefined ? {} : { maxMonthlySpendUsd }),
  requestsPerMinuteMultiplier,
  tokensPerMinuteMultiplier,
  source: `${GOOGLE_TIERS}; multipliers from ${GOOGLE_LADDER}`,
  asOf: '2026-06-26',
});

/*
 * Anthropic is left out on purpose: its Tier 1–4 ladder by credit purchase
 * ($5 / $40 / $200 / $400) was replaced by Start / Build / Scale
 * (support.claude.com/en/articles/8243635; platform.claude.com/docs/en/api/rate-limits
 * as read 2026-10-17), where higher limits are requested in the Console once
 * half the current ones are used, not reached by spend, and the Build tier's
 * limits are not in any source found. Its models keep their own tier.
 */
export const rateLimitTiers = [
  openai(1, 5, 0, 100, 1, 1),
  openai(2, 50, 7, 500, 10, 10),
  openai(3, 100, 7, 1000, 10, 20),
  openai(4, 250, 14, 5000, 20, 50),
  openai(5, 1000, 30, 200000, 60, 750),
  // Free is not a rung: a priced option is billed, and Free-tier prompts may be used to improve Google's products.
  google(1, 0, 0, 250, 1, 1),
  google(2, 100, 3, 2000, 2, 3),
  google(3, 1000, 30, undefined, 10, 8),
] satisfies z.input<typeof rateLimitTierSchema>[];
