import { z } from 'zod';
import { featuredOrderSchema, idSchema, provenanced } from './common';

export const providerPrivacySchema = z.object({
  /** Days the provider keeps API inputs/outputs by default (abuse monitoring); 0 = none. `null` = configurable / not stated. */
  retentionDaysDefault: z.number().int().nonnegative().nullable(),
  /** Whether a zero-data-retention (ZDR) option exists (usually by agreement). */
  zeroRetentionAvailable: z.boolean(),
  /** Plain words for the table: "30 days (enterprise: 0)". */
  retentionSummary: z.string().min(1),
  /** Whether API data is used for training by default. */
  trainsOnApiDataByDefault: z.boolean(),
  trainingOptOutSummary: z.string().min(1),
  soc2: z.boolean(),
  /** A HIPAA Business Associate Agreement is offered for API use. */
  hipaaBaa: z.boolean(),
  /** Data can be processed and stored inside the EU (on every deployment, unless `euResidencyPerDeployment`). */
  euDataResidency: z.boolean(),
  /**
   * EU residency is offered only on some deployments (Azure Data Zone, Bedrock
   * `eu.` profiles, Vertex regional endpoints, OpenAI projects with EU data
   * residency): an API model of this provider meets the EU residency rule only
   * if its own `deployment.processingRegion` is 'eu'. Absent = false.
   */
  euResidencyPerDeployment: z.boolean().optional(),
  regions: z.array(z.string().min(1)).min(1),
  /** Usable with no network path to the provider (on-premises / air-gapped). */
  airGapped: z.boolean(),
  /** FedRAMP or equivalent authorisation for government use. */
  governmentAuthorised: z.boolean(),
});
export type ProviderPrivacy = z.infer<typeof providerPrivacySchema>;

export const providerSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** model-lab: trains its own models; cloud-platform: resells them (Azure, Bedrock, Vertex); inference-host: serves open weights per token (Together, DeepInfra, Groq…); aggregator: routes to others. */
  kind: z.enum(['model-lab', 'cloud-platform', 'inference-host', 'aggregator']),
  strengths: z.array(z.string().min(1)).min(1),
  considerations: z.array(z.string().min(1)).min(1),
  privacy: providerPrivacySchema,
  pricingUrl: z.string().url(),
  /** Whether (and where) the "Learn more" panel shows a card for this provider. */
  featuredOrder: featuredOrderSchema,
  /**
   * The privacy panel's provider table always lists this provider, compared or
   * not, so the main labs' and deployments' data terms are there to read; the
   * providers of the compared API options are listed in any case.
   */
  alwaysInPrivacyTable: z.boolean(),
  /**
   * The provider labels the price files use for this provider's own models
   * (LiteLLM `litellm_provider`, OpenRouter vendor prefix). A price refresh
   * reports unmapped entries under these labels as `added`. Empty for
   * deployments and resellers (Azure, Bedrock, Vertex), left out so the list
   * stays reviewable.
   */
  priceFileProviders: z.array(z.string().min(1)),
  ...provenanced,
});
export type Provider = z.infer<typeof providerSchema>;
