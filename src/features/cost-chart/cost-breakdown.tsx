import { ScrollRegion } from '../../ui';
import type { CostLineKind, ScenarioResult } from '../../engine';
import {
  formatPercent,
  formatTokensPerMonth,
  formatUsd,
} from '../../lib/format';
import {
  breakdownColumnsFrom,
  LINE_LABELS,
  shownLineKinds,
  type BreakdownColumn,
} from './breakdown-model';
import type { ChartSeries } from './chart-model';

/** Shades for the stacked bar, by line kind (tokens blue-ish, hardware green-ish, people orange). */
export const LINE_FILL: Record<CostLineKind, string> = {
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

type BreakdownProps = {
  readonly columns: readonly BreakdownColumn[];
  readonly kinds: readonly CostLineKind[];
};

type Segment = {
  readonly kind: CostLineKind;
  readonly x: number;
  readonly width: number;
};

/** Each cost line's stretch of a 590-wide bar, end to end, scaled to the dearest option. */
function segmentsOf(
  column: BreakdownColumn,
  kinds: readonly CostLineKind[],
  maxUsd: number,
): Segment[] {
  let x = 0;
  return kinds.map((k) => {
    const v = column.lines[k] ?? 0;
    const w = (v / maxUsd) * 590;
    const segment = { kind: k, x: 6 + x, width: w };
    x += w;
    return segment;
  });
}

/** One option's bar: its colour, then its cost lines end to end. */
function StackedBar({
  column,
  kinds,
  maxUsd,
  index,
}: {
  column: BreakdownColumn;
  kinds: readonly CostLineKind[];
  maxUsd: number;
  index: number;
}) {
  return (
    <g transform={`translate(0 ${index * 34 + 4})`}>
      <rect x={0} y={0} width={4} height={24} fill={column.series.color} />
      {segmentsOf(column, kinds, maxUsd).map((s) =>
        s.width > 0.2 ? (
          <rect
            key={s.kind}
            x={s.x}
            y={2}
            width={s.width}
            height={20}
            fill={LINE_FILL[s.kind]}
          />
        ) : null,
      )}
      {column.total === null ? (
        <text x={12} y={17} className="bar-label muted">
          does not fit
        </text>
      ) : null}
    </g>
  );
}

function StackedBars({ columns, kinds }: BreakdownProps) {
  const maxUsd = Math.max(1, ...columns.map((c) => c.total ?? 0));
  return (
    <ScrollRegion kind="svg" label="Cost breakdown chart">
      <svg
        className="stack-bars"
        viewBox={`0 0 600 ${columns.length * 34 + 8}`}
        role="img"
        aria-label="Stacked monthly cost per option by cost line; the table below has the numbers"
      >
        {columns.map((c, i) => (
          <StackedBar
            key={c.series.id}
            column={c}
            kinds={kinds}
            maxUsd={maxUsd}
            index={i}
          />
        ))}
      </svg>
    </ScrollRegion>
  );
}

function CostLineLegend({ kinds }: { kinds: readonly CostLineKind[] }) {
  return (
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
  );
}

/** One table row: its label, then one figure per option. */
function FigureRow({
  label,
  columns,
  cell,
  className,
}: {
  label: string;
  columns: readonly BreakdownColumn[];
  cell: (c: BreakdownColumn) => string;
  className?: string;
}) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      {columns.map((c) => (
        <td
          key={c.series.id}
          className={c.series.setApart ? 'set-apart' : undefined}
        >
          {cell(c)}
        </td>
      ))}
    </tr>
  );
}

/** Total, per 1M tokens (as used and if fully used) and GPUs under the cost lines. */
function SummaryRows({ columns }: { columns: readonly BreakdownColumn[] }) {
  const orDash = (v: number | null) => (v === null ? '—' : formatUsd(v));
  return (
    <>
      <FigureRow
        label="Total per month"
        className="total"
        columns={columns}
        cell={(c) => (c.total === null ? 'does not fit' : formatUsd(c.total))}
      />
      <FigureRow
        label="Per 1M tokens"
        columns={columns}
        cell={(c) => orDash(c.perMillion)}
      />
      <FigureRow
        label="Per 1M tokens if fully used"
        columns={columns}
        cell={(c) => orDash(c.marginalPerMillion)}
      />
      <FigureRow
        label="GPUs (average utilisation)"
        columns={columns}
        cell={(c) =>
          c.gpus === null
            ? '—'
            : `${c.gpus} (${formatPercent(c.utilisation ?? 0)})`
        }
      />
    </>
  );
}

function BreakdownTable({ columns, kinds }: BreakdownProps) {
  return (
    <ScrollRegion kind="table" label="Cost breakdown, table">
      <table className="data-table">
        <caption>
          Monthly cost by line (USD/month) at the current volume
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            {columns.map((c) => (
              <th
                scope="col"
                key={c.series.id}
                className={c.series.setApart ? 'set-apart' : undefined}
              >
                <span
                  className="swatch-dot"
                  style={{ background: c.series.color }}
                  aria-hidden="true"
                />
                {c.series.name}
                {c.series.setApart ? (
                  <>
                    {' '}
                    <span
                      className={`standing-badge ${c.series.setApart.kind}`}
                    >
                      {c.series.setApart.text}
                    </span>
                  </>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <FigureRow
              key={k}
              label={LINE_LABELS[k]}
              columns={columns}
              cell={(c) => (c.lines[k] ? formatUsd(c.lines[k]) : '—')}
            />
          ))}
          <SummaryRows columns={columns} />
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The current month's cost, split into its lines, as stacked bars and a table. */
export function CostBreakdown({
  result,
  series,
}: {
  result: ScenarioResult;
  series: readonly ChartSeries[];
}) {
  const columns = breakdownColumnsFrom(result, series);
  const kinds = shownLineKinds(columns);
  return (
    <div className="breakdown">
      <p className="chart-summary">
        What each option’s bill is made of at{' '}
        {formatTokensPerMonth(result.workload.tokensPerMonth)}. Self-hosting is
        mostly fixed cost — GPUs and people — whatever the volume.
      </p>
      <StackedBars columns={columns} kinds={kinds} />
      <CostLineLegend kinds={kinds} />
      <BreakdownTable columns={columns} kinds={kinds} />
    </div>
  );
}
