import {
  selfHostUsdPerMonth,
  servingReplicas,
  type SelfHostCostModel,
} from './self-host';
import type { Crossover, VolumeRange } from './types';

/** Most breakpoints the exact solver walks; beyond it, a log grid of this size (named bound, architecture §3.4.6). */
export const MAX_CROSSOVER_BREAKPOINTS = 4000;
/** Bisection steps inside one linear piece (2^-80 of the piece: exact in float terms). */
const BISECTION_STEPS = 80;

/** Cheapest of several staircase models at R, with the replica count fixed per model. */
function selfCostOnPiece(
  models: readonly SelfHostCostModel[],
  replicas: readonly number[],
  requestsPerMonth: number,
): number {
  let best = Number.POSITIVE_INFINITY;
  models.forEach((m, i) => {
    const usd =
      m.fixedUsdPerMonth +
      m.usdPerReplicaMonth * ((replicas[i] ?? 1) + m.extraReplicas) +
      m.variableUsdPerRequest * requestsPerMonth;
    if (usd < best) best = usd;
  });
  return best;
}

function breakpoints(
  models: readonly SelfHostCostModel[],
  minRequests: number,
  maxRequests: number,
): number[] {
  const points = new Set<number>([minRequests, maxRequests]);
  let count = 0;
  for (const m of models) {
    if (!(m.requestsPerMonthPerReplica > 0)) continue;
    const first = Math.max(
      1,
      Math.ceil(minRequests / m.requestsPerMonthPerReplica),
    );
    for (let k = first; k * m.requestsPerMonthPerReplica < maxRequests; k++) {
      points.add(k * m.requestsPerMonthPerReplica);
      if (++count > MAX_CROSSOVER_BREAKPOINTS) {
        const grid: number[] = [];
        const logMin = Math.log(minRequests);
        const step =
          (Math.log(maxRequests) - logMin) / MAX_CROSSOVER_BREAKPOINTS;
        for (let i = 0; i <= MAX_CROSSOVER_BREAKPOINTS; i++)
          grid.push(Math.exp(logMin + i * step));
        return grid;
      }
    }
  }
  return [...points].sort((a, b) => a - b);
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
  const maxR = Math.max(minR, range.maxTokensPerMonth / tokensPerRequest);
  const points = breakpoints(models, minR, maxR);

  // Self-hosting cheaper ⇔ d(R) = API − self > 0. Collect the intervals where it holds.
  const cheaper: { from: number; to: number }[] = [];
  let openFrom: number | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const left = points[i]!;
    const right = points[i + 1]!;
    const replicas = models.map((m) => servingReplicas(m, right));
    const d = (r: number) =>
      apiUsdPerMonth(r) - selfCostOnPiece(models, replicas, r);
    const dLeft = d(left);
    const dRight = d(right);
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
        if (d(mid) > 0 === dLeft > 0) lo = mid;
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
  const range_: VolumeRange = range;
  if (cheaper.length === 0) {
    const apiMarginal = apiUsdPerMonth(maxR) / maxR;
    const selfMarginal = Math.min(
      ...models.map(
        (m) =>
          m.usdPerReplicaMonth / m.requestsPerMonthPerReplica +
          m.variableUsdPerRequest,
      ),
    );
    return {
      kind: 'api-always-cheaper',
      range: range_,
      selfHostNeverWins: selfMarginal >= apiMarginal,
      likeForLike,
    };
  }
  const first = cheaper[0]!;
  const last = cheaper[cheaper.length - 1]!;
  if (cheaper.length === 1 && first.from <= minR && first.to >= maxR) {
    return { kind: 'self-host-always-cheaper', range: range_, likeForLike };
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
  return Math.min(
    ...models.map((m) => selfHostUsdPerMonth(m, requestsPerMonth)),
  );
}
