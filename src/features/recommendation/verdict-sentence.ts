import type { Recommendation, ScenarioResult, Verdict } from '../../engine';
import {
  formatPercent,
  formatTokensPerMonth,
  formatUsd,
  formatUsdPerMonth,
} from '../../lib/format';
import type { OptionNamer } from './number-words';

export const HYBRID_NAMES: Record<string, string> = {
  'tiered-routing': 'Tiered routing',
  'fallback-chain': 'Fallback chain',
  'privacy-split': 'Privacy split',
  'dev-prod-split': 'Dev/prod split',
  'overflow-spill': 'Overflow to the API',
};

/** What the verdict's sentence needs to know besides the verdict. */
export type SentenceContext = {
  readonly result: ScenarioResult;
  /** How many options are being compared. */
  readonly optionCount: number;
  readonly name: OptionNamer;
  /** The user's volume, as the sentence writes it. */
  readonly volume: string;
  /** The verdict API's monthly cost at the stable ("for good") crossover volume, if evaluated. */
  readonly stableApiUsdPerMonth?: number | null;
};

/** The verdict's headline, and its detail: the cost, the saving, where it flips. */
export function verdictSentence(ctx: SentenceContext): {
  readonly headline: string;
  readonly detail: string;
} {
  const rec = ctx.result.recommendation;
  const { headline, detail } = sentenceFor(rec.verdict, ctx);
  return {
    headline,
    detail:
      detail +
      savingClause(rec, ctx.name) +
      flipClause(rec, ctx.name, ctx.stableApiUsdPerMonth ?? null),
  };
}

/** Headline and cost, per verdict kind. */
function sentenceFor(
  v: Verdict,
  { result, optionCount, name, volume }: SentenceContext,
): { headline: string; detail: string } {
  switch (v.kind) {
    case 'api':
      return {
        headline: 'Use the API for now.',
        detail: `${name(v.optionId)} costs ${formatUsdPerMonth(costOf(result, v.optionId) ?? 0)} at ${volume}.`,
      };
    case 'self-host':
      return {
        headline: 'Self-host.',
        detail: `${name(v.optionId)} costs ${formatUsdPerMonth(costOf(result, v.optionId) ?? 0)} at ${volume}.`,
      };
    case 'hybrid': {
      const h = result.hybrids.find(
        (x) => x.feasible && x.patternId === v.patternId,
      );
      return {
        headline: `Go hybrid: ${HYBRID_NAMES[v.patternId] ?? v.patternId}.`,
        detail:
          h && h.feasible
            ? `${formatPercent(h.localShare)} of requests on ${name(v.selfHostOptionId)}, ${formatPercent(h.apiShare)} on ${name(v.apiOptionId)}: ${formatUsdPerMonth(h.usdPerMonth)} at ${volume}.`
            : `${name(v.selfHostOptionId)} with ${name(v.apiOptionId)} at ${volume}.`,
      };
    }
    case 'none':
      return optionCount === 0
        ? {
            headline: 'Nothing to compare yet.',
            detail:
              'Add an API model or a self-hosted configuration under Options.',
          }
        : {
            headline: 'No option fits your requirements.',
            detail:
              'Every option is excluded by a privacy requirement or cannot serve this workload on its hardware.',
          };
  }
}

/** An option's monthly cost; null for an infeasible self-hosted one. */
function costOf(result: ScenarioResult, id: string | null): number | null {
  const a = result.api.find((x) => x.id === id);
  if (a) return a.cost.usdPerMonth;
  const s = result.selfHost.find((x) => x.id === id);
  return s && s.feasible ? s.cost.usdPerMonth : null;
}

/** " That is $X/month less than Y." when the verdict saves against its alternative. */
function savingClause(rec: Recommendation, name: OptionNamer): string {
  if (
    rec.verdict.kind !== 'none' &&
    rec.alternativeId &&
    rec.savingUsdPerMonth !== null &&
    rec.savingUsdPerMonth > 0
  ) {
    return ` That is ${formatUsd(rec.savingUsdPerMonth)}/month less than ${name(rec.alternativeId)}.`;
  }
  return '';
}

/**
 * Where the verdict flips between the API and self-hosting, if it does. Each
 * dollar figure sits beside the volume it belongs to: the break-even API
 * spend is the engine's at the first crossover; the "for good" volume gets
 * its own figure only when it was evaluated there (issue 14 item 3).
 */
function flipClause(
  rec: Recommendation,
  name: OptionNamer,
  stableApiUsdPerMonth: number | null,
): string {
  const v = rec.verdict;
  const compared = rec.comparedSelfHostId ?? rec.alternativeId;
  const stable = rec.stableFlipAtTokensPerMonth ?? null;
  if (v.kind === 'api' && rec.flipAtTokensPerMonth !== null && compared) {
    const flip = rec.flipAtTokensPerMonth;
    const spend = (usd: number | null) =>
      usd !== null ? ` (≈ ${formatUsd(usd)}/month of API spend)` : '';
    const atFirst = spend(rec.breakEvenApiUsdPerMonth);
    return ` Self-hosting ${name(compared)} costs less ${
      stable !== null && stable > flip * 1.0001
        ? `from ${formatTokensPerMonth(flip)}${atFirst}, and for good above ${formatTokensPerMonth(stable)}${stableApiUsdPerMonth !== null ? ` (≈ ${formatUsd(stableApiUsdPerMonth)}/month)` : ''}`
        : `above ${formatTokensPerMonth(flip)}${atFirst}`
    }.`;
  }
  if (v.kind === 'self-host' && rec.flipAtTokensPerMonth !== null) {
    return ` Below ${formatTokensPerMonth(rec.flipAtTokensPerMonth)} the API would be cheaper.`;
  }
  return '';
}
