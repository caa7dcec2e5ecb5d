import {
  replicaBreakpoints,
  capacityRequestsPerMonth,
  selfHostUsdPerMonth,
  type SelfHostCostModel,
} from './self-host-capacity';
import type { Crossover, VolumeRange } from './types';

/** Most breakpoints the exact solver walks; beyond it, a log grid of this size (named bound, docs/methods.md §0.1). */
export const MAX_CROSSOVER_BREAKPOINTS = 4000;
/** Bisection steps inside one linear piece (2^-60 of the piece: exact in float terms). */
const BISECTION_STEPS = 60;
/**
 * A stretch where self-hosting is cheaper counts only if somewhere in it
 * self-hosting undercuts the API by more than this fraction of its own cost
 * (one part in 10^9, far below a cent on any bill): a staircase that only
 * touches the API line at a replica step, equal within float rounding, is a
 * tie and no crossing (docs/methods.md §8.4). Roots stay exact.
 */
export const CROSSOVER_TIE_RELATIVE = 1e-9;

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
 * Where self-hosting becomes cheaper than an API (docs/methods.md §8.4), solved
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
  const requests = requestRange(models, tokensPerRequest, range);
  if (!requests)
    return { kind: 'not-comparable', reason: 'self-host-infeasible' };
  const cheaper = selfHostCheaperIntervals(apiUsdPerMonth, models, requests);
  if (cheaper.length === 0) {
    return {
      kind: 'api-always-cheaper',
      range,
      selfHostNeverWins: selfHostNeverWins(
        apiUsdPerMonth,
        models,
        requests.maxR,
      ),
      likeForLike,
    };
  }
  const toTokens = (r: number) => r * tokensPerRequest;
  const first = cheaper[0]!;
  const last = cheaper[cheaper.length - 1]!;
  if (
    cheaper.length === 1 &&
    first.from <= requests.minR &&
    first.to >= requests.maxR
  ) {
    return { kind: 'self-host-always-cheaper', range, likeForLike };
  }
  return {
    kind: 'crosses',
    firstTokensPerMonth: toTokens(first.from),
    stableTokensPerMonth: last.to >= requests.maxR ? toTokens(last.from) : null,
    breakEvenApiUsdPerMonth: apiUsdPerMonth(first.from),
    likeForLike,
  };
}

/** The searched volumes in requests per month; beyond the largest capacity the search stops. */
type RequestRange = { readonly minR: number; readonly maxR: number };

/** The token range in requests, capped at the largest capacity; null when no model can serve it. */
function requestRange(
  models: readonly SelfHostCostModel[],
  tokensPerRequest: number,
  range: VolumeRange,
): RequestRange | null {
  const minR = Math.max(1e-9, range.minTokensPerMonth / tokensPerRequest);
  // Beyond the largest capacity no self-hosted configuration can serve: the search stops there.
  let capacity = 0;
  for (const m of models)
    capacity = Math.max(capacity, capacityRequestsPerMonth(m));
  if (capacity <= minR) return null;
  const maxR = Math.max(
    minR,
    Math.min(capacity, range.maxTokensPerMonth / tokensPerRequest),
  );
  return { minR, maxR };
}

/**
 * Self-hosted cost on the current piece. Exact mode: on one piece
 * (left, right] every model's cost is intercept + slope·R. Grid mode (too
 * many steps to walk): the true cost, so a bracketed root is still a real
 * crossing (self-hosted cost only jumps up, so d can only turn positive
 * continuously).
 */
function pieceCost(models: readonly SelfHostCostModel[], exact: boolean) {
  const n = models.length;
  const intercepts = new Float64Array(n);
  return {
    /** Moves to the piece ending at `right`. */
    enter(right: number): void {
      if (!exact) return;
      for (let m = 0; m < n; m++) {
        const model = models[m]!;
        intercepts[m] =
          right > capacityRequestsPerMonth(model) * (1 + 1e-12)
            ? Number.POSITIVE_INFINITY
            : selfHostUsdPerMonth(model, right) -
              model.variableUsdPerRequest * right;
      }
    },
    at(r: number): number {
      if (!exact)
        return (
          cheapestSelfHostUsdPerMonth(models, r) ?? Number.POSITIVE_INFINITY
        );
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        const usd = intercepts[i]! + models[i]!.variableUsdPerRequest * r;
        if (usd < best) best = usd;
      }
      return best;
    },
  };
}

type Interval = { from: number; to: number };

/**
 * Self-hosting cheaper ⇔ d(R) = API − self > 0: the intervals where it holds,
 * each kept only when d somewhere in it clears the tie (d is linear on a
 * piece, so its largest value in an interval is at an evaluated piece end).
 */
function selfHostCheaperIntervals(
  apiUsdPerMonth: (requestsPerMonth: number) => number,
  models: readonly SelfHostCostModel[],
  { minR, maxR }: RequestRange,
): Interval[] {
  const { points, exact } = breakpoints(models, minR, maxR);
  const self = pieceCost(models, exact);
  const cheaper: Interval[] = [];
  let openFrom: number | null = null;
  let clears = false;
  const close = (to: number) => {
    if (openFrom !== null && clears) cheaper.push({ from: openFrom, to });
    openFrom = null;
    clears = false;
  };
  let apiLeft = apiUsdPerMonth(points[0]!);
  for (let i = 0; i + 1 < points.length; i++) {
    const left = points[i]!;
    const right = points[i + 1]!;
    self.enter(right);
    const apiRight = apiUsdPerMonth(right);
    const selfLeft = self.at(left);
    const selfRight = self.at(right);
    const dLeft = apiLeft - selfLeft;
    const dRight = apiRight - selfRight;
    apiLeft = apiRight;
    if (openFrom === null && dLeft > 0) openFrom = left;
    if (openFrom !== null && dLeft <= 0) close(left);
    if (dLeft > CROSSOVER_TIE_RELATIVE * selfLeft) clears = true;
    if (dLeft > 0 !== dRight > 0) {
      const root = signChange(
        (r) => apiUsdPerMonth(r) - self.at(r),
        left,
        right,
        dLeft > 0,
      );
      if (dLeft > 0) {
        openFrom ??= left;
        close(root);
      } else {
        openFrom = root;
      }
    }
    if (dRight > CROSSOVER_TIE_RELATIVE * selfRight) clears = true;
  }
  close(maxR);
  return cheaper;
}

/**
 * Bisection for where d changes sign inside (left, right]: the last volume
 * still positive when d starts positive, else the first volume positive.
 */
function signChange(
  d: (requestsPerMonth: number) => number,
  left: number,
  right: number,
  positiveAtLeft: boolean,
): number {
  let lo = left;
  let hi = right;
  for (let s = 0; s < BISECTION_STEPS && hi - lo > 0; s++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (d(mid) > 0 === positiveAtLeft) lo = mid;
    else hi = mid;
  }
  return positiveAtLeft ? lo : hi;
}

/** No staircase's marginal cost per request (a full replica) undercuts the API's average at the top of the range. */
function selfHostNeverWins(
  apiUsdPerMonth: (requestsPerMonth: number) => number,
  models: readonly SelfHostCostModel[],
  maxR: number,
): boolean {
  const apiMarginal = apiUsdPerMonth(maxR) / maxR;
  let selfMarginal = Number.POSITIVE_INFINITY;
  for (const m of models) {
    const marginal =
      m.usdPerReplicaMonth / m.requestsPerMonthPerReplica +
      m.variableUsdPerRequest;
    if (marginal < selfMarginal) selfMarginal = marginal;
  }
  return selfMarginal * (1 + CROSSOVER_TIE_RELATIVE) >= apiMarginal;
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
