/**
 * One hybrid pattern's result from its local and API parts
 * (docs/methods.md §9.2–9.3): the same cost functions as the pure options,
 * added up, with the shares, the traffic-weighted latency and whether the
 * pattern is eligible.
 */
import type { Catalog } from '../catalog';
import type {
  HybridApiOption,
  HybridInput,
  HybridSelfHostOption,
} from './hybrid-input';
import type { HybridPatternId, HybridResult } from './result-types';
import { evaluateSelfHost } from './self-host';
import type { SelfHostOptionInput, SelfHostResult, Workload } from './types';

/** A self-hosted option that is feasible and has a cost staircase. */
export type FeasibleHybridSelfHost = HybridSelfHostOption & {
  readonly result: Extract<SelfHostResult, { feasible: true }>;
};

/** The pair every pattern combines and the quantities all patterns share. */
export type PatternContext = {
  readonly workload: Workload;
  readonly catalog: Catalog;
  readonly input: HybridInput;
  readonly api: HybridApiOption;
  readonly self: FeasibleHybridSelfHost;
  /** Every self-hosted option offered (a named dev option may be any of them). */
  readonly selfHostOptions: readonly HybridSelfHostOption[];
  /** Feasible self-hosted options no ticked rule excludes: the default choices. */
  readonly feasibleSelf: readonly HybridSelfHostOption[];
  readonly excluded: ReadonlySet<string>;
  /** Monthly requests, at least 0. */
  readonly requests: number;
  /** Share of requests that must stay local, 0–1. */
  readonly sensitive: number;
  readonly routingUsdPerRequest: number;
  readonly apiEndToEndSeconds: number;
  readonly tokensPerMonth: number;
  /** The API is excluded by a ticked rule for this traffic. */
  readonly usesExcludedApi: boolean;
};

/** The local side of a pattern: its monthly cost, latency and replicas. */
export type LocalPart = {
  readonly usdPerMonth: number;
  readonly endToEndSeconds: number;
  readonly replicas: number;
};

/** A self-hosted option run at `requestsPerMonth`; null where it cannot carry them. */
export function localAt(
  w: Workload,
  option: SelfHostOptionInput,
  requestsPerMonth: number,
  catalog: Catalog,
): LocalPart | null {
  if (!(requestsPerMonth > 0))
    return { usdPerMonth: 0, endToEndSeconds: 0, replicas: 0 };
  const r = evaluateSelfHost(
    { ...w, requestsPerMonth },
    option,
    catalog,
  ).result;
  if (!r.feasible) return null;
  return {
    usdPerMonth: r.cost.usdPerMonth,
    endToEndSeconds: r.latency.endToEndSeconds,
    replicas: r.replicas,
  };
}

/** What a pattern decides; `buildHybrid` prices the API side and adds up. */
export type HybridParts = {
  readonly patternId: HybridPatternId;
  readonly parameter: number;
  readonly parameterSource: 'input' | 'default' | 'optimised';
  readonly selfHostOptionId: string;
  readonly local: LocalPart;
  /** Monthly requests the API answers (and bills). */
  readonly apiRequests: number;
  readonly localShare: number;
  readonly apiShare: number;
  readonly expectedEndToEndSeconds: number;
  readonly routingUsdPerMonth: number;
};

export function buildHybrid(
  ctx: PatternContext,
  parts: HybridParts,
): HybridResult {
  const { local, apiRequests, apiShare, routingUsdPerMonth } = parts;
  const apiUsd = apiRequests > 0 ? ctx.api.usdPerMonth(apiRequests) : 0;
  const usd = local.usdPerMonth + apiUsd + routingUsdPerMonth;
  const keepsSensitiveLocal = apiShare <= 1 - ctx.sensitive + 1e-12;
  const localExcluded = ctx.excluded.has(parts.selfHostOptionId);
  return {
    kind: 'hybrid',
    feasible: true,
    patternId: parts.patternId,
    apiOptionId: ctx.api.option.id,
    selfHostOptionId: parts.selfHostOptionId,
    parameter: parts.parameter,
    parameterSource: parts.parameterSource,
    usdPerMonth: usd,
    localUsdPerMonth: local.usdPerMonth,
    apiUsdPerMonth: apiUsd,
    routingUsdPerMonth,
    usdPerMillionTokens:
      ctx.tokensPerMonth > 0 ? (usd / ctx.tokensPerMonth) * 1e6 : null,
    localShare: parts.localShare,
    apiShare,
    localReplicas: local.replicas,
    expectedEndToEndSeconds: parts.expectedEndToEndSeconds,
    usesExcludedApi: ctx.usesExcludedApi,
    keepsSensitiveLocal,
    eligible: !ctx.usesExcludedApi && keepsSensitiveLocal && !localExcluded,
  };
}

/** A pattern whose local side cannot carry its share. */
export function infeasiblePattern(patternId: HybridPatternId): HybridResult {
  return {
    kind: 'hybrid',
    feasible: false,
    patternId,
    reason: 'no-feasible-self-host',
  };
}
