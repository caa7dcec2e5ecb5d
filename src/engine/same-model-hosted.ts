/**
 * The same model, hosted (issue 10): the real alternative to self-hosting an
 * open model is often the same weights bought per token from a host. For each
 * self-hosted option, every catalog API whose `openModelId` names its model is
 * priced at the scenario's workload exactly as a user-added API option would be
 * (`estimateApiCost`), and the ticked privacy rules are applied to it by the
 * same assessment as every API option (`assessPrivacy`).
 */
import type { ApiModel, Catalog } from '../catalog';
import { estimateApiCost } from './api-cost';
import type { HostedComparator, HostedPrice } from './hosted-price';
import { assessPrivacy } from './privacy';
import type { ApiOptionInput, SelfHostOptionInput, Workload } from './types';
import { normaliseWorkload } from './workload';

/** Id of the API option a comparator adds for a host's model. */
export const hostedOptionId = (apiModelId: string) => `hosted:${apiModelId}`;

/**
 * The API option a comparator host is priced as. `useBatch: true` is the
 * state's default for an API option the user adds (`apiOptionFrom`), so a
 * comparator costs what the same host would as a user-added option.
 */
export function hostedApiOption(apiModelId: string): ApiOptionInput {
  return { id: hostedOptionId(apiModelId), apiModelId, useBatch: true };
}

/** Catalog APIs that serve this open model in its mode (chat or embedding). */
function hostsOf(openModelId: string, catalog: Catalog): ApiModel[] {
  const model = catalog.byId.openModels[openModelId];
  if (!model) return [];
  return catalog.apiModels.filter(
    (m) => m.openModelId === openModelId && m.mode === model.mode,
  );
}

function precisionOf(
  host: ApiModel,
  quantId: string,
): HostedPrice['precision'] {
  if (host.servedQuantId === undefined) return 'unknown';
  return host.servedQuantId === quantId ? 'same' : 'differs';
}

/** A host's price at a workload, before its precision is set against an option's. */
type PricedHost = Omit<HostedPrice, 'precision'> & { readonly host: ApiModel };

/**
 * Every host of one open model, priced at workload `w` (the scenario's, as
 * for the user's API options), cheapest first (ties: by the price per 1M
 * tokens, then by id), with the ticked rules that exclude it.
 */
function pricedHosts(
  w: Workload,
  openModelId: string,
  catalog: Catalog,
  privacyRuleIds: readonly string[],
): PricedHost[] {
  const hosts = hostsOf(openModelId, catalog);
  if (hosts.length === 0) return [];
  const results = hosts.map((m) =>
    estimateApiCost(w, m, hostedApiOption(m.id)),
  );
  const privacy = assessPrivacy(privacyRuleIds, results, [], catalog);
  const tokensPerRequest = normaliseWorkload(w).tokensPerRequest;
  const prices = hosts.map((host, i): PricedHost => {
    const r = results[i]!;
    const excluded = privacy.options[i]!.status === 'excluded';
    return {
      host,
      apiModelId: host.id,
      providerId: host.providerId,
      usdPerMonth: r.cost.usdPerMonth,
      // At zero volume, the price of one request's tokens.
      usdPerMillionTokens:
        r.usdPerMillionTokens ??
        (tokensPerRequest > 0 ? (r.usdPerRequest / tokensPerRequest) * 1e6 : 0),
      servedQuantId: host.servedQuantId ?? null,
      excludedByRuleIds: excluded ? privacy.options[i]!.ruleIds : [],
    };
  });
  return prices.sort(
    (a, b) =>
      a.usdPerMonth - b.usdPerMonth ||
      a.usdPerMillionTokens - b.usdPerMillionTokens ||
      (a.apiModelId < b.apiModelId ? -1 : a.apiModelId > b.apiModelId ? 1 : 0),
  );
}

/** The priced hosts as one option sees them: with the precision set against its quantisation. */
function forOption(
  priced: readonly PricedHost[],
  option: SelfHostOptionInput,
): HostedPrice[] {
  return priced.map(({ host, ...price }) => ({
    apiModelId: price.apiModelId,
    providerId: price.providerId,
    usdPerMonth: price.usdPerMonth,
    usdPerMillionTokens: price.usdPerMillionTokens,
    precision: precisionOf(host, option.quantId),
    servedQuantId: price.servedQuantId,
    excludedByRuleIds: price.excludedByRuleIds,
  }));
}

/**
 * The comparators `sameModelHosted: 'compare'` adds: for each distinct open
 * model among the self-hosted options, its cheapest host no ticked rule
 * excludes (whatever its precision, which `hostedSameModel` reports), unless
 * the user's own API options already hold that model.
 */
export function sameModelComparators(
  selfHost: readonly {
    readonly option: SelfHostOptionInput;
    readonly hosted: readonly HostedPrice[];
  }[],
  userApiOptions: readonly ApiOptionInput[],
): HostedComparator[] {
  const own = new Set(userApiOptions.map((o) => o.apiModelId));
  const byApiModel = new Map<string, string[]>();
  for (const { option, hosted } of selfHost) {
    const cheapest = hosted.find((h) => h.excludedByRuleIds.length === 0);
    if (!cheapest || own.has(cheapest.apiModelId)) continue;
    const ids = byApiModel.get(cheapest.apiModelId) ?? [];
    ids.push(option.id);
    byApiModel.set(cheapest.apiModelId, ids);
  }
  return [...byApiModel].map(([apiModelId, forSelfHostOptionIds]) => ({
    optionId: hostedOptionId(apiModelId),
    apiModelId,
    forSelfHostOptionIds,
  }));
}

/** A scenario with its comparators in place, and every self-hosted option's hosted prices. */
export type ScenarioWithComparators<S> = {
  /** The scenario, with the comparators appended to its API options. */
  readonly scenario: S;
  readonly comparators: readonly HostedComparator[];
  /** hostedSameModel by self-hosted option id. */
  readonly hostedBySelfHostId: ReadonlyMap<string, readonly HostedPrice[]>;
};

/**
 * Prices the hosts of every self-hosted option at workload `w` and, with
 * `sameModelHosted: 'compare'`, appends the comparators to the API options,
 * so costs, crossovers, hybrids, the recommendation and the sensitivity
 * analysis treat them like the user's own. Idempotent: a comparator already
 * among the API options is not added again.
 */
export function withSameModelComparators<
  S extends {
    readonly apiOptions: readonly ApiOptionInput[];
    readonly selfHostOptions: readonly SelfHostOptionInput[];
    readonly privacyRuleIds: readonly string[];
    readonly sameModelHosted?: 'compare' | 'off';
  },
>(scenario: S, w: Workload, catalog: Catalog): ScenarioWithComparators<S> {
  // Options that share an open model share its hosts' prices: priced once.
  const byOpenModel = new Map<string, PricedHost[]>();
  const pricedFor = (openModelId: string) => {
    let priced = byOpenModel.get(openModelId);
    if (!priced) {
      priced = pricedHosts(w, openModelId, catalog, scenario.privacyRuleIds);
      byOpenModel.set(openModelId, priced);
    }
    return priced;
  };
  const selfHost = scenario.selfHostOptions.map((option) => ({
    option,
    hosted: forOption(pricedFor(option.openModelId), option),
  }));
  const hostedBySelfHostId = new Map(
    selfHost.map((s) => [s.option.id, s.hosted] as const),
  );
  if (scenario.sameModelHosted !== 'compare') {
    return { scenario, comparators: [], hostedBySelfHostId };
  }
  const comparators = sameModelComparators(selfHost, scenario.apiOptions);
  if (comparators.length === 0) {
    return { scenario, comparators, hostedBySelfHostId };
  }
  return {
    scenario: {
      ...scenario,
      apiOptions: [
        ...scenario.apiOptions,
        ...comparators.map((c) => hostedApiOption(c.apiModelId)),
      ],
    },
    comparators,
    hostedBySelfHostId,
  };
}
