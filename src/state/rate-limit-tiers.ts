import type { Catalog, RateLimitTier } from '../catalog';

/**
 * The rate-limit tiers an API option may be put on (docs/methods.md §17.4):
 * its provider's published ladder, lowest first — only when the catalog's
 * limits for the model sit on that ladder, since the engine scales them from
 * there; [] otherwise (the model's own published tier applies, no choice).
 */
export function rateLimitLadderFor(
  catalog: Pick<Catalog, 'rateLimitTiers' | 'byId'>,
  apiModelId: string,
): readonly RateLimitTier[] {
  const model = catalog.byId.apiModels[apiModelId];
  const base = model?.rateLimits?.tier;
  if (!model || base === undefined) return [];
  const ladder = catalog.rateLimitTiers
    .filter((t) => t.providerId === model.providerId)
    .sort((a, b) => a.rank - b.rank);
  return ladder.some((t) => t.tier === base) ? ladder : [];
}
