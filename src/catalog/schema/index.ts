import { z } from 'zod';
import { apiModelSchema } from './api-models';
import { isoDateSchema } from './common';
import { costDefaultsSchema } from './cost-defaults';
import { servingEngineSchema } from './engines';
import {
  cloudOfferSchema,
  hardwareKindTableSchema,
  hardwareSchema,
} from './hardware';
import { openModelSchema } from './open-models';
import { hybridPatternSchema, privacyRuleSchema } from './privacy-and-hybrids';
import { providerSchema } from './providers';
import { quantSchema } from './quants';
import { rateLimitTierSchema } from './rate-limit-tiers';
import { reasoningTokensSchema } from './reasoning-tokens';

/**
 * Zod schemas for every catalog entry, one file per kind. Types are `z.infer`
 * of these schemas and nowhere else. Units are in field names; every entry
 * carries `source` and `asOf` (its provenance), and `fieldSources` for facts
 * taken from elsewhere (for example a latency figure from Artificial Analysis
 * on a price entry).
 */

export {
  isoDateSchema,
  provenanceSchema,
  qualityTierSchema,
  featuredOrderSchema,
  type Provenance,
  type QualityTier,
} from './common';
export * from './providers';
export * from './api-models';
export * from './open-models';
export * from './quants';
export * from './hardware';
export * from './engines';
export * from './measured-error';
export * from './privacy-and-hybrids';
export * from './cost-defaults';
export * from './reasoning-tokens';
export * from './rate-limit-tiers';

export const catalogSchema = z.object({
  version: isoDateSchema,
  providers: z.array(providerSchema),
  apiModels: z.array(apiModelSchema),
  openModels: z.array(openModelSchema),
  quants: z.array(quantSchema),
  hardwareKinds: hardwareKindTableSchema,
  hardware: z.array(hardwareSchema),
  cloudOffers: z.array(cloudOfferSchema),
  engines: z.array(servingEngineSchema),
  privacyRules: z.array(privacyRuleSchema),
  hybridPatterns: z.array(hybridPatternSchema),
  costDefaults: costDefaultsSchema,
  /** Hidden reasoning tokens per request of reasoning API models (docs/methods.md §17.1). */
  reasoningTokens: z.array(reasoningTokensSchema).default([]),
  /** Providers' rate-limit ladders by spend (docs/methods.md §17.4). */
  rateLimitTiers: z.array(rateLimitTierSchema).default([]),
});
export type CatalogData = z.infer<typeof catalogSchema>;
