import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import { formatTokensPerMonth } from '../../lib/format';
import { optionShortLabel, type OptionState } from '../../state';
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
  const name: OptionNamer = (id) => {
    const o = options.find((x) => x.id === id);
    return o ? optionShortLabel(o, catalog) : (id ?? '');
  };
  const volume = formatTokensPerMonth(result.workload.tokensPerMonth);
  const { headline, detail } = verdictSentence({
    result,
    optionCount: options.length,
    name,
    volume,
  });
  return {
    headline,
    detail,
    reasons: reasonWords(rec.reasons, volume),
    caveats: caveatWords(result, options, team, name),
    whatWouldChange: whatWouldChangeWords(rec.whatWouldChange, name, catalog),
    ruleOfThumb: ruleOfThumbWords(rec.folkRule),
  };
}
