import type { Catalog } from '../../catalog';
import type { ReasonCode, WhatWouldChange } from '../../engine';
import { formatPercent, formatTokensPerMonth } from '../../lib/format';
import { factorText, fteText, type OptionNamer } from './number-words';

/**
 * The reasons behind the verdict, in words; `volume` is the user's, as written;
 * `range` is the compared volume range, as written (the chart's axis, widened
 * to include the user's volume).
 */
export function reasonWords(
  reasons: readonly ReasonCode[],
  volume: string,
  range: { readonly from: string; readonly to: string } = {
    from: '1M',
    to: '100B',
  },
): string[] {
  const reasonText: Record<ReasonCode, string> = {
    'api-cheaper-at-volume': `At ${volume} the cheapest API costs less than the cheapest self-hosted option.`,
    'self-host-cheaper-at-volume': `At ${volume} the cheapest self-hosted option costs less than the cheapest API.`,
    'below-crossover':
      'Your volume is below the crossover: the fixed costs of self-hosting (GPUs, people) are not yet covered.',
    'above-crossover':
      'Your volume is above the crossover: the fixed costs of self-hosting are spread over enough tokens.',
    'self-host-never-wins-in-range': `Self-hosting does not get cheaper than the API anywhere between ${range.from} and ${range.to} tokens a month.`,
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
    'quality-floor-excludes':
      'Your quality floor sets aside every option below it on the Artificial Analysis Intelligence Index, and every option it has not rated.',
    'latency-requirement-excludes':
      'A required latency target sets aside every option that misses it, API or self-hosted alike (the options list says which and by how much).',
    'rate-limit-excludes':
      'An API’s rate limits reject part of your traffic even at its highest published tier, so it is set aside.',
  };
  return reasons.map((r) => reasonText[r]);
}

/** What would change the verdict, in words; a privacy rule when nothing in range would. */
export function whatWouldChangeWords(
  changes: readonly WhatWouldChange[],
  name: OptionNamer,
  catalog: Catalog,
): string[] {
  const words = changes.map((c) => changeText(c, name, catalog));
  if (words.length === 0) {
    words.push(
      'A privacy requirement that rules out cloud APIs (tick it under Privacy & data residency).',
    );
  }
  return words;
}

function changeText(
  c: WhatWouldChange,
  name: OptionNamer,
  catalog: Catalog,
): string {
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
}
