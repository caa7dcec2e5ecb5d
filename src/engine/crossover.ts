import {
  replicaBreakpoints,
  capacityRequestsPerMonth,
  selfHostUsdPerMonth,
  type SelfHostCostModel,
} from './self-host-capacity';
import type { Crossover, VolumeRange } from './types';

/** Most breakpoints the exact solver walks; beyond it, a log grid of this size (named bound, architecture §3.4.6). */
export const MAX_CROSSOVER_BREAKPOINTS = 4000;
/** Bisection steps inside one linear piece (2^-60 of the piece: exact in float terms). */
const BISECTION_STEPS = 60;

function logGrid(minR: number, maxR: number, n: number): number[] {
  const grid: number[] = [];
  const logMin = Math.log(minR);
  const step = (Math.log(maxR) - logMin) / n;
  for (let i = 0; i <= n; i++) grid.push(Math.exp(logMin + i * step));
  grid[0] = minR;
  grid[n] = maxR;
  return grid;
}

/**
 * Volumes where any model's replica count changes, with the range ends,
 * sorted. Between two consecutive points every model's cost is linear in R.
 */
function breakpoints(
  models: readonly SelfHostCostModel[],
  minRequests: number,
  maxRequests: number,
): { points: number[]; exact: boolean } {
  const all: number[] = [minRequests, maxRequests];
  for (const m of models) {
    const points = replicaBreakpoints(
      m,
      minRequests,
      maxRequests,
      MAX_CROSSOVER_BREAKPOINTS - all.length,
    );
    if (points === null)
      return {
        points: logGrid(minRequests, maxRequests, MAX_CROSSOVER_BREAKPOINTS),
        exact: false,
      };
    for (const p of points) all.push(p);
  }
  all.sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of all)
    if (out.length === 0 || p > out[out.length - 1]!) out.push(p);
  return { points: out, exact: true };
}

/**
 * Where self-hosting becomes cheaper than an API (engine-spec §8.4), solved
 * exactly on the self-hosted staircase: between replica-count changes both
 * costs are smooth, so each piece is checked at its ends and its root found
 * by bisection. Volume means tokens per month (input + output + reasoning) at
 * a fixed mix; `tokensPerRequest` converts.
 *
 * @param apiUsdPerMonth API monthly cost at R requests per month.
 * @param models the feasible self-hosted cost staircases (the cheapest wins at each R).
 * @example a $10/req-month API against $1,000 fixed + $1,000 per replica of 1,000 requests → crosses at 200 requests
 */
export function findCrossover(
  apiUsdPerMonth: (requestsPerMonth: number) => number,
  models: readonly SelfHostCostModel[],
  tokensPerRequest: number,
  range: VolumeRange,
  likeForLike: boolean,
): Crossover {
  if (models.length === 0)
    return { kind: 'not-comparable', reason: 'self-host-infeasible' };
  if (!(tokensPerRequest > 0))
    return { kind: 'not-comparable', reason: 'zero-tokens-per-request' };
  const minR = Math.max(1e-9, range.minTokensPerMonth / tokensPerRequest);
  // Beyond the largest capacity no self-hosted configuration can serve: the search stops there.
  let capacity = 0;
  for (const m of models)
    capacity = Math.max(capacity, capacityRequestsPerMonth(m));
  if (capacity <= minR)
    return { kind: 'not-comparable', reason: 'self-host-infeasible' };
  const maxR = Math.max(
    minR,
    Math.min(capacity, range.maxTokensPerMonth / tokensPerRequest),
  );
  const { points, exact } = breakpoints(models, minR, maxR);
  const n = models.length;
  const intercepts = new Float64Array(n);

  // Exact mode: on one piece (left, right] every model's cost is
  // intercept + slope·R. Grid mode (too many steps to walk): the true cost,
  // so a bracketed root is still a real crossing (self-hosted cost only
  // jumps up, so d can only turn positive continuously).
  const selfOnPiece = (r: number): number => {
    if (!exact)
      return cheapestSelfHostUsdPerMonth(models, r) ?? Number.POSITIVE_INFINITY;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const usd = intercepts[i]! + models[i]!.variableUsdPerRequest * r;
      if (usd < best) best = usd;
    }
    return best;
  };

  // Self-hosting cheaper ⇔ d(R) = API − self > 0. Collect the intervals where it holds.
  const cheaper: { from: number; to: number }[] = [];
  let openFrom: number | null = null;
  let apiLeft = apiUsdPerMonth(points[0]!);
  for (let i = 0; i + 1 < points.length; i++) {
    const left = points[i]!;
    const right = points[i + 1]!;
    if (exact) {
      for (let m = 0; m < n; m++) {
        const model = models[m]!;
        intercepts[m] =
          right > capacityRequestsPerMonth(model) * (1 + 1e-12)
            ? Number.POSITIVE_INFINITY
            : selfHostUsdPerMonth(model, right) -
              model.variableUsdPerRequest * right;
      }
    }
    const apiRight = apiUsdPerMonth(right);
    const dLeft = apiLeft - selfOnPiece(left);
    const dRight = apiRight - selfOnPiece(right);
    apiLeft = apiRight;
    if (openFrom === null && dLeft > 0) openFrom = left;
    if (openFrom !== null && dLeft <= 0) {
      cheaper.push({ from: openFrom, to: left });
      openFrom = null;
    }
    if (dLeft > 0 !== dRight > 0) {
      let lo = left;
      let hi = right;
      for (let s = 0; s < BISECTION_STEPS && hi - lo > 0; s++) {
        const mid = (lo + hi) / 2;
        if (mid <= lo || mid >= hi) break;
        const dMid = apiUsdPerMonth(mid) - selfOnPiece(mid);
        if (dMid > 0 === dLeft > 0) lo = mid;
        else hi = mid;
      }
      const root = dLeft > 0 ? lo : hi;
      if (dLeft > 0) {
        cheaper.push({ from: openFrom ?? left, to: root });
        openFrom = null;
      } else {
        openFrom = root;
      }
    }
  }
  if (openFrom !== null) cheaper.push({ from: openFrom, to: maxR });

  const toTokens = (r: number) => r * tokensPerRequest;
  if (cheaper.length === 0) {
    const apiMarginal = apiUsdPerMonth(maxR) / maxR;
    let selfMarginal = Number.POSITIVE_INFINITY;
    for (const m of models) {
      const marginal =
        m.usdPerReplicaMonth / m.requestsPerMonthPerReplica +
        m.variableUsdPerRequest;
      if (marginal < selfMarginal) selfMarginal = marginal;
    }
    return {
      kind: 'api-always-cheaper',
      range,
      selfHostNeverWins: selfMarginal >= apiMarginal,
      likeForLike,
    };
  }
  const first = cheaper[0]!;
  const last = cheaper[cheaper.length - 1]!;
  if (cheaper.length === 1 && first.from <= minR && first.to >= maxR) {
    return { kind: 'self-host-always-cheaper', range, likeForLike };
  }
  return {
    kind: 'crosses',
    firstTokensPerMonth: toTokens(first.from),
    stableTokensPerMonth: last.to >= maxR ? toTokens(last.from) : null,
    breakEvenApiUsdPerMonth: apiUsdPerMonth(first.from),
    likeForLike,
  };
}

/** Self-hosted monthly cost at R: the cheapest feasible staircase. */
export function cheapestSelfHostUsdPerMonth(
  models: readonly SelfHostCostModel[],
  requestsPerMonth: number,
): number | null {
  if (models.length === 0) return null;
  let best = Number.POSITIVE_INFINITY;
  for (const m of models) {
    if (requestsPerMonth > capacityRequestsPerMonth(m) * (1 + 1e-12)) continue;
    const usd = selfHostUsdPerMonth(m, requestsPerMonth);
    if (usd < best) best = usd;
  }
  return Number.isFinite(best) ? best : null;
}
