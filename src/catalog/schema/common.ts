import { z } from 'zod';

/*
 * Building blocks shared by the catalog schemas. Units are in field names;
 * every entry carries `source` and `asOf` (its provenance), and `fieldSources`
 * for facts taken from elsewhere (for example a latency figure from Artificial
 * Analysis on a price entry).
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

export const provenanceSchema = z.object({
  /** URL or precise citation of where the fact was read. */
  source: z.string().min(3),
  /** The date the source stated the fact (or was read). */
  asOf: isoDateSchema,
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'ids are kebab-case slugs');

/** `source`, `asOf` and optional per-field sources, spread into every entry schema. */
export const provenanced = {
  source: provenanceSchema.shape.source,
  asOf: provenanceSchema.shape.asOf,
  /** Per-field provenance where a field comes from another source. */
  fieldSources: z.record(z.string(), provenanceSchema).optional(),
};

export const nonNegative = z.number().finite().nonnegative();
export const positive = z.number().finite().positive();
export const share = z.number().finite().min(0).max(1);

export const qualityTierSchema = z.enum(['small', 'mid', 'frontier']);
export type QualityTier = z.infer<typeof qualityTierSchema>;

/**
 * Position of an entry among the few the "Learn more" panel introduces first
 * (1 = first); `null` = not introduced first. Orders are unique per kind (tested).
 */
export const featuredOrderSchema = z.number().int().positive().nullable();
