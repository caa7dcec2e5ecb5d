import type { MeasuredErrorFor, SensitivityResult } from '../../engine';

/** "saturated throughput on h100 · vllm (9 cases, 2 publications): 0.44×–0.89×". */
function basisWords(what: string, m: MeasuredErrorFor): string {
  const where = m.level === 'all' ? 'all measurements' : m.group;
  return `${what} on ${where} (${m.spread.cases} cases, ${m.spread.publications} publications): ${m.spread.speedRatio.p10.toFixed(2)}×–${m.spread.speedRatio.p90.toFixed(2)}×`;
}

/**
 * Says where the efficiency ranges of the tornado and band come from
 * (docs/methods.md §20.11): the estimator's measured out-of-sample spread —
 * measured ÷ estimated speed, 10th to 90th percentile — times the
 * efficiency the estimate used, or the assumed ranges where none applies.
 */
export function MeasuredRangesNote({ result }: { result: SensitivityResult }) {
  const m = result.measuredRanges;
  if (!m) return null;
  const parts = [
    ...(m.bandwidth
      ? [
          `memory-bandwidth efficiency from ${basisWords('saturated throughput', m.bandwidth)}`,
        ]
      : []),
    ...(m.prefill
      ? [
          `compute efficiency from ${basisWords('prompt processing', m.prefill)}`,
        ]
      : []),
  ];
  return (
    <p className="chart-summary">
      Efficiency ranges are measured, not assumed: the estimate’s efficiency
      times the 10th–90th percentile of measured ÷ estimated speed out of sample
      — {parts.join('; ')} (docs/methods.md §20.11, docs/fidelity.md).
    </p>
  );
}
