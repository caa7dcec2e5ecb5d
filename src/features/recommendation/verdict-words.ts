import type { Catalog } from '../../catalog';
import {
  FOLK_RULE_API_USD_PER_MONTH,
  type CaveatCode,
  type ReasonCode,
  type ScenarioResult,
} from '../../engine';
import {
  formatTokensPerMonth,
  formatUsd,
  formatUsdPerMonth,
} from '../../lib/format';
import { optionShortLabel, type OptionState } from '../../state';

export type VerdictWords = {
  readonly headline: string;
  readonly detail: string;
  readonly reasons: readonly string[];
  readonly caveats: readonly string[];
  readonly whatWouldChange: readonly string[];
  readonly ruleOfThumb: string;
};

/**
 * Turns the engine's codes into plain, exact words (docs/ux.md "Words").
 * The engine returns codes so it stays free of UI strings.
 */
export function verdictWords(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
): VerdictWords {
  const rec = result.recommendation;
  const name = (id: string | null) => {
    const o = options.find((x) => x.id === id);
    return o ? optionShortLabel(o, catalog) : (id ?? '');
  };
  const costOf = (id: string | null): number | null => {
    const a = result.api.find((x) => x.id === id);
    if (a) return a.cost.usdPerMonth;
    const s = result.selfHost.find((x) => x.id === id);
    return s && s.feasible ? s.cost.usdPerMonth : null;
  };
  const volume = formatTokensPerMonth(result.workload.tokensPerMonth);
  const v = rec.verdict;
  let headline: string;
  let detail: string;
  if (v.kind === 'api') {
    headline = 'Use the API for now.';
    detail = `${name(v.optionId)} costs ${formatUsdPerMonth(costOf(v.optionId) ?? 0)} at ${volume}.`;
  } else if (v.kind === 'self-host') {
    headline = 'Self-host.';
    detail = `${name(v.optionId)} costs ${formatUsdPerMonth(costOf(v.optionId) ?? 0)} at ${volume}.`;
  } else {
    headline = 'No option fits your requirements.';
    detail =
      'Every option is excluded by a privacy requirement or does not fit its hardware.';
  }
  if (rec.alternativeId && rec.savingUsdPerMonth !== null) {
    detail += ` That is ${formatUsd(rec.savingUsdPerMonth)}/month less than ${name(rec.alternativeId)}.`;
  }
  if (rec.flipAtTokensPerMonth !== null && rec.alternativeId) {
    detail +=
      v.kind === 'api'
        ? ` Self-hosting ${name(rec.alternativeId)} costs less above ${formatTokensPerMonth(rec.flipAtTokensPerMonth)}${
            rec.breakEvenApiUsdPerMonth !== null
              ? ` (≈ ${formatUsd(rec.breakEvenApiUsdPerMonth)}/month of API spend)`
              : ''
          }.`
        : ` Below ${formatTokensPerMonth(rec.flipAtTokensPerMonth)} the API would be cheaper.`;
  }
  const reasonText: Record<ReasonCode, string> = {
    'api-cheaper-at-volume': `At ${volume} the cheapest API costs less than the cheapest self-hosted option.`,
    'self-host-cheaper-at-volume': `At ${volume} the cheapest self-hosted option costs less than the cheapest API.`,
    'below-crossover':
      'Your volume is below the crossover: fixed self-hosting costs (GPUs, people) are not yet covered.',
    'above-crossover':
      'Your volume is above the crossover: the fixed costs of self-hosting are spread over enough tokens.',
    'self-host-never-wins-in-range':
      'Self-hosting does not get cheaper than the API anywhere between 1M and 100B tokens a month.',
    'privacy-requires-local':
      'A ticked privacy requirement allows no cloud API: data must stay on your infrastructure.',
    'privacy-excludes-apis':
      'A ticked privacy requirement rules out some API providers.',
    'no-self-host-fits':
      'None of the self-hosted configurations fits its hardware or meets the latency target.',
    'no-api-option': 'No API option is being compared.',
  };
  const caveatText: Record<CaveatCode, string> = {
    'not-like-for-like':
      'The compared models are in different quality tiers: the crossover compares unequal answers. Check quality on your own evaluations.',
    'rate-limit-exceeded':
      'Your peak traffic exceeds the API’s published rate limits at the default tier: part of it would be rejected until your tier rises.',
    'ops-time-assumed':
      'Self-hosting includes an assumed share of an engineer’s time; change it in the option if yours differs.',
    'latency-target-missed':
      'The self-hosted option misses your latency target at peak load.',
    'self-host-mostly-idle':
      'The self-hosted GPUs would be idle most of the time at this volume.',
  };
  const whatWouldChange: string[] = [];
  if (rec.flipAtTokensPerMonth !== null) {
    whatWouldChange.push(
      v.kind === 'api'
        ? `Growing past ${formatTokensPerMonth(rec.flipAtTokensPerMonth)}.`
        : `Falling below ${formatTokensPerMonth(rec.flipAtTokensPerMonth)}.`,
    );
  }
  whatWouldChange.push(
    'A privacy requirement that rules out cloud APIs (tick it under Privacy & data residency).',
  );
  whatWouldChange.push(
    'Cheaper GPUs (reserved or owned) or less operations time for self-hosting.',
  );
  const be = rec.breakEvenApiUsdPerMonth;
  const ruleOfThumb =
    be === null
      ? `The folk rule says self-hosting pays above ~${formatUsd(FOLK_RULE_API_USD_PER_MONTH)}/month of API spend. For your options there is no break-even in range.`
      : `The folk rule says self-hosting pays above ~${formatUsd(FOLK_RULE_API_USD_PER_MONTH)}/month of API spend. For your numbers the break-even is ${formatUsd(be)}/month — ${
          be > FOLK_RULE_API_USD_PER_MONTH * 1.25
            ? `${(be / FOLK_RULE_API_USD_PER_MONTH).toFixed(1)}× the rule`
            : be < FOLK_RULE_API_USD_PER_MONTH * 0.75
              ? 'below the rule'
              : 'close to the rule'
        }. $2K is about one always-on rented GPU: a floor, not a break-even.`;
  return {
    headline,
    detail,
    reasons: rec.reasons.map((r) => reasonText[r]),
    caveats: rec.caveats.map((c) => caveatText[c]),
    whatWouldChange,
    ruleOfThumb,
  };
}
