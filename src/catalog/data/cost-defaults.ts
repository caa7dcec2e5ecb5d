import type { z } from 'zod';
import type {
  cloudDiscountsSchema,
  costDefaultsSchema,
  defaultOfferSchema,
  ownedHardwareDefaultsSchema,
  platformDefaultsSchema,
} from '../schema';
import { QUALITY_INDEX_TOLERANCE } from './quality-index';

/*
 * Cost assumptions behind self-hosted options that the page does not (yet)
 * expose as controls. The state layer passes them to the engine; the option
 * explanations quote them; the configuration search, which receives only the
 * catalog, reads them as `catalog.costDefaults`.
 */

/** Owned (racked) and desk hardware: docs/methods.md §7.3 defaults, grade C. */
export const OWNED_DEFAULTS = {
  amortisationMonths: 36,
  residualShare: 0.2,
  costOfCapitalAnnual: 0.08,
  electricityUsdPerKwh: 0.12,
  pue: 1.4,
  hostingUsdPerKwMonth: 200,
  /** Share of a GPU's price added for its slot in a server, network and install [S39]. */
  serverOverheadShare: 0.5,
  source:
    'assumption, see docs/methods.md §7.3 (grade C: 3-year amortisation, 20 % resale, 8 % cost of capital, $0.12/kWh, PUE 1.4, $200 per kW-month colocation); server overhead 50 % of the GPU price [S39]',
  asOf: '2026-11-27',
} as const satisfies z.input<typeof ownedHardwareDefaultsSchema>;

/** Discounts off on-demand (docs/methods.md §2.7 [S24]). */
export const CLOUD_DISCOUNTS = {
  reserved: 0.35,
  spot: 0.55,
  source:
    'docs/methods.md §2.7 [S24]: typical 1-year reserved (35 %) and spot (55 %) discounts off on-demand GPU prices; an assumption where an offer lists no reserved or spot price',
  asOf: '2026-11-27',
} as const satisfies z.input<typeof cloudDiscountsSchema>;

/** Monitoring, networking and storage for a production service (docs/methods.md §2.7, grade C). */
export const PLATFORM_DEFAULTS = {
  monitoringUsdPerMonth: 200,
  networkingAndStorageUsdPerMonth: 150,
  source:
    'assumption, see docs/methods.md §2.7 (grade C: $200 a month of monitoring, $150 of networking and storage per production service; none on a desk)',
  asOf: '2026-11-27',
} as const satisfies z.input<typeof platformDefaultsSchema>;

/**
 * Which offers may set a default rented price (docs/methods.md §7.2): a
 * hyperscaler's or an SLA-backed GPU cloud's on-demand tier, never a
 * marketplace floor.
 */
export const DEFAULT_OFFER = {
  tiers: ['hyperscaler', 'gpu-cloud'],
  source:
    'issue 10 item 4 (a buyer compares with an on-demand tier from a hyperscaler or a GPU cloud with an SLA; marketplace and community offers only when chosen); docs/methods.md §7.2',
  asOf: '2026-12-01',
} as const satisfies z.input<typeof defaultOfferSchema>;

/** The defaults above as one catalog entry: `catalog.costDefaults`. */
export const costDefaults = {
  ownedHardware: OWNED_DEFAULTS,
  cloudDiscounts: CLOUD_DISCOUNTS,
  platform: PLATFORM_DEFAULTS,
  qualityIndex: QUALITY_INDEX_TOLERANCE,
  defaultOffer: DEFAULT_OFFER,
} as const satisfies z.input<typeof costDefaultsSchema>;
