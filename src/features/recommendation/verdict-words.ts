import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import {
  formatTokens,
  formatTokensPerMonth,
  formatUsdPerMonth,
} from '../../lib/format';
import {
  optionStandings,
  resultOptionLabel,
  type OptionState,
} from '../../state';
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
  /**
   * The verdict API's monthly cost at the "for good" volume, evaluated there
   * (the page passes it; with prompt caching API cost is not proportional to
   * volume, so it is never scaled from another volume). Absent: not said.
   */
  stableApiUsdPerMonth: number | null = null,
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
    stableApiUsdPerMonth,
  });
  return {
    headline,
    detail:
      detail +
      hostedClause(result, catalog) +
      qualityFloorClause(result, name) +
      exclusionClause(result, catalog, name),
    reasons: reasonWords(rec.reasons, volume, comparedRange(result)),
    caveats: caveatWords(result, options, team, name),
    whatWouldChange: whatWouldChangeWords(rec.whatWouldChange, name, catalog),
    ruleOfThumb: ruleOfThumbWords(rec.folkRule),
  };
}

/** The volume range the curves cover (the chart's axis, widened to the user's volume), as written. */
function comparedRange(
  result: ScenarioResult,
): { from: string; to: string } | undefined {
  const first = result.curve[0];
  const last = result.curve[result.curve.length - 1];
  return first && last
    ? {
        from: formatTokens(first.tokensPerMonth),
        to: formatTokens(last.tokensPerMonth),
      }
    : undefined;
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

/** The quality floor's model: the first of the user's own options rated exactly at the floor, by model name. */
function floorModelName(result: ScenarioResult, floorIndex: number): string {
  const added = new Set(result.comparators.map((c) => c.optionId));
  const at = [...result.api, ...result.selfHost].find(
    (r) => r.qualityIndex === floorIndex && !added.has(r.id),
  );
  return at ? `${at.name} (AA index ${floorIndex})` : `AA index ${floorIndex}`;
}

/**
 * " Quality floor: at least as good as GPT-4o mini (AA index 6.9); set aside:
 * Llama 3.2 3B (AA index 4.2), Qwen2.5 7B (not rated)." — '' with no floor.
 */
function qualityFloorClause(result: ScenarioResult, name: OptionNamer): string {
  const floor = result.recommendation.qualityFloor;
  if (!floor) return '';
  const index = new Map(
    [...result.api, ...result.selfHost].map((r) => [r.id, r.qualityIndex]),
  );
  const setAside = [
    ...floor.belowIds.map((id) => `${name(id)} (AA index ${index.get(id)})`),
    ...floor.notRatedIds.map((id) => `${name(id)} (not rated)`),
  ];
  const head = ` Quality floor: at least as good as ${floorModelName(result, floor.floorIndex)}`;
  return setAside.length > 0
    ? `${head}; set aside: ${setAside.join(', ')}.`
    : `${head}; every option meets it.`;
}

/**
 * " Ruled out: Gemini 2.5 Flash (needs a signed BAA (HIPAA-covered health
 * data (PHI))). Cannot run here: Llama 3.1 405B on L4 (does not fit)." — the
 * options the verdict could not pick and why (issue 14 item 1); '' when
 * every option is eligible.
 */
function exclusionClause(
  result: ScenarioResult,
  catalog: Catalog,
  name: OptionNamer,
): string {
  const standings = [...optionStandings(result, catalog)];
  const list = (kind: 'excluded' | 'infeasible') =>
    standings
      .flatMap(([id, s]) =>
        s.kind === kind ? [`${name(id)} (${s.reasons.join('; ')})`] : [],
      )
      .join(', ');
  const excluded = list('excluded');
  const infeasible = list('infeasible');
  return `${excluded ? ` Ruled out: ${excluded}.` : ''}${infeasible ? ` Cannot run here: ${infeasible}.` : ''}`;
}
