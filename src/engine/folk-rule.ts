/** The "$2K/month" folk rule set against the user's own numbers (docs/methods.md §9.4). */
import type { CrossoverPair, FolkRuleContext } from './result-types';
import type { ApiResult, SelfHostResult } from './types';

/** The folk rule the product brief quotes (ADR-14; docs/methods.md §9.4): "above ~$2K/month API spend, self-hosting usually saves money". */
export const FOLK_RULE_API_USD_PER_MONTH = 2000;

/** Break-even within this factor of $2K counts as "about right". */
const FOLK_RULE_TOLERANCE = 1.25;

type FeasibleSelf = Extract<SelfHostResult, { feasible: true }>;

/** The "$2K/month" rule against the user's numbers (docs/methods.md §9.4). */
export function folkRuleContext(
  api: ApiResult | undefined,
  self: FeasibleSelf | undefined,
  crossover: CrossoverPair['crossover'] | undefined,
): FolkRuleContext | null {
  if (!self) return null;
  const fleet = self.fleet;
  const minimal =
    fleet.fixedUsdPerMonth +
    fleet.usdPerReplicaMonth * (1 + fleet.extraReplicas);
  const breakEven =
    crossover?.kind === 'crosses' ? crossover.breakEvenApiUsdPerMonth : null;
  const never = crossover?.kind === 'api-always-cheaper';
  const reference = breakEven ?? minimal;
  const ratio = reference / FOLK_RULE_API_USD_PER_MONTH;
  return {
    folkRuleApiUsdPerMonth: FOLK_RULE_API_USD_PER_MONTH,
    userApiUsdPerMonth: api ? api.cost.usdPerMonth : null,
    breakEvenApiUsdPerMonth: breakEven,
    minimalDeploymentUsdPerMonth: minimal,
    fixedUsdPerMonth: fleet.fixedUsdPerMonth,
    oneGpuUsdPerMonth: fleet.usdPerReplicaMonth / fleet.gpusPerReplica,
    breakEvenOverFolkRule: never ? null : ratio,
    verdict: never
      ? 'self-host-never-breaks-even'
      : ratio > FOLK_RULE_TOLERANCE
        ? 'folk-rule-too-low'
        : ratio < 1 / FOLK_RULE_TOLERANCE
          ? 'folk-rule-too-high'
          : 'folk-rule-about-right',
  };
}
