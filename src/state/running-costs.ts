import type { Catalog, PeopleDefaults } from '../catalog';
import type { ProcurementChoice } from './calculator-inputs';

/**
 * What it takes to run a self-hosted option besides the hardware's price
 * (issue 11 items 5 and 7; ADR-19): the people, growing with the fleet, and
 * the terms of owned hardware. Each is a field of the option, editable in its
 * editor, carried in the link and clamped to its bound; the defaults are
 * catalog data (`catalog.costDefaults.people`, `.ownedHardware`).
 */
export type RunningCostFields = {
  /** Operations time added per GPU of the fleet, spare replicas included, FTE (docs/methods.md §19.1). */
  readonly opsFtePerGpu: number;
  /** On-call standby for a production service, FTE-equivalent (docs/methods.md §19.1). */
  readonly onCallFte: number;
  /** Owned and desk hardware (docs/methods.md §7.3): months the price is repaid over. */
  readonly amortisationMonths: number;
  /** Resale value at the end, percent of the purchase price. */
  readonly resalePercent: number;
  /** Annual cost of capital, percent (owned; a desk machine has none). */
  readonly costOfCapitalPercent: number;
  readonly electricityUsdPerKwh: number;
  /** Power usage effectiveness of the room, ≥ 1 (owned). */
  readonly pue: number;
  /** Colocation rent per kW of maximum power a month; 0 = your own premises, no rent (owned). */
  readonly colocationUsdPerKwMonth: number;
  /** Added to a GPU's price for its share of server, network and install, percent (owned). */
  readonly serverOverheadPercent: number;
};

const RENTED: readonly ProcurementChoice[] = ['on-demand', 'reserved', 'spot'];

/** Per-GPU operations step: one engineer per N servers of `gpusPerServer` GPUs (docs/methods.md §19.1). */
export function opsFtePerGpuDefault(
  people: PeopleDefaults,
  procurement: ProcurementChoice,
): number {
  if (procurement === 'desk') return 0;
  const servers = RENTED.includes(procurement)
    ? people.rentedServersPerEngineer
    : people.ownedServersPerEngineer;
  return 1 / (people.gpusPerServer * servers);
}

/**
 * On-call standby as a share of one engineer: hours on call × standby share
 * ÷ working hours (§19.1). Batch work (`trafficKind` 1) is on call the
 * catalog's batch hours — none by default: a job with a deadline of hours is
 * rerun in working time, nobody is paged for it.
 */
export function onCallFteDefault(
  people: PeopleDefaults,
  procurement: ProcurementChoice,
  trafficKind = 0,
): number {
  if (procurement === 'desk') return 0;
  const hours =
    trafficKind === 1
      ? people.batchOnCallHoursPerWeek
      : people.onCallHoursPerWeek;
  return (hours * people.standbyShareOfHourlyCost) / people.workHoursPerWeek;
}

/** The people fields that follow the procurement: base share, per-GPU step and on-call. */
export function peopleDefaultsFor(
  catalog: Catalog,
  procurement: ProcurementChoice,
): Pick<RunningCostFields, 'opsFtePerGpu' | 'onCallFte'> & {
  readonly opsFteShare: number;
} {
  const people = catalog.costDefaults.people;
  return {
    opsFteShare:
      procurement === 'desk' ? people.deskBaseFteShare : people.baseFteShare,
    opsFtePerGpu: opsFtePerGpuDefault(people, procurement),
    onCallFte: onCallFteDefault(people, procurement),
  };
}

/** Every running-cost field, and the base operations share, at its catalog default for this procurement. */
export function runningCostDefaults(
  catalog: Catalog,
  procurement: ProcurementChoice,
): RunningCostFields & { readonly opsFteShare: number } {
  const owned = catalog.costDefaults.ownedHardware;
  return {
    // A desk machine needs little operations time (docs/methods.md §7.3, §19.1).
    ...peopleDefaultsFor(catalog, procurement),
    amortisationMonths: owned.amortisationMonths,
    resalePercent: owned.residualShare * 100,
    costOfCapitalPercent: owned.costOfCapitalAnnual * 100,
    electricityUsdPerKwh: owned.electricityUsdPerKwh,
    pue: owned.pue,
    colocationUsdPerKwMonth: owned.hostingUsdPerKwMonth,
    serverOverheadPercent: owned.serverOverheadShare * 100,
  };
}

type PeopleFields = Pick<RunningCostFields, 'opsFtePerGpu' | 'onCallFte'> & {
  readonly opsFteShare: number;
};

/**
 * The people fields after a change of procurement: each one still at the old
 * procurement's default takes the new one's (renting → buying adds hardware
 * work; a desk needs no on-call); a figure the user typed stays.
 */
export function peopleAfterProcurementChange<T extends PeopleFields>(
  option: T,
  from: ProcurementChoice,
  to: ProcurementChoice,
  catalog: Catalog,
): T {
  if (from === to) return option;
  const before = peopleDefaultsFor(catalog, from);
  const after = peopleDefaultsFor(catalog, to);
  const follow = (key: keyof PeopleFields) =>
    Object.is(option[key], before[key]) ? after[key] : option[key];
  return {
    ...option,
    opsFteShare: follow('opsFteShare'),
    opsFtePerGpu: follow('opsFtePerGpu'),
    onCallFte: follow('onCallFte'),
  };
}

type OnCallOption = {
  readonly id: string;
  readonly kind: string;
  readonly procurement?: ProcurementChoice;
  readonly onCallFte?: number;
};
type WithTraffic<O> = {
  readonly workload: {
    readonly trafficKind: number;
    readonly presetId: string;
  };
  readonly options: readonly O[];
};

/**
 * The on-call default follows the kind of traffic (§19.1): after a change of
 * inputs, a self-hosted option whose on-call was still the default for the
 * old traffic kind (or one just created, at the interactive default) takes
 * the new kind's; a figure the user typed stays. Links keep what they carry:
 * an option's `q` is compared with the interactive default, so a batch
 * option's 0 is written out and an old link decodes as before.
 */
export function withOnCallForTraffic<
  O extends OnCallOption,
  I extends WithTraffic<O>,
>(before: I, after: I, catalog: Catalog): I {
  const from = before.workload.trafficKind;
  const to = after.workload.trafficKind;
  const people = catalog.costDefaults.people;
  const at = (p: ProcurementChoice, kind: number) =>
    onCallFteDefault(people, p, kind);
  // A preset that swaps in fresh options (same ids, new objects): all new.
  const rebuilt =
    after.workload.presetId !== before.workload.presetId &&
    after.options.every((o) => !before.options.includes(o));
  let changed = false;
  const options = after.options.map((o) => {
    if (o.kind !== 'self-host' || !o.procurement) return o;
    const prev = rebuilt
      ? undefined
      : before.options.find((b) => b.id === o.id && b.kind === o.kind);
    const next = onCallAfter(o, prev, from, to, at);
    if (next === o.onCallFte) return o;
    changed = true;
    return { ...o, onCallFte: next };
  });
  return changed ? { ...after, options } : after;
}

/** The store's update `f` applied, with the on-call rule above. */
export function onCallFollows<I extends WithTraffic<OnCallOption>>(
  before: I,
  f: (i: I) => I,
  catalog: Catalog,
): I {
  return withOnCallForTraffic(before, f(before), catalog);
}

/** One option's on-call after the change (see withOnCallForTraffic). */
function onCallAfter(
  o: OnCallOption,
  prev: OnCallOption | undefined,
  from: number,
  to: number,
  at: (p: ProcurementChoice, kind: number) => number,
): number | undefined {
  const p = o.procurement!;
  if (!prev?.procurement)
    return Object.is(o.onCallFte, at(p, 0)) ? at(p, to) : o.onCallFte;
  if (from === to && prev.procurement === o.procurement) return o.onCallFte;
  const wasDefault = Object.is(prev.onCallFte, at(prev.procurement, from));
  // Untouched by this change, or moved by the procurement rule to its interactive default.
  const untyped =
    Object.is(o.onCallFte, prev.onCallFte) || Object.is(o.onCallFte, at(p, 0));
  return wasDefault && untyped ? at(p, to) : o.onCallFte;
}
