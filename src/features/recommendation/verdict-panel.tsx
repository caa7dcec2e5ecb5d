import {
  selectOptions,
  selectWorkload,
  useCalculatorStore,
  useCatalog,
  useScenarioResult,
} from '../../state';
import { verdictWords } from './verdict-words';

/** The verdict first (ADR-14): one sentence with the numbers that matter, reasons one click away. */
export function VerdictPanel() {
  const result = useScenarioResult();
  const options = useCalculatorStore(selectOptions);
  const catalog = useCatalog();
  const workload = useCalculatorStore(selectWorkload);
  const words = verdictWords(result, options, catalog, workload);
  return (
    <section className="panel verdict" aria-labelledby="verdict-title">
      <h2 id="verdict-title" className="panel-title">
        Recommendation
      </h2>
      <p className="verdict-headline" aria-live="polite">
        <strong>{words.headline}</strong>{' '}
        <span data-testid="verdict-detail">{words.detail}</span>
      </p>
      <details className="verdict-more">
        <summary>
          {words.reasons.length} reason{words.reasons.length === 1 ? '' : 's'} ·{' '}
          {words.caveats.length} caveat
          {words.caveats.length === 1 ? '' : 's'} · what would change it
        </summary>
        <h3>Reasons</h3>
        <ul>
          {words.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {words.caveats.length > 0 ? (
          <>
            <h3>Caveats</h3>
            <ul>
              {words.caveats.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>What would change it</h3>
        <ul>
          {words.whatWouldChange.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        <h3>The “$2K a month” rule</h3>
        <p>{words.ruleOfThumb}</p>
        <p className="how-link">
          <a href="#methods">How is this computed?</a> Each option also explains
          its own numbers under Options.
        </p>
      </details>
    </section>
  );
}
