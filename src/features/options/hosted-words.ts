import type { Catalog } from '../../catalog';
import type { HostedPrice, ScenarioResult } from '../../engine';
import { formatTokensPerMonth, formatUsdPerMonth } from '../../lib/format';
import {
  hostedModelLabel,
  type OptionState,
  type SelfHostOptionState,
} from '../../state';

/** A host in a list: its provider's name, or the model and host when one host serves the model twice. */
function hostName(
  h: HostedPrice,
  all: readonly HostedPrice[],
  catalog: Catalog,
): string {
  const twice = all.filter((x) => x.providerId === h.providerId).length > 1;
  if (twice) return hostedModelLabel(h.apiModelId, catalog);
  return catalog.byId.providers[h.providerId]?.name ?? h.providerId;
}

/** "(FP8)", "(serves FP8; this option runs BF16)", "(precision not published)", plus an exclusion. */
function hostNotes(
  h: HostedPrice,
  option: SelfHostOptionState,
  catalog: Catalog,
): string {
  const quantName = (id: string | null) =>
    id === null ? null : (catalog.byId.quants[id]?.name ?? id);
  const notes: string[] = [];
  if (h.precision === 'same') {
    notes.push(quantName(h.servedQuantId ?? option.quantId) ?? '');
  } else if (h.precision === 'differs') {
    notes.push(
      `serves ${quantName(h.servedQuantId) ?? 'another precision'}; this option runs ${quantName(option.quantId)}`,
    );
  } else {
    notes.push('precision not published');
  }
  if (h.excludedByRuleIds.length > 0) {
    const labels = h.excludedByRuleIds.map(
      (id) => catalog.privacyRules.find((r) => r.id === id)?.label ?? id,
    );
    notes.push(`excluded by ${labels.join(', ')}`);
  }
  return ` (${notes.filter((n) => n !== '').join('; ')})`;
}

/**
 * "Same model, hosted: DeepInfra $41/month (FP8), Together $60/month (serves
 * BF16; this option runs FP8)." — every host of the option's open model at
 * this workload, cheapest first (the engine's order); null when none serves it.
 */
export function hostedPricesText(
  hosted: readonly HostedPrice[],
  option: SelfHostOptionState,
  catalog: Catalog,
): string | null {
  if (hosted.length === 0) return null;
  const items = hosted.map(
    (h) =>
      `${hostName(h, hosted, catalog)} ${formatUsdPerMonth(h.usdPerMonth)}${hostNotes(h, option, catalog)}`,
  );
  return `Same model, hosted: ${items.join(', ')}.`;
}

/** The result id that prices a host: the page's comparator, or the user's own option of that API model. */
function optionIdOfHost(
  apiModelId: string,
  result: ScenarioResult,
  options: readonly OptionState[],
): string | undefined {
  const own = options.find(
    (o) => o.kind === 'api' && o.apiModelId === apiModelId,
  );
  return (
    own?.id ??
    result.comparators.find((c) => c.apiModelId === apiModelId)?.optionId
  );
}

/**
 * The crossover against the cheapest host that no ticked rule excludes:
 * "Against DeepInfra, the cheapest allowed host: self-hosting costs less
 * above 31.8B tokens/month." Null when no host serves the model or the
 * comparison is off (nothing priced it as an option).
 */
export function hostedCrossoverText(
  hosted: readonly HostedPrice[],
  option: SelfHostOptionState,
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
): string | null {
  if (hosted.length === 0) return null;
  const cheapest = hosted.find((h) => h.excludedByRuleIds.length === 0);
  if (!cheapest)
    return 'Every host of this model is excluded by what you ticked.';
  const apiId = optionIdOfHost(cheapest.apiModelId, result, options);
  const pair = result.crossovers.find(
    (p) => p.selfHostId === option.id && p.apiId === apiId,
  );
  if (!pair) return null;
  const against = `Against ${hostName(cheapest, hosted, catalog)}, the cheapest allowed host:`;
  const c = pair.crossover;
  switch (c.kind) {
    case 'crosses':
      return c.stableTokensPerMonth !== null &&
        c.stableTokensPerMonth > c.firstTokensPerMonth * 1.0001
        ? `${against} self-hosting costs less from ${formatTokensPerMonth(c.firstTokensPerMonth)}, and for good above ${formatTokensPerMonth(c.stableTokensPerMonth)}.`
        : c.stableTokensPerMonth === null
          ? `${against} self-hosting costs less from ${formatTokensPerMonth(c.firstTokensPerMonth)}, but not for good.`
          : `${against} self-hosting costs less above ${formatTokensPerMonth(c.firstTokensPerMonth)}.`;
    case 'api-always-cheaper':
      return `${against} the host costs less at every volume from ${formatTokensPerMonth(c.range.minTokensPerMonth)} to ${formatTokensPerMonth(c.range.maxTokensPerMonth)}.`;
    case 'self-host-always-cheaper':
      return `${against} self-hosting costs less at every volume from ${formatTokensPerMonth(c.range.minTokensPerMonth)} to ${formatTokensPerMonth(c.range.maxTokensPerMonth)}.`;
    case 'not-comparable':
      return null;
  }
}
