import { ScrollRegion } from '../../ui';
import type { TornadoBar } from '../../engine';
import { formatTokensPerMonth, formatUsdPerMonth } from '../../lib/format';
import { tornadoFrom, type Tornado } from './tornado-model';
import { INPUT_LABELS, type Uncertainty } from './uncertainty';
import { MeasuredRangesNote } from './measured-ranges-note';

/** The unit each varied input's range is in. */
const INPUT_UNITS: Record<TornadoBar['input'], string> = {
  'gpu-price': ' × today’s price',
  'api-price': ' × today’s price',
  'ops-fte-share': ' FTE',
  'target-utilisation': ' (share of capacity at peak)',
  'peak-to-average': ' × the average',
  'bandwidth-efficiency': ' (share of peak bandwidth)',
  'prefill-efficiency': ' (share of peak FLOP/s)',
  'tokenizer-ratio': ' open-model tokens per API token',
  'output-tokens': ' × today’s output length',
  volume: ' × today’s volume',
};

function rangeText(bar: TornadoBar, format: (v: number) => string): string {
  const lo = bar.atLow === null ? 'none in range' : format(bar.atLow);
  const hi = bar.atHigh === null ? 'none in range' : format(bar.atHigh);
  return `${lo} → ${hi}`;
}

/** The crossover (or cost difference) at the user's values and its plausible range, in a sentence. */
function headlineSentence(
  tornado: Tornado,
  nameOf: (id: string) => string,
): string {
  const { base, band, format } = tornado;
  const self = nameOf(tornado.selfHostOptionId);
  const api = nameOf(tornado.apiOptionId);
  return tornado.metric === 'firstCrossoverTokensPerMonth'
    ? `${self} crosses below ${api} at ${formatTokensPerMonth(base ?? 0)}${
        band
          ? `; over the inputs’ plausible ranges, between ${formatTokensPerMonth(band.low)} and ${formatTokensPerMonth(band.high)}`
          : ''
      }.`
    : `${self} minus ${api}: ${format(base ?? 0)} at your volume.`;
}

function UncertaintySummary({
  tornado,
  nameOf,
}: {
  tornado: Tornado;
  nameOf: (id: string) => string;
}) {
  const selfBand = tornado.selfHostBand;
  return (
    <p className="chart-summary">
      {headlineSentence(tornado, nameOf)}{' '}
      {selfBand
        ? `Self-hosted cost at your volume: ${formatUsdPerMonth(selfBand.low)} to ${formatUsdPerMonth(selfBand.high)}.`
        : ''}{' '}
      The bars show which inputs move it most, each varied alone across its
      range.
    </p>
  );
}

/** One bar per input from its low-end to its high-end result; the base as a rule. */
function TornadoChart({ tornado }: { tornado: Tornado }) {
  const { bars, base, x } = tornado;
  return (
    <ScrollRegion kind="svg" label="Sensitivity chart">
      <svg
        className="tornado"
        viewBox={`0 0 600 ${bars.length * 28 + 10}`}
        role="img"
        aria-label="Tornado chart of the inputs that move the result most; the table below has the numbers"
      >
        {base !== null ? (
          <line
            x1={x(base)}
            x2={x(base)}
            y1={0}
            y2={bars.length * 28 + 10}
            stroke="var(--text)"
          />
        ) : null}
        {bars.map((b, i) => {
          const a = b.atLow ?? base ?? 0;
          const c = b.atHigh ?? base ?? 0;
          const left = Math.min(x(a), x(c));
          const width = Math.max(2, Math.abs(x(c) - x(a)));
          return (
            <g key={b.input} transform={`translate(0 ${i * 28 + 5})`}>
              <text x={0} y={15} className="bar-label">
                {INPUT_LABELS[b.input]}
              </text>
              <rect
                x={left}
                y={3}
                width={width}
                height={16}
                fill="var(--option-0)"
                opacity={0.8}
              />
            </g>
          );
        })}
      </svg>
    </ScrollRegion>
  );
}

function TornadoTable({ tornado }: { tornado: Tornado }) {
  return (
    <ScrollRegion kind="table" label="Sensitivity, table">
      <table className="data-table">
        <caption>
          What moves{' '}
          {tornado.metric === 'firstCrossoverTokensPerMonth'
            ? 'the crossover'
            : 'the cost difference'}{' '}
          most: each input at the low and high end of its range
        </caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Range</th>
            <th scope="col">Result low → high</th>
          </tr>
        </thead>
        <tbody>
          {tornado.bars.map((b) => (
            <tr key={b.input}>
              <th scope="row">{INPUT_LABELS[b.input]}</th>
              <td>
                {Number(b.lowInput.toPrecision(3))} –{' '}
                {Number(b.highInput.toPrecision(3))}
                {INPUT_UNITS[b.input]}
              </td>
              <td>{rangeText(b, tornado.format)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Which inputs move the answer most (a tornado), with the low / high band. */
export function UncertaintyView({
  uncertainty,
  nameOf,
}: {
  uncertainty: Uncertainty | null;
  nameOf: (id: string) => string;
}) {
  const h = uncertainty?.headline;
  if (!h) {
    return (
      <p className="chart-summary">
        Add an API option and a self-hosted option that fits to see what moves
        the answer.
      </p>
    );
  }
  const tornado = tornadoFrom(h);
  return (
    <div className="uncertainty">
      <UncertaintySummary tornado={tornado} nameOf={nameOf} />
      <TornadoChart tornado={tornado} />
      <TornadoTable tornado={tornado} />
      <MeasuredRangesNote result={h} />
    </div>
  );
}
