/**
 * The section that leads docs/fidelity.md: nested leave-one-source-out
 * (scripts/fidelity-nested.ts, docs/methods.md §20.15) beside plain
 * leave-one-source-out at the earlier k = 1, the physics prior alone and the
 * flat roofline, on the same cases.
 */
import {
  chosenHistogram,
  kLabel,
  CORRECTED_KINDS,
  SHRINKAGE_CANDIDATES,
} from './fidelity-nested';
import {
  OOS_TARGETS,
  stat,
  type OosResult,
  type OosRow,
  type Stat,
} from './fidelity-oos';

const pct = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} %` : '—');
const share = (x: number) =>
  Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : '—';

type Columns = {
  readonly nested: Stat;
  readonly plain: Stat;
  readonly prior: Stat;
  readonly flat: Stat;
  readonly shipped: Stat;
};

/** The five columns of each group, the rows matched by case id. */
function columns(
  rows: readonly OosRow[],
  plain: ReadonlyMap<string, OosRow>,
  prior: ReadonlyMap<string, OosRow>,
): Columns {
  const oos = (m: ReadonlyMap<string, OosRow>) =>
    stat(rows.map((r) => m.get(r.row.id)?.outOfSamplePct ?? NaN));
  return {
    nested: stat(rows.map((r) => r.outOfSamplePct)),
    plain: oos(plain),
    prior: oos(prior),
    flat: stat(rows.map((r) => r.flatPct)),
    shipped: stat(rows.map((r) => r.shippedPct).filter(Number.isFinite)),
  };
}

function grouped(
  result: OosResult,
  plain: OosResult,
  prior: OosResult,
  key: (r: OosRow) => string,
): [string, Columns][] {
  const byId = (x: OosResult) => new Map(x.rows.map((r) => [r.row.id, r]));
  const p = byId(plain);
  const q = byId(prior);
  const groups: Record<string, OosRow[]> = {};
  for (const r of result.rows) (groups[key(r)] ??= []).push(r);
  return Object.entries(groups)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => [k, columns(v, p, q)]);
}

function table(title: string, groups: readonly [string, Columns][]): string[] {
  return [
    `| ${title} | cases | **nested** (headline) | within ×1.5 | plain, k = 1 | prior alone (k = ∞) | flat roofline 70 % | catalog as shipped (in sample) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...groups.map(
      ([k, c]) =>
        `| ${k} | ${c.nested.n} | **${pct(c.nested.medianAbsPct)}** | ${share(c.nested.withinFactor15)} | ${pct(c.plain.medianAbsPct)} | ${pct(c.prior.medianAbsPct)} | ${pct(c.flat.medianAbsPct)} | ${pct(c.shipped.medianAbsPct)} |`,
    ),
  ];
}

/** The markdown of the nested section; `result` is outOfSample's 'nested' run. */
export function renderNested(
  result: OosResult,
  plain: OosResult,
  prior: OosResult,
): string[] {
  const n = result.nested;
  if (!n) return [];
  const all = columns(
    result.rows,
    new Map(plain.rows.map((r) => [r.row.id, r])),
    new Map(prior.rows.map((r) => [r.row.id, r])),
  );
  const byKind = grouped(result, plain, prior, (r) => r.row.kind);
  const hist = chosenHistogram(n.chosenBySource);
  const foldRows = grouped(result, plain, prior, (r) => r.row.sourceId);
  return [
    // The page's "How accurate is this?" links this anchor
    // (src/features/options/accuracy-words.ts), the heading's before §20.15.
    '<a id="out-of-sample-leave-one-source-out"></a>',
    '',
    '## Out of sample: nested leave one source out (the headline)',
    '',
    'How much to trust the fitted corrections is itself a choice — the shrinkage k of docs/methods.md §20.13, w = P ÷ (P + k) publications — and a choice made by looking at the leave-one-source-out score would make that score optimistic. So it is made out of sample too (docs/methods.md §20.15, ADR-20 fifth amendment, scripts/fidelity-nested.ts). **Nested** means: to estimate one publication’s cases, that publication is set aside first; on the remaining publications alone, every candidate k is scored by its own leave-one-source-out run, the best k is picked (separately for the decode corrections and the prefill corrections; ties go to the larger k, the simpler model), the corrections are fitted with that k on the remaining publications, and only then are the set-aside cases estimated. The set-aside publication never informs its own estimate, not even through the choice of k. The candidates were declared before any score: k ∈ {0.5, 1, 2, 4, ∞}, ∞ being the physics prior with no correction. Saturated throughput has no correction of its own: it is predicted from the chosen ηbw and ηpf.',
    '',
    `- **All speed cases**: ${all.nested.n}, nested median |error| ${pct(all.nested.medianAbsPct)}, ${share(all.nested.withinFactor15)} within ×1.5 (target ≥ 85 %); plain at k = 1 ${pct(all.plain.medianAbsPct)} (${share(all.plain.withinFactor15)}), prior alone ${pct(all.prior.medianAbsPct)}, flat roofline ${pct(all.flat.medianAbsPct)}.`,
    ...byKind.map(
      ([k, c]) =>
        `- **${k}**: nested ${pct(c.nested.medianAbsPct)} (target ≤ ${OOS_TARGETS[k] ?? '—'} %${c.nested.medianAbsPct > (OOS_TARGETS[k] ?? Infinity) ? ', **not met**' : ', met'}); plain at k = 1 ${pct(c.plain.medianAbsPct)}, prior alone ${pct(c.prior.medianAbsPct)}, flat roofline ${pct(c.flat.medianAbsPct)}; ${c.nested.n} cases.`,
    ),
    `- **Shipped catalog**: k decode ${kLabel(n.shipped.decode)}, prefill ${kLabel(n.shipped.prefill)} — the candidates plain leave-one-source-out picks on every publication (table below); src/catalog/data/engines.ts \`efficiencyByGeneration\` holds the prior × the factors they give on all the evidence.`,
    '',
    ...table('kind', byKind),
    '',
    ...table(
      'hardware family',
      grouped(result, plain, prior, (r) => r.row.family),
    ),
    '',
    ...table(
      'kind · hardware family',
      grouped(result, plain, prior, (r) => `${r.row.kind} · ${r.row.family}`),
    ),
    '',
    '### The k each outer fold chose',
    '',
    `| kind | ${SHRINKAGE_CANDIDATES.map((k) => `k = ${kLabel(k)}`).join(' | ')} |`,
    `| --- | ${SHRINKAGE_CANDIDATES.map(() => '---:').join(' | ')} |`,
    ...CORRECTED_KINDS.map(
      (kind) =>
        `| ${kind} | ${SHRINKAGE_CANDIDATES.map((k) => hist[kind][kLabel(k)] ?? 0).join(' | ')} |`,
    ),
    '',
    '### Plain leave one source out per candidate, every publication (the shipped choice)',
    '',
    'Prefill is scored first with decode at the prior (no prefill case reads ηbw), decode with prefill at its chosen k.',
    '',
    '| k | decode | prefill |',
    '| --- | ---: | ---: |',
    ...SHRINKAGE_CANDIDATES.map((k, i) => {
      const cell = (kind: 'decode' | 'prefill') => {
        const s = n.plainScores[kind][i]!;
        const chosen = n.shipped[kind] === k;
        return chosen
          ? `**${pct(s.medianAbsPct)}** (chosen)`
          : pct(s.medianAbsPct);
      };
      return `| ${kLabel(k)} | ${cell('decode')} | ${cell('prefill')} |`;
    }),
    '',
    '### Per outer fold',
    '',
    '| source left out | cases | k decode | k prefill | nested | plain, k = 1 | prior alone |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...foldRows.map(([s, c]) => {
      const k = n.chosenBySource.get(s)!;
      return `| ${s} | ${c.nested.n} | ${kLabel(k.decode)} | ${kLabel(k.prefill)} | ${pct(c.nested.medianAbsPct)} | ${pct(c.plain.medianAbsPct)} | ${pct(c.prior.medianAbsPct)} |`;
    }),
    '',
  ];
}
