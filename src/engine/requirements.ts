/**
 * Requirements bind both sides alike (docs/methods.md §17.3, ADR 17): one
 * list of findings per option — privacy, latency targets, the quality floor,
 * rate limits — and one rule: an option that misses a *required* target (or
 * any ticked privacy rule, the floor, or limits no published tier lifts) is
 * excluded from the verdict with the reason; a *preferred* miss, or traffic
 * the limits reject that a higher tier or a retry absorbs, is a caveat.
 */
import type { CaveatCode, PrivacyAssessment, ReasonCode } from './result-types';
import type {
  LatencySpread,
  OptionRequirements,
  RequirementFinding,
  RequirementsAssessment,
} from './requirement-types';
import type { ApiResult, LatencyTargets, SelfHostResult } from './types';
import type { NormalisedWorkload } from './workload';

/** Rejected share the verdict tolerates at the top tier (retries absorb it; grade C). */
export const RATE_LIMIT_TOLERATED_SHARE = 0.01;
/** The tail the p95 targets look at: 5 % of requests wait longer. */
const TAIL_PROBABILITY = 0.05;

type FeasibleSelf = Extract<SelfHostResult, { feasible: true }>;

/**
 * Self-hosted 95th-percentile latency from the queueing model (§17.2): the
 * M/D/1 wait's tail, approximated as exponential with P(wait > 0) = ρ and
 * mean E[W]/ρ (E[W] = ρ·S / 2(1 − ρ)), so t95 = S / 2(1 − ρ) · ln(ρ / 0.05)
 * when ρ > 0.05. Decoding speed is set by the batch, which is capped at the
 * operating point, so the speed tail equals the median.
 *
 * @example ρ = 0.75, S = 1 s: mean wait 1.5 s, p95 wait 2 · ln 15 = 5.4 s
 */
export function selfHostP95(
  s: FeasibleSelf,
  nw: NormalisedWorkload,
): LatencySpread {
  const mu = s.performance.replicaRequestsPerSecond;
  const serving = Math.max(1, s.fleet.servingReplicas);
  const rho = mu > 0 ? nw.peakRequestsPerSecond / serving / mu : 1;
  const median = s.latency;
  if (s.latency.overloaded || rho >= 1)
    return {
      timeToFirstTokenSeconds: Number.POSITIVE_INFINITY,
      outputTokensPerSecond: median.outputTokensPerSecond,
      basis: 'queueing',
    };
  const service = 1 / mu;
  const meanWait = (rho / (2 * (1 - rho))) * service || 0;
  const tailWait =
    rho > TAIL_PROBABILITY
      ? (service / (2 * (1 - rho))) * Math.log(rho / TAIL_PROBABILITY)
      : 0;
  return {
    timeToFirstTokenSeconds:
      median.timeToFirstTokenSeconds + Math.max(0, tailWait - meanWait),
    outputTokensPerSecond: median.outputTokensPerSecond,
    basis: 'queueing',
  };
}

/** First token and speed at the percentile the targets bind. */
function latencyAt(
  median: { timeToFirstTokenSeconds: number; outputTokensPerSecond: number },
  p95: LatencySpread | undefined,
  percentile: 'p50' | 'p95',
) {
  return percentile === 'p95' && p95 ? p95 : median;
}

/** The latency targets an option misses at the percentile they bind. */
export function latencyFindings(
  targets: LatencyTargets,
  latency: { timeToFirstTokenSeconds: number; outputTokensPerSecond: number },
  p95: LatencySpread | undefined,
): RequirementFinding[] {
  const percentile = targets.percentile ?? 'p50';
  const at = latencyAt(latency, p95, percentile);
  const out: RequirementFinding[] = [];
  const ttft = targets.maxTimeToFirstTokenSeconds;
  if (ttft !== undefined && ttft > 0 && !(at.timeToFirstTokenSeconds <= ttft))
    out.push({
      code: 'latency',
      metric: 'time-to-first-token',
      percentile,
      target: ttft,
      actual: at.timeToFirstTokenSeconds,
    });
  const speed = targets.minOutputTokensPerSecond;
  if (speed !== undefined && speed > 0 && at.outputTokensPerSecond < speed)
    out.push({
      code: 'latency',
      metric: 'output-speed',
      percentile,
      target: speed,
      actual: at.outputTokensPerSecond,
    });
  return out;
}

type Input = {
  readonly api: readonly ApiResult[];
  readonly selfHost: readonly SelfHostResult[];
  readonly privacy: PrivacyAssessment;
  readonly workload: NormalisedWorkload;
  readonly latencyTargets: LatencyTargets;
  readonly qualityFloorIndex: number | null;
};

/** Every option's exclusions and caveats, and the one list of excluded ids. */
export function assessRequirements(input: Input): RequirementsAssessment {
  const required =
    (input.latencyTargets.strength ?? 'preferred') === 'required';
  const privacyOf = new Map(input.privacy.options.map((o) => [o.optionId, o]));
  const floor = input.qualityFloorIndex;
  const options: OptionRequirements[] = [];
  const common = (id: string, qualityIndex: number | null) => {
    const excluded: RequirementFinding[] = [];
    const p = privacyOf.get(id);
    if (p?.status === 'excluded')
      excluded.push({ code: 'privacy', ruleIds: p.ruleIds });
    if (floor !== null && (qualityIndex === null || qualityIndex < floor))
      excluded.push({ code: 'quality-floor', floorIndex: floor, qualityIndex });
    return excluded;
  };
  for (const a of input.api) {
    const excluded = common(a.id, a.qualityIndex);
    const caveats: RequirementFinding[] = [];
    const late = latencyFindings(
      input.latencyTargets,
      a.latency,
      a.latency.p95,
    );
    (required ? excluded : caveats).push(...late);
    const rl = a.rateLimit;
    if (rl.kind === 'checked' && rl.rejectedShare > 0) {
      const finding: RequirementFinding = {
        code: 'rate-limit',
        tier: rl.tier,
        rejectedShare: rl.rejectedShare,
        binding: rl.binding,
      };
      const unfixable =
        rl.beyondPublishedTiers === true &&
        rl.rejectedShare > RATE_LIMIT_TOLERATED_SHARE;
      (unfixable ? excluded : caveats).push(finding);
    }
    options.push({ optionId: a.id, excluded, caveats });
  }
  for (const s of input.selfHost) {
    const excluded = common(s.id, s.qualityIndex);
    const caveats: RequirementFinding[] = [];
    if (s.feasible) {
      const late = latencyFindings(
        input.latencyTargets,
        s.latency,
        selfHostP95(s, input.workload),
      );
      (required ? excluded : caveats).push(...late);
    }
    options.push({ optionId: s.id, excluded, caveats });
  }
  return {
    options,
    excludedIds: options
      .filter((o) => o.excluded.length > 0)
      .map((o) => o.optionId),
  };
}

/** Ids excluded for a reason other than privacy (privacy keeps its own reasons and "what would change"). */
export function nonPrivacyExcludedIds(
  r: RequirementsAssessment | undefined,
): ReadonlySet<string> {
  return new Set(
    (r?.options ?? [])
      .filter((o) => o.excluded.some((f) => f.code !== 'privacy'))
      .map((o) => o.optionId),
  );
}

/** Reason codes for what the requirements set aside (latency, rate limits). */
export function requirementReasons(
  r: RequirementsAssessment | undefined,
): ReasonCode[] {
  const codes = new Set(
    (r?.options ?? []).flatMap((o) => o.excluded.map((f) => f.code)),
  );
  const out: ReasonCode[] = [];
  if (codes.has('latency')) out.push('latency-requirement-excludes');
  if (codes.has('rate-limit')) out.push('rate-limit-excludes');
  return out;
}

/** Caveats the chosen option carries from the requirements (a preferred latency miss). */
export function requirementCaveats(
  r: RequirementsAssessment | undefined,
  chosenId: string,
): CaveatCode[] {
  const o = r?.options.find((x) => x.optionId === chosenId);
  return o?.caveats.some((f) => f.code === 'latency')
    ? ['latency-target-missed']
    : [];
}
