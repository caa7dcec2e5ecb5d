import type { PrivacyRule } from '../../catalog';
import {
  selectActions,
  selectPrivacyRuleIds,
  useCalculatorStore,
} from '../../state';
import { constraintWords } from './constraint-words';

/** The rules as checkboxes, each with what ticking it does and why. */
export function PrivacyRuleChecklist({
  rules,
}: {
  readonly rules: readonly PrivacyRule[];
}) {
  const ticked = useCalculatorStore(selectPrivacyRuleIds);
  const actions = useCalculatorStore(selectActions);
  return (
    <fieldset className="checklist">
      <legend>When you must go local, or pick your API carefully</legend>
      {rules.map((rule) => {
        const id = `privacy-${rule.id}`;
        return (
          <div key={rule.id} className="check-item">
            <input
              id={id}
              type="checkbox"
              checked={ticked.includes(rule.id)}
              onChange={() => actions.privacyRuleToggled(rule.id)}
              aria-describedby={`${id}-why`}
            />
            <label htmlFor={id}>
              {rule.label}{' '}
              <span className="constraint">→ {constraintWords(rule)}</span>
            </label>
            <p id={`${id}-why`} className="field-hint">
              {rule.why}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
