import {
  formatInteger,
  formatSeconds,
  formatTokensPerSecond,
} from '../../lib/format';
import { glossary } from '../../lib/glossary';
import { Panel, ScrollRegion, Term } from '../../ui';
import { LatencyBars } from './latency-bars';
import {
  fastestRow,
  type LatencyRow,
  type LatencyTargets,
} from './latency-model';
import { LatencyTable } from './latency-table';
import { useLatencyRows } from './use-latency-rows';

/** "For a 400-token answer, X is fastest end to end at 2.1 s." */
function fastestSentence(
  fastest: LatencyRow | undefined,
  answerTokens: number,
): string {
  return fastest
    ? `${answerTokens > 0 ? `For a ${formatInteger(answerTokens)}-token answer` : 'For an input-only request (no answer tokens)'}, ${fastest.name} is fastest end to end at ${formatSeconds(fastest.endToEndSeconds ?? 0)}.`
    : 'No option can serve this workload.';
}

/** "Targets: first token within 1 s, at least 30 tokens/s." */
function targetsSentence(targets: LatencyTargets): string {
  return targets.maxTimeToFirstTokenSeconds !== null ||
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
    : 'No latency targets set (Workload → Advanced).';
}

/** "Latency": time to first token, output speed and end-to-end time of every option at the current load. */
export function LatencyPanel() {
  const { rows, targets, answerTokens } = useLatencyRows();
  return (
    <Panel id="latency" title="Latency">
      <p className="chart-summary">
        {fastestSentence(fastestRow(rows), answerTokens)}{' '}
        {targetsSentence(targets)}
      </p>
      <ScrollRegion kind="svg" label="Latency chart">
        <LatencyBars
          rows={rows}
          ttftTarget={targets.maxTimeToFirstTokenSeconds}
        />
      </ScrollRegion>
      <p className="footnote">
        Filled: time to first token (<Term explain={glossary.ttft}>TTFT</Term>).
        Outlined: generating the rest of the answer. Red rule: your first-token
        target.{' '}
        <a className="how-link" href="#methods">
          How is this computed?
        </a>
      </p>
      <LatencyTable rows={rows} />
    </Panel>
  );
}
