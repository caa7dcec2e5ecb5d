import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import { formatTokensPerMonth, formatUsdPerMonth } from '../../lib/format';
import {
  optionShortLabel,
  resultOptionLabel,
  resultFor,
  WORKLOAD_PRESETS,
  type CalculatorInputs,
} from '../../state';

/** One scenario's headline numbers, in words, for the side-by-side table. */
export type ScenarioSummary = {
  readonly tokensPerMonth: string;
  readonly useCase: string;
  readonly verdict: string;
  readonly verdictCost: string;
  /** Where the verdict flips, or that it does not in range. */
  readonly crossover: string;
  /** Each option's monthly cost, by its plain label. */
  readonly costs: ReadonlyMap<string, string>;
};

function costOf(result: ScenarioResult, id: string): number | null {
  const a = result.api.find((x) => x.id === id);
  if (a) return a.cost.usdPerMonth;
  const s = result.selfHost.find((x) => x.id === id);
  return s && s.feasible ? s.cost.usdPerMonth : null;
}

/**
 * Costs, crossover and verdict of a scenario, from the same engine call the
 * page makes (the headline result: the table needs no chart).
 */
export function summariseScenario(
  inputs: CalculatorInputs,
  catalog: Catalog,
): ScenarioSummary {
  const result = resultFor(inputs, catalog, { curve: 'headline' });
  // A comparator (the same model, hosted) has no option: named from the result.
  const label = (id: string | null) =>
    id === null
      ? '—'
      : resultOptionLabel(id, inputs.options, result.comparators, catalog);
  const rec = result.recommendation;
  const v = rec.verdict;
  let verdict: string;
  let verdictCost = '—';
  switch (v.kind) {
    case 'api':
    case 'self-host': {
      verdict = `${v.kind === 'api' ? 'Use the API' : 'Self-host'}: ${label(v.optionId)}`;
      const c = costOf(result, v.optionId);
      if (c !== null) verdictCost = formatUsdPerMonth(c);
      break;
    }
    case 'hybrid':
      verdict = `Hybrid: ${label(v.apiOptionId)} with ${label(v.selfHostOptionId)}`;
      break;
    case 'none':
      verdict = 'No option fits the requirements';
      break;
  }
  const crossover =
    rec.flipAtTokensPerMonth !== null
      ? `Flips at ${formatTokensPerMonth(rec.flipAtTokensPerMonth)}`
      : 'Does not flip between 1M and 100B tokens/month';
  const costs = new Map<string, string>();
  for (const o of inputs.options) {
    const c = costOf(result, o.id);
    costs.set(
      optionShortLabel(o, catalog),
      c === null ? 'does not fit' : formatUsdPerMonth(c),
    );
  }
  const w = inputs.workload;
  return {
    tokensPerMonth: formatTokensPerMonth(w.tokensPerMonth),
    useCase:
      WORKLOAD_PRESETS.find((p) => p.id === w.presetId)?.label ?? 'Custom',
    verdict,
    verdictCost,
    crossover,
    costs,
  };
}
