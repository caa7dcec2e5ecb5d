import { niceTicks } from '../../lib/nice-ticks';
import { DASH_BY_KIND, optionColor } from '../../ui';
import type { LatencyRow } from './latency-model';

const BAR_HEIGHT = 18;
const ROW_GAP = 14;
const LABEL_WIDTH = 0;
const WIDTH = 600;
/** Below the bars: tick labels, then the axis title. */
const AXIS_HEIGHT = 40;

/** Seconds to x, the drawing's height and the time ticks: the slowest option (or the target) fills the width. */
type LatencyScale = {
  readonly maxSeconds: number;
  readonly x: (seconds: number) => number;
  readonly height: number;
  readonly ticks: readonly number[];
};

function latencyScaleFor(
  rows: readonly LatencyRow[],
  ttftTarget: number | null,
): LatencyScale {
  const feasible = rows.filter((r) => r.endToEndSeconds !== null);
  const longest = Math.max(
    ...feasible.map((r) => r.endToEndSeconds ?? 0),
    ttftTarget ?? 0,
  );
  // Round ticks (1, 2, 5 × 10^n s), the last one at or past the slowest bar.
  const { ticks, top: max } = niceTicks(longest > 0 ? longest : 1, 5);
  return {
    maxSeconds: max,
    x: (s: number) => LABEL_WIDTH + (s / max) * (WIDTH - LABEL_WIDTH - 8),
    height: rows.length * (BAR_HEIGHT * 2 + ROW_GAP) + AXIS_HEIGHT,
    ticks,
  };
}

/** Gridlines at round seconds, labelled, with the axis title and its unit. */
function TimeTicks({ scale }: { scale: LatencyScale }) {
  const { x, height, maxSeconds } = scale;
  return (
    <>
      {scale.ticks.map((t) => (
        <g key={t}>
          <line
            x1={x(t)}
            x2={x(t)}
            y1={0}
            y2={height - AXIS_HEIGHT + 4}
            stroke="var(--grid)"
          />
          <text
            x={x(t)}
            y={height - AXIS_HEIGHT + 18}
            textAnchor={t === 0 ? 'start' : t === maxSeconds ? 'end' : 'middle'}
            className="tick"
          >
            {t.toLocaleString('en-US')}
          </text>
        </g>
      ))}
      <text
        x={WIDTH / 2}
        y={height - 4}
        textAnchor="middle"
        className="axis-title"
      >
        Time from sending the request (seconds)
      </text>
    </>
  );
}

/** One option: its name, then time to first token filled and the rest of the answer outlined. */
function LatencyBar({
  row,
  index,
  scale,
}: {
  row: LatencyRow;
  index: number;
  scale: LatencyScale;
}) {
  const { x } = scale;
  const y = index * (BAR_HEIGHT * 2 + ROW_GAP) + 4;
  // A set-apart option is drawn in the page's muted grey, faint, with why.
  const color = row.setApart ? 'var(--muted)' : optionColor(row.colorIndex);
  const dash = DASH_BY_KIND[row.kind];
  return (
    <g {...(row.setApart ? { opacity: 0.55 } : {})}>
      <text x={4} y={y + 12} className="bar-label">
        {row.setApart ? `${row.name} — ${row.setApart.text}` : row.name}
      </text>
      {row.endToEndSeconds === null || row.timeToFirstTokenSeconds === null ? (
        <text x={4} y={y + BAR_HEIGHT + 14} className="bar-label muted">
          does not fit
        </text>
      ) : (
        <>
          <rect
            x={x(0)}
            y={y + BAR_HEIGHT}
            width={Math.max(1, x(row.timeToFirstTokenSeconds) - x(0))}
            height={BAR_HEIGHT - 4}
            fill={color}
          />
          <rect
            x={x(row.timeToFirstTokenSeconds)}
            y={y + BAR_HEIGHT}
            width={Math.max(
              1,
              x(row.endToEndSeconds) - x(row.timeToFirstTokenSeconds),
            )}
            height={BAR_HEIGHT - 4}
            fill="none"
            stroke={color}
            strokeWidth={2}
            {...(dash ? { strokeDasharray: dash } : {})}
          />
        </>
      )}
    </g>
  );
}

/** The first-token target as a red dashed rule. */
function TargetRule({
  seconds,
  scale,
}: {
  seconds: number;
  scale: LatencyScale;
}) {
  return (
    <g>
      <line
        x1={scale.x(seconds)}
        x2={scale.x(seconds)}
        y1={0}
        y2={scale.height - AXIS_HEIGHT + 4}
        stroke="var(--bad)"
        strokeDasharray="4 3"
        strokeWidth={1.5}
      />
    </g>
  );
}

/** Horizontal bars: time to first token, then the rest of the answer, per option; the TTFT target as a rule. */
export function LatencyBars({
  rows,
  ttftTarget,
}: {
  rows: readonly LatencyRow[];
  ttftTarget: number | null;
}) {
  const scale = latencyScaleFor(rows, ttftTarget);
  return (
    <svg
      className="latency-bars"
      viewBox={`0 0 ${WIDTH} ${scale.height}`}
      role="img"
      aria-label="End-to-end time per option: time to first token then generation, in seconds; the table below has the numbers"
    >
      <TimeTicks scale={scale} />
      {rows.map((r, i) => (
        <LatencyBar key={r.id} row={r} index={i} scale={scale} />
      ))}
      {ttftTarget !== null ? (
        <TargetRule seconds={ttftTarget} scale={scale} />
      ) : null}
    </svg>
  );
}
