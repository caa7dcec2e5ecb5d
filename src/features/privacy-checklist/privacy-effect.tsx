import type { ScenarioResult } from '../../engine';
import {
  optionShortLabel,
  selectOptions,
  selectPrivacyRuleIds,
  useCalculatorStore,
  useCatalog,
} from '../../state';
import { optionColor } from '../../ui';

/** What the ticked rules do to the compared options: each excluded or flagged one, and by which rules. */
export function PrivacyEffect({
  privacy,
}: {
  readonly privacy: ScenarioResult['privacy'];
}) {
  const catalog = useCatalog();
  const ticked = useCalculatorStore(selectPrivacyRuleIds);
  const options = useCalculatorStore(selectOptions);
  const affected = privacy.options.filter((o) => o.status !== 'allowed');
  const ruleLabel = (id: string) =>
    catalog.privacyRules.find((r) => r.id === id)?.label ?? id;
  return (
    <div className="privacy-effect" aria-live="polite">
      {ticked.length === 0 ? (
        <p>Nothing ticked: every option is allowed.</p>
      ) : affected.length === 0 ? (
        <p>Every option complies with what you ticked.</p>
      ) : (
        <ul className="effect-list">
          {affected.map((a) => {
            const o = options.find((x) => x.id === a.optionId);
            if (!o) return null;
            return (
              <li key={a.optionId} className={a.status}>
                <span
                  className="swatch-dot"
                  style={{ background: optionColor(o.colorIndex) }}
                  aria-hidden="true"
                />
                <strong>{optionShortLabel(o, catalog)}</strong>:{' '}
                {a.status === 'excluded' ? 'excluded' : 'flagged'} by{' '}
                {a.ruleIds.map(ruleLabel).join(', ')}.
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
