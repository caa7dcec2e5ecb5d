/**
 * Fidelity against published measurements (tests/fixtures/calibration-cases.json,
 * published measurements with their sources, see tests/fixtures/SOURCE.md): the bounds the estimator honestly
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

  it('single-stream decode speed: median |error| ≤ 12 % (target 20 %; 9.2 % measured)', () => {
    expect(result.singleStreamDecode.n).toBeGreaterThanOrEqual(70);
    expect(result.singleStreamDecode.medianAbsPct).toBeLessThanOrEqual(12);
  });

  it('prefill speed: median |error| ≤ 15 % (target 30 %; 8.9 % measured)', () => {
    expect(result.prefillSpeed.n).toBeGreaterThanOrEqual(15);
    expect(result.prefillSpeed.medianAbsPct).toBeLessThanOrEqual(15);
  });

  it('Apple: no chip generation is systematically off (the shared factor is not fitted to one)', () => {
    const apple = result.rows.filter(
      (r) => r.family === 'apple' && r.kind === 'decode',
    );
    const byGeneration = new Map<string, number[]>();
    for (const r of apple) {
      const generation = /apple-(m\d)/.exec(r.hardwareId)?.[1] ?? 'other';
      byGeneration.set(generation, [
        ...(byGeneration.get(generation) ?? []),
        r.errorPct,
      ]);
    }
    expect(byGeneration.size).toBeGreaterThanOrEqual(3);
    for (const errors of byGeneration.values()) {
      const sorted = [...errors].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      expect(Math.abs(median)).toBeLessThanOrEqual(25);
    }
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

  it('never over-promises throughput at saturation (docs/methods.md §12.2 V2 direction)', () => {
    const nim = result.rows.filter((r) => r.kind === 'throughput');
    expect(nim.length).toBeGreaterThan(0);
    for (const r of nim) expect(r.errorPct).toBeLessThanOrEqual(10);
  });
});
