/**
 * §20.17's test (docs/methods.md, scripts/fidelity-nested-path.ts): the
 * choice between the pooling path with and without the one-die / two-die
 * level on Apple, made inside each outer fold. A fold's own cases never
 * choose its path; the die level agrees with the catalog's `dies`; the
 * figures are pinned at the level reached.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  loadCases,
  loadExtraCases,
  runFidelity,
  sourceIdOf,
  type CalibrationCase,
  type ExtraCase,
} from '../../../scripts/fidelity';
import { flatRooflineCatalog } from '../../../scripts/fidelity-oos';
import { appleDiesOf, pathOf } from '../../../scripts/fidelity-pooled';
import { nestedPathRun } from '../../../scripts/fidelity-nested-path';

const run = (
  cases: readonly CalibrationCase[],
  extra: readonly ExtraCase[],
) => {
  const rows = runFidelity(
    cases,
    flatRooflineCatalog(catalog),
    extra,
  ).rows.filter((r) => r.kind !== 'memory');
  return {
    rows,
    result: nestedPathRun(
      rows,
      new Map(cases.map((c) => [c.id, c])),
      new Map(extra.map((c) => [c.id, c])),
      catalog,
    ),
  };
};

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};

describe('choosing the pooling path in-fold (§20.17)', () => {
  const cases = loadCases();
  const extra = loadExtraCases();
  const { rows, result } = run(cases, extra);

  it('the die level is the catalog’s `dies`, and only Apple paths have it', () => {
    for (const h of catalog.hardware)
      expect(appleDiesOf(h.id), h.id).toBe(
        (h.dies ?? 1) >= 2 ? 'ultra' : 'one die',
      );
    const ultra = rows.find((r) => r.hardwareId === 'apple-m2-ultra-192gb')!;
    expect(pathOf(ultra, 'apple')).toHaveLength(4);
    expect(pathOf(ultra, 'apple')[2]).toMatch(/ · ultra$/);
    expect(pathOf(ultra, 'apple', 'generation-no-dies')).toHaveLength(3);
    const gpu = rows.find((r) => r.hardwareId === 'a100-sxm-80gb')!;
    expect(pathOf(gpu, 'datacenter-gpu')).toEqual(
      pathOf(gpu, 'datacenter-gpu', 'generation-no-dies'),
    );
  });

  it('at or below the level it reached (every fold chose the die level)', () => {
    const of = (kind: string) =>
      median(
        rows
          .filter((r) => r.kind === kind)
          .map((r) => Math.abs(result.outOfSamplePct.get(r.id)!)),
      );
    expect(of('decode')).toBeLessThanOrEqual(10.7); // 10.6 %
    expect(of('prefill')).toBeLessThanOrEqual(12.9); // 12.8 %
    expect(of('throughput')).toBeLessThanOrEqual(18.9); // 18.8 %
    expect([...result.chosen.values()].every((p) => p === 'generation')).toBe(
      true,
    );
  });

  it('a left-out source does not inform its own estimates, not even through the choice of path', () => {
    const target = 'lcpp-prs-apple';
    const scaled = cases.map((c) =>
      sourceIdOf(c) === target && typeof c.value === 'number'
        ? { ...c, value: c.value * 10 }
        : c,
    );
    const scaledExtra = extra.map((c) =>
      c.sourceId === target ? { ...c, value: c.value * 10 } : c,
    );
    const moved = run(scaled, scaledExtra);
    let checked = 0;
    for (const r of moved.rows.filter((x) => x.sourceId === target)) {
      const b = rows.find((x) => x.id === r.id)!;
      const est = (measured: number, pct: number) => measured * (1 + pct / 100);
      expect(
        est(r.measured, moved.result.outOfSamplePct.get(r.id)!),
      ).toBeCloseTo(est(b.measured, result.outOfSamplePct.get(b.id)!), 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(moved.result.chosen.get(target)).toBe(result.chosen.get(target));
  }, 120_000);
});
