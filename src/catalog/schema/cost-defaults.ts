import { z } from 'zod';
import { nonNegative, positive, provenanced, share } from './common';
import { cloudOfferTierSchema } from './hardware';

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

/**
 * The tiers a default rented price may come from (issue 10 item 4): the
 * cheapest on-demand offer of these is the price a new rented option starts at,
 * and the configuration search prices from them too. Marketplace and community
 * offers are used only when the user picks one.
 */
export const defaultOfferSchema = z.object({
  tiers: z.array(cloudOfferTierSchema).min(1),
  ...provenanced,
});
export type DefaultOffer = z.infer<typeof defaultOfferSchema>;

/**
 * People for a self-hosted service (docs/methods.md §19.1): a base share of an
 * engineer, a step per GPU from servers-per-administrator ratios, and on-call
 * standby for a production service.
 */
export const peopleDefaultsSchema = z.object({
  /** Base operations time of a production deployment, FTE. */
  baseFteShare: nonNegative,
  /** Base operations time of a desk machine, FTE. */
  deskBaseFteShare: nonNegative,
  /** GPUs in one server (HGX / DGX baseboards). */
  gpusPerServer: positive,
  /** Rented cloud GPU servers one engineer runs (virtual servers). */
  rentedServersPerEngineer: positive,
  /** Owned, racked GPU servers one engineer runs (physical servers). */
  ownedServersPerEngineer: positive,
  /** Hours a week outside working time that a production service needs someone on call. */
  onCallHoursPerWeek: nonNegative,
  /** The same for batch (offline) work: a failed job is rerun in working hours (§19.1). */
  batchOnCallHoursPerWeek: nonNegative.default(0),
  /** Working hours in an engineer's week. */
  workHoursPerWeek: positive,
  /** Standby pay per on-call hour, share of the engineer's loaded hourly cost. */
  standbyShareOfHourlyCost: share,
  ...provenanced,
});
export type PeopleDefaults = z.infer<typeof peopleDefaultsSchema>;

/** All of them, as the catalog carries them (`catalog.costDefaults`). */
export const costDefaultsSchema = z.object({
  ownedHardware: ownedHardwareDefaultsSchema,
  cloudDiscounts: cloudDiscountsSchema,
  platform: platformDefaultsSchema,
  qualityIndex: qualityIndexDefaultsSchema,
  defaultOffer: defaultOfferSchema,
  people: peopleDefaultsSchema,
});
export type CostDefaults = z.infer<typeof costDefaultsSchema>;
