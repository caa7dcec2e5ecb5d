/*
 * When LiteLLM's and OpenRouter's price files disagree on a model the catalog
 * lists under both (`litellmKeys` and `openrouterId`), the model carries a
 * `priceConflict` record with both prices and the one it uses (ADR-24). This
 * file holds the tolerance below which two listings count as the same price.
 */

/**
 * Two files' prices for the same field (input, output or cached input, USD per
 * 1M tokens) conflict when they differ by more than this share of the larger.
 * A field only one file lists is not a conflict (it is reported by the
 * refresh as a change to review).
 */
export const PRICE_CONFLICT_TOLERANCE = {
  relative: 0.02,
  source:
    'assumption, see docs/decisions/0024-todays-models-and-price-conflicts.md (grade C): OpenRouter quotes USD per token as decimal strings with float noise (1e-16) and some vendors round per-1M prices to the cent, which moves a price by well under 1 %; every real disagreement between the two files on 2026-08-01 was 40 % or more',
  asOf: '2026-12-01',
} as const;
