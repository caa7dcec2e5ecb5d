import type { Catalog } from '../../catalog';
import {
  FOLK_RULE_API_USD_PER_MONTH,
  type CaveatCode,
  type ReasonCode,
  type ScenarioResult,
  type WhatWouldChange,
} from '../../engine';
import {
  formatNumber,
  formatPercent,
  formatSeconds,
  formatTokensPerMonth,
  formatTokensPerSecond,
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

/** A multiplier with two significant digits: 0.94, 1.2, 0.53. */
function factorText(factor: number): string {
  return String(Number(factor.toPrecision(2)));
}

/** Engineer shares as set: 0.25, 0.02, 1. */
function fteText(share: number): string {
  return String(Number(share.toFixed(2)));
}

export const HYBRID_NAMES: Record<string, string> = {
  'tiered-routing': 'Tiered routing',
  'fallback-chain': 'Fallback chain',
  'privacy-split': 'Privacy split',
  'dev-prod-split': 'Dev/prod split',
  'overflow-spill': 'Overflow to the API',
};

const CAVEAT_TEXT: Record<CaveatCode, string> = {
  'not-like-for-like':
    'The compared models are in different quality tiers: the crossover compares unequal answers. Check quality on your own evaluations.',
  'rate-limit-exceeded':
    'Your peak traffic exceeds the API’s published rate limits at the entry tier: part of it would be rejected until your tier rises.',
  'ops-time-assumed':
    'Self-hosting includes an assumed share of an engineer’s time; change it in the option if yours differs.',
  'latency-target-missed':
    'The recommended option misses your latency target at peak load.',
  'self-host-mostly-idle':
    'The self-hosted GPUs would be idle most of the time at this volume.',
  'hybrid-quality-assumed':
    'The hybrid’s saving assumes the local model answers its share well enough; measure that on your own traffic.',
};

/**
 * Turns the engine's codes into plain, exact words (docs/ux.md "Words").
 * The engine returns codes so it stays free of UI strings.
 */
export function verdictWords(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
  team: {
    readonly opsFteAvailable: number;
    /** 0 = no target. */
    readonly maxTimeToFirstTokenSeconds: number;
    /** 0 = no target. */
    readonly minOutputTokensPerSecond: number;
  } = {
    opsFteAvailable: Number.POSITIVE_INFINITY,
    maxTimeToFirstTokenSeconds: 0,
    minOutputTokensPerSecond: 0,
  },
): VerdictWords {
  const { opsFteAvailable } = team;
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
  switch (v.kind) {
    case 'api':
      headline = 'Use the API for now.';
      detail = `${name(v.optionId)} costs ${formatUsdPerMonth(costOf(v.optionId) ?? 0)} at ${volume}.`;
      break;
    case 'self-host':
      headline = 'Self-host.';
      detail = `${name(v.optionId)} costs ${formatUsdPerMonth(costOf(v.optionId) ?? 0)} at ${volume}.`;
      break;
    case 'hybrid': {
      const h = result.hybrids.find(
        (x) => x.feasible && x.patternId === v.patternId,
      );
      headline = `Go hybrid: ${HYBRID_NAMES[v.patternId] ?? v.patternId}.`;
      detail =
        h && h.feasible
          ? `${formatPercent(h.localShare)} of requests on ${name(v.selfHostOptionId)}, ${formatPercent(h.apiShare)} on ${name(v.apiOptionId)}: ${formatUsdPerMonth(h.usdPerMonth)} at ${volume}.`
          : `${name(v.selfHostOptionId)} with ${name(v.apiOptionId)} at ${volume}.`;
      break;
    }
    case 'none':
      headline =
        options.length === 0
          ? 'Nothing to compare yet.'
          : 'No option fits your requirements.';
      detail =
        options.length === 0
          ? 'Add an API model or a self-hosted configuration under Options.'
          : 'Every option is excluded by a privacy requirement or cannot serve this workload on its hardware.';
      break;
  }
  if (
    v.kind !== 'none' &&
    rec.alternativeId &&
    rec.savingUsdPerMonth !== null &&
    rec.savingUsdPerMonth > 0
  ) {
    detail += ` That is ${formatUsd(rec.savingUsdPerMonth)}/month less than ${name(rec.alternativeId)}.`;
  }
  const compared = rec.comparedSelfHostId ?? rec.alternativeId;
  const stable = rec.stableFlipAtTokensPerMonth ?? null;
  if (v.kind === 'api' && rec.flipAtTokensPerMonth !== null && compared) {
    const flip = rec.flipAtTokensPerMonth;
    detail += ` Self-hosting ${name(compared)} costs less ${
      stable !== null && stable > flip * 1.0001
        ? `from ${formatTokensPerMonth(flip)}, and for good above ${formatTokensPerMonth(stable)}`
        : `above ${formatTokensPerMonth(flip)}`
    }${
      rec.breakEvenApiUsdPerMonth !== null
        ? ` (≈ ${formatUsd(rec.breakEvenApiUsdPerMonth)}/month of API spend)`
        : ''
    }.`;
  } else if (v.kind === 'self-host' && rec.flipAtTokensPerMonth !== null) {
    detail += ` Below ${formatTokensPerMonth(rec.flipAtTokensPerMonth)} the API would be cheaper.`;
  }
  const reasonText: Record<ReasonCode, string> = {
    'api-cheaper-at-volume': `At ${volume} the cheapest API costs less than the cheapest self-hosted option.`,
    'self-host-cheaper-at-volume': `At ${volume} the cheapest self-hosted option costs less than the cheapest API.`,
    'below-crossover':
      'Your volume is below the crossover: the fixed costs of self-hosting (GPUs, people) are not yet covered.',
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
    'sensitive-share-must-stay-local':
      'Part of your traffic must stay on your infrastructure, so no pure-API option qualifies.',
    'privacy-split-required':
      'Keeping the sensitive share local and sending the rest to an API is the cheapest way to comply.',
    'hybrid-cheaper': 'A hybrid pattern costs less than either pure option.',
    'privacy-excludes-rented-gpus':
      'A ticked requirement allows no third party at all, so rented cloud GPUs are out too: only hardware you own or keep on a desk qualifies.',
  };
  const changeText = (c: WhatWouldChange): string => {
    switch (c.kind) {
      case 'volume':
        return c.direction === 'up'
          ? `Growing past ${formatTokensPerMonth(c.tokensPerMonth)}.`
          : `Falling below ${formatTokensPerMonth(c.tokensPerMonth)}.`;
      case 'api-price-factor':
        return `${name(c.apiOptionId)}’s prices at ${factorText(c.factor)}× today’s (${c.factor < 1 ? `a ${formatPercent(1 - c.factor)} cut` : `a ${formatPercent(c.factor - 1)} rise`}).`;
      case 'hardware-price-factor':
        return `${name(c.selfHostOptionId)}’s hardware at ${factorText(c.factor)}× its current cost (${c.factor < 1 ? `${formatPercent(1 - c.factor)} cheaper: reserved, spot or owned` : `${formatPercent(c.factor - 1)} dearer`}).`;
      case 'ops-fte-share':
        return `Operations time for ${name(c.selfHostOptionId)} ${c.fteShare < 0.005 ? 'needing no operations time at all' : `at ${fteText(c.fteShare)} of an engineer instead of the assumed share`}.`;
      case 'privacy-rules':
        return `Unticking ${c.ruleIds.map((id) => catalog.privacyRules.find((r) => r.id === id)?.label ?? id).join(', ')}.`;
    }
  };
  const whatWouldChange = rec.whatWouldChange.map(changeText);
  if (whatWouldChange.length === 0) {
    whatWouldChange.push(
      'A privacy requirement that rules out cloud APIs (tick it under Privacy & data residency).',
    );
  }
  const f = rec.folkRule;
  const rule = `The folk rule says self-hosting pays above ~${formatUsd(FOLK_RULE_API_USD_PER_MONTH)}/month of API spend.`;
  let ruleOfThumb: string;
  if (!f) {
    ruleOfThumb = `${rule} There is no self-hosted option to test it against here.`;
  } else if (
    f.verdict === 'self-host-never-breaks-even' ||
    f.breakEvenApiUsdPerMonth === null
  ) {
    ruleOfThumb = `${rule} For your options self-hosting never breaks even in range. Its smallest deployment costs ${formatUsdPerMonth(f.minimalDeploymentUsdPerMonth)}, of which ${formatUsdPerMonth(f.fixedUsdPerMonth)} is people and platform.`;
  } else {
    const ratio =
      f.breakEvenOverFolkRule ??
      f.breakEvenApiUsdPerMonth / FOLK_RULE_API_USD_PER_MONTH;
    ruleOfThumb = `${rule} For your numbers the break-even is ${formatUsdPerMonth(f.breakEvenApiUsdPerMonth)} — ${formatNumber(ratio)}× the rule${
      f.verdict === 'folk-rule-too-low'
        ? ', so the rule is too optimistic here'
        : f.verdict === 'folk-rule-too-high'
          ? ', so the rule is too cautious here'
          : ''
    }. $2K is about one always-on rented GPU (this option’s: ${formatUsdPerMonth(f.oneGpuUsdPerMonth)}); the smallest deployment with people and redundancy costs ${formatUsdPerMonth(f.minimalDeploymentUsdPerMonth)}. A floor, not a break-even.`;
  }
  const caveats = rec.caveats.map((c) => CAVEAT_TEXT[c]);
  // An API that misses the user's latency targets is a caveat too (self-hosted options that miss them are excluded).
  const chosenApi =
    v.kind === 'api' ? result.api.find((a) => a.id === v.optionId) : undefined;
  if (chosenApi) {
    const misses: string[] = [];
    if (
      team.maxTimeToFirstTokenSeconds > 0 &&
      chosenApi.latency.timeToFirstTokenSeconds >
        team.maxTimeToFirstTokenSeconds
    ) {
      misses.push(
        `first token in ${formatSeconds(chosenApi.latency.timeToFirstTokenSeconds)} against your ${formatSeconds(team.maxTimeToFirstTokenSeconds)}`,
      );
    }
    if (
      team.minOutputTokensPerSecond > 0 &&
      chosenApi.latency.outputTokensPerSecond < team.minOutputTokensPerSecond
    ) {
      misses.push(
        `${formatTokensPerSecond(chosenApi.latency.outputTokensPerSecond)} against your ${formatTokensPerSecond(team.minOutputTokensPerSecond)}`,
      );
    }
    if (misses.length > 0)
      caveats.push(
        `${name(chosenApi.id)} misses your latency targets: ${misses.join('; ')}.`,
      );
  }
  const localId =
    v.kind === 'self-host'
      ? v.optionId
      : v.kind === 'hybrid'
        ? v.selfHostOptionId
        : null;
  const local = options.find((o) => o.id === localId);
  if (local?.kind === 'self-host' && local.opsFteShare > opsFteAvailable) {
    caveats.push(
      `${name(local.id)} assumes ${fteText(local.opsFteShare)} of an engineer’s time for operations; your team has ${fteText(opsFteAvailable)}.`,
    );
  }
  return {
    headline,
    detail,
    reasons: rec.reasons.map((r) => reasonText[r]),
    caveats,
    whatWouldChange,
    ruleOfThumb,
  };
}
