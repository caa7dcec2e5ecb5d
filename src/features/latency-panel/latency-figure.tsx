/**
 * The latency chart as an export figure (issue 14 item 4): the page's bars at
 * a fixed width in a `figure[data-export-figure]` whose title, axis titles
 * and legend the exports feature composes into a file (figure-image.ts).
 * Lazy: rendered off screen only while the Export dialog is open.
 */
import { formatInteger } from '../../lib/format';
import { useCatalog, useDeferredScenarioResult } from '../../state';
import { LatencyBars } from './latency-bars';
import { latencyRowsFrom, latencyTargetsFrom } from './latency-model';

/** The rows, targets and answer length the panel shows (latency-panel.tsx's useLatencyRows). */
function useFigureRows() {
  const { result, inputs } = useDeferredScenarioResult();
  const catalog = useCatalog();
  const w = inputs.workload;
  const targets = latencyTargetsFrom(w);
  const answerTokens = Math.round(
    result.workload.selfHostOutputTokensPerRequest /
      Math.max(0.01, w.tokenizerRatio || 1),
  );
  const rows = latencyRowsFrom(result, inputs.options, catalog, targets);
  return { rows, targets, answerTokens };
}

export function LatencyFigure({ subtitle }: { subtitle: string }) {
  const { rows, targets, answerTokens } = useFigureRows();
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
