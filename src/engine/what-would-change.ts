/**
 * What would flip the recommendation: the self-hosted option the API is
 * compared with, the volume at which the cheaper side changes, and the price
 * and privacy changes that would make the other side win.
 */
import type {
  CaveatCode,
  CrossoverPair,
  PrivacyAssessment,
  ReasonCode,
  WhatWouldChange,
} from './result-types';
import type { ApiResult, Crossover, SelfHostResult } from './types';

type FeasibleSelf = Extract<SelfHostResult, { feasible: true }>;
type Crosses = Extract<Crossover, { kind: 'crosses' }>;

const HARDWARE_LINES = new Set(['gpu-rental', 'capital', 'power', 'hosting']);

/**
 * The self-hosted option to set against `api` for the flip volume, break-even
 * and folk rule, with their crossover. When self-hosting wins today: among the
 * options cheaper than the API now, the one whose cheaper interval starts
 * lowest (the volume below which the API takes over). When the API wins: the
 * option that next becomes cheaper above today's volume, else the one whose
 * first crossover comes first. Falls back to the cheapest option (`fallback`)
 * when none crosses.
 */
export function comparedSelfHost(
  api: ApiResult,
  feasibleSelf: readonly FeasibleSelf[],
  crossovers: readonly CrossoverPair[],
  volume: number,
  apiWins: boolean,
  fallback: FeasibleSelf | undefined,
): { self: FeasibleSelf; crossover: Crossover | undefined } | undefined {
  const pairOf = (s: FeasibleSelf) =>
    crossovers.find((c) => c.apiId === api.id && c.selfHostId === s.id)
      ?.crossover;
  let best:
    | { self: FeasibleSelf; crossover: Crossover; rank: number; at: number }
    | undefined;
  for (const self of feasibleSelf) {
    const crossover = pairOf(self);
    if (!crossover) continue;
    let rank: number;
    let at: number;
    if (crossover.kind === 'self-host-always-cheaper') {
      rank = 0;
      at = 0;
    } else if (crossover.kind !== 'crosses') continue;
    else if (!apiWins) {
      if (!(self.cost.usdPerMonth < api.cost.usdPerMonth)) continue;
      rank = 1;
      at = currentIntervalStart(crossover, volume);
    } else {
      const next = nextCrossingAbove(crossover, volume);
      rank = next === null ? 2 : 1;
      at = next ?? crossover.firstTokensPerMonth;
    }
    if (
      !best ||
      rank < best.rank ||
      (rank === best.rank && at < best.at) ||
      (rank === best.rank && at === best.at && self === fallback)
    )
      best = { self, crossover, rank, at };
  }
  if (best) return { self: best.self, crossover: best.crossover };
  if (!fallback) return undefined;
  return { self: fallback, crossover: pairOf(fallback) };
}

/** Where the self-cheaper interval holding `volume` starts. */
function currentIntervalStart(c: Crosses, volume: number): number {
  return c.stableTokensPerMonth !== null && volume >= c.stableTokensPerMonth
    ? c.stableTokensPerMonth
    : c.firstTokensPerMonth;
}

/** The next volume above `volume` where self-hosting becomes cheaper, if known. */
function nextCrossingAbove(c: Crosses, volume: number): number | null {
  if (volume < c.firstTokensPerMonth) return c.firstTokensPerMonth;
  if (c.stableTokensPerMonth !== null && volume < c.stableTokensPerMonth)
    return c.stableTokensPerMonth;
  return null;
}

/** What the compared pair's crossover says about today's verdict. */
export type CrossoverFindings = {
  /** The volume at which the verdict would flip, tokens per month. */
  readonly flip: number | null;
  readonly breakEven: number | null;
  readonly stableFlip: number | null;
  readonly reasons: readonly ReasonCode[];
  readonly caveats: readonly CaveatCode[];
};

/**
 * The flip volume (up to where self-hosting becomes cheaper again when the
 * API wins, down to where today's self-cheaper interval starts otherwise),
 * the break-even and the reasons and caveats the crossover gives.
 */
export function crossoverFindings(
  crossover: Crossover | undefined,
  volume: number,
  apiWins: boolean,
): CrossoverFindings {
  const reasons: ReasonCode[] = [];
  const caveats: CaveatCode[] = [];
  let flip: number | null = null;
  let breakEven: number | null = null;
  let stableFlip: number | null = null;
  if (crossover?.kind === 'crosses') {
    breakEven = crossover.breakEvenApiUsdPerMonth;
    stableFlip = crossover.stableTokensPerMonth;
    if (apiWins) {
      // Up: the next volume where self-hosting becomes cheaper again.
      const next = nextCrossingAbove(crossover, volume);
      if (next !== null) reasons.push('below-crossover');
      flip =
        next ??
        (crossover.stableTokensPerMonth === null
          ? crossover.firstTokensPerMonth
          : null);
    } else if (volume >= crossover.firstTokensPerMonth) {
      // Down: where the self-cheaper interval holding today's volume starts.
      reasons.push('above-crossover');
      flip = currentIntervalStart(crossover, volume);
    }
    if (!crossover.likeForLike) caveats.push('not-like-for-like');
  } else if (crossover?.kind === 'api-always-cheaper') {
    reasons.push('self-host-never-wins-in-range');
    if (!crossover.likeForLike) caveats.push('not-like-for-like');
  } else if (
    crossover?.kind === 'self-host-always-cheaper' &&
    !crossover.likeForLike
  ) {
    caveats.push('not-like-for-like');
  }
  return { flip, breakEven, stableFlip, reasons, caveats };
}

/**
 * The factors that make the two options cost the same at today's volume, all
 * exact because costs are linear in them: API prices (API cost ∝ prices),
 * hardware cost (self-host = rest + hardware · k) and ops share.
 */
export function costFlips(
  api: ApiResult,
  self: FeasibleSelf,
  usdPerFteMonthByOption: Readonly<Record<string, number>> | undefined,
): WhatWouldChange[] {
  const out: WhatWouldChange[] = [];
  const apiUsd = api.cost.usdPerMonth;
  const selfUsd = self.cost.usdPerMonth;
  if (apiUsd > 0 && selfUsd > 0 && Number.isFinite(selfUsd / apiUsd))
    out.push({
      kind: 'api-price-factor',
      apiOptionId: api.id,
      factor: selfUsd / apiUsd,
    });
  const hardware = self.cost.lines
    .filter((l) => HARDWARE_LINES.has(l.kind))
    .reduce((s, l) => s + l.usdPerMonth, 0);
  if (hardware > 0) {
    const factor = (apiUsd - (selfUsd - hardware)) / hardware;
    if (factor > 0 && Number.isFinite(factor))
      out.push({
        kind: 'hardware-price-factor',
        selfHostOptionId: self.id,
        factor,
      });
  }
  const usdPerFte = usdPerFteMonthByOption?.[self.id] ?? 0;
  if (usdPerFte > 0) {
    const ops =
      self.cost.lines.find((l) => l.kind === 'ops-people')?.usdPerMonth ?? 0;
    const fteShare = (ops + apiUsd - selfUsd) / usdPerFte;
    if (fteShare >= 0 && Number.isFinite(fteShare))
      out.push({ kind: 'ops-fte-share', selfHostOptionId: self.id, fteShare });
  }
  return out;
}

/** Rules that exclude the cheapest API, when unticking them would reopen it. */
export function privacyChange(
  api: readonly ApiResult[],
  privacy: PrivacyAssessment,
  excluded: ReadonlySet<string>,
  sensitive: number,
): WhatWouldChange[] {
  if (sensitive > 0) return [];
  const cheapest = [...api].sort(
    (a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth,
  )[0];
  if (!cheapest || !excluded.has(cheapest.id)) return [];
  const option = privacy.options.find((o) => o.optionId === cheapest.id);
  return option ? [{ kind: 'privacy-rules', ruleIds: option.ruleIds }] : [];
}
