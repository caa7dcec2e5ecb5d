/**
 * Nested selection of the pooling strength (docs/methods.md §20.15,
 * scripts/fidelity-nested.ts) — the test of choosing k in-fold, measured and
 * not adopted (it did worse than k = 1 on decode and throughput): the index
 * reproduces §20.13's pooling, the selection rule, the analysis's own pins,
 * and the shipped catalog's factors, which are §20.13's at k = 1 declared a
 * priori, not the nested choice.
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
import {
  CATALOG_SHRINKAGE,
  catalogFactors,
} from '../../../scripts/fidelity-catalog-factors';
import {
  loadCases,
  loadExtraCases,
  runFidelity,
  sourceIdOf,
} from '../../../scripts/fidelity';
import {
  flatRooflineCatalog,
  groupOos,
  outOfSample,
  summariseOos,
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
  const nestedByKind = groupOos(nested.rows, (r) => r.row.kind);

  it('the nested analysis at or below the level it reached (pins on the analysis, not the target)', () => {
    // These pin the analysis so it can only improve; they are not the
    // shipped method's levels or issue 12's targets — those are the k = 1
    // pins of fidelity.test.ts (decode 10.6 %, prefill 12.8 %, throughput
    // 18.8 %, 89 % within ×1.5). nest, session 6 (260 cases, 28
    // publications): decode 13.8 %, prefill 14.5 %, throughput 23.3 %,
    // 88.5 % within ×1.5; the outer folds chose k decode 2 (18 folds),
    // 4 (8), 0.5 (1), ∞ (1) and k prefill ∞ (27), 4 (1). Worse than k = 1 on
    // decode and throughput, so not adopted (§20.15). §20.16's publications
    // (278 cases, 31 publications): decode 11.2 %, prefill 17.4 %,
    // throughput 23.3 %, 87 % within ×1.5 — on their own 18 cases k = 1 did
    // better (decode 21.7 against 22.9 %, prefill 16.9 against 23.1 %), so
    // k = 1 stays (§20.15's rule for new evidence): pins 13.8 → 11.3,
    // 14.5 → 17.5, 0.88 → 0.87. On §20.17's path (the die level on Apple)
    // the analysis is another one: decode 12.1 %, prefill 14.1 %,
    // throughput 23.8 %, 88.1 % — still worse than k = 1 (10.6 / 12.8 /
    // 18.8 %) on every kind; pinned there.
    expect(
      nestedByKind['decode']!.outOfSample.medianAbsPct,
    ).toBeLessThanOrEqual(12.2);
    expect(
      nestedByKind['prefill']!.outOfSample.medianAbsPct,
    ).toBeLessThanOrEqual(14.2);
    expect(
      nestedByKind['throughput']!.outOfSample.medianAbsPct,
    ).toBeLessThanOrEqual(23.9);
    expect(
      summariseOos(nested.rows).outOfSample.withinFactor15,
    ).toBeGreaterThanOrEqual(0.88);
  });

  it('fitting helps in sample in the nested analysis too', () => {
    for (const s of Object.values(nestedByKind))
      expect(s.inSample.medianAbsPct).toBeLessThanOrEqual(s.flat.medianAbsPct);
  });

  it('a left-out source does not inform its own estimates, not even through the choice of k', () => {
    // Each fold's inner run leaves it out too: scaling every measurement of
    // one source by 10 leaves its nested estimates where they were.
    const target = 'lcpp-4167-apple';
    const cases = loadCases();
    const scaled = cases.map((c) =>
      sourceIdOf(c) === target && typeof c.value === 'number'
        ? { ...c, value: c.value * 10 }
        : c,
    );
    const moved = outOfSample(scaled, loadExtraCases(), catalog, 'nested');
    const before = new Map(nested.rows.map((r) => [r.row.id, r]));
    let checked = 0;
    for (const r of moved.rows.filter((x) => x.row.sourceId === target)) {
      const b = before.get(r.row.id)!;
      const est = (x: typeof r) =>
        x.row.measured * (1 + x.outOfSamplePct / 100);
      expect(est(r)).toBeCloseTo(est(b), 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  }, 120_000);

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

  it('the k the analysis would ship is plain leave-one-source-out’s pick on every publication', () => {
    const n = nested.nested!;
    expect(n.shipped.decode).toBe(pickShrinkage(n.plainScores.decode));
    expect(n.shipped.prefill).toBe(pickShrinkage(n.plainScores.prefill));
    expect(n.chosenBySource.size).toBe(nested.sources.length);
  });

  it('the catalog’s efficiencyByGeneration is the prior × the factors at k = 1 declared a priori (regenerate: scripts/fidelity-catalog-factors.ts)', () => {
    // k = 1 for both kinds (§20.13), not the nested analysis's would-be
    // choice: §20.15 says why.
    expect(CATALOG_SHRINKAGE).toEqual({ decode: 1, prefill: 1 });
    const { factors, k } = catalogFactors(catalog);
    expect(k).toEqual(CATALOG_SHRINKAGE);
    expect(factors.length).toBeGreaterThan(10);
    for (const f of factors) {
      const byGeneration: Readonly<
        Record<
          string,
          | {
              bandwidth?: number | undefined;
              prefill?: number | undefined;
              twoDies?:
                | {
                    bandwidth?: number | undefined;
                    prefill?: number | undefined;
                  }
                | undefined;
            }
          | undefined
        >
      > = catalog.byId.engines[f.engineId]?.efficiencyByGeneration ?? {};
      const e = byGeneration[f.generation];
      expect(e, `${f.engineId} · ${f.generation}`).toBeDefined();
      expect(e!.bandwidth).toBe(f.bandwidth);
      expect(e!.prefill).toBe(f.prefill);
      // §20.17: the Ultras' own entry, exactly where the evidence measures one.
      expect(e!.twoDies?.bandwidth).toBe(f.twoDies?.bandwidth);
      expect(e!.twoDies?.prefill).toBe(f.twoDies?.prefill);
    }
  }, 120_000);
});
