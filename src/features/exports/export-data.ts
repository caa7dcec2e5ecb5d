import type { ScenarioResult } from '../../engine';

/** Why an option is out of the verdict, by id ('' or absent = eligible): `standingText` of src/state. */
export type StandingTexts = ReadonlyMap<string, string>;

/** Money to the cent, tokens to the token: the unit each CSV value is read in. */
const cents = (usd: number | null | undefined): number | null =>
  usd === null || usd === undefined || !Number.isFinite(usd)
    ? null
    : Math.round(usd * 100) / 100;
const wholeTokens = (tokens: number): number => Math.round(tokens);

/**
 * Exports of the current result as files (issue 6): CSV of the cost curves
 * and of the breakdown, JSON of everything. Pure: they take the result and
 * plain labels and return text. CSV is for a spreadsheet (issue 14 item 4):
 * the header is the first row, where the file came from follows the data
 * (after an empty row), money is rounded to the cent and tokens to whole
 * tokens, and an excluded or infeasible option is flagged. JSON stays
 * unrounded (ADR-2): it is for further calculation.
 */

/** Who made the file and from what: written into every export. */
export type ExportMeta = {
  /** The share link that reproduces the scenario. */
  readonly link: string;
  /** ISO time the export was made. */
  readonly generatedAt: string;
  readonly catalogVersion: string;
  readonly urlVersion: number;
  readonly name: string | null;
  /** Set when this browser used imported prices instead of the catalog's. */
  readonly importedPrices: string | null;
};

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) is prefixed with a quote mark (OWASP CSV
 * injection): option names and the scenario name can come from a link.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Where the file came from: after the data and an empty row, so the header stays the first row. */
function metaRows(meta: ExportMeta) {
  return [
    [],
    ['# Crossover export', meta.name ?? ''],
    ['# link', meta.link],
    ['# generated at', meta.generatedAt],
    ['# catalog version', meta.catalogVersion],
    ...(meta.importedPrices
      ? [['# imported prices', meta.importedPrices]]
      : []),
  ];
}

/**
 * The chart's cost curves: one row per volume, one column per option, in USD
 * per month (empty where an option does not fit).
 */
export function curvesCsv(
  result: ScenarioResult,
  labels: ReadonlyMap<string, string>,
  meta: ExportMeta,
  standings: StandingTexts = new Map(),
): string {
  const ids = [
    ...result.api.map((a) => a.id),
    ...result.selfHost.map((s) => s.id),
  ];
  return csv([
    [
      'tokens_per_month',
      ...ids.map((id) => {
        const out = standings.get(id);
        return `${labels.get(id) ?? id} (usd_per_month${out ? `; ${out}` : ''})`;
      }),
    ],
    ...result.curve.map((p) => [
      wholeTokens(p.tokensPerMonth),
      ...ids.map((id) => cents(p.usdPerMonthByOption[id])),
    ]),
    ...metaRows(meta),
  ]);
}

/** Each option's monthly cost at the current volume, line by line, with its total. */
export function breakdownCsv(
  result: ScenarioResult,
  labels: ReadonlyMap<string, string>,
  meta: ExportMeta,
  standings: StandingTexts = new Map(),
): string {
  const rows: (string | number | null)[][] = [
    [
      'option_id',
      'option',
      'kind',
      'cost_line',
      'usd_per_month',
      'excluded_or_infeasible',
    ],
  ];
  const out = (id: string) => standings.get(id) ?? '';
  for (const a of result.api) {
    const name = labels.get(a.id) ?? a.id;
    for (const l of a.cost.lines)
      rows.push([a.id, name, 'api', l.kind, cents(l.usdPerMonth), out(a.id)]);
    rows.push([
      a.id,
      name,
      'api',
      'total',
      cents(a.cost.usdPerMonth),
      out(a.id),
    ]);
  }
  for (const s of result.selfHost) {
    const name = labels.get(s.id) ?? s.id;
    if (!s.feasible) {
      rows.push([s.id, name, 'self-host', 'does not fit', null, out(s.id)]);
      continue;
    }
    for (const l of s.cost.lines)
      rows.push([
        s.id,
        name,
        'self-host',
        l.kind,
        cents(l.usdPerMonth),
        out(s.id),
      ]);
    rows.push([
      s.id,
      name,
      'self-host',
      'total',
      cents(s.cost.usdPerMonth),
      out(s.id),
    ]);
  }
  rows.push(...metaRows(meta), [
    '# tokens per month',
    wholeTokens(result.workload.tokensPerMonth),
  ]);
  return csv(rows);
}

/** Everything: the inputs, the engine's full result and where it came from. */
export function resultJson(
  inputs: unknown,
  result: ScenarioResult,
  meta: ExportMeta,
): string {
  return JSON.stringify(
    { format: 'crossover-result', version: 1, ...meta, inputs, result },
    null,
    2,
  );
}

/** `crossover-2026-11-28-curves.csv` */
export function exportFilename(
  date: string,
  what: string,
  ext: string,
): string {
  return `crossover-${date.slice(0, 10)}-${what}.${ext}`;
}

/** The name of a file exported now. */
export function exportFilenameNow(what: string, ext: string): string {
  return exportFilename(new Date().toISOString(), what, ext);
}
