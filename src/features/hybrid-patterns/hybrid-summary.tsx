import { formatUsd, formatUsdPerMonth } from '../../lib/format';
import { PATTERN_NAMES } from './pattern-words';
import type { HybridComparison } from './use-hybrid-comparison';

/** The panel's opening sentence: which options are paired, and the cheapest pattern against the best pure option. */
export function HybridSummary({
  comparison,
}: {
  readonly comparison: HybridComparison;
}) {
  const { pureApi, pureSelf, best, bestPureUsdPerMonth, optionName } =
    comparison;
  return (
    <p className="chart-summary">
      Many production systems use both. Each pattern below is priced with your
      workload
      {pureApi && pureSelf
        ? `, pairing ${optionName(pureApi.id)} with ${optionName(pureSelf.id)}`
        : ''}
      {best
        ? `. Cheapest: ${PATTERN_NAMES[best.patternId]} at ${formatUsdPerMonth(best.usdPerMonth)}${
            best.usdPerMonth < bestPureUsdPerMonth
              ? `, ${formatUsd(bestPureUsdPerMonth - best.usdPerMonth)}/month below the best pure option`
              : ', no cheaper than the best pure option'
          }.`
        : '.'}
    </p>
  );
}
