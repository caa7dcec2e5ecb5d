/**
 * Nested selection of the pooling strength (docs/methods.md §20.15,
 * scripts/fidelity-nested.ts): the index reproduces §20.13's pooling, the
 * selection rule, and the shipped catalog's factors are the ones the chosen
 * k gives on all the evidence.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalog } from '../../../src/catalog';
import {
  PooledIndex,
  SHRINKAGE_CANDIDATES,
  nestedRun,
  pickShrinkage,
  type NestedCase,
} from '../../../scripts/fidelity-nested';
import {
  pooledFactor,
  type PooledPoint,
} from '../../../scripts/fidelity-pooled';
import { catalogFactors } from '../../../scripts/fidelity-catalog-factors';
import {
  loadCases,
  loadExtraCases,
  runFidelity,
} from '../../../scripts/fidelity';
import {
  flatRooflineCatalog,
  outOfSample,
} from '../../../scripts/fidelity-oos';
import { nestedInputs } from '../../../scripts/fidelity-pooled-run';

const PATH = ['e · g', 'e · g · kind', 'e · g · kind · q'];
const point = (
  sourceId: string,
  factor: number,
  depth = 2,
  kind: 'decode' | 'prefill' = 'decode',
): PooledPoint => ({
  kind,
  sourceId,
  path: PATH.map((p, i) => (i <= depth ? p : `${p} other`)),
  logFactor: Math.log(factor),
});

describe('the pooled index', () => {
  it('gives §20.13’s pooled factor for any left-out sources and k', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            source: fc.constantFrom('a', 'b', 'c', 'd'),
            factor: fc.double({ min: 0.2, max: 3, noNaN: true }),
            depth: fc.integer({ min: 0, max: 2 }),
          }),
          { maxLength: 12 },
        ),
        fc.subarray(['a', 'b', 'c', 'd']),
        fc.constantFrom(...SHRINKAGE_CANDIDATES.filter(Number.isFinite)),
        (raw, out, k) => {
          const points = raw.map((r) => point(r.source, r.factor, r.depth));
          const kept = points.filter((p) => !out.includes(p.sourceId));
          const want = pooledFactor(kept, 'decode', PATH, k).factor;
          const got = new PooledIndex(points).factor('decode', PATH, k, out);
          expect(got).toBeCloseTo(want, 12);
        },
      ),
    );
  });

  it('a larger k keeps less of the correction; k = ∞ is the prior', () => {
    const index = new PooledIndex([point('a', 2), point('b', 2)]);
    const logs = SHRINKAGE_CANDIDATES.map((k) =>
      Math.log(index.factor('decode', PATH, k, [])),
    );
    for (let i = 1; i < logs.length; i++)
      expect(logs[i]!).toBeLessThan(logs[i - 1]!);
    expect(logs.at(-1)).toBe(0);
  });
});

describe('the selection rule', () => {
  it('picks the lowest inner median, ties to the larger k (the simpler model)', () => {
    expect(
      pickShrinkage([
        { k: 1, medianAbsPct: 12 },
        { k: 2, medianAbsPct: 11 },
        { k: Infinity, medianAbsPct: 13 },
      ]),
    ).toBe(2);
    expect(
      pickShrinkage([
        { k: 1, medianAbsPct: 11 },
        { k: 4, medianAbsPct: 11 },
        { k: Infinity, medianAbsPct: 11 },
      ]),
    ).toBe(Infinity);
  });

  it('a fold’s own cases never choose its k', () => {
    // Two publications agree on a correction, a third is the prior's. With
    // `c` held out, the inner run on a and b alone rewards keeping the
    // correction; however wrong that is for c, its k does not move.
    const caseOf = (id: string, sourceId: string, truth: number) =>
      ({
        row: {
          id,
          sourceId,
          kind: 'decode',
          measured: truth,
          unit: 'tokens/s',
        },
        path: PATH,
        estimate: (bw: number) => bw,
      }) as unknown as NestedCase;
    const cases = [
      caseOf('a1', 'a', 2),
      caseOf('b1', 'b', 2),
      caseOf('c1', 'c', 1),
    ];
    const points = [point('a', 2), point('b', 2), point('c', 1)];
    const run = nestedRun(cases, points);
    expect(run.chosenBySource.get('c')!.decode).toBe(0.5);
    const withWildC = nestedRun(
      [...cases.slice(0, 2), caseOf('c1', 'c', 100)],
      [...points.slice(0, 2), point('c', 100)],
    );
    expect(withWildC.chosenBySource.get('c')).toEqual(
      run.chosenBySource.get('c'),
    );
  });
});

describe('on the evidence', () => {
  const nested = outOfSample(loadCases(), loadExtraCases(), catalog, 'nested');

  it('no prefill case reads ηbw, so the prefill choice can be made first', () => {
    // fidelity-nested.ts `innerScores`: prefill cases are compute-bound,
    // while a decode case that includes its prompt does read ηpf.
    const cases = loadCases();
    const extra = loadExtraCases();
    const rows = runFidelity(
      cases,
      flatRooflineCatalog(catalog),
      extra,
    ).rows.filter((r) => r.kind === 'prefill' || r.kind === 'decode');
    const { cases: nc } = nestedInputs(
      rows,
      new Map(cases.map((c) => [c.id, c])),
      new Map(extra.map((c) => [c.id, c])),
      catalog,
    );
    const prefill = nc.filter((c) => c.row.kind === 'prefill');
    expect(prefill.length).toBeGreaterThan(20);
    for (const c of prefill)
      expect(c.estimate(1.2, 1)).toBe(c.estimate(0.8, 1));
    const moved = nc.filter(
      (c) => c.row.kind === 'decode' && c.estimate(1, 2) !== c.estimate(1, 1),
    );
    expect(moved.length).toBeGreaterThan(0);
  }, 120_000);

  it('the shipped k is plain leave-one-source-out’s pick on every publication', () => {
    const n = nested.nested!;
    expect(n.shipped.decode).toBe(pickShrinkage(n.plainScores.decode));
    expect(n.shipped.prefill).toBe(pickShrinkage(n.plainScores.prefill));
    expect(n.chosenBySource.size).toBe(nested.sources.length);
  });

  it('the catalog’s efficiencyByGeneration is the prior × the factors at the shipped k (regenerate: scripts/fidelity-catalog-factors.ts)', () => {
    const { factors } = catalogFactors(catalog);
    expect(factors.length).toBeGreaterThan(10);
    for (const f of factors) {
      const byGeneration: Readonly<
        Record<
          string,
          | { bandwidth?: number | undefined; prefill?: number | undefined }
          | undefined
        >
      > = catalog.byId.engines[f.engineId]?.efficiencyByGeneration ?? {};
      const e = byGeneration[f.generation];
      expect(e, `${f.engineId} · ${f.generation}`).toBeDefined();
      expect(e!.bandwidth).toBe(f.bandwidth);
      expect(e!.prefill).toBe(f.prefill);
    }
  }, 120_000);
});
