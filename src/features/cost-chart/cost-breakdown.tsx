import type { CostLineKind, ScenarioResult } from '../../engine';
import {
  formatPercent,
  formatTokensPerMonth,
  formatUsd,
} from '../../lib/format';
import { optionColor } from '../../ui';
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

/** Shades for the stacked bar, by line kind (tokens blue-ish, hardware green-ish, people orange). */
const LINE_FILL: Record<CostLineKind, string> = {
  'input-tokens': '#4c8fd6',
  'cached-input-tokens': '#8fbce8',
  'cache-write-tokens': '#2d5f96',
  'output-tokens': '#1b3f6b',
  'reasoning-tokens': '#7a5fb0',
  'batch-discount': '#c9d3df',
  'gpu-rental': '#2f9e6b',
  capital: '#1f7a52',
  power: '#e2b33c',
  hosting: '#8aa35a',
  'ops-people': '#d2712f',
  monitoring: '#b0568e',
  'networking-storage': '#9a8c7a',
  'fine-tuning': '#5e6b7a',
};

type Column = {
  readonly series: ChartSeries;
  readonly lines: Partial<Record<CostLineKind, number>>;
  readonly total: number | null;
  readonly perMillion: number | null;
  readonly marginalPerMillion: number | null;
  readonly utilisation: number | null;
  readonly gpus: number | null;
};

function columnsFrom(
  result: ScenarioResult,
  series: readonly ChartSeries[],
): Column[] {
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

/** The current month's cost, split into its lines, as stacked bars and a table. */
export function CostBreakdown({
  result,
  series,
}: {
  result: ScenarioResult;
  series: readonly ChartSeries[];
}) {
  const columns = columnsFrom(result, series);
  const kinds = (Object.keys(LINE_LABELS) as CostLineKind[]).filter((k) =>
    columns.some((c) => (c.lines[k] ?? 0) > 0.005),
  );
  const max = Math.max(1, ...columns.map((c) => c.total ?? 0));
  return (
    <div className="breakdown">
      <p className="chart-summary">
        What each option’s bill is made of at{' '}
        {formatTokensPerMonth(result.workload.tokensPerMonth)}. Self-hosting is
        mostly fixed cost — GPUs and people — whatever the volume.
      </p>
      <div
        className="svg-scroll"
        tabIndex={0}
        role="region"
        aria-label="Cost breakdown chart"
      >
        <svg
          className="stack-bars"
          viewBox={`0 0 600 ${columns.length * 34 + 8}`}
          role="img"
          aria-label="Stacked monthly cost per option by cost line; the table below has the numbers"
        >
          {columns.map((c, i) => {
            let x = 0;
            return (
              <g key={c.series.id} transform={`translate(0 ${i * 34 + 4})`}>
                <rect
                  x={0}
                  y={0}
                  width={4}
                  height={24}
                  fill={optionColor(c.series.colorIndex)}
                />
                {kinds.map((k) => {
                  const v = c.lines[k] ?? 0;
                  const w = (v / max) * 590;
                  const rect =
                    w > 0.2 ? (
                      <rect
                        key={k}
                        x={6 + x}
                        y={2}
                        width={w}
                        height={20}
                        fill={LINE_FILL[k]}
                      />
                    ) : null;
                  x += w;
                  return rect;
                })}
                {c.total === null ? (
                  <text x={12} y={17} className="bar-label muted">
                    does not fit
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="legend" aria-label="Cost lines">
        {kinds.map((k) => (
          <li key={k}>
            <span
              className="swatch-dot square"
              style={{ background: LINE_FILL[k] }}
              aria-hidden="true"
            />
            {LINE_LABELS[k]}
          </li>
        ))}
      </ul>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Cost breakdown, table"
      >
        <table className="data-table">
          <caption>
            Monthly cost by line (USD/month) at the current volume
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {columns.map((c) => (
                <th scope="col" key={c.series.id}>
                  <span
                    className="swatch-dot"
                    style={{ background: optionColor(c.series.colorIndex) }}
                    aria-hidden="true"
                  />
                  {c.series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k}>
                <th scope="row">{LINE_LABELS[k]}</th>
                {columns.map((c) => (
                  <td key={c.series.id}>
                    {c.lines[k] ? formatUsd(c.lines[k]) : '—'}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="total">
              <th scope="row">Total per month</th>
              {columns.map((c) => (
                <td key={c.series.id}>
                  {c.total === null ? 'does not fit' : formatUsd(c.total)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Per 1M tokens</th>
              {columns.map((c) => (
                <td key={c.series.id}>
                  {c.perMillion === null ? '—' : formatUsd(c.perMillion)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Per 1M tokens if fully used</th>
              {columns.map((c) => (
                <td key={c.series.id}>
                  {c.marginalPerMillion === null
                    ? '—'
                    : formatUsd(c.marginalPerMillion)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">GPUs (average utilisation)</th>
              {columns.map((c) => (
                <td key={c.series.id}>
                  {c.gpus === null
                    ? '—'
                    : `${c.gpus} (${formatPercent(c.utilisation ?? 0)})`}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
