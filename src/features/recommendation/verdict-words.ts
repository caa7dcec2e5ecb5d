import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import { formatTokensPerMonth, formatUsdPerMonth } from '../../lib/format';
import { resultOptionLabel, type OptionState } from '../../state';
import { caveatWords, type TeamAndTargets } from './caveat-words';
import { ruleOfThumbWords } from './folk-rule-words';
import type { OptionNamer } from './number-words';
import { reasonWords, whatWouldChangeWords } from './reason-words';
import { verdictSentence } from './verdict-sentence';

export { HYBRID_NAMES } from './verdict-sentence';

export type VerdictWords = {
  readonly headline: string;
  readonly detail: string;
  readonly reasons: readonly string[];
  readonly caveats: readonly string[];
  readonly whatWouldChange: readonly string[];
  readonly ruleOfThumb: string;
};

/**
 * Turns the engine's codes into plain, exact words (ADR-14 "Words").
 * The engine returns codes so it stays free of UI strings.
 */
export function verdictWords(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
  team: TeamAndTargets = {
    opsFteAvailable: Number.POSITIVE_INFINITY,
    maxTimeToFirstTokenSeconds: 0,
    minOutputTokensPerSecond: 0,
  },
): VerdictWords {
  const rec = result.recommendation;
  // A comparator (the same model, hosted, added by the page) is named by its API model and host.
  const name: OptionNamer = (id) =>
    id === null
      ? ''
      : resultOptionLabel(id, options, result.comparators, catalog);
  const volume = formatTokensPerMonth(result.workload.tokensPerMonth);
  const { headline, detail } = verdictSentence({
    result,
    optionCount: options.length,
    name,
    volume,
  });
  return {
    headline,
    detail: detail + hostedClause(result, catalog),
    reasons: reasonWords(rec.reasons, volume),
    caveats: caveatWords(result, options, team, name),
    whatWouldChange: whatWouldChangeWords(rec.whatWouldChange, name, catalog),
    ruleOfThumb: ruleOfThumbWords(rec.folkRule),
  };
}

/**
 * " The same model hosted by DeepInfra costs $41/month." after a self-hosting
 * verdict: the cheapest allowed host of the chosen model, what it was weighed
 * against (issue 10); '' when no allowed host serves it.
 */
function hostedClause(result: ScenarioResult, catalog: Catalog): string {
  const v = result.recommendation.verdict;
  if (v.kind !== 'self-host') return '';
  const self = result.selfHost.find((s) => s.id === v.optionId);
  const host = self?.hostedSameModel.find(
    (h) => h.excludedByRuleIds.length === 0,
  );
  if (!host) return '';
  const provider =
    catalog.byId.providers[host.providerId]?.name ?? host.providerId;
  return ` The same model hosted by ${provider} costs ${formatUsdPerMonth(host.usdPerMonth)}.`;
}
