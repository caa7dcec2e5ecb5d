/**
 * What one self-hosted replica costs a month under each way of getting the
 * hardware (docs/methods.md §7.2–§7.3): cloud GPUs by the hour (on demand,
 * reserved, spot), owned GPUs as an annuity plus power and hosting, a desk
 * machine as its purchase price plus wall power.
 */
import type { Hardware } from '../catalog';
import { assertNever } from '../lib/assert-never';
import type { CostLine, Procurement } from './types';
import { HOURS_PER_MONTH } from './units';

/** Whole-server power per GPU ÷ GPU TDP (CPUs, fans, NICs; docs/methods.md §7.3, grade C). */
export const SERVER_POWER_PER_GPU_TDP = 1.8;
/** Idle power share of maximum, rack servers (docs/methods.md §7.3, grade C). */
export const SERVER_IDLE_POWER_SHARE = 0.35;
/** Idle power share of TDP for a desk machine (docs/methods.md §2.5, grade C). */
export const DESK_IDLE_POWER_SHARE = 0.15;

/**
 * Monthly capital charge of an asset: an annuity that repays `capexUsd` less
 * the present value of its resale value over `months` at the monthly rate
 * equivalent to `costOfCapitalAnnual` (docs/methods.md §7.3).
 *
 * @example capitalChargeUsdPerMonth(300_000, 36, 0.2, 0.08) // ≈ 7,876 (V8)
 */
export function capitalChargeUsdPerMonth(
  capexUsd: number,
  months: number,
  residualShare: number,
  costOfCapitalAnnual: number,
): number {
  const n = Math.max(1, months);
  const r = (1 + Math.max(0, costOfCapitalAnnual)) ** (1 / 12) - 1;
  const residual = residualShare * capexUsd;
  if (r <= 0) return (capexUsd - residual) / n;
  return ((capexUsd - residual / (1 + r) ** n) * r) / (1 - (1 + r) ** -n);
}

/** Spot capacity is there this share of hours; the rest runs on demand (docs/methods.md §7.2, grade C). */
export const DEFAULT_SPOT_AVAILABILITY = 0.9;
/** Seconds a new cloud replica takes to become ready (docs/methods.md §7.1, [S34], grade C). */
export const DEFAULT_COLD_START_SECONDS = 20;

/**
 * Effective price of one cloud GPU-hour: on-demand, reserved (discounted, billed
 * every hour) or spot blended with on-demand for the hours spot is unavailable
 * (docs/methods.md §7.2).
 */
export function cloudUsdPerGpuHour(
  procurement: Extract<Procurement, { kind: 'cloud' }>,
): number {
  const onDemand = procurement.usdPerGpuHour;
  if (procurement.pricing === 'reserved')
    return onDemand * (1 - procurement.reservedDiscount);
  if (procurement.pricing === 'spot') {
    const a = Math.min(
      1,
      Math.max(0, procurement.spotAvailability ?? DEFAULT_SPOT_AVAILABILITY),
    );
    return onDemand * (a * (1 - procurement.spotDiscount) + (1 - a));
  }
  return onDemand;
}

type PowerWatts = { readonly max: number; readonly idle: number };

/** Power draw per device, watts: maximum and idle. */
function devicePowerWatts(
  hardware: Hardware,
  procurement: Procurement,
): PowerWatts {
  if (procurement.kind === 'desk') {
    return {
      max: hardware.tdpWatts,
      idle: hardware.tdpWatts * DESK_IDLE_POWER_SHARE,
    };
  }
  const max = hardware.tdpWatts * SERVER_POWER_PER_GPU_TDP;
  return { max, idle: max * SERVER_IDLE_POWER_SHARE };
}

/** Electricity bill of a constant draw for a month, USD. */
function energyUsdPerMonth(watts: number, pue: number, usdPerKwh: number) {
  return (watts / 1000) * HOURS_PER_MONTH * pue * usdPerKwh;
}

/** A replica's monthly cost lines, its energy cost per request and the billed warm-up of one start. */
export type ReplicaEconomics = {
  readonly perReplica: CostLine[];
  readonly variableUsdPerRequest: number;
  readonly usdPerReplicaStart: number;
};

/** Per-replica monthly cost lines and the variable energy cost per request. */
export function replicaEconomics(
  hardware: Hardware,
  procurement: Procurement,
  gpus: number,
  requestsPerSecondAtFullLoad: number,
): ReplicaEconomics {
  const power = devicePowerWatts(hardware, procurement);
  // Energy above idle for one request: (max − idle) W for 1/μ seconds on every device.
  const busyKwhPerRequest =
    requestsPerSecondAtFullLoad > 0
      ? (((power.max - power.idle) * gpus) / 1000) *
        (1 / requestsPerSecondAtFullLoad / 3600)
      : 0;
  switch (procurement.kind) {
    case 'cloud':
      return cloudReplicaEconomics(procurement, gpus);
    case 'owned':
      return ownedReplicaEconomics(procurement, gpus, power, busyKwhPerRequest);
    case 'desk':
      return deskReplicaEconomics(procurement, gpus, power, busyKwhPerRequest);
    default:
      return assertNever(procurement, 'procurement');
  }
}

/** Rented GPUs: every GPU-hour at the effective rate; a start bills the cold-start seconds. */
function cloudReplicaEconomics(
  procurement: Extract<Procurement, { kind: 'cloud' }>,
  gpus: number,
): ReplicaEconomics {
  const rate = cloudUsdPerGpuHour(procurement);
  return {
    perReplica: [
      { kind: 'gpu-rental', usdPerMonth: gpus * HOURS_PER_MONTH * rate },
    ],
    variableUsdPerRequest: 0,
    usdPerReplicaStart:
      (gpus *
        rate *
        (procurement.coldStartSeconds ?? DEFAULT_COLD_START_SECONDS)) /
      3600,
  };
}

/** Owned GPUs: the capital annuity, idle power unless the colocation fee includes it, and the colocation fee. */
function ownedReplicaEconomics(
  procurement: Extract<Procurement, { kind: 'owned' }>,
  gpus: number,
  power: PowerWatts,
  busyKwhPerRequest: number,
): ReplicaEconomics {
  const onPrem = procurement.hosting === 'onprem';
  const powerBilled = onPrem || !procurement.powerIncludedInHosting;
  const lines: CostLine[] = [
    {
      kind: 'capital',
      usdPerMonth:
        gpus *
        capitalChargeUsdPerMonth(
          procurement.capexUsdPerGpu,
          procurement.amortisationMonths,
          procurement.residualShare,
          procurement.costOfCapitalAnnual,
        ),
    },
  ];
  if (powerBilled) {
    lines.push({
      kind: 'power',
      usdPerMonth:
        gpus *
        energyUsdPerMonth(
          power.idle,
          procurement.pue,
          procurement.electricityUsdPerKwh,
        ),
    });
  }
  if (!onPrem) {
    lines.push({
      kind: 'hosting',
      usdPerMonth: (gpus * power.max * procurement.hostingUsdPerKwMonth) / 1000,
    });
  }
  return {
    perReplica: lines,
    variableUsdPerRequest: powerBilled
      ? busyKwhPerRequest * procurement.pue * procurement.electricityUsdPerKwh
      : 0,
    usdPerReplicaStart: 0,
  };
}

/** A desk machine: purchase price over its life (no cost of capital) and wall power (no PUE). */
function deskReplicaEconomics(
  procurement: Extract<Procurement, { kind: 'desk' }>,
  gpus: number,
  power: PowerWatts,
  busyKwhPerRequest: number,
): ReplicaEconomics {
  return {
    perReplica: [
      {
        kind: 'capital',
        usdPerMonth:
          gpus *
          capitalChargeUsdPerMonth(
            procurement.capexUsdPerDevice,
            procurement.amortisationMonths,
            procurement.residualShare,
            0,
          ),
      },
      {
        kind: 'power',
        usdPerMonth:
          gpus *
          energyUsdPerMonth(power.idle, 1, procurement.electricityUsdPerKwh),
      },
    ],
    variableUsdPerRequest: busyKwhPerRequest * procurement.electricityUsdPerKwh,
    usdPerReplicaStart: 0,
  };
}
