import type { Scenario } from './evaluate';
import type { OpsCosts, Workload } from './types';

/** One invalid input, by path, with what was expected. */
export type InputProblem = {
  readonly path: string;
  readonly problem:
    | 'not-a-finite-number'
    | 'negative'
    | 'share-outside-0-1'
    | 'prefix-longer-than-input'
    | 'utilisation-outside-0-1'
    | 'peak-to-average-outside-1-24'
    | 'profile-needs-24-non-negative-entries'
    | 'profile-mean-is-zero'
    | 'range-empty'
    | 'duplicate-option-id'
    | 'batch-cap-not-a-positive-integer';
};

type Mutable = InputProblem[];

/** Largest batch cap an option may set (TensorRT-LLM's default is 2,048; 32× that is no engine's). */
export const MAX_BATCH_CAP = 65536;

function finiteNonNegative(out: Mutable, path: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isFinite(v))
    out.push({ path, problem: 'not-a-finite-number' });
  else if (v < 0) out.push({ path, problem: 'negative' });
}

/** The engine's batch cap (§20.5): absent = the engine's default; else a whole number 1–MAX_BATCH_CAP. */
function batchCap(out: Mutable, path: string, v: number | undefined): void {
  if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > MAX_BATCH_CAP))
    out.push({ path, problem: 'batch-cap-not-a-positive-integer' });
}

function share(out: Mutable, path: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isFinite(v))
    out.push({ path, problem: 'not-a-finite-number' });
  else if (v < 0 || v > 1) out.push({ path, problem: 'share-outside-0-1' });
}

function validateWorkload(out: Mutable, w: Workload): void {
  for (const key of [
    'requestsPerMonth',
    'inputTokensPerRequest',
    'outputTokensPerRequest',
    'reasoningTokensPerRequest',
    'cacheablePrefixTokens',
    'tokenizerRatio',
    'apiNetworkRoundTripSeconds',
  ] as const) {
    finiteNonNegative(out, `workload.${key}`, w[key]);
  }
  share(out, 'workload.batchableShare', w.batchableShare);
  // Issue 11 (§18): optional, checked when given.
  if (w.prefixCacheHitRate !== undefined)
    share(out, 'workload.prefixCacheHitRate', w.prefixCacheHitRate);
  if (w.selfHostNetworkRoundTripSeconds !== undefined)
    finiteNonNegative(
      out,
      'workload.selfHostNetworkRoundTripSeconds',
      w.selfHostNetworkRoundTripSeconds,
    );
  if (w.cacheablePrefixTokens > w.inputTokensPerRequest)
    out.push({
      path: 'workload.cacheablePrefixTokens',
      problem: 'prefix-longer-than-input',
    });
  if (
    !Number.isFinite(w.peakToAverage) ||
    w.peakToAverage < 1 ||
    w.peakToAverage > 24
  )
    out.push({
      path: 'workload.peakToAverage',
      problem: 'peak-to-average-outside-1-24',
    });
  if (w.hourlyProfile !== undefined) {
    const p = w.hourlyProfile;
    if (
      p.length !== 24 ||
      p.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    )
      out.push({
        path: 'workload.hourlyProfile',
        problem: 'profile-needs-24-non-negative-entries',
      });
    else if (p.every((v) => v === 0))
      out.push({
        path: 'workload.hourlyProfile',
        problem: 'profile-mean-is-zero',
      });
  }
  const t = w.latencyTargets;
  if (t.maxTimeToFirstTokenSeconds !== undefined)
    finiteNonNegative(
      out,
      'workload.latencyTargets.maxTimeToFirstTokenSeconds',
      t.maxTimeToFirstTokenSeconds,
    );
  if (t.minOutputTokensPerSecond !== undefined)
    finiteNonNegative(
      out,
      'workload.latencyTargets.minOutputTokensPerSecond',
      t.minOutputTokensPerSecond,
    );
}

/** The optional people terms of docs/methods.md §19.1: finite and non-negative when given. */
function validatePeopleSteps(out: Mutable, at: string, ops: OpsCosts): void {
  finiteNonNegative(out, `${at}.ops.fteSharePerGpu`, ops.fteSharePerGpu ?? 0);
  finiteNonNegative(out, `${at}.ops.onCallFteShare`, ops.onCallFteShare ?? 0);
}

/**
 * Every problem with a scenario's inputs (docs/methods.md §12.1 "invalid
 * inputs"), all at once, by path. Pure and total: it never throws; callers at
 * the boundary (URL decoding, the CLI) refuse or repair what it reports.
 * `evaluateScenario` itself clamps instead of failing (ADR 0006).
 *
 * @example validateScenario({ ...s, workload: { ...w, batchableShare: 2 } }) // [{ path: 'workload.batchableShare', problem: 'share-outside-0-1' }]
 */
export function validateScenario(s: Scenario): InputProblem[] {
  const out: InputProblem[] = [];
  validateWorkload(out, s.workload);
  const ids = new Set<string>();
  const seeId = (path: string, id: string) => {
    if (ids.has(id)) out.push({ path, problem: 'duplicate-option-id' });
    ids.add(id);
  };
  s.apiOptions.forEach((o, i) => {
    seeId(`apiOptions[${i}].id`, o.id);
    if (o.usdPerMillionInputTokensOverride !== undefined)
      finiteNonNegative(
        out,
        `apiOptions[${i}].usdPerMillionInputTokensOverride`,
        o.usdPerMillionInputTokensOverride,
      );
    if (o.usdPerMillionOutputTokensOverride !== undefined)
      finiteNonNegative(
        out,
        `apiOptions[${i}].usdPerMillionOutputTokensOverride`,
        o.usdPerMillionOutputTokensOverride,
      );
  });
  s.selfHostOptions.forEach((o, i) => {
    const at = `selfHostOptions[${i}]`;
    seeId(`${at}.id`, o.id);
    if (
      !Number.isFinite(o.targetUtilisation) ||
      o.targetUtilisation <= 0 ||
      o.targetUtilisation > 1
    )
      out.push({
        path: `${at}.targetUtilisation`,
        problem: 'utilisation-outside-0-1',
      });
    finiteNonNegative(out, `${at}.extraReplicas`, o.extraReplicas);
    batchCap(out, `${at}.maxConcurrentSequences`, o.maxConcurrentSequences);
    finiteNonNegative(out, `${at}.ops.fteShare`, o.ops.fteShare);
    validatePeopleSteps(out, at, o.ops);
    finiteNonNegative(out, `${at}.ops.usdPerFteMonth`, o.ops.usdPerFteMonth);
    const p = o.procurement;
    if (p.kind === 'cloud') {
      finiteNonNegative(
        out,
        `${at}.procurement.usdPerGpuHour`,
        p.usdPerGpuHour,
      );
      share(out, `${at}.procurement.reservedDiscount`, p.reservedDiscount);
      share(out, `${at}.procurement.spotDiscount`, p.spotDiscount);
      if (p.spotAvailability !== undefined)
        share(out, `${at}.procurement.spotAvailability`, p.spotAvailability);
    } else if (p.kind === 'owned') {
      finiteNonNegative(
        out,
        `${at}.procurement.capexUsdPerGpu`,
        p.capexUsdPerGpu,
      );
      share(out, `${at}.procurement.residualShare`, p.residualShare);
    } else {
      finiteNonNegative(
        out,
        `${at}.procurement.capexUsdPerDevice`,
        p.capexUsdPerDevice,
      );
      share(out, `${at}.procurement.residualShare`, p.residualShare);
    }
  });
  const r = s.volumeRange;
  if (
    !Number.isFinite(r.minTokensPerMonth) ||
    !Number.isFinite(r.maxTokensPerMonth) ||
    r.minTokensPerMonth <= 0 ||
    r.maxTokensPerMonth <= r.minTokensPerMonth
  )
    out.push({ path: 'volumeRange', problem: 'range-empty' });
  return out;
}
