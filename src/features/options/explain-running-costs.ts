import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import { formatNumber, formatPercent, formatUsd } from '../../lib/format';
import type { SelfHostOptionState } from '../../state';

type FeasibleSelfHost = Extract<
  ScenarioResult['selfHost'][number],
  { feasible: true }
>;

const HOURS_PER_MONTH = 730;

/** "0.0016" FTE, "0.32" FTE: enough digits for a per-GPU step. */
function fte(share: number): string {
  return share > 0 && share < 0.01
    ? share.toPrecision(2)
    : formatNumber(Math.round(share * 100) / 100);
}

/**
 * "How is this computed?" for the people who run a self-hosted option
 * (docs/methods.md §19.1): base + per-GPU step × GPUs + on-call, the FTE
 * times the cost of an engineer — the option's people line.
 */
export function peopleLine(
  r: FeasibleSelfHost,
  option: SelfHostOptionState,
  catalog: Catalog,
): string {
  const usd = r.cost.lines.find((l) => l.kind === 'ops-people')?.usdPerMonth;
  const p = catalog.costDefaults.people;
  // GPUs billed on average (replicas × GPUs each; fewer hours when autoscaled).
  const gpus = r.fleet.gpuHoursPerMonth / HOURS_PER_MONTH;
  const total =
    option.opsFteShare + option.opsFtePerGpu * gpus + option.onCallFte;
  const perEngineer = total > 0 && usd !== undefined ? usd / total : 0;
  const terms = [`${fte(option.opsFteShare)} FTE base`];
  if (option.opsFtePerGpu > 0)
    terms.push(
      `${fte(option.opsFtePerGpu)} FTE × ${formatNumber(Math.round(gpus * 10) / 10)} GPUs (one engineer per ${formatNumber(1 / (option.opsFtePerGpu * p.gpusPerServer))} servers of ${p.gpusPerServer} GPUs)`,
    );
  const batch = r.fleet.trafficKind === 'batch';
  const hours = batch ? p.batchOnCallHoursPerWeek : p.onCallHoursPerWeek;
  if (option.onCallFte > 0)
    terms.push(
      `${fte(option.onCallFte)} FTE on call (default${batch ? ' for batch work' : ''}: ${hours} h a week outside working hours × ${formatPercent(p.standbyShareOfHourlyCost)} standby pay ÷ ${p.workHoursPerWeek} h)`,
    );
  else if (batch && option.procurement !== 'desk')
    terms.push(
      '0 FTE on call (batch work: a failed job is rerun in working hours, nobody is paged)',
    );
  return `People: ${terms.join(' + ')} = ${fte(total)} FTE × ${formatUsd(perEngineer)} an engineer-month = ${formatUsd(usd ?? 0)}/month (docs/methods.md §19.1: servers per administrator from Gartner and IDC; standby pay per on-call hour).`;
}

/** The terms a bought rack or desk machine is paid on: the option's own figures (docs/methods.md §7.3). */
export function ownershipTerms(option: SelfHostOptionState): string {
  const price = formatUsd(option.capexUsdPerDevice);
  const life = `repaid over ${option.amortisationMonths} months`;
  const resale = `${formatPercent(option.resalePercent / 100)} resale value`;
  if (option.procurement === 'desk')
    return `On a desk: ${price} per machine ${life} with ${resale}; power at $${option.electricityUsdPerKwh}/kWh; one machine, no spare.`;
  const premises =
    option.colocationUsdPerKwMonth > 0
      ? `colocation at $${option.colocationUsdPerKwMonth} per kW-month`
      : 'your own premises: no colocation rent';
  return `Bought: ${price} per GPU plus ${formatPercent(option.serverOverheadPercent / 100)} for its share of server, network and install, ${life} at ${formatPercent(option.costOfCapitalPercent / 100)} cost of capital with ${resale}; power at $${option.electricityUsdPerKwh}/kWh × PUE ${option.pue}; ${premises}.`;
}
