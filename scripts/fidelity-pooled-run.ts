/**
 * Leave-one-source-out estimates under the pooled method
 * (scripts/fidelity-pooled.ts, docs/methods.md §20.12): each case's implied
 * factor is computed once under the prior; a fold pools the factors of every
 * other source's cases; throughput cases are predicted from the pooled ηbw
 * and ηpf of their engine × generation × kernel class, never fitted.
 */
import type { Catalog } from '../src/catalog';
import type { CalibrationCase, ExtraCase, FidelityRow } from './fidelity';
import {
  estimateOne,
  impliedFactor,
  pathOf,
  pooledFactor,
  priorCatalog,
  scaledEngine,
  type PathRoot,
  type PooledPoint,
} from './fidelity-pooled';
import {
  nestedCases,
  nestedRun,
  type NestedCase,
  type NestedResult,
} from './fidelity-nested';

export type PooledEstimate = {
  readonly inSamplePct: number;
  readonly outOfSamplePct: number;
  readonly outOfSampleGroup: string;
};

/** The hardware kind of a row's device (consumer-gpu, datacenter-gpu, apple, cpu). */
function kindOf(r: FidelityRow, catalog: Catalog): string {
  return catalog.byId.hardware[r.hardwareId]?.kind ?? 'unknown';
}

const pctErr = (est: number, meas: number) => ((est - meas) / meas) * 100;

/** Every training point: decode and prefill cases with their implied log factor under the prior. */
export function pooledPoints(
  rows: readonly FidelityRow[],
  caseById: ReadonlyMap<string, CalibrationCase>,
  extraById: ReadonlyMap<string, ExtraCase>,
  prior: Catalog,
  root: PathRoot,
): PooledPoint[] {
  return rows.flatMap((r): PooledPoint[] =>
    r.kind === 'decode' || r.kind === 'prefill'
      ? [
          {
            kind: r.kind,
            sourceId: r.sourceId,
            path: pathOf(r, kindOf(r, prior), root),
            logFactor: Math.log(
              impliedFactor(
                r,
                { c: caseById.get(r.id), x: extraById.get(r.id) },
                prior,
              ),
            ),
          },
        ]
      : [],
  );
}

export function pooledRows(
  rows: readonly FidelityRow[],
  caseById: ReadonlyMap<string, CalibrationCase>,
  extraById: ReadonlyMap<string, ExtraCase>,
  catalog: Catalog,
  options: {
    readonly noCorrection?: boolean;
    readonly k?: number;
    readonly root?: PathRoot;
  } = {},
): Map<string, PooledEstimate> {
  const prior = priorCatalog(catalog);
  const root = options.root ?? 'generation';
  const points = options.noCorrection
    ? []
    : pooledPoints(rows, caseById, extraById, prior, root);
  const estimate = (r: FidelityRow, training: readonly PooledPoint[]) => {
    const path = pathOf(r, kindOf(r, prior), root);
    const bw = pooledFactor(training, 'decode', path, options.k);
    const pf = pooledFactor(training, 'prefill', path, options.k);
    const est = estimateOne(
      r,
      { c: caseById.get(r.id), x: extraById.get(r.id) },
      scaledEngine(prior, r.engineId, bw.factor, pf.factor),
    );
    return {
      pct: pctErr(est, r.measured),
      group: `ηbw ×${bw.factor.toFixed(2)} ${bw.levels}; ηpf ×${pf.factor.toFixed(2)} ${pf.levels}`,
    };
  };
  return new Map(
    rows.map((r) => {
      const oos = estimate(
        r,
        points.filter((p) => p.sourceId !== r.sourceId),
      );
      const ins = estimate(r, points);
      return [
        r.id,
        {
          inSamplePct: ins.pct,
          outOfSamplePct: oos.pct,
          outOfSampleGroup: oos.group,
        },
      ];
    }),
  );
}

/**
 * The nested selection of the pooling strength (scripts/fidelity-nested.ts,
 * docs/methods.md §20.15) on the same implied factors as `pooledRows`.
 */
export function nestedRows(
  rows: readonly FidelityRow[],
  caseById: ReadonlyMap<string, CalibrationCase>,
  extraById: ReadonlyMap<string, ExtraCase>,
  catalog: Catalog,
): NestedResult {
  const { cases, points } = nestedInputs(rows, caseById, extraById, catalog);
  return nestedRun(cases, points);
}

/** The nested run's cases (estimates memoised) and training points. */
export function nestedInputs(
  rows: readonly FidelityRow[],
  caseById: ReadonlyMap<string, CalibrationCase>,
  extraById: ReadonlyMap<string, ExtraCase>,
  catalog: Catalog,
): { cases: NestedCase[]; points: PooledPoint[] } {
  const prior = priorCatalog(catalog);
  const points = pooledPoints(rows, caseById, extraById, prior, 'generation');
  const cases = nestedCases(
    rows,
    (r) => ({ c: caseById.get(r.id), x: extraById.get(r.id) }),
    prior,
    (r) => kindOf(r, prior),
  );
  return { cases, points };
}
