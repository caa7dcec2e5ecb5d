import type { Catalog, PrivacyRule } from '../../catalog';
import {
  optionShortLabel,
  selectActions,
  selectOptions,
  selectPrivacyRuleIds,
  useCalculatorStore,
  useCatalog,
  useDeferredScenarioResult,
} from '../../state';
import { optionColor, Panel } from '../../ui';

const REQUIREMENT_WORDS: Record<string, string> = {
  hipaaBaa: 'a HIPAA BAA',
  zeroRetentionAvailable: 'zero data retention',
  euDataResidency: 'EU data residency',
  soc2: 'SOC 2',
  governmentAuthorised: 'a government authorisation (FedRAMP or similar)',
  noTrainingByDefault: 'no training on API data by default',
};

/** What ticking a rule does, in words: "→ local only", "→ API only with a HIPAA BAA". */
export function constraintWords(rule: PrivacyRule): string {
  const c = rule.constraint;
  if (c.kind === 'local-only') return 'local only';
  if (c.kind === 'flag-api') return 'APIs allowed with care (flagged)';
  return `API only with ${c.requires.map((r) => REQUIREMENT_WORDS[r] ?? r).join(' and ')}`;
}

function yesNo(v: boolean): string {
  return v ? 'Yes' : 'No';
}

function ProviderTable({
  catalog,
  providerIds,
}: {
  catalog: Catalog;
  providerIds: readonly string[];
}) {
  const providers = catalog.providers.filter((p) => providerIds.includes(p.id));
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="API provider privacy options, table"
    >
      <table className="data-table privacy-table">
        <caption>
          API provider privacy options (each row with its source date)
        </caption>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Data retention</th>
            <th scope="col">Trains on API data by default</th>
            <th scope="col">SOC 2</th>
            <th scope="col">HIPAA BAA</th>
            <th scope="col">EU residency</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <a href={p.source} target="_blank" rel="noopener noreferrer">
                  {p.name}
                </a>
              </th>
              <td className="wrap">{p.privacy.retentionSummary}</td>
              <td>
                {p.privacy.trainsOnApiDataByDefault ? 'Yes (opt out)' : 'No'}
              </td>
              <td>{yesNo(p.privacy.soc2)}</td>
              <td>{yesNo(p.privacy.hipaaBaa)}</td>
              <td>{yesNo(p.privacy.euDataResidency)}</td>
              <td>{p.asOf}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Privacy & data residency": the brief's "when you must go local" list, applied to the options. */
export function PrivacyPanel() {
  const catalog = useCatalog();
  const ticked = useCalculatorStore(selectPrivacyRuleIds);
  const options = useCalculatorStore(selectOptions);
  const actions = useCalculatorStore(selectActions);
  const { result } = useDeferredScenarioResult();
  const rules = [...catalog.privacyRules].sort(
    (a, b) => Number(b.fromBrief) - Number(a.fromBrief),
  );
  const affected = result.privacy.options.filter((o) => o.status !== 'allowed');
  const ruleLabel = (id: string) =>
    catalog.privacyRules.find((r) => r.id === id)?.label ?? id;
  const providerIds = [
    ...new Set(
      [
        ...options.flatMap((o) =>
          o.kind === 'api'
            ? [catalog.byId.apiModels[o.apiModelId]?.providerId ?? '']
            : [],
        ),
        'openai',
        'anthropic',
        'cohere',
        'azure-openai',
      ].filter(Boolean),
    ),
  ];
  return (
    <Panel id="privacy" title="Privacy & data residency">
      <p className="chart-summary">
        For many applications privacy, not cost, decides. Tick what applies to
        your data: options that cannot comply are excluded from the
        recommendation, with the reason.
      </p>
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
      <ProviderTable catalog={catalog} providerIds={providerIds} />
      <p className="footnote">
        Self-hosted options on hardware you own or keep on a desk comply. Rented
        cloud GPUs are a third party: excluded where no third party may see the
        data (air-gapped, classified) and flagged otherwise — your cloud
        provider must meet the requirement too (a BAA, an EU region). Facts
        change: check each provider’s current terms (linked) before you rely on
        them.
      </p>
    </Panel>
  );
}
