/**
 * The page's "How accurate is this?" (issue 12 item 6, ADR-27,
 * docs/methods.md §20.10): its figures are the leave-one-source-out errors of
 * scripts/fidelity-oos.ts, generated into
 * src/catalog/data/fidelity-oos-generated.ts — stale when the estimator or
 * the evidence moved and `npm run fidelity` was not run — and the lookup
 * falls back from the option's GPU line and engine to broader groups.
 */
import { describe, expect, it } from 'vitest';
import {
  catalog as pageCatalog,
  loadCatalog,
  measuredErrorSchema,
  rawCatalog,
  withMeasuredError,
} from '../../../src/catalog';

const catalog = withMeasuredError(pageCatalog, MEASURED_ERROR);
import { MEASURED_ERROR } from '../../../src/catalog/data/fidelity-oos-generated';
import {
  MEASURED_ERROR_MIN_CASES,
  MEASURED_ERROR_MIN_PUBLICATIONS,
  measuredErrorFor,
} from '../../../src/engine';
import { measuredErrorTable } from '../../../scripts/fidelity-accuracy';
import { loadCases, loadExtraCases } from '../../../scripts/fidelity';
import { outOfSample } from '../../../scripts/fidelity-oos';

describe('the generated measured-error table', () => {
  it('is up to date: regenerate with `npm run fidelity`', () => {
    const oos = outOfSample(loadCases(), loadExtraCases(), catalog);
    expect(MEASURED_ERROR).toEqual(measuredErrorTable(oos.rows, catalog));
  }, 120_000);

  it('passes its schema, and the first-load catalog leaves it out', () => {
    expect(measuredErrorSchema.parse(MEASURED_ERROR)).toEqual(MEASURED_ERROR);
    expect(pageCatalog.measuredError).toBeUndefined();
    expect(withMeasuredError(pageCatalog, MEASURED_ERROR)).toBe(catalog);
  });

  it('names every catalog device', () => {
    for (const h of catalog.hardware)
      expect(MEASURED_ERROR.hardware[h.id]).toBeDefined();
  });

  it('quantiles are ordered and the median error is a percent', () => {
    for (const t of Object.values(MEASURED_ERROR.kinds))
      for (const s of [
        t.overall,
        ...Object.values(t.byFamily),
        ...Object.values(t.byFamilyEngine),
      ]) {
        const q = s.speedRatio;
        expect(q.p10).toBeLessThanOrEqual(q.p25);
        expect(q.p25).toBeLessThanOrEqual(q.p50);
        expect(q.p50).toBeLessThanOrEqual(q.p75);
        expect(q.p75).toBeLessThanOrEqual(q.p90);
        expect(s.medianAbsErrorPct).toBeGreaterThanOrEqual(0);
      }
  });
});

describe('measuredErrorFor', () => {
  it('uses a level only with enough cases from enough publications, else a broader one', () => {
    for (const h of catalog.hardware)
      for (const e of catalog.engines)
        for (const kind of ['decode', 'prefill', 'throughput'] as const) {
          const m = measuredErrorFor(catalog, h.id, e.id, kind)!;
          expect(m).not.toBeNull();
          if (m.level !== 'all') {
            expect(m.spread.cases).toBeGreaterThanOrEqual(
              MEASURED_ERROR_MIN_CASES,
            );
            expect(m.spread.publications).toBeGreaterThanOrEqual(
              MEASURED_ERROR_MIN_PUBLICATIONS,
            );
          } else expect(m.spread).toEqual(MEASURED_ERROR.kinds[kind]!.overall);
        }
  });

  it('a measured GPU line with its engine is used before its generation or all', () => {
    const groups = MEASURED_ERROR.kinds.decode!.byFamilyEngine;
    const [key, spread] = Object.entries(groups).find(
      ([, s]) => s.cases >= 3 && s.publications >= 2,
    )!;
    const [family, engineId] = key.split(' · ');
    const hardwareId = Object.entries(MEASURED_ERROR.hardware).find(
      ([, v]) => v.family === family,
    )![0];
    const m = measuredErrorFor(catalog, hardwareId, engineId!, 'decode')!;
    expect(m.level).toBe('gpu-line-and-engine');
    expect(m.spread).toEqual(spread);
  });

  it('is null for a catalog without a measured error (the synthetic test catalog)', () => {
    const bare = loadCatalog(rawCatalog);
    expect(
      measuredErrorFor(bare, 'h100-sxm-80gb', 'vllm', 'throughput'),
    ).toBeNull();
  });
});
