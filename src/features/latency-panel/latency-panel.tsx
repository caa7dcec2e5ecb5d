import {
  formatInteger,
  formatSeconds,
  formatTokensPerSecond,
} from '../../lib/format';
import { useCatalog, useDeferredScenarioResult } from '../../state';
import { DASH_BY_KIND, optionColor, Panel } from '../../ui';
import { latencyRowsFrom, type LatencyRow } from './latency-model';

const BAR_HEIGHT = 18;
const ROW_GAP = 14;
const LABEL_WIDTH = 0;

/** Horizontal bars: time to first token, then the rest of the answer, per option; the TTFT target as a rule. */
function LatencyBars({
  rows,
  ttftTarget,
}: {
  rows: readonly LatencyRow[];
  ttftTarget: number | null;
}) {
  const feasible = rows.filter((r) => r.endToEndSeconds !== null);
  const max = Math.max(
    1,
    ...feasible.map((r) => r.endToEndSeconds ?? 0),
    ttftTarget ?? 0,
  );
  const width = 600;
  const scale = (s: number) =>
    LABEL_WIDTH + (s / max) * (width - LABEL_WIDTH - 8);
  const height = rows.length * (BAR_HEIGHT * 2 + ROW_GAP) + 24;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  return (
    <svg
      className="latency-bars"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="End-to-end time per option: time to first token then generation, in seconds; the table below has the numbers"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={scale(t)}
            x2={scale(t)}
            y1={0}
            y2={height - 18}
            stroke="var(--grid)"
          />
          <text
            x={scale(t)}
            y={height - 4}
            textAnchor={t === 0 ? 'start' : t === max ? 'end' : 'middle'}
            className="tick"
          >
            {formatSeconds(t)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = i * (BAR_HEIGHT * 2 + ROW_GAP) + 4;
        const color = optionColor(r.colorIndex);
        const dash = DASH_BY_KIND[r.kind];
        return (
          <g key={r.id}>
            <text x={4} y={y + 12} className="bar-label">
              {r.name}
            </text>
            {r.endToEndSeconds === null ||
            r.timeToFirstTokenSeconds === null ? (
              <text x={4} y={y + BAR_HEIGHT + 14} className="bar-label muted">
                does not fit
              </text>
            ) : (
              <>
                <rect
                  x={scale(0)}
                  y={y + BAR_HEIGHT}
                  width={Math.max(
                    1,
                    scale(r.timeToFirstTokenSeconds) - scale(0),
                  )}
                  height={BAR_HEIGHT - 4}
                  fill={color}
                />
                <rect
                  x={scale(r.timeToFirstTokenSeconds)}
                  y={y + BAR_HEIGHT}
                  width={Math.max(
                    1,
                    scale(r.endToEndSeconds) - scale(r.timeToFirstTokenSeconds),
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
      })}
      {ttftTarget !== null ? (
        <g>
          <line
            x1={scale(ttftTarget)}
            x2={scale(ttftTarget)}
            y1={0}
            y2={height - 18}
            stroke="var(--bad)"
            strokeDasharray="4 3"
            strokeWidth={1.5}
          />
        </g>
      ) : null}
    </svg>
  );
}

function verdictCell(ok: boolean | null) {
  if (ok === null) return '—';
  return ok ? 'meets' : 'misses';
}

/** "Latency": time to first token, output speed and end-to-end time of every option at the current load. */
export function LatencyPanel() {
  const { result, inputs } = useDeferredScenarioResult();
  const options = inputs.options;
  const w = inputs.workload;
  const catalog = useCatalog();
  const targets = {
    maxTimeToFirstTokenSeconds:
      w.maxTimeToFirstTokenSeconds > 0 ? w.maxTimeToFirstTokenSeconds : null,
    minOutputTokensPerSecond:
      w.minOutputTokensPerSecond > 0 ? w.minOutputTokensPerSecond : null,
  };
  const answerTokens = Math.round(
    result.workload.selfHostOutputTokensPerRequest /
      Math.max(0.01, w.tokenizerRatio || 1),
  );
  const rows = latencyRowsFrom(result, options, catalog, targets);
  const feasible = rows.filter((r) => r.endToEndSeconds !== null);
  const fastest = [...feasible].sort(
    (a, b) => (a.endToEndSeconds ?? 0) - (b.endToEndSeconds ?? 0),
  )[0];
  return (
    <Panel id="latency" title="Latency">
      <p className="chart-summary">
        {fastest
          ? `${answerTokens > 0 ? `For a ${formatInteger(answerTokens)}-token answer` : 'For an input-only request (no answer tokens)'}, ${fastest.name} is fastest end to end at ${formatSeconds(fastest.endToEndSeconds ?? 0)}.`
          : 'No option can serve this workload.'}{' '}
        {targets.maxTimeToFirstTokenSeconds !== null ||
        targets.minOutputTokensPerSecond !== null
          ? `Targets: ${[
              targets.maxTimeToFirstTokenSeconds !== null
                ? `first token within ${formatSeconds(targets.maxTimeToFirstTokenSeconds)}`
                : null,
              targets.minOutputTokensPerSecond !== null
                ? `at least ${formatTokensPerSecond(targets.minOutputTokensPerSecond)}`
                : null,
            ]
              .filter(Boolean)
              .join(', ')}.`
          : 'No latency targets set (Workload → Advanced).'}
      </p>
      <div
        className="svg-scroll"
        tabIndex={0}
        role="region"
        aria-label="Latency chart"
      >
        <LatencyBars
          rows={rows}
          ttftTarget={targets.maxTimeToFirstTokenSeconds}
        />
      </div>
      <p className="footnote">
        Filled: time to first token. Outlined: generating the rest of the
        answer. Red rule: your first-token target.{' '}
        <a className="how-link" href="#methods">
          How is this computed?
        </a>
      </p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Latency table"
      >
        <table className="data-table">
          <caption>
            Latency of each option at the current load (self-hosted: at the peak
            hour)
          </caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Time to first token</th>
              <th scope="col">Output speed</th>
              <th scope="col">End to end</th>
              <th scope="col">Targets</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <span
                    className="swatch-dot"
                    style={{ background: optionColor(r.colorIndex) }}
                    aria-hidden="true"
                  />
                  {r.name}
                </th>
                <td>
                  {r.timeToFirstTokenSeconds === null
                    ? '—'
                    : formatSeconds(r.timeToFirstTokenSeconds)}
                </td>
                <td>
                  {r.outputTokensPerSecond === null
                    ? '—'
                    : formatTokensPerSecond(r.outputTokensPerSecond)}
                </td>
                <td>
                  {r.endToEndSeconds === null
                    ? '—'
                    : formatSeconds(r.endToEndSeconds)}
                </td>
                <td>
                  {r.meetsTtft === null && r.meetsSpeed === null
                    ? '—'
                    : [
                        r.meetsTtft === null
                          ? null
                          : `first token: ${verdictCell(r.meetsTtft)}`,
                        r.meetsSpeed === null
                          ? null
                          : `speed: ${verdictCell(r.meetsSpeed)}`,
                      ]
                        .filter(Boolean)
                        .join('; ')}
                </td>
                <td className="basis">{r.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
