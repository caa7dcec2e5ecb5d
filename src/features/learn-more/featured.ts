import type { Catalog } from '../../catalog';

/** Featured entries by their catalog `featuredOrder` (1 first). */
function byFeaturedOrder(
  a: { readonly featuredOrder: number | null },
  b: { readonly featuredOrder: number | null },
): number {
  return (a.featuredOrder ?? 0) - (b.featuredOrder ?? 0);
}

/** The providers that get a card: those with a `featuredOrder`, in that order. */
export function featuredProviders(catalog: Catalog) {
  return catalog.providers
    .filter((p) => p.featuredOrder !== null)
    .sort(byFeaturedOrder);
}

/** Every engine: the featured ones first in their order, then the rest in catalog order. */
export function enginesFeaturedFirst(catalog: Catalog) {
  return [
    ...catalog.engines
      .filter((e) => e.featuredOrder !== null)
      .sort(byFeaturedOrder),
    ...catalog.engines.filter((e) => e.featuredOrder === null),
  ];
}
