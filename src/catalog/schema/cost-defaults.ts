import { z } from 'zod';
import { nonNegative, positive, provenanced, share } from './common';

/*
 * Cost assumptions the page does not (yet) expose as controls. They are
 * catalog data, like prices, so each carries its source and date; the state
 * layer passes them to the engine with every self-hosted option.
 */

/** Owned (racked) and desk hardware: amortisation, power and hosting. */
export const ownedHardwareDefaultsSchema = z.object({
  amortisationMonths: positive,
  /** Resale value at the end of amortisation, share of the purchase price. */
  residualShare: share,
  costOfCapitalAnnual: share,
  electricityUsdPerKwh: positive,
  /** Power usage effectiveness of the rack's data centre. */
  pue: z.number().finite().min(1),
  hostingUsdPerKwMonth: nonNegative,
  /** Share of a GPU's price added for its slot in a server, network and install. */
  serverOverheadShare: nonNegative,
  ...provenanced,
});
export type OwnedHardwareDefaults = z.infer<typeof ownedHardwareDefaultsSchema>;

/** Discounts off the on-demand GPU-hour price. */
export const cloudDiscountsSchema = z.object({
  /** 1-year reservation. */
  reserved: share,
  spot: share,
  ...provenanced,
});
export type CloudDiscounts = z.infer<typeof cloudDiscountsSchema>;

/** Monitoring, networking and storage for a production (non-desk) service. */
export const platformDefaultsSchema = z.object({
  monitoringUsdPerMonth: nonNegative,
  networkingAndStorageUsdPerMonth: nonNegative,
  ...provenanced,
});
export type PlatformDefaults = z.infer<typeof platformDefaultsSchema>;

/** How far apart two Artificial Analysis indexes may be and still count as comparable quality (docs/methods.md §9.1). */
export const qualityIndexDefaultsSchema = z.object({
  comparablePoints: nonNegative,
  ...provenanced,
});
export type QualityIndexDefaults = z.infer<typeof qualityIndexDefaultsSchema>;

/** All four, as the catalog carries them (`catalog.costDefaults`). */
export const costDefaultsSchema = z.object({
  ownedHardware: ownedHardwareDefaultsSchema,
  cloudDiscounts: cloudDiscountsSchema,
  platform: platformDefaultsSchema,
  qualityIndex: qualityIndexDefaultsSchema,
});
export type CostDefaults = z.infer<typeof costDefaultsSchema>;
