import type { CostLineKind, ScenarioResult } from '../../engine';
import type { ChartSeries } from './chart-model';

export const LINE_LABELS: Record<CostLineKind, string> = {
  'input-tokens': 'Input tokens',
  'cached-input-tokens': 'Cached input reads',
  'cache-write-tokens': 'Cache writes',
  'output-tokens': 'Output tokens',
  'reasoning-tokens': 'Reasoning tokens',
  'batch-discount': 'Batch discount',
  'gpu-rental': 'GPU rental',
  capital: 'Hardware (amortised)',
  power: 'Power',
  hosting: 'Hosting / colocation',
  'ops-people': 'Operations time (people)',
  monitoring: 'Monitoring',
  'networking-storage': 'Networking & storage',
  'fine-tuning': 'Fine-tuning',
};

/** One option's month at the current volume: its cost lines and the figures under them (null: does not fit). */
export type BreakdownColumn = {
  readonly series: ChartSeries;
  readonly lines: Partial<Record<CostLineKind, number>>;
  readonly total: number | null;
  readonly perMillion: number | null;
  readonly marginalPerMillion: number | null;
  readonly utilisation: number | null;
  readonly gpus: number | null;
};

export function breakdownColumnsFrom(
  result: ScenarioResult,
  series: readonly ChartSeries[],
): BreakdownColumn[] {
  return series.map((s) => {
    const api = result.api.find((a) => a.id === s.id);
    const self = result.selfHost.find((x) => x.id === s.id);
    const cost = api?.cost ?? (self && self.feasible ? self.cost : null);
    const lines: Partial<Record<CostLineKind, number>> = {};
    for (const l of cost?.lines ?? [])
      lines[l.kind] = (lines[l.kind] ?? 0) + l.usdPerMonth;
    return {
      series: s,
      lines,
      total: cost?.usdPerMonth ?? null,
      perMillion:
        api?.usdPerMillionTokens ??
        (self && self.feasible ? self.usdPerMillionTokens : null),
      marginalPerMillion:
        self && self.feasible ? self.marginalUsdPerMillionTokens : null,
      utilisation: self && self.feasible ? self.averageUtilisation : null,
      gpus: self && self.feasible ? self.gpus : null,
    };
  });
}

/** The cost lines worth a row: those over half a cent in some column, in LINE_LABELS order. */
export function shownLineKinds(
  columns: readonly BreakdownColumn[],
): CostLineKind[] {
  return (Object.keys(LINE_LABELS) as CostLineKind[]).filter((k) =>
    columns.some((c) => (c.lines[k] ?? 0) > 0.005),
  );
}
