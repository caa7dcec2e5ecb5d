import { z } from 'zod';
import { idSchema, provenanced } from './common';

/** What a privacy requirement demands of an option. */
export const privacyConstraintSchema = z.discriminatedUnion('kind', [
  /** Only self-hosted options qualify. */
  z.object({ kind: z.literal('local-only') }),
  /** An API qualifies only if its provider meets every listed requirement. */
  z.object({
    kind: z.literal('api-requires'),
    requires: z
      .array(
        z.enum([
          'hipaaBaa',
          'zeroRetentionAvailable',
          'euDataResidency',
          'soc2',
          'governmentAuthorised',
          'noTrainingByDefault',
        ]),
      )
      .min(1),
  }),
  /** Not excluding anything, but flagged as a caveat on API options. */
  z.object({ kind: z.literal('flag-api') }),
]);
export type PrivacyConstraint = z.infer<typeof privacyConstraintSchema>;

export const privacyRuleSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  why: z.string().min(1),
  constraint: privacyConstraintSchema,
  /** Whether the product brief (ADR-14) lists it under "When you must go local". */
  fromBrief: z.boolean(),
  ...provenanced,
});
export type PrivacyRule = z.infer<typeof privacyRuleSchema>;

export const hybridPatternSchema = z.object({
  id: z.enum([
    'tiered-routing',
    'fallback-chain',
    'overflow-spill',
    'privacy-split',
    'dev-prod-split',
  ]),
  name: z.string().min(1),
  summary: z.string().min(1),
  /** The scenario input each pattern is driven by. */
  controlLabel: z.string().min(1),
  whenItFits: z.string().min(1),
  ...provenanced,
});
export type HybridPattern = z.infer<typeof hybridPatternSchema>;
