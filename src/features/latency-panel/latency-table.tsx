import { formatSeconds, formatTokensPerSecond } from '../../lib/format';
import { optionColor, ScrollRegion } from '../../ui';
import type { LatencyRow } from './latency-model';

function verdictCell(ok: boolean | null) {
  if (ok === null) return '—';
  return ok ? 'meets' : 'misses';
}

/** "first token: meets; speed: misses", or a dash without targets. */
function targetsCell(r: LatencyRow): string {
  return r.meetsTtft === null && r.meetsSpeed === null
    ? '—'
    : [
        r.meetsTtft === null
          ? null
          : `first token: ${verdictCell(r.meetsTtft)}`,
        r.meetsSpeed === null ? null : `speed: ${verdictCell(r.meetsSpeed)}`,
      ]
        .filter(Boolean)
        .join('; ');
}

function LatencyTableRow({ row: r }: { row: LatencyRow }) {
  return (
    <tr>
      <th scope="row" className={r.setApart ? 'set-apart' : undefined}>
        <span
          className="swatch-dot"
          style={{ background: optionColor(r.colorIndex) }}
          aria-hidden="true"
        />
        {r.name}
        {r.setApart ? (
          <>
            {' '}
            <span className={`standing-badge ${r.setApart.kind}`}>
              {r.setApart.text}
            </span>
          </>
        ) : null}
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
        {r.endToEndSeconds === null ? '—' : formatSeconds(r.endToEndSeconds)}
      </td>
      <td>{targetsCell(r)}</td>
      <td className="basis">{r.basis}</td>
    </tr>
  );
}

/** The bars' numbers, with each option against the targets and the basis of its figures. */
export function LatencyTable({ rows }: { rows: readonly LatencyRow[] }) {
  return (
    <ScrollRegion kind="table" label="Latency table">
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
            <LatencyTableRow key={r.id} row={r} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
