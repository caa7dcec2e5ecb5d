/**
 * Fidelity against published measurements (tests/fixtures/calibration-cases.json,
 * copied from ../shared/data/measured): the bounds the estimator honestly
 * reaches with the catalog's own efficiency factors, no per-case fitting.
 * docs/fidelity.md has the full table (`npm run fidelity`).
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { loadCases, runFidelity } from '../../../scripts/fidelity';

const cases = loadCases();
const result = runFidelity(cases, catalog);

describe('fidelity against published measurements', () => {
  it('maps or explains every case', () => {
    const mapped = new Set(
      result.rows.map((r) => r.id.replace(/-(f16|q8_0|q4_0)$/, '')),
    );
    for (const c of cases) {
      const skipped = result.skipped.find((s) => s.id === c.id);
      expect(mapped.has(c.id) || skipped !== undefined).toBe(true);
      if (skipped) expect(skipped.reason.length).toBeGreaterThan(5);
    }
    expect(result.rows.length).toBeGreaterThanOrEqual(120);
  });

  it('every comparison is a finite number', () => {
    for (const r of result.rows) {
      expect(Number.isFinite(r.estimated) && r.estimated > 0).toBe(true);
      expect(Number.isFinite(r.errorPct)).toBe(true);
    }
  });

  it('single-stream decode speed: median |error| ≤ 15 % (target 20 %)', () => {
    expect(result.singleStreamDecode.n).toBeGreaterThanOrEqual(70);
    expect(result.singleStreamDecode.medianAbsPct).toBeLessThanOrEqual(15);
  });

  it('prefill speed: median |error| ≤ 40 % with the shipped Apple ηpf (target 30 %; see docs/fidelity.md)', () => {
    expect(result.prefillSpeed.n).toBeGreaterThanOrEqual(15);
    expect(result.prefillSpeed.medianAbsPct).toBeLessThanOrEqual(40);
  });

  it('memory: median |error| ≤ 10 %; datacenter decode ≤ 10 %', () => {
    expect(result.byKind['memory']!.medianAbsPct).toBeLessThanOrEqual(10);
    expect(
      result.byFamilyAndKind['a100 · decode']!.medianAbsPct,
    ).toBeLessThanOrEqual(10);
    expect(
      result.byFamilyAndKind['h100 · decode']!.medianAbsPct,
    ).toBeLessThanOrEqual(10);
  });

  it('never over-promises throughput at saturation (spec §12.2 V2 direction)', () => {
    const nim = result.rows.filter((r) => r.kind === 'throughput');
    expect(nim.length).toBeGreaterThan(0);
    for (const r of nim) expect(r.errorPct).toBeLessThanOrEqual(10);
  });
});
