/**
 * Hybrid patterns (docs/methods.md §9.2): part of the traffic on a self-hosted
 * option, part on an API, each computed from the same physics and prices as
 * the pure options. This file picks the pair the patterns combine; the
 * patterns are in `hybrid-shares.ts` and `hybrid-spill.ts`.
 */
import {
  clampShare,
  HYBRID_DEFAULTS,
  type HybridApiOption,
  type HybridContext,
  type HybridInput,
  type HybridSelfHostOption,
} from './hybrid-input';
import type { FeasibleHybridSelfHost, PatternContext } from './hybrid-result';
import {
  devProdSplit,
  fallbackChain,
  privacySplit,
  tieredRouting,
} from './hybrid-shares';
import { overflowSpill } from './hybrid-spill';
import { excludedOptionIds } from './privacy';
import type { HybridPatternId, HybridResult } from './result-types';
import type { SelfHostResult } from './types';

const PATTERNS: readonly HybridPatternId[] = [
  'tiered-routing',
  'fallback-chain',
  'privacy-split',
  'dev-prod-split',
  'overflow-spill',
];

type FailureReason = Extract<HybridResult, { feasible: false }>['reason'];

/** The knobs and eligibility every choice below depends on. */
type Basis = {
  readonly input: HybridInput;
  readonly sensitive: number;
  readonly excluded: ReadonlySet<string>;
  /** Whether a ticked rule rules this API out for the traffic. */
  readonly apiExcluded: (id: string) => boolean;
  /** Feasible self-hosted options no ticked rule excludes. */
  readonly feasibleSelf: readonly HybridSelfHostOption[];
};

/**
 * Cost, shares and latency of every hybrid pattern next to the pure options
 * (docs/methods.md §9.2–9.3):
 * - tiered routing: `C_self(f·R) + C_api((1−f)·R) + R·router`;
 * - fallback chain: every request tries local, a share p escalates and pays
 *   the API too: `C_self(R) + C_api(p·R)`, E2E `(1−p)·L + p·(L + A)`;
 * - privacy split: tiered with f = the sensitive share (a hard floor);
 * - dev/prod split: dev traffic on a dev deployment (no redundancy, light
 *   ops), production on the API;
 * - overflow/spill: K local replicas always on, the API takes what exceeds
 *   them hour by hour (`overflowShare`); the API is the fallback, so no
 *   redundancy replica; K is the cheapest unless given.
 */
export function evaluateHybrids(ctx: HybridContext): HybridResult[] {
  const basis = hybridBasis(ctx);
  const pair = choosePair(ctx, basis);
  if (typeof pair === 'string')
    return PATTERNS.map((patternId) => ({
      kind: 'hybrid',
      feasible: false,
      patternId,
      reason: pair,
    }));
  const patterns = patternContext(ctx, basis, pair);
  return [
    tieredRouting(patterns),
    fallbackChain(patterns),
    privacySplit(patterns),
    devProdSplit(patterns),
    overflowSpill(patterns),
  ];
}

function hybridBasis(ctx: HybridContext): Basis {
  const input = ctx.input ?? {};
  const sensitive = clampShare(
    input.sensitiveShare,
    HYBRID_DEFAULTS.sensitiveShare,
  );
  const excluded = excludedOptionIds(ctx.privacy);
  return {
    input,
    sensitive,
    excluded,
    // With a sensitive share, ticked rules govern that share only (HybridInput docs).
    apiExcluded: (id: string) => sensitive === 0 && excluded.has(id),
    // A self-hosted option a ticked rule excludes (rented GPUs under local-only) is not a default.
    feasibleSelf: ctx.selfHost.filter(
      (s) =>
        s.result.feasible &&
        s.costModels.length > 0 &&
        !excluded.has(s.option.id),
    ),
  };
}

/** The API and self-hosted option every pattern uses: as named, else the cheapest eligible. */
function choosePair(
  ctx: HybridContext,
  { input, apiExcluded, feasibleSelf }: Basis,
): { api: HybridApiOption; self: FeasibleHybridSelfHost } | FailureReason {
  const api =
    input.apiOptionId !== undefined
      ? ctx.api.find((a) => a.option.id === input.apiOptionId)
      : [...ctx.api]
          .filter((a) => !apiExcluded(a.option.id))
          .sort(
            (a, b) => a.result.cost.usdPerMonth - b.result.cost.usdPerMonth,
          )[0];
  const self =
    input.selfHostOptionId !== undefined
      ? ctx.selfHost.find((s) => s.option.id === input.selfHostOptionId)
      : [...feasibleSelf].sort((a, b) => usdOf(a.result) - usdOf(b.result))[0];
  if (input.apiOptionId !== undefined && !api) return 'unknown-option';
  if (input.selfHostOptionId !== undefined && !self) return 'unknown-option';
  if (!api) return 'no-api-option';
  if (!self || !isFeasible(self)) return 'no-feasible-self-host';
  return { api, self };
}

function isFeasible(s: HybridSelfHostOption): s is FeasibleHybridSelfHost {
  return s.result.feasible && s.costModels.length > 0;
}

function usdOf(r: SelfHostResult): number {
  return r.feasible ? r.cost.usdPerMonth : Number.POSITIVE_INFINITY;
}

function patternContext(
  ctx: HybridContext,
  basis: Basis,
  { api, self }: { api: HybridApiOption; self: FeasibleHybridSelfHost },
): PatternContext {
  const w = ctx.workload;
  const requests = Math.max(0, w.requestsPerMonth);
  return {
    workload: w,
    catalog: ctx.catalog,
    input: basis.input,
    api,
    self,
    selfHostOptions: ctx.selfHost,
    feasibleSelf: basis.feasibleSelf,
    excluded: basis.excluded,
    requests,
    sensitive: basis.sensitive,
    routingUsdPerRequest: Math.max(
      0,
      basis.input.routingUsdPerRequest ?? HYBRID_DEFAULTS.routingUsdPerRequest,
    ),
    apiEndToEndSeconds: api.result.latency.endToEndSeconds,
    tokensPerMonth:
      requests *
      (w.inputTokensPerRequest +
        w.outputTokensPerRequest +
        w.reasoningTokensPerRequest),
    usesExcludedApi: basis.apiExcluded(api.option.id),
  };
}
