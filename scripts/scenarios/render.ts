/**
 * docs/scenarios.md from the eight scenarios (definitions.ts): each one
 * evaluated exactly as the page evaluates it (scenarioFromInputs →
 * evaluateScenario, the verdict in the page's own words), then rendered as
 * markdown. Hand-written commentary comes from docs/scenarios-commentary.md,
 * keyed by scenario id, so regenerating never erases it.
 */
import type { Catalog } from '../../src/catalog';
import {
  evaluateScenario,
  type ApiResult,
  type CrossoverPair,
  type ScenarioResult,
  type SelfHostResult,
} from '../../src/engine';
import { verdictWords } from '../../src/features/recommendation/verdict-words';
import {
  formatTokensPerMonth,
  formatUsd,
  formatUsdPerMonth,
} from '../../src/lib/format';
import {
  infeasibleShortText,
  PROCUREMENT_LABELS,
  resultOptionLabel,
  scenarioFromInputs,
  TRAFFIC_PATTERNS,
  WORKLOAD_PRESETS,
  type CalculatorInputs,
} from '../../src/state';
import { encodeLink } from '../../src/url';
import type { ScenarioDefinition } from './definitions';

export type EvaluatedScenario = {
  readonly definition: ScenarioDefinition;
  readonly inputs: CalculatorInputs;
  readonly result: ScenarioResult;
};

/** The page's path: inputs → engine scenario → result (with the recommendation). */
export function evaluateDefinition(
  definition: ScenarioDefinition,
  catalog: Catalog,
): EvaluatedScenario {
  const inputs = definition.inputs(catalog);
  const result = evaluateScenario(
    scenarioFromInputs(inputs, catalog),
    catalog,
    {
      curveSamples: 2,
    },
  );
  return { definition, inputs, result };
}

/** "API: GPT-5 mini", "self-host: …", "hybrid: …" or "none". */
export function verdictLabel(e: EvaluatedScenario, catalog: Catalog): string {
  const v = e.result.recommendation.verdict;
  const name = (id: string) =>
    resultOptionLabel(id, e.inputs.options, e.result.comparators, catalog);
  switch (v.kind) {
    case 'api':
      return `API: ${name(v.optionId)}`;
    case 'self-host':
      return `self-host: ${name(v.optionId)}`;
    case 'hybrid':
      return `hybrid (${v.patternId}): ${name(v.apiOptionId)} + ${name(v.selfHostOptionId)}`;
    case 'none':
      return 'none (everything excluded)';
  }
}

/** Commentary sections: `## <scenario id>` followed by its paragraphs. */
export function parseCommentary(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let id: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (id !== null) out.set(id, body.join('\n').trim());
  };
  for (const line of text.split('\n')) {
    const m = /^## +(\S+)\s*$/.exec(line);
    if (m) {
      flush();
      id = m[1]!;
      body = [];
    } else if (id !== null) body.push(line);
  }
  flush();
  return out;
}

/** "s2 · Llama 3.3 70B on 2× H100": the page's label after the option's id (two options may share a label). */
function optionName(
  id: string,
  e: EvaluatedScenario,
  catalog: Catalog,
): string {
  const label = resultOptionLabel(
    id,
    e.inputs.options,
    e.result.comparators,
    catalog,
  );
  return e.inputs.options.some((o) => o.id === id) ? `${id} · ${label}` : label;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function ruleLabels(ids: readonly string[], catalog: Catalog): string {
  return ids
    .map((id) => catalog.privacyRules.find((r) => r.id === id)?.label ?? id)
    .join(', ');
}

/** Why an option is not in the running (or '' when it is). */
function statusOf(id: string, e: EvaluatedScenario, catalog: Catalog): string {
  const rec = e.result.recommendation;
  const v = rec.verdict;
  const chosen =
    (v.kind === 'api' || v.kind === 'self-host') && v.optionId === id
      ? ['**verdict**']
      : v.kind === 'hybrid' &&
          (v.apiOptionId === id || v.selfHostOptionId === id)
        ? ['**in the verdict (hybrid)**']
        : [];
  const privacy = e.result.privacy.options.find((o) => o.optionId === id);
  const notes: string[] = [...chosen];
  if (privacy?.status === 'excluded')
    notes.push(`excluded by ${ruleLabels(privacy.ruleIds, catalog)}`);
  if (privacy?.status === 'flagged')
    notes.push(`flagged by ${ruleLabels(privacy.ruleIds, catalog)}`);
  const floor = rec.qualityFloor;
  if (floor?.belowIds.includes(id)) notes.push('below the quality floor');
  if (floor?.notRatedIds.includes(id)) notes.push('not rated (quality floor)');
  if (id === rec.alternativeId) notes.push('alternative');
  return notes.join('; ');
}

function apiRow(r: ApiResult, e: EvaluatedScenario, catalog: Catalog): string {
  const name = optionName(r.id, e, catalog);
  const hosted = e.result.comparators.some((c) => c.optionId === r.id);
  const notes = [statusOf(r.id, e, catalog)];
  if (r.rateLimit.kind === 'checked' && r.rateLimit.rejectedShare > 0)
    notes.push(
      `rate limit (${r.rateLimit.tier}) rejects ${(r.rateLimit.rejectedShare * 100).toFixed(0)} % at peak`,
    );
  if (r.warnings.includes('latency-target-missed'))
    notes.push('misses the latency target');
  return `| ${cell(name)} | ${hosted ? 'same model, hosted' : 'API'} | ${formatUsdPerMonth(r.cost.usdPerMonth)} | ${r.usdPerMillionTokens === null ? '–' : formatUsd(r.usdPerMillionTokens)} | – | ${cell(notes.filter(Boolean).join('; '))} |`;
}

function selfRow(
  r: SelfHostResult,
  e: EvaluatedScenario,
  catalog: Catalog,
): string {
  const option = e.inputs.options.find((o) => o.id === r.id);
  const name = optionName(r.id, e, catalog);
  const kind =
    option?.kind === 'self-host'
      ? `self-hosted, ${PROCUREMENT_LABELS[option.procurement]}`
      : 'self-hosted';
  const status = statusOf(r.id, e, catalog);
  if (!r.feasible)
    return `| ${cell(name)} | ${kind} | – | – | – | ${cell([`infeasible: ${infeasibleShortText(r.reasons)} (${r.reasons.map((x) => x.code).join(', ')})`, status].filter(Boolean).join('; '))} |`;
  const f = r.fleet;
  const people =
    r.cost.lines.find((l) => l.kind === 'ops-people')?.usdPerMonth ?? 0;
  const fte =
    e.inputs.usdPerFteMonth > 0 ? people / e.inputs.usdPerFteMonth : 0;
  const fleet = `${f.servingReplicas} + ${f.extraReplicas} spare × ${f.gpusPerReplica} GPU = ${r.gpus} GPUs; ${fte.toFixed(2)} FTE`;
  const notes = [status];
  if (r.warnings.includes('latency-target-missed'))
    notes.push('misses the latency target');
  return `| ${cell(name)} | ${kind} | ${formatUsdPerMonth(r.cost.usdPerMonth)} | ${r.usdPerMillionTokens === null ? '–' : formatUsd(r.usdPerMillionTokens)} | ${fleet} | ${cell(notes.filter(Boolean).join('; '))} |`;
}

function crossoverText(p: CrossoverPair): string {
  const c = p.crossover;
  switch (c.kind) {
    case 'crosses':
      return `self-hosting cheaper from ${formatTokensPerMonth(c.firstTokensPerMonth)}${c.stableTokensPerMonth === null ? ' (does not settle in range)' : c.stableTokensPerMonth !== c.firstTokensPerMonth ? `, for good from ${formatTokensPerMonth(c.stableTokensPerMonth)}` : ''}; break-even API spend ${formatUsdPerMonth(c.breakEvenApiUsdPerMonth)}`;
    case 'api-always-cheaper':
      return `API cheaper across ${formatTokensPerMonth(c.range.minTokensPerMonth)}–${formatTokensPerMonth(c.range.maxTokensPerMonth)}`;
    case 'self-host-always-cheaper':
      return `self-hosting cheaper across ${formatTokensPerMonth(c.range.minTokensPerMonth)}–${formatTokensPerMonth(c.range.maxTokensPerMonth)}`;
    case 'not-comparable':
      return `not comparable (${c.reason})`;
  }
}

/** The user's APIs against every self-hosted option; a hosted comparator only against its own model. */
function shownCrossovers(e: EvaluatedScenario): CrossoverPair[] {
  return e.result.crossovers.filter((p) => {
    const c = e.result.comparators.find((x) => x.optionId === p.apiId);
    return !c || c.forSelfHostOptionIds.includes(p.selfHostId);
  });
}

function inputsLine(e: EvaluatedScenario, catalog: Catalog): string {
  const w = e.inputs.workload;
  const preset = WORKLOAD_PRESETS.find((p) => p.id === w.presetId)?.label;
  const traffic = TRAFFIC_PATTERNS.find((p) => p.code === w.trafficPattern);
  const privacy =
    e.inputs.privacyRuleIds.length > 0
      ? ruleLabels(e.inputs.privacyRuleIds, catalog)
      : 'none';
  return `${preset ?? w.presetId} preset · ${formatTokensPerMonth(w.tokensPerMonth)} · ${w.tokensPerRequest.toLocaleString('en-US')} tokens a request · traffic: ${traffic?.label ?? w.trafficPattern} · privacy: ${privacy} · operations at ${formatUsdPerMonth(e.inputs.usdPerFteMonth)} per engineer`;
}

/** One scenario's section of docs/scenarios.md. */
export function renderScenario(
  e: EvaluatedScenario,
  catalog: Catalog,
  commentary: string | undefined,
): string[] {
  const words = verdictWords(e.result, e.inputs.options, catalog, {
    opsFteAvailable: e.inputs.workload.opsFteAvailable,
    maxTimeToFirstTokenSeconds: e.inputs.workload.maxTimeToFirstTokenSeconds,
    minOutputTokensPerSecond: e.inputs.workload.minOutputTokensPerSecond,
  });
  const d = e.definition;
  const name = (id: string) => optionName(id, e, catalog);
  const list = (items: readonly string[]) =>
    items.length > 0 ? items.map((s) => `- ${s}`) : ['- none'];
  return [
    `## ${d.title}`,
    '',
    `<a id="${d.id}"></a>Scenario id \`${d.id}\`. ${d.story}`,
    '',
    `Inputs: ${inputsLine(e, catalog)}.`,
    '',
    `**Verdict: ${verdictLabel(e, catalog)}.** ${words.headline} ${words.detail}`.trim(),
    '',
    'Reasons:',
    '',
    ...list(words.reasons),
    '',
    'Caveats:',
    '',
    ...list(words.caveats),
    '',
    'What would change it:',
    '',
    ...list(words.whatWouldChange),
    '',
    `Rule of thumb: ${words.ruleOfThumb}`,
    '',
    '| option | kind | monthly cost | per 1M tokens | fleet and people | status |',
    '| --- | --- | ---: | ---: | --- | --- |',
    ...e.result.api.map((r) => apiRow(r, e, catalog)),
    ...e.result.selfHost.map((r) => selfRow(r, e, catalog)),
    '',
    'Crossovers (each of your APIs against each self-hosted option, and each self-hosted option against its own model hosted, across the chart’s volume range):',
    '',
    '| API | self-hosted | crossover |',
    '| --- | --- | --- |',
    ...shownCrossovers(e).map(
      (p) =>
        `| ${cell(name(p.apiId))} | ${cell(name(p.selfHostId))} | ${cell(crossoverText(p))} |`,
    ),
    '',
    `Open it on the page: [\`?${encodeLink(e.inputs, { catalog })}\`](../?${encodeLink(e.inputs, { catalog })})`,
    '',
    '### Why a practitioner would agree (hand-written, docs/scenarios-commentary.md)',
    '',
    commentary && commentary.length > 0
      ? commentary
      : '_No commentary yet for this scenario._',
    '',
  ];
}

/** The whole of docs/scenarios.md (unformatted markdown). */
export function renderScenarios(
  evaluated: readonly EvaluatedScenario[],
  catalog: Catalog,
  commentary: ReadonlyMap<string, string>,
): string {
  return [
    '# Eight realistic scenarios',
    '',
    '<!-- Generated by `npm run scenarios` (scripts/scenarios.ts) from scripts/scenarios/definitions.ts; do not edit by hand. The "Why a practitioner would agree" paragraphs come from docs/scenarios-commentary.md. -->',
    '',
    'Each scenario is a set of the page’s own inputs (a use-case preset, a volume, ticked privacy items and the options a practitioner would compare), evaluated by the same path the page uses: `scenarioFromInputs` → `evaluateScenario` → the recommendation, in the verdict panel’s words. The same open model bought from its cheapest allowed host is added beside each self-hosted option, as on the page. Costs are monthly, at the scenario’s volume, with the catalog of the link’s `cat=` date.',
    '',
    '| scenario | volume | verdict |',
    '| --- | ---: | --- |',
    ...evaluated.map(
      (e) =>
        `| [${e.definition.title}](#${e.definition.id}) | ${formatTokensPerMonth(e.inputs.workload.tokensPerMonth)} | ${cell(verdictLabel(e, catalog))} |`,
    ),
    '',
    ...evaluated.flatMap((e) =>
      renderScenario(e, catalog, commentary.get(e.definition.id)),
    ),
  ].join('\n');
}
