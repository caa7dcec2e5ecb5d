/**
 * The catalog: every price, spec and privacy fact Crossover uses, parsed once
 * with zod, deep-frozen and indexed by id. Import the catalog layer only
 * through this file.
 */
import { apiModels } from './data/api-models';
import { cloudOffers } from './data/cloud-offers';
import { costDefaults } from './data/cost-defaults';
import { engines } from './data/engines';
import { hardware } from './data/hardware';
import { hardwareKinds } from './data/hardware-kinds';
import { hostedOpenModels } from './data/hosted-open-models';
import { openModelLatency } from './data/open-model-latency';
import { hybridPatterns } from './data/hybrid-patterns';
import { openModels } from './data/open-models';
import { privacyRules } from './data/privacy-rules';
import { providers } from './data/providers';
import { quants } from './data/quants';
import { rateLimitTiers } from './data/rate-limit-tiers';
import { reasoningTokens } from './data/reasoning-tokens';
import { withModelLatency } from './hosted-latency';
import { loadCatalog, type Catalog } from './load-catalog';

export * from './schema';
export { loadCatalog, type Catalog } from './load-catalog';
export { RETIRED_IDS } from './data/retired-ids';
export {
  CLOUD_DISCOUNTS,
  DEFAULT_OFFER,
  OWNED_DEFAULTS,
  PEOPLE_DEFAULTS,
  PLATFORM_DEFAULTS,
} from './data/cost-defaults';
export { QUALITY_INDEX_TOLERANCE } from './data/quality-index';
export { KV_CACHE_PRECISIONS } from './data/kv-cache-precisions';
// The measured error is attached on demand, outside the first load (docs/methods.md §20.10).
export { loadMeasuredError, withMeasuredError } from './measured-error';
export { PRICE_CONFLICT_TOLERANCE } from './data/price-conflicts';
export { loadCatalogSources, sourceText } from './sources';
// The price importers (LiteLLM, OpenRouter) are their own entry, `./import`, loaded with
// the price-import dialog only: their schemas stay out of the first load.

/**
 * Date of the last price edit (ISO `YYYY-MM-DD`). Bump it whenever any price
 * changes; share links record it and every entry's `asOf` is on or before it.
 */
export const CATALOG_VERSION = '2026-12-01';

/** The raw data exactly as written in `data/` (validated by `loadCatalog`). */
export const rawCatalog = {
  version: CATALOG_VERSION,
  providers,
  // A host without a latency of its own takes its open model's median (marked so).
  apiModels: [
    ...apiModels,
    ...withModelLatency(hostedOpenModels, openModelLatency),
  ],
  openModels,
  quants,
  hardwareKinds,
  hardware,
  cloudOffers,
  engines,
  privacyRules,
  hybridPatterns,
  costDefaults,
  reasoningTokens,
  rateLimitTiers,
};

/** The validated, frozen catalog with `byId` indexes. */
export const catalog: Catalog = loadCatalog(rawCatalog);
