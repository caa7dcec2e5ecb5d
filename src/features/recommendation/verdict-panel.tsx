import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import {
  resultFor,
  useCatalog,
  useDeferredScenarioResult,
  useResultsBusy,
  type CalculatorInputs,
} from '../../state';
import { verdictWords } from './verdict-words';

/**
 * The verdict API's cost at the "for good" crossover volume, evaluated at
 * that volume (cached with the inputs), so the figure beside it is its own.
 */
function stableApiSpend(
  result: ScenarioResult,
  inputs: CalculatorInputs,
  catalog: Catalog,
): number | null {
  const rec = result.recommendation;
  const stable = rec.stableFlipAtTokensPerMonth ?? null;
  if (rec.verdict.kind !== 'api' || stable === null) return null;
  const id = rec.verdict.optionId;
  const at = resultFor(inputs, catalog, {
    curve: 'headline',
    atTokensPerMonth: stable,
  });
  return at.api.find((a) => a.id === id)?.cost.usdPerMonth ?? null;
}

/** The verdict first (ADR-14): one sentence with the numbers that matter, reasons one click away. */
export function VerdictPanel() {
  // The shown result and the inputs it was computed from, one object: the
  // words ("at 50M tokens") always agree with the numbers, and the verdict
  // renders once per result, never per store change (issue 13).
  const { result, inputs } = useDeferredScenarioResult();
  const { options, workload } = inputs;
  const catalog = useCatalog();
  // Busy while newer inputs are being evaluated: a screen reader hears the
  // live headline once it is for them (ADR-33).
  const busyRef = useResultsBusy<HTMLElement>();
  const words = verdictWords(
    result,
    options,
    catalog,
    workload,
    stableApiSpend(result, inputs, catalog),
  );
  return (
    <section
      ref={busyRef}
      className="panel verdict"
      aria-labelledby="verdict-title"
    >
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
