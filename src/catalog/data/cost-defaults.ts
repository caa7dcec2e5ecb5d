import type { z } from 'zod';
import type {
  cloudDiscountsSchema,
  costDefaultsSchema,
  defaultOfferSchema,
  ownedHardwareDefaultsSchema,
  peopleDefaultsSchema,
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

/**
 * Operations time that grows with the fleet (docs/methods.md §19.1, ADR-19):
 * FTE = base + GPUs ÷ (GPUs per server × servers per engineer) + on-call.
 * Servers per engineer: Gartner and IDC as reported by Computerworld — about
 * 30 physical and 80 virtual servers per administrator at small and mid-sized
 * shops, 10–50 physical and 75–500 virtual by Gartner's range; a rented GPU
 * server counts as virtual (the cloud replaces its hardware), an owned one as
 * physical. On-call: a production service needs someone reachable the
 * 128 hours a week outside working time; standby is paid at 10 % of the
 * overtime rate per hour (the Title 38 on-call premium the NIH Clinical
 * Center pays), ≈ 15 % of base pay, taken as 10 % of the loaded hourly
 * cost (loaded ≈ 1.5 × base). A 24/7 rotation of its own would need eight
 * engineers (Google SRE book: primary and secondary, at most 25 % of each
 * engineer's time on call); the default assumes the service joins an existing
 * rotation and pays its standby. Batch (offline) work pages nobody: it has a
 * completion deadline of hours, not a first-token target, so a failed job is
 * retried or rerun the next working day (the SRE book pages only when a
 * human must act immediately; the rest is a ticket).
 */
export const PEOPLE_DEFAULTS = {
  baseFteShare: 0.25,
  deskBaseFteShare: 0.02,
  gpusPerServer: 8,
  rentedServersPerEngineer: 80,
  ownedServersPerEngineer: 30,
  onCallHoursPerWeek: 128,
  batchOnCallHoursPerWeek: 0,
  workHoursPerWeek: 40,
  standbyShareOfHourlyCost: 0.1,
  source:
    'base 0.25 FTE: practitioner TCO write-ups, 20–40 % of an engineer ongoing (docs/methods.md §7.4 [S35]); servers per administrator: Computerworld Australia, "Is there best practice for a server to system administrator ratio?" (2010-07-09), quoting Gartner (physical 10–50, virtual 75–500 per admin) and IDC (SMB average 30:1 physical, 80:1 virtual); 8 GPUs per HGX/DGX H100 server; on-call: Google, "Site Reliability Engineering" ch. 11 "Being On-Call" (sre.google/sre-book/being-on-call: 24/7 rotation of ≥ 8 engineers single-site, ≤ 25 % on call), NIH Clinical Center Title 38 on-call premium (10 % of the overtime rate per on-call hour); batch work: no on-call — Google, "Site Reliability Engineering" ch. 6 "Monitoring Distributed Systems" (a page when a human must act immediately, a ticket when within days); a batch job with an hours-long deadline is rerun in working hours',
  asOf: '2026-12-01',
} as const satisfies z.input<typeof peopleDefaultsSchema>;

/** The defaults above as one catalog entry: `catalog.costDefaults`. */
export const costDefaults = {
  ownedHardware: OWNED_DEFAULTS,
  cloudDiscounts: CLOUD_DISCOUNTS,
  platform: PLATFORM_DEFAULTS,
  qualityIndex: QUALITY_INDEX_TOLERANCE,
  defaultOffer: DEFAULT_OFFER,
  people: PEOPLE_DEFAULTS,
} as const satisfies z.input<typeof costDefaultsSchema>;
