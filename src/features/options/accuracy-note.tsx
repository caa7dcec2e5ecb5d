import { withMeasuredError } from '../../catalog';
import { useCatalog, type SelfHostOptionState } from '../../state';
import { accuracyLines, FIDELITY_TABLE_URL } from './accuracy-words';

/**
 * "How accurate is this?" for a self-hosted option (issue 12 item 6, ADR-27,
 * docs/methods.md §20.10): the estimator's measured out-of-sample error for
 * this GPU line and engine — or the nearest broader group, said as such —
 * from generated data (scripts/fidelity-accuracy.ts), never a typed figure.
 * Loaded when the disclosure first opens.
 */
export function AccuracyNote({
  option,
}: {
  readonly option: SelfHostOptionState;
}) {
  const catalog = withMeasuredError(useCatalog());
  const lines = accuracyLines(catalog, option.hardwareId, option.engineId);
  if (lines.length === 0)
    return <p>No measured error is available for this catalog.</p>;
  return (
    <>
      <p>
        Measured, not assumed: each speed below was estimated for published
        measurements from sources the estimator was not fitted on (leave one
        source out), and compared (docs/methods.md §20.10). The uncertainty band
        and “What moves it” use the same spread for the efficiencies.
      </p>
      <ul>
        {lines.map((l) => (
          <li key={l.label}>
            <strong>{l.label}:</strong> {l.text}
          </li>
        ))}
      </ul>
      <p>
        Table by GPU line, generation and engine:{' '}
        <a href={FIDELITY_TABLE_URL}>docs/fidelity.md, “Out of sample”</a>.
      </p>
    </>
  );
}
