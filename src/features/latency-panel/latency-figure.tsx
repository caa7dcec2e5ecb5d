/**
 * The latency chart as an export figure (issue 14 item 4): the page's bars at
 * a fixed width in a `figure[data-export-figure]` whose title, axis titles
 * and legend the exports feature composes into a file (figure-image.ts).
 * Lazy: rendered off screen only while the Export dialog is open.
 */
import { formatInteger } from '../../lib/format';
import { LatencyBars } from './latency-bars';
import { useLatencyRows } from './use-latency-rows';

export function LatencyFigure({ subtitle }: { subtitle: string }) {
  const { rows, targets, answerTokens } = useLatencyRows();
  const ttft = targets.maxTimeToFirstTokenSeconds;
  const legend = [
    {
      label: 'filled: time to first token',
      color: 'var(--text)',
      swatch: 'box',
    },
    {
      label: 'outlined: generating the rest of the answer',
      color: 'var(--text)',
      swatch: 'outline',
    },
    ...(ttft !== null
      ? [
          {
            label: `red dashed rule: your first-token target (${ttft} s)`,
            color: 'var(--bad)',
            dash: '4 3',
            swatch: 'line',
          },
        ]
      : []),
  ];
  return (
    <figure
      className="export-figure latency-figure"
      data-export-figure="Latency"
      data-subtitle={`${subtitle} · end to end for a ${formatInteger(answerTokens)}-token answer; each option’s colour as on the page`}
      data-x-title="seconds"
      data-y-title=""
      data-legend={JSON.stringify(legend)}
    >
      <LatencyBars rows={rows} ttftTarget={ttft} />
    </figure>
  );
}
