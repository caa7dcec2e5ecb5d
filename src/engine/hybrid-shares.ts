/**
 * The hybrid patterns that send a set share of requests each way
 * (docs/methods.md §9.2): tiered routing, fallback chain, privacy split and
 * dev/prod split. Overflow/spill, whose share follows the hourly profile, is
 * in `hybrid-spill.ts`.
 */
import { clampShare, HYBRID_DEFAULTS, knobSource } from './hybrid-input';
import {
  buildHybrid,
  infeasiblePattern,
  localAt,
  type LocalPart,
  type PatternContext,
} from './hybrid-result';
import type { HybridPatternId, HybridResult } from './result-types';
import type { SelfHostOptionInput } from './types';

/** Operations share of one engineer for a dev-only deployment (docs/methods.md §2.7 dev default). */
export const DEV_OPS_FTE_SHARE = 0.05;

/**
 * A `share` of requests on the self-hosted option, the rest on the API:
 * `C_self(f·R) + C_api((1−f)·R) + R·router`.
 */
function splitByShare(
  ctx: PatternContext,
  patternId: HybridPatternId,
  share: number,
  parameterSource: 'input' | 'default',
): HybridResult {
  const local = localAt(
    ctx.workload,
    ctx.self.option,
    share * ctx.requests,
    ctx.catalog,
  );
  if (!local) return infeasiblePattern(patternId);
  return buildHybrid(ctx, {
    patternId,
    parameter: share,
    parameterSource,
    selfHostOptionId: ctx.self.option.id,
    local,
    apiRequests: (1 - share) * ctx.requests,
    localShare: share,
    apiShare: 1 - share,
    expectedEndToEndSeconds:
      share * local.endToEndSeconds + (1 - share) * ctx.apiEndToEndSeconds,
    routingUsdPerMonth: ctx.routingUsdPerRequest * ctx.requests,
  });
}

/** Tiered routing: a share f of requests to the self-hosted model. */
export function tieredRouting(ctx: PatternContext): HybridResult {
  const f = clampShare(
    ctx.input.tieredLocalShare,
    HYBRID_DEFAULTS.tieredLocalShare,
  );
  return splitByShare(
    ctx,
    'tiered-routing',
    f,
    knobSource(ctx.input.tieredLocalShare),
  );
}

/**
 * Fallback chain (cascade): every request tries local first, a share p
 * escalates and pays the API too: `C_self(R) + C_api(p·R)`, E2E
 * `(1−p)·L + p·(L + A)`.
 */
export function fallbackChain(ctx: PatternContext): HybridResult {
  const p = clampShare(
    ctx.input.fallbackEscalationShare,
    HYBRID_DEFAULTS.fallbackEscalationShare,
  );
  const self = ctx.self.result;
  const allLocal: LocalPart = {
    usdPerMonth: self.cost.usdPerMonth,
    endToEndSeconds: self.latency.endToEndSeconds,
    replicas: self.replicas,
  };
  return buildHybrid(ctx, {
    patternId: 'fallback-chain',
    parameter: p,
    parameterSource: knobSource(ctx.input.fallbackEscalationShare),
    selfHostOptionId: ctx.self.option.id,
    local: allLocal,
    apiRequests: p * ctx.requests,
    localShare: 1 - p,
    apiShare: p,
    expectedEndToEndSeconds:
      (1 - p) * allLocal.endToEndSeconds +
      p * (allLocal.endToEndSeconds + ctx.apiEndToEndSeconds),
    routingUsdPerMonth: ctx.routingUsdPerRequest * ctx.requests,
  });
}

/** Privacy split: tiered with f = the sensitive share, a hard local floor. */
export function privacySplit(ctx: PatternContext): HybridResult {
  if (!(ctx.sensitive > 0))
    return {
      kind: 'hybrid',
      feasible: false,
      patternId: 'privacy-split',
      reason: 'no-sensitive-share',
    };
  return splitByShare(ctx, 'privacy-split', ctx.sensitive, 'input');
}

/** An option as a dev deployment: no redundancy, light operations, nobody on call. */
function devDeployment(o: SelfHostOptionInput): SelfHostOptionInput {
  return {
    ...o,
    extraReplicas: 0,
    ops: {
      ...o.ops,
      fteShare: Math.min(o.ops.fteShare, DEV_OPS_FTE_SHARE),
      onCallFteShare: 0,
    },
  };
}

/** The named dev option, or the cheapest feasible one, at dev volume. */
function cheapestDevDeployment(
  ctx: PatternContext,
  devShare: number,
): { id: string; local: LocalPart } | null {
  const id = ctx.input.devSelfHostOptionId;
  const candidates =
    id !== undefined
      ? ctx.selfHostOptions.filter((s) => s.option.id === id)
      : ctx.feasibleSelf;
  let dev: { id: string; local: LocalPart } | null = null;
  for (const candidate of candidates) {
    const local = localAt(
      ctx.workload,
      devDeployment(candidate.option),
      devShare * ctx.requests,
      ctx.catalog,
    );
    if (local && (!dev || local.usdPerMonth < dev.local.usdPerMonth))
      dev = { id: candidate.option.id, local };
  }
  return dev;
}

/** Dev/prod split: dev traffic on a light dev deployment, production on the API. */
export function devProdSplit(ctx: PatternContext): HybridResult {
  const d = clampShare(ctx.input.devShare, HYBRID_DEFAULTS.devShare);
  const dev = cheapestDevDeployment(ctx, d);
  if (!dev) return infeasiblePattern('dev-prod-split');
  return buildHybrid(ctx, {
    patternId: 'dev-prod-split',
    parameter: d,
    parameterSource: knobSource(ctx.input.devShare),
    selfHostOptionId: dev.id,
    local: dev.local,
    apiRequests: (1 - d) * ctx.requests,
    localShare: d,
    apiShare: 1 - d,
    expectedEndToEndSeconds:
      d * dev.local.endToEndSeconds + (1 - d) * ctx.apiEndToEndSeconds,
    routingUsdPerMonth: 0,
  });
}
