import { QUALITY_INDEX_TOLERANCE } from '../../catalog';
import type { CaveatCode, ScenarioResult } from '../../engine';
import { formatSeconds, formatTokensPerSecond } from '../../lib/format';
import type { OptionState } from '../../state';
import { fteText, type OptionNamer } from './number-words';

/** The user's team and latency targets, which the engine does not judge the API against. */
export type TeamAndTargets = {
  readonly opsFteAvailable: number;
  /** 0 = no target. */
  readonly maxTimeToFirstTokenSeconds: number;
  /** 0 = no target. */
  readonly minOutputTokensPerSecond: number;
};

const CAVEAT_TEXT: Record<CaveatCode, string> = {
  'not-like-for-like': `The compared models differ by more than ${QUALITY_INDEX_TOLERANCE.comparablePoints} points on the Artificial Analysis Intelligence Index, or one is not rated: the crossover compares unequal answers. Check quality on your own evaluations.`,
  'rate-limit-exceeded':
    'Your peak traffic exceeds the API’s published rate limits at the entry tier: part of it would be rejected until your tier rises.',
  'ops-time-assumed':
    'Self-hosting includes an assumed share of an engineer’s time; change it in the option if yours differs.',
  'latency-target-missed':
    'The recommended option misses your latency target at peak load.',
  'self-host-mostly-idle':
    'The self-hosted GPUs would be idle most of the time at this volume.',
  'hybrid-quality-assumed':
    'The hybrid’s saving assumes the local model answers its share well enough; measure that on your own traffic.',
};

/** The engine's caveats in words, then the chosen API's latency misses and the local option's operations time. */
export function caveatWords(
  result: ScenarioResult,
  options: readonly OptionState[],
  team: TeamAndTargets,
  name: OptionNamer,
): string[] {
  const caveats = result.recommendation.caveats.map((c) => CAVEAT_TEXT[c]);
  const latency = apiLatencyCaveat(result, team, name);
  if (latency) caveats.push(latency);
  const ops = opsTimeCaveat(result, options, team, name);
  if (ops) caveats.push(ops);
  return caveats;
}

// An API that misses the user's latency targets is a caveat too (self-hosted options that miss them are excluded).
function apiLatencyCaveat(
  result: ScenarioResult,
  team: TeamAndTargets,
  name: OptionNamer,
): string | null {
  const v = result.recommendation.verdict;
  const chosenApi =
    v.kind === 'api' ? result.api.find((a) => a.id === v.optionId) : undefined;
  if (!chosenApi) return null;
  const misses: string[] = [];
  if (
    team.maxTimeToFirstTokenSeconds > 0 &&
    chosenApi.latency.timeToFirstTokenSeconds > team.maxTimeToFirstTokenSeconds
  ) {
    misses.push(
      `first token in ${formatSeconds(chosenApi.latency.timeToFirstTokenSeconds)} against your ${formatSeconds(team.maxTimeToFirstTokenSeconds)}`,
    );
  }
  if (
    team.minOutputTokensPerSecond > 0 &&
    chosenApi.latency.outputTokensPerSecond < team.minOutputTokensPerSecond
  ) {
    misses.push(
      `${formatTokensPerSecond(chosenApi.latency.outputTokensPerSecond)} against your ${formatTokensPerSecond(team.minOutputTokensPerSecond)}`,
    );
  }
  return misses.length > 0
    ? `${name(chosenApi.id)} misses your latency targets: ${misses.join('; ')}.`
    : null;
}

/** The local option (self-hosted or the hybrid's local side) needs more operations time than the team has. */
function opsTimeCaveat(
  result: ScenarioResult,
  options: readonly OptionState[],
  team: TeamAndTargets,
  name: OptionNamer,
): string | null {
  const v = result.recommendation.verdict;
  const localId =
    v.kind === 'self-host'
      ? v.optionId
      : v.kind === 'hybrid'
        ? v.selfHostOptionId
        : null;
  const local = options.find((o) => o.id === localId);
  if (local?.kind !== 'self-host') return null;
  // The whole people figure: base + per-GPU step × GPUs + on-call (docs/methods.md §19.1).
  const r = result.selfHost.find((s) => s.id === local.id);
  const gpus = r?.feasible ? r.gpus : 0;
  const fte = local.opsFteShare + local.opsFtePerGpu * gpus + local.onCallFte;
  if (fte > team.opsFteAvailable) {
    return `${name(local.id)} assumes ${fteText(fte)} of an engineer’s time for operations and on-call; your team has ${fteText(team.opsFteAvailable)}.`;
  }
  return null;
}
