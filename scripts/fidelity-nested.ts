/**
 * Nested leave-one-source-out selection of the pooling strength
 * (docs/methods.md §20.15, ADR-20 fifth amendment): the test of choosing how
 * far §20.13's corrections are trusted from the evidence, out of sample. It
 * did worse than the a-priori k = 1 on decode and throughput and was not
 * adopted: the method and the catalog keep k = 1; this is the analysis.
 *
 * The candidates were declared before any score (issue 12, session 6): the
 * correction at each pooling level is shrunk by w = P / (P + k) publications,
 * k ∈ SHRINKAGE_CANDIDATES, ∞ being the physics prior with no correction.
 * k is chosen separately for the decode corrections (ηbw) and the prefill
 * corrections (ηpf); saturated throughput gets no correction of its own (it
 * is predicted from the two), so it is not a third kind.
 *
 * For each outer held-out source S: on the other sources only, an inner
 * leave-one-source-out runs every candidate; the candidate with the lowest
 * inner median |error| over that kind's cases wins (ties → the larger k, the
 * simpler model); the corrections are fitted with it on every source but S
 * and S's cases are estimated. Had it been adopted, the catalog would take
 * the candidate that plain leave-one-source-out picks on every source
 * (`selectShrinkage`; `NestedResult.shipped`).
 *
 * Quick because each case's implied factor does not depend on the fold
 * (fidelity-pooled-run.ts computes them once under the prior), a group's
 * median is cached per excluded pair of sources, and an estimate per
 * (case, ηbw factor, ηpf factor): folds that leave a case's groups untouched
 * reuse it.
 */
import type { Catalog } from '../src/catalog';
import { median, type FidelityRow } from './fidelity';
import {
  estimateOne,
  pathOf,
  scaledEngine,
  type PooledPoint,
} from './fidelity-pooled';

/** The pooling strengths tried, declared before any score; Infinity = the prior alone. */
export const SHRINKAGE_CANDIDATES: readonly number[] = [0.5, 1, 2, 4, Infinity];

/** The kinds whose corrections are fitted, each with its own k. */
export const CORRECTED_KINDS = ['decode', 'prefill'] as const;
export type CorrectedKind = (typeof CORRECTED_KINDS)[number];

export type Shrinkage = Readonly<Record<CorrectedKind, number>>;

/** One case as the nested run needs it: its row, its group path and how to estimate it. */
export type NestedCase = {
  readonly row: FidelityRow;
  readonly path: readonly string[];
  /** The case's estimate with the prior's ηbw and ηpf scaled by these factors. */
  readonly estimate: (bandwidthFactor: number, prefillFactor: number) => number;
};

type Member = { readonly sourceId: string; readonly logFactor: number };

/**
 * The training points indexed by kind × level × group key, with the pooled
 * factor of §20.13 for any set of left-out sources and any k, memoised.
 */
export class PooledIndex {
  private readonly groups = new Map<string, readonly Member[]>();
  private readonly stats = new Map<string, { pubs: number; med: number }>();
  private readonly factors = new Map<string, number>();

  constructor(points: readonly PooledPoint[]) {
    const byKey = new Map<string, Member[]>();
    for (const p of points)
      p.path.forEach((key, depth) => {
        const g = `${p.kind}|${depth}|${key}`;
        byKey.set(g, [...(byKey.get(g) ?? []), p]);
      });
    this.groups = byKey;
  }

  /** Publications and median log factor of a group without the left-out sources (undefined: no points). */
  private group(
    g: string,
    out: readonly string[],
    outKey: string,
  ): { pubs: number; med: number } | undefined {
    const key = `${g}#${outKey}`;
    const hit = this.stats.get(key);
    if (hit) return hit.pubs === 0 ? undefined : hit;
    const members = (this.groups.get(g) ?? []).filter(
      (m) => !out.includes(m.sourceId),
    );
    const s = {
      pubs: new Set(members.map((m) => m.sourceId)).size,
      med: members.length > 0 ? median(members.map((m) => m.logFactor)) : 0,
    };
    this.stats.set(key, s);
    return s.pubs === 0 ? undefined : s;
  }

  /** §20.13's pooled factor (fidelity-pooled.ts `pooledFactor`) on the points of every source not in `out`. */
  factor(
    kind: CorrectedKind,
    path: readonly string[],
    k: number,
    out: readonly string[],
  ): number {
    if (k === Infinity) return 1;
    const outKey = [...out].sort().join(',');
    const key = `${kind}|${path.join('>')}|${k}|${outKey}`;
    const hit = this.factors.get(key);
    if (hit !== undefined) return hit;
    let log = 0;
    for (let depth = 0; depth < path.length; depth++) {
      const s = this.group(`${kind}|${depth}|${path[depth]}`, out, outKey);
      if (!s) break;
      log += (s.pubs / (s.pubs + k)) * (s.med - log);
    }
    const f = Math.exp(log);
    this.factors.set(key, f);
    return f;
  }
}

const pctErr = (est: number, meas: number) => ((est - meas) / meas) * 100;

/** The error of one case with corrections fitted at `k` on every source not in `out`. */
export function caseError(
  c: NestedCase,
  index: PooledIndex,
  k: Shrinkage,
  out: readonly string[],
): number {
  const bw = index.factor('decode', c.path, k.decode, out);
  const pf = index.factor('prefill', c.path, k.prefill, out);
  return pctErr(c.estimate(bw, pf), c.row.measured);
}

/**
 * Plain leave-one-source-out median |error| of one kind's cases at each
 * candidate k, over the sources not in `outer` (each case estimated with its
 * own source and `outer` left out), the other kind's corrections at `other`.
 * Prefill is chosen first with decode at the prior — no prefill case's
 * estimate reads ηbw (its prompts are compute-bound;
 * tests/unit/engine/fidelity-nested.test.ts checks it), so that choice stands
 * alone — then decode with prefill at its choice, since a decode case whose
 * measurement includes its prompt reads ηpf (up to 6 % when ηpf doubles).
 */
export function innerScores(
  cases: readonly NestedCase[],
  index: PooledIndex,
  kind: CorrectedKind,
  outer: string | undefined,
  other: number = Infinity,
): { k: number; medianAbsPct: number }[] {
  const own = cases.filter(
    (c) => c.row.kind === kind && c.row.sourceId !== outer,
  );
  return SHRINKAGE_CANDIDATES.map((k) => {
    const shrink: Shrinkage =
      kind === 'decode'
        ? { decode: k, prefill: other }
        : { decode: other, prefill: k };
    const errors = own.map((c) =>
      Math.abs(
        caseError(
          c,
          index,
          shrink,
          outer === undefined ? [c.row.sourceId] : [outer, c.row.sourceId],
        ),
      ),
    );
    return { k, medianAbsPct: median(errors) };
  });
}

/** The candidate with the lowest score; ties (within 1e-9 points) go to the larger k. */
export function pickShrinkage(
  scores: readonly { k: number; medianAbsPct: number }[],
): number {
  let best = scores[0]!;
  for (const s of scores)
    if (
      s.medianAbsPct < best.medianAbsPct - 1e-9 ||
      (Math.abs(s.medianAbsPct - best.medianAbsPct) <= 1e-9 && s.k > best.k)
    )
      best = s;
  return best.k;
}

/** The k per kind that leave-one-source-out picks on the sources other than `outer` (all of them when undefined). */
export function selectShrinkage(
  cases: readonly NestedCase[],
  index: PooledIndex,
  outer?: string,
): Shrinkage {
  const prefill = pickShrinkage(innerScores(cases, index, 'prefill', outer));
  return {
    decode: pickShrinkage(innerScores(cases, index, 'decode', outer, prefill)),
    prefill,
  };
}

export type NestedEstimate = {
  /** Fitted on every source with the k plain leave-one-source-out picks on every source. */
  readonly inSamplePct: number;
  /** Fitted on every source but this case's with the k its fold's inner run picked. */
  readonly outOfSamplePct: number;
  readonly outOfSampleGroup: string;
};

export type NestedResult = {
  readonly estimates: ReadonlyMap<string, NestedEstimate>;
  /** The k each outer fold chose, per source left out. */
  readonly chosenBySource: ReadonlyMap<string, Shrinkage>;
  /** The k plain leave-one-source-out picks on every source (what the catalog would ship had this been adopted; it ships k = 1). */
  readonly shipped: Shrinkage;
  /** Plain leave-one-source-out median |error| per candidate on every source (the selection of `shipped`). */
  readonly plainScores: Readonly<
    Record<CorrectedKind, readonly { k: number; medianAbsPct: number }[]>
  >;
};

const kLabel = (k: number) => (k === Infinity ? '∞' : String(k));

/** The nested run over every case (decode, prefill and throughput). */
export function nestedRun(
  cases: readonly NestedCase[],
  points: readonly PooledPoint[],
): NestedResult {
  const index = new PooledIndex(points);
  const sources = [...new Set(cases.map((c) => c.row.sourceId))].sort();
  const chosenBySource = new Map(
    sources.map((s) => [s, selectShrinkage(cases, index, s)]),
  );
  const prefillScores = innerScores(cases, index, 'prefill', undefined);
  const shippedPrefill = pickShrinkage(prefillScores);
  const plainScores = {
    decode: innerScores(cases, index, 'decode', undefined, shippedPrefill),
    prefill: prefillScores,
  };
  const shipped: Shrinkage = {
    decode: pickShrinkage(plainScores.decode),
    prefill: shippedPrefill,
  };
  const estimates = new Map(
    cases.map((c): [string, NestedEstimate] => {
      const k = chosenBySource.get(c.row.sourceId)!;
      return [
        c.row.id,
        {
          inSamplePct: caseError(c, index, shipped, []),
          outOfSamplePct: caseError(c, index, k, [c.row.sourceId]),
          outOfSampleGroup: `nested: k decode ${kLabel(k.decode)}, prefill ${kLabel(k.prefill)}`,
        },
      ];
    }),
  );
  return { estimates, chosenBySource, shipped, plainScores };
}

/** The cases of the nested run, each estimate memoised per pair of factors. */
export function nestedCases(
  rows: readonly FidelityRow[],
  one: (r: FidelityRow) => Parameters<typeof estimateOne>[1],
  prior: Catalog,
  kindOf: (r: FidelityRow) => string,
): NestedCase[] {
  return rows.map((row) => {
    const memo = new Map<string, number>();
    return {
      row,
      path: pathOf(row, kindOf(row)),
      estimate: (bw, pf) => {
        const key = `${bw}|${pf}`;
        const hit = memo.get(key);
        if (hit !== undefined) return hit;
        const est = estimateOne(
          row,
          one(row),
          scaledEngine(prior, row.engineId, bw, pf),
        );
        memo.set(key, est);
        return est;
      },
    };
  });
}

/** A histogram of the k the outer folds chose, per kind ("k → folds"). */
export function chosenHistogram(
  chosen: ReadonlyMap<string, Shrinkage>,
): Record<CorrectedKind, Record<string, number>> {
  const hist = (kind: CorrectedKind) =>
    Object.fromEntries(
      SHRINKAGE_CANDIDATES.map((k) => [
        kLabel(k),
        [...chosen.values()].filter((s) => s[kind] === k).length,
      ]),
    );
  return { decode: hist('decode'), prefill: hist('prefill') };
}

export { kLabel };
