import type { HybridInputs } from '../../state';
import {
  BOUNDS,
  optionShortLabel,
  selectActions,
  selectHybrid,
  selectOptions,
  useCalculatorStore,
  useCatalog,
  useDeferredScenarioResult,
} from '../../state';
import {
  formatPercent,
  formatSeconds,
  formatUsd,
  formatUsdPerMonth,
} from '../../lib/format';
import { Panel, RangeField } from '../../ui';

type Control = {
  readonly key: keyof HybridInputs;
  readonly bound:
    | 'hybridLocalSharePercent'
    | 'hybridEscalationSharePercent'
    | 'sensitiveSharePercent'
    | 'devSharePercent';
  readonly label: string;
};

const CONTROLS: Record<string, Control> = {
  'tiered-routing': {
    key: 'localSharePercent',
    bound: 'hybridLocalSharePercent',
    label: 'Share routed to the self-hosted model',
  },
  'fallback-chain': {
    key: 'escalationSharePercent',
    bound: 'hybridEscalationSharePercent',
    label: 'Share escalated to the API',
  },
  'privacy-split': {
    key: 'sensitiveSharePercent',
    bound: 'sensitiveSharePercent',
    label: 'Sensitive share (must stay local)',
  },
  'dev-prod-split': {
    key: 'devSharePercent',
    bound: 'devSharePercent',
    label: 'Development share of traffic',
  },
};

const NAMES: Record<string, string> = {
  'tiered-routing': 'Tiered routing',
  'fallback-chain': 'Fallback chain',
  'privacy-split': 'Privacy split',
  'dev-prod-split': 'Dev/prod split',
  'overflow-spill': 'Overflow to the API',
};

const INFEASIBLE: Record<string, string> = {
  'no-api-option': 'needs an API option',
  'no-feasible-self-host': 'needs a self-hosted option that fits',
  'no-sensitive-share': 'set a sensitive share above 0 %',
  'unknown-option': 'refers to an option that is gone',
};

/** "Hybrid patterns": each priced next to the pure options, the best one highlighted. */
export function HybridPanel() {
  const { result } = useDeferredScenarioResult();
  const hybrid = useCalculatorStore(selectHybrid);
  const options = useCalculatorStore(selectOptions);
  const actions = useCalculatorStore(selectActions);
  const catalog = useCatalog();
  const name = (id: string) => {
    const o = options.find((x) => x.id === id);
    return o ? optionShortLabel(o, catalog) : id;
  };
  const excluded = new Set(
    result.privacy.options
      .filter((o) => o.status === 'excluded')
      .map((o) => o.optionId),
  );
  const pureApi = [...result.api]
    .filter((a) => !excluded.has(a.id))
    .sort((a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth)[0];
  const pureSelf = result.selfHost
    .flatMap((s) => (s.feasible ? [s] : []))
    .sort((a, b) => a.cost.usdPerMonth - b.cost.usdPerMonth)[0];
  // With a sensitive share, API-only is not an allowed answer: compare with what is.
  const apiOnlyAllowed = hybrid.sensitiveSharePercent === 0;
  const bestPure = Math.min(
    apiOnlyAllowed ? (pureApi?.cost.usdPerMonth ?? Infinity) : Infinity,
    pureSelf?.cost.usdPerMonth ?? Infinity,
  );
  const eligible = result.hybrids.flatMap((h) =>
    h.feasible && h.eligible ? [h] : [],
  );
  const best = [...eligible].sort((a, b) => a.usdPerMonth - b.usdPerMonth)[0];
  const verdict = result.recommendation.verdict;
  return (
    <Panel id="hybrids" title="Hybrid patterns">
      <p className="chart-summary">
        Many production systems use both. Each pattern below is priced with your
        workload
        {pureApi && pureSelf
          ? `, pairing ${name(pureApi.id)} with ${name(pureSelf.id)}`
          : ''}
        {best
          ? `. Cheapest: ${NAMES[best.patternId]} at ${formatUsdPerMonth(best.usdPerMonth)}${
              best.usdPerMonth < bestPure
                ? `, ${formatUsd(bestPure - best.usdPerMonth)}/month below the best pure option`
                : ', no cheaper than the best pure option'
            }.`
          : '.'}
      </p>
      <div className="card-grid hybrid-grid">
        {result.hybrids.map((h) => {
          const pattern = catalog.hybridPatterns.find(
            (p) => p.id === h.patternId,
          );
          const control = CONTROLS[h.patternId];
          const isBest =
            best !== undefined && h.feasible && h.patternId === best.patternId;
          const recommended =
            verdict.kind === 'hybrid' && verdict.patternId === h.patternId;
          return (
            <article
              key={h.patternId}
              className={`info-card hybrid-card ${isBest ? 'best' : ''}`}
              aria-labelledby={`hybrid-${h.patternId}`}
            >
              <h3 id={`hybrid-${h.patternId}`}>
                {NAMES[h.patternId] ?? h.patternId}
                {recommended ? (
                  <span className="badge">Recommended</span>
                ) : isBest ? (
                  <span className="badge">Cheapest hybrid</span>
                ) : null}
              </h3>
              <p className="card-sub">{pattern?.summary}</p>
              {control ? (
                <RangeField
                  label={control.label}
                  min={BOUNDS[control.bound].min}
                  max={BOUNDS[control.bound].max}
                  step={BOUNDS[control.bound].step}
                  value={hybrid[control.key]}
                  valueText={formatPercent(hybrid[control.key] / 100)}
                  onChange={(v) => actions.hybridChanged(control.key, v)}
                />
              ) : null}
              {h.feasible ? (
                <dl className="hybrid-figures">
                  <div>
                    <dt>Monthly cost</dt>
                    <dd>{formatUsdPerMonth(h.usdPerMonth)}</dd>
                  </div>
                  <div>
                    <dt>Local / API</dt>
                    <dd>
                      {formatPercent(h.localShare)} /{' '}
                      {formatPercent(h.apiShare)}
                    </dd>
                  </div>
                  <div>
                    <dt>End to end</dt>
                    <dd>{formatSeconds(h.expectedEndToEndSeconds)}</dd>
                  </div>
                  <div>
                    <dt>Local replicas</dt>
                    <dd>{h.localReplicas}</dd>
                  </div>
                </dl>
              ) : (
                <p className="field-hint">
                  Not priced: {INFEASIBLE[h.reason] ?? h.reason}.
                </p>
              )}
              {h.feasible && !h.eligible ? (
                <p className="field-hint warn-text">
                  {h.usesExcludedApi
                    ? 'Its API is excluded by a ticked privacy requirement.'
                    : 'It does not keep the sensitive share local.'}
                </p>
              ) : null}
            </article>
          );
        })}
      </div>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Hybrid patterns next to the pure options, table"
      >
        <table className="data-table">
          <caption>Hybrid patterns next to the cheapest pure options</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Monthly cost</th>
              <th scope="col">Per 1M tokens</th>
              <th scope="col">Local share</th>
              <th scope="col">End to end</th>
            </tr>
          </thead>
          <tbody>
            {pureApi ? (
              <tr>
                <th scope="row">
                  API only: {name(pureApi.id)}
                  {apiOnlyAllowed
                    ? ''
                    : ' (not allowed: the sensitive share must stay local)'}
                </th>
                <td>{formatUsd(pureApi.cost.usdPerMonth)}</td>
                <td>
                  {pureApi.usdPerMillionTokens === null
                    ? '—'
                    : formatUsd(pureApi.usdPerMillionTokens)}
                </td>
                <td>{formatPercent(0)}</td>
                <td>{formatSeconds(pureApi.latency.endToEndSeconds)}</td>
              </tr>
            ) : null}
            {pureSelf ? (
              <tr>
                <th scope="row">Self-hosted only: {name(pureSelf.id)}</th>
                <td>{formatUsd(pureSelf.cost.usdPerMonth)}</td>
                <td>
                  {pureSelf.usdPerMillionTokens === null
                    ? '—'
                    : formatUsd(pureSelf.usdPerMillionTokens)}
                </td>
                <td>{formatPercent(1)}</td>
                <td>{formatSeconds(pureSelf.latency.endToEndSeconds)}</td>
              </tr>
            ) : null}
            {result.hybrids.flatMap((h) =>
              h.feasible
                ? [
                    <tr
                      key={h.patternId}
                      className={
                        best && h.patternId === best.patternId
                          ? 'current'
                          : undefined
                      }
                    >
                      <th scope="row">{NAMES[h.patternId]}</th>
                      <td>{formatUsd(h.usdPerMonth)}</td>
                      <td>
                        {h.usdPerMillionTokens === null
                          ? '—'
                          : formatUsd(h.usdPerMillionTokens)}
                      </td>
                      <td>{formatPercent(h.localShare)}</td>
                      <td>{formatSeconds(h.expectedEndToEndSeconds)}</td>
                    </tr>,
                  ]
                : [],
            )}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
