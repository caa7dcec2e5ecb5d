import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import {
  infeasibleShortText,
  optionShortLabel,
  optionStandings,
  standingText,
  type OptionState,
  type WorkloadInputs,
} from '../../state';

export type LatencyRow = {
  readonly id: string;
  readonly name: string;
  readonly kind: 'api' | 'self-host';
  readonly colorIndex: number;
  /** null when the option is infeasible. */
  readonly timeToFirstTokenSeconds: number | null;
  readonly outputTokensPerSecond: number | null;
  readonly endToEndSeconds: number | null;
  readonly meetsTtft: boolean | null;
  readonly meetsSpeed: boolean | null;
  readonly basis: string;
  /**
   * Why the option is set apart (state/option-standing: a ticked rule or a
   * required target excludes it, or it cannot run), as the cost chart and the
   * verdict say it; null when it is a choice. Drawn muted (issue 14 item 1).
   */
  readonly setApart: {
    readonly kind: 'excluded' | 'infeasible';
    readonly text: string;
  } | null;
};

export type LatencyTargets = {
  readonly maxTimeToFirstTokenSeconds: number | null;
  readonly minOutputTokensPerSecond: number | null;
};

/** The user's latency targets; zero means "no target". */
export function latencyTargetsFrom(w: WorkloadInputs): LatencyTargets {
  return {
    maxTimeToFirstTokenSeconds:
      w.maxTimeToFirstTokenSeconds > 0 ? w.maxTimeToFirstTokenSeconds : null,
    minOutputTokensPerSecond:
      w.minOutputTokensPerSecond > 0 ? w.minOutputTokensPerSecond : null,
  };
}

/** The option that finishes the answer first, if any fits. */
export function fastestRow(
  rows: readonly LatencyRow[],
): LatencyRow | undefined {
  const feasible = rows.filter((r) => r.endToEndSeconds !== null);
  return [...feasible].sort(
    (a, b) => (a.endToEndSeconds ?? 0) - (b.endToEndSeconds ?? 0),
  )[0];
}

/** Latency of every option at the current load, against the user's targets. */
export function latencyRowsFrom(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
  targets: LatencyTargets,
): LatencyRow[] {
  const standings = optionStandings(result, catalog);
  return options.map((o) => {
    const standing = standings.get(o.id);
    const base = {
      id: o.id,
      name: optionShortLabel(o, catalog),
      kind: o.kind,
      colorIndex: o.colorIndex,
      setApart:
        standing && standing.kind !== 'eligible'
          ? { kind: standing.kind, text: standingText(standing) }
          : null,
    };
    const api = result.api.find((a) => a.id === o.id);
    const self = result.selfHost.find((s) => s.id === o.id);
    const latency =
      api?.latency ?? (self && self.feasible ? self.latency : null);
    if (!latency) {
      return {
        ...base,
        timeToFirstTokenSeconds: null,
        outputTokensPerSecond: null,
        endToEndSeconds: null,
        meetsTtft: null,
        meetsSpeed: null,
        basis:
          self && !self.feasible
            ? infeasibleShortText(self.reasons)
            : 'not priced',
      };
    }
    const meetsTtft =
      targets.maxTimeToFirstTokenSeconds === null
        ? null
        : latency.timeToFirstTokenSeconds <= targets.maxTimeToFirstTokenSeconds;
    const meetsSpeed =
      targets.minOutputTokensPerSecond === null
        ? null
        : latency.outputTokensPerSecond >= targets.minOutputTokensPerSecond;
    const basis = api
      ? api.latency.basis === 'catalog'
        ? 'measured median (Artificial Analysis) + network round trip'
        : api.latency.basis === 'model'
          ? 'the model’s measured median (Artificial Analysis), not this host’s own + network round trip'
          : 'assumed: no measurement in the catalog'
      : self && self.feasible && self.latency.overloaded
        ? 'modelled at the peak hour: overloaded'
        : 'modelled at the peak hour (roofline + queueing)';
    return {
      ...base,
      timeToFirstTokenSeconds: latency.timeToFirstTokenSeconds,
      // No answer tokens (embeddings): there is no output speed to show.
      outputTokensPerSecond:
        latency.outputTokensPerSecond > 0
          ? latency.outputTokensPerSecond
          : null,
      endToEndSeconds: latency.endToEndSeconds,
      meetsTtft,
      meetsSpeed,
      basis,
    };
  });
}
