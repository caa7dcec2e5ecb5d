import type {
  HybridResult,
  ScenarioResult,
  SelfHostResult,
} from '../../engine';
import {
  resultOptionLabel,
  selectHybrid,
  selectOptions,
  useCalculatorStore,
  useCatalog,
} from '../../state';

type FeasibleHybrid = Extract<HybridResult, { feasible: true }>;
type FeasibleSelfHost = Extract<SelfHostResult, { feasible: true }>;

/** What the hybrid patterns are measured against: the cheapest pure options and hybrid. */
export type HybridComparison = {
  /** The cheapest API option that no ticked privacy rule excludes. */
  readonly pureApi: ScenarioResult['api'][number] | undefined;
  /** The cheapest self-hosted option that fits. */
  readonly pureSelf: FeasibleSelfHost | undefined;
  /** False with a sensitive share: API-only is then not an allowed answer. */
  readonly apiOnlyAllowed: boolean;
  /** The cheapest allowed pure option, USD per month (Infinity when none). */
  readonly bestPureUsdPerMonth: number;
  /** The cheapest feasible, eligible hybrid. */
  readonly best: FeasibleHybrid | undefined;
  /** An option's short label by id, a comparator's too (the id itself once the option is gone). */
  readonly optionName: (optionId: string) => string;
};

function cheapest<T>(items: readonly T[], usdPerMonth: (item: T) => number) {
  return [...items].sort((a, b) => usdPerMonth(a) - usdPerMonth(b))[0];
}

/** The pure options and the best hybrid of this result, as the panel compares them. */
export function useHybridComparison(result: ScenarioResult): HybridComparison {
  const hybrid = useCalculatorStore(selectHybrid);
  const options = useCalculatorStore(selectOptions);
  const catalog = useCatalog();
  const optionName = (id: string) =>
    resultOptionLabel(id, options, result.comparators, catalog);
  const excluded = new Set(
    result.privacy.options
      .filter((o) => o.status === 'excluded')
      .map((o) => o.optionId),
  );
  const pureApi = cheapest(
    result.api.filter((a) => !excluded.has(a.id)),
    (a) => a.cost.usdPerMonth,
  );
  const pureSelf = cheapest(
    result.selfHost.flatMap((s) => (s.feasible ? [s] : [])),
    (s) => s.cost.usdPerMonth,
  );
  // With a sensitive share, API-only is not an allowed answer: compare with what is.
  const apiOnlyAllowed = hybrid.sensitiveSharePercent === 0;
  const bestPureUsdPerMonth = Math.min(
    apiOnlyAllowed ? (pureApi?.cost.usdPerMonth ?? Infinity) : Infinity,
    pureSelf?.cost.usdPerMonth ?? Infinity,
  );
  const best = cheapest(
    result.hybrids.flatMap((h) => (h.feasible && h.eligible ? [h] : [])),
    (h) => h.usdPerMonth,
  );
  return {
    pureApi,
    pureSelf,
    apiOnlyAllowed,
    bestPureUsdPerMonth,
    best,
    optionName,
  };
}
