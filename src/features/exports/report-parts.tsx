/**
 * The printed report's own parts (issue 14 item 4): its heading (title, the
 * scenario in one paragraph, link, date, prices) and its last section (the
 * assumptions each option is priced on, with the catalog's source and date
 * for each fact). The app composes them around the verdict and the cost
 * chart (src/app/report-view.tsx). Lazy: loaded for print and export only.
 */
import { sourceText, type Catalog } from '../../catalog';
import {
  formatInteger,
  formatPercent,
  formatTokens,
  formatTokensPerMonth,
  formatUsd,
} from '../../lib/format';
import {
  resultOptionLabel,
  selectInputs,
  selectUsdPerFteMonth,
  useCalculatorStore,
  useCatalog,
  type CalculatorInputs,
  type OptionState,
} from '../../state';

export type ReportHeaderProps = {
  readonly link: string;
  /** When the report was made, in words. */
  readonly date: string;
  readonly name: string | null;
  readonly catalogVersion: string;
  readonly importedPrices: string | null;
};

/** "50M tokens/month (3:1 input:output), 1,000 input + 400 output tokens per request, …" */
export function scenarioSentence(
  inputs: CalculatorInputs,
  catalog: Catalog,
): string {
  const w = inputs.workload;
  const rules = inputs.privacyRuleIds
    .map((id) => catalog.privacyRules.find((r) => r.id === id)?.label ?? id)
    .join(', ');
  const targets = [
    w.maxTimeToFirstTokenSeconds > 0
      ? `first token within ${w.maxTimeToFirstTokenSeconds} s`
      : null,
    w.minOutputTokensPerSecond > 0
      ? `at least ${w.minOutputTokensPerSecond} tokens/s`
      : null,
  ].filter(Boolean);
  const apis = inputs.options.filter((o) => o.kind === 'api').length;
  const selfs = inputs.options.length - apis;
  return [
    `${formatTokensPerMonth(w.tokensPerMonth)}, ${formatPercent(w.inputSharePercent / 100)} of it input`,
    `${formatInteger(w.tokensPerRequest)} tokens per request`,
    w.reasoningTokensPerRequest > 0
      ? `${formatInteger(w.reasoningTokensPerRequest)} reasoning tokens per request`
      : null,
    w.cachedPrefixTokens > 0
      ? `a cached prefix of ${formatInteger(w.cachedPrefixTokens)} tokens`
      : null,
    `peak ${w.peakToAverage}× the average`,
    targets.length > 0
      ? `latency targets: ${targets.join(', ')}${w.latencyTargetRequired ? ' (required)' : ' (preferred)'}`
      : 'no latency targets',
    rules ? `privacy: ${rules}` : 'no privacy duties ticked',
    `${apis} API option${apis === 1 ? '' : 's'} and ${selfs} self-hosted`,
  ]
    .filter(Boolean)
    .join('; ')
    .concat('.');
}

/** Title, scenario, link, date and prices: what a reader needs to trust and reproduce the page. */
export function ReportHeader({
  link,
  date,
  name,
  catalogVersion,
  importedPrices,
}: ReportHeaderProps) {
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  return (
    <header className="report-header">
      <h1>Crossover report{name ? `: ${name}` : ''}</h1>
      <p className="report-lede">
        API or self-hosted LLM: the monthly cost of each option for this
        workload, where they cross, and what the answer rests on.
      </p>
      <p>
        <strong>Scenario:</strong> {scenarioSentence(inputs, catalog)}
      </p>
      <dl className="report-meta">
        <dt>Link</dt>
        <dd>
          <a href={link}>{link}</a>
        </dd>
        <dt>Made</dt>
        <dd>{date}</dd>
        <dt>Prices</dt>
        <dd>
          Catalog {catalogVersion}
          {importedPrices ? `; API prices imported from ${importedPrices}` : ''}
        </dd>
      </dl>
    </header>
  );
}

/** One option's terms in words, with the source of its price. */
function optionTerms(
  o: OptionState,
  catalog: Catalog,
): { terms: string; source: string | null } {
  if (o.kind === 'api') {
    const m = catalog.byId.apiModels[o.apiModelId];
    if (!m) return { terms: o.apiModelId, source: null };
    const price =
      o.customInputUsdPerMillion !== null ||
      o.customOutputUsdPerMillion !== null
        ? `your price: $${o.customInputUsdPerMillion ?? m.usdPerMillionInputTokens}/1M input, $${o.customOutputUsdPerMillion ?? m.usdPerMillionOutputTokens}/1M output`
        : `$${m.usdPerMillionInputTokens}/1M input, $${m.usdPerMillionOutputTokens}/1M output`;
    return {
      terms: `${price}${m.usdPerMillionCachedInputTokens !== undefined ? `, $${m.usdPerMillionCachedInputTokens}/1M cached` : ''}${o.useBatch ? ', batch API' : ''}`,
      source: `${sourceText(m.source)} (${m.asOf})`,
    };
  }
  const hw = catalog.byId.hardware[o.hardwareId];
  const rented = o.procurement !== 'owned' && o.procurement !== 'desk';
  return {
    terms: [
      `${catalog.byId.openModels[o.openModelId]?.name ?? o.openModelId}, ${catalog.byId.quants[o.quantId]?.name ?? o.quantId}, ${catalog.byId.engines[o.engineId]?.name ?? o.engineId}`,
      `${hw?.name ?? o.hardwareId}${o.gpusPerReplica > 0 ? ` × ${o.gpusPerReplica}` : ''}, ${o.procurement}`,
      rented
        ? `$${o.usdPerGpuHour}/GPU-hour`
        : `${formatUsd(o.capexUsdPerDevice)} a device`,
      `target utilisation ${formatPercent(o.targetUtilisationPercent / 100)}`,
      `operations ${o.opsFteShare} FTE`,
    ].join('; '),
    source: hw ? `${sourceText(hw.source)} (${hw.asOf})` : null,
  };
}

/** What every number rests on: the workload, each option's terms with its source, the methods. */
export function ReportAssumptions() {
  const inputs = useCalculatorStore(selectInputs);
  const usdPerFteMonth = useCalculatorStore(selectUsdPerFteMonth);
  const catalog = useCatalog();
  const w = inputs.workload;
  return (
    <section
      className="report-assumptions"
      aria-labelledby="report-assumptions"
    >
      <h2 id="report-assumptions">Assumptions and sources</h2>
      <ul>
        <li>
          Volume {formatTokens(w.tokensPerMonth)} tokens a month at a fixed
          input:output mix; open-model tokens = {w.tokenizerRatio} × API tokens;
          peak-to-average traffic {w.peakToAverage}×.
        </li>
        <li>
          People: {formatUsd(usdPerFteMonth)} per engineer-month (FTE),{' '}
          {w.opsFteAvailable} FTE available for operations.
        </li>
      </ul>
      <table className="data-table report-options">
        <caption>Each option’s terms and where its price comes from</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Terms</th>
            <th scope="col">Source (date)</th>
          </tr>
        </thead>
        <tbody>
          {inputs.options.map((o) => {
            const t = optionTerms(o, catalog);
            return (
              <tr key={o.id}>
                <th scope="row">
                  {resultOptionLabel(o.id, inputs.options, [], catalog)}
                </th>
                <td>{t.terms}</td>
                <td className="report-source">{t.source ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="footnote">
        Formulas, defaults and their sources: docs/methods.md in the Crossover
        repository; every catalog fact carries its source and date. Costs are US
        dollars per month; self-hosted costs include GPUs, power or rent, and
        the people to run them.
      </p>
    </section>
  );
}
