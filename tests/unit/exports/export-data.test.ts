import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { evaluateScenario } from '../../../src/engine';
import {
  breakdownCsv,
  csvField,
  curvesCsv,
  exportFilename,
  resultJson,
  type ExportMeta,
} from '../../../src/features/exports/export-data';
import {
  defaultInputs,
  resultOptionLabel,
  scenarioFromInputs,
} from '../../../src/state';

const meta: ExportMeta = {
  link: 'https://x.org/crossover/?v=1&cat=2026-11-27&tpm=300M',
  generatedAt: '2026-11-28T10:00:00.000Z',
  catalogVersion: '2026-11-27',
  urlVersion: 1,
  name: '=HYPERLINK("evil")',
  importedPrices: null,
};

/** Splits one CSV line, honouring quotes. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  return [...out, cur];
}

const inputs = defaultInputs(catalog);
const result = evaluateScenario(scenarioFromInputs(inputs, catalog), catalog);
// Every result: the user's options and the same-model hosts compared by default (issue 10).
const resultIds = [...result.api, ...result.selfHost].map((r) => r.id);
const labels = new Map(
  resultIds.map((id) => [
    id,
    resultOptionLabel(id, inputs.options, result.comparators, catalog),
  ]),
);

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('writes %j as %j', (v, out) => expect(csvField(v)).toBe(out));
  it('writes numbers unrounded and nothing for null or non-finite', () => {
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('curvesCsv', () => {
  const lines = curvesCsv(result, labels, meta).trimEnd().split('\r\n');
  it('starts with the header and ends with where it came from, formula-safe', () => {
    expect(lines[0]!.startsWith('tokens_per_month,')).toBe(true);
    const at = lines.indexOf(`# Crossover export,"'=HYPERLINK(""evil"")"`);
    expect(at).toBe(result.curve.length + 2);
    expect(lines[at - 1]).toBe('');
    expect(lines[at + 1]).toBe(`# link,${meta.link}`);
    expect(lines[at + 3]).toBe('# catalog version,2026-11-27');
  });
  it('has one column per option and one row per curve point', () => {
    const header = lines.find((l) => l.startsWith('tokens_per_month'))!;
    expect(fields(header)).toEqual([
      'tokens_per_month',
      ...resultIds.map((id) => `${labels.get(id)} (usd_per_month)`),
    ]);
    const data = lines.slice(
      lines.indexOf(header) + 1,
      lines.indexOf(header) + 1 + result.curve.length,
    );
    expect(data.every((l) => /^\d/.test(l))).toBe(true);
    const first = fields(data[0]!);
    // Tokens to the token, money to the cent.
    expect(Number(first[0])).toBe(Math.round(result.curve[0]!.tokensPerMonth));
    expect(Number(first[1])).toBeCloseTo(
      result.curve[0]!.usdPerMonthByOption['a1']!,
      2,
    );
    expect(first[1]).toMatch(/^\d+(\.\d{1,2})?$/);
  });
});

describe('breakdownCsv', () => {
  it('lists each option’s cost lines and a total that matches the engine', () => {
    const rows = breakdownCsv(result, labels, meta).split('\r\n');
    expect(rows[0]).toBe(
      'option_id,option,kind,cost_line,usd_per_month,excluded_or_infeasible',
    );
    const a1 = result.api.find((a) => a.id === 'a1')!;
    const c = (usd: number) => Math.round(usd * 100) / 100;
    expect(rows).toContain(
      `a1,${labels.get('a1')},api,total,${c(a1.cost.usdPerMonth)},`,
    );
    for (const line of a1.cost.lines)
      expect(rows).toContain(
        `a1,${labels.get('a1')},api,${line.kind},${c(line.usdPerMonth)},`,
      );
  });

  it('flags an excluded option with its reason', () => {
    const flagged = breakdownCsv(
      result,
      labels,
      meta,
      new Map([['a1', 'excluded: needs a signed BAA']]),
    ).split('\r\n');
    expect(flagged).toContain(
      `a1,${labels.get('a1')},api,total,${Math.round(result.api.find((a) => a.id === 'a1')!.cost.usdPerMonth * 100) / 100},excluded: needs a signed BAA`,
    );
  });
});

describe('resultJson', () => {
  it('round-trips the inputs and result with their provenance', () => {
    const parsed = JSON.parse(resultJson(inputs, result, meta));
    expect(parsed).toMatchObject({
      format: 'crossover-result',
      version: 1,
      link: meta.link,
      catalogVersion: '2026-11-27',
    });
    expect(parsed.inputs).toEqual(JSON.parse(JSON.stringify(inputs)));
    expect(parsed.result.curve).toHaveLength(result.curve.length);
  });
  it('names files by date and content', () => {
    expect(exportFilename('2026-11-28T10:00:00.000Z', 'curves', 'csv')).toBe(
      'crossover-2026-11-28-curves.csv',
    );
  });
});
