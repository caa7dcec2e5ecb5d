/**
 * Out-of-sample fidelity (issue 12, docs/decisions/0020-fidelity-out-of-sample.md):
 * leave-one-source-out errors beside the in-sample ones, and a flat roofline
 * baseline on the same cases.
 *
 * The tuned model is fitted, not hand-set: starting from a flat roofline
 * (every engine ηbw = ηpf = 0.70, quant ηq = 1, no step overhead, the same
 * physics otherwise), one multiplicative factor per group is the median of
 * measured ÷ estimated speed over the training cases of that group — the
 * factor an ηbw (decode) or ηpf (prefill) change would need. Groups go from
 * narrow to broad: kind × engine × generation, kind × engine, kind ×
 * generation, kind; the narrowest group with training cases is used. Leaving
 * a source out means none of its cases is in any group when its own cases are
 * estimated. Memory rows have no fitted factor and stay in-sample only.
 */
import type { Catalog } from '../src/catalog';
import {
  median,
  runFidelity,
  type CalibrationCase,
  type ExtraCase,
  type FidelityRow,
} from './fidelity';
import { nestedRows, pooledRows } from './fidelity-pooled-run';
import type { NestedResult } from './fidelity-nested';

/** The flat roofline's efficiency: 70 % of bandwidth and of peak compute. */
export const FLAT_EFFICIENCY = 0.7;

/** The catalog with every efficiency flat (a baseline, never written back). */
export function flatRooflineCatalog(
  catalog: Catalog,
  efficiency: number = FLAT_EFFICIENCY,
): Catalog {
  const flat = (m: Readonly<Record<string, number | undefined>>) =>
    Object.fromEntries(Object.keys(m).map((k) => [k, efficiency]));
  const engines = Object.fromEntries(
    // Without the catalog's per-generation factors (§20.7): flat everywhere;
    // and on the quant's dtype peak, without §20.14's quantised prompt kernels.
    Object.entries(catalog.byId.engines).map(
      ([id, { efficiencyByGeneration: _, quantisedPromptPeak: __, ...e }]) => [
        id,
        {
          ...e,
          bandwidthEfficiency: flat(e.bandwidthEfficiency),
          prefillEfficiency: flat(e.prefillEfficiency),
          stepOverheadSeconds: 0,
        },
      ],
    ),
  );
  const quants = Object.fromEntries(
    Object.entries(catalog.byId.quants).map(([id, q]) => [
      id,
      { ...q, kernelEfficiency: 1 },
    ]),
  );
  return { ...catalog, byId: { ...catalog.byId, engines, quants } };
}

/** Measured ÷ estimated as a speed (times in ms are inverted). */
function speedRatio(r: FidelityRow): number {
  return r.unit === 'ms' ? r.estimated / r.measured : r.measured / r.estimated;
}

function corrected(r: FidelityRow, factor: number): number {
  return r.unit === 'ms' ? r.estimated / factor : r.estimated * factor;
}

/**
 * How far a fitted factor may travel. 'within-generation' (the method): kind ×
 * engine × generation, then kind × generation, else the flat roofline — a
 * factor never crosses GPU generations, the premise of issue 12 (one factor
 * cannot serve A100, H100 and L40S). 'borrowing' (a what-if, the first
 * hierarchy run): also kind × engine and kind across generations.
 */
export type Hierarchy =
  | 'efficiency'
  /**
   * A what-if (ADR-20 amendment): as 'efficiency', but a case whose engine ×
   * generation has no training case gets the flat roofline instead of its
   * generation's factor from other engines (with 'efficiency', two llama.cpp
   * cases on an RTX 3060 set the estimates of 43 vLLM cases on A100s).
   */
  | 'efficiency-engine-only'
  /** Group keys only: kind × engine × generation, else flat (the method's). */
  | 'engine-generation'
  /** A what-if (docs/methods.md §20.6): 'efficiency' plus a fixed per-step overhead fitted with ηbw. */
  | 'efficiency-overhead'
  | 'within-generation'
  | 'borrowing'
  /**
   * The method since the second ADR-20 amendment (docs/methods.md §20.12,
   * scripts/fidelity-pooled.ts): a physics prior (ηbw 0.80, ηpf 0.70, the
   * catalog's per-token overhead and kernel efficiencies) and ηbw / ηpf
   * corrections partially pooled within an engine, shrinkage k = 1 declared
   * a priori (§20.13). Still the method: the nested choice of k below was
   * tested and not adopted (§20.15).
   */
  | 'pooled'
  /** The physics prior of 'pooled' with no correction (a baseline). */
  | 'prior-only'
  /** A what-if, the first pooled run: 'pooled' with an engine level above engine × generation. */
  | 'pooled-engine-root'
  /** A what-if, the method before §20.17: 'pooled' without the one-die / two-die level on Apple's path. */
  | 'pooled-no-dies'
  /**
   * The test of ADR-20's fifth amendment (docs/methods.md §20.15,
   * scripts/fidelity-nested.ts): 'pooled' with its shrinkage k per kind chosen
   * by an inner leave-one-source-out inside each outer fold. Measured, worse
   * than 'pooled' on decode and throughput, not adopted: an analysis.
   */
  | 'nested';

/** Group keys from narrow to broad. */
function groupKeys(
  r: FidelityRow,
  h: Hierarchy = 'within-generation',
): string[] {
  if (h === 'engine-generation')
    return [`${r.kind} · ${r.engineId} · ${r.generation}`];
  return h === 'within-generation'
    ? [
        `${r.kind} · ${r.engineId} · ${r.generation}`,
        `${r.kind} · ${r.generation}`,
      ]
    : [
        `${r.kind} · ${r.engineId} · ${r.generation}`,
        `${r.kind} · ${r.engineId}`,
        `${r.kind} · ${r.generation}`,
        r.kind,
      ];
}

export type Fit = ReadonlyMap<
  string,
  {
    readonly factor: number;
    readonly n: number;
    /**
     * Decode groups only: the fixed time every step costs whatever the bytes
     * read (launches, scheduling, sampling, all-reduce latency), seconds, when
     * the group's cases span enough model sizes to separate it from ηbw
     * (docs/methods.md §20.6); else 0 and `factor` is the median ratio.
     */
    readonly stepOverheadSeconds: number;
    /** ηbw factor of the same line (= `factor` when no overhead is fitted). */
    readonly lineFactor: number;
  }
>;

/** Seconds per output token, measured and flat, of a decode row. */
function secondsPerToken(r: FidelityRow): { measured: number; flat: number } {
  return r.unit === 'ms'
    ? { measured: r.measured / 1000, flat: r.estimated / 1000 }
    : { measured: 1 / r.measured, flat: 1 / r.estimated };
}

/** Fewest decode cases, and the widest spread of flat step times, that separate a fixed overhead from ηbw. */
const OVERHEAD_FIT_MIN_CASES = 3;
const OVERHEAD_FIT_MIN_SPREAD = 2;

/**
 * A decode group's step time as a line, measured = overhead + flat ÷ factor
 * (least squares over the training cases, docs/methods.md §20.6): the
 * intercept is the fixed per-step cost, the slope the bandwidth efficiency.
 * Falls back to the median ratio and no overhead when the cases cannot
 * separate the two (too few, too alike, or a negative intercept or slope).
 */
function decodeLine(rows: readonly FidelityRow[]): {
  factor: number;
  stepOverheadSeconds: number;
} {
  const fallback = {
    factor: median(rows.map(speedRatio)),
    stepOverheadSeconds: 0,
  };
  const pts = rows.map(secondsPerToken);
  const xs = pts.map((p) => p.flat);
  if (
    pts.length < OVERHEAD_FIT_MIN_CASES ||
    Math.max(...xs) / Math.min(...xs) < OVERHEAD_FIT_MIN_SPREAD
  )
    return fallback;
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = pts.reduce((a, p) => a + p.measured, 0) / pts.length;
  const sxy = pts.reduce((a, p) => a + (p.flat - mx) * (p.measured - my), 0);
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const minMeasured = Math.min(...pts.map((p) => p.measured));
  if (!(slope > 0) || !(intercept >= 0) || intercept > 0.5 * minMeasured)
    return fallback;
  return { factor: 1 / slope, stepOverheadSeconds: intercept };
}

/** Median speed ratio per group over the training rows; decode groups also a fixed step overhead. */
export function fitFactors(training: readonly FidelityRow[]): Fit {
  const groups = new Map<string, FidelityRow[]>();
  for (const r of training)
    for (const k of groupKeys(r, 'borrowing'))
      groups.set(k, [...(groups.get(k) ?? []), r]);
  return new Map(
    [...groups].map(([k, v]) => [
      k,
      {
        factor: median(v.map(speedRatio)),
        ...(k.startsWith('decode')
          ? (({ factor, stepOverheadSeconds }) => ({
              lineFactor: factor,
              stepOverheadSeconds,
            }))(decodeLine(v))
          : { lineFactor: median(v.map(speedRatio)), stepOverheadSeconds: 0 }),
        n: v.length,
      },
    ]),
  );
}

/** The factor a row gets from a fit, and the group it came from. */
export function factorFor(
  r: FidelityRow,
  fit: Fit,
  hierarchy: Hierarchy = 'within-generation',
): {
  factor: number;
  lineFactor: number;
  stepOverheadSeconds: number;
  group: string;
} {
  for (const k of groupKeys(r, hierarchy)) {
    const f = fit.get(k);
    if (f)
      return {
        factor: f.factor,
        lineFactor: f.lineFactor,
        stepOverheadSeconds: f.stepOverheadSeconds,
        group: k,
      };
  }
  return {
    factor: 1,
    lineFactor: 1,
    stepOverheadSeconds: 0,
    group: 'none (flat roofline)',
  };
}

export type OosRow = {
  readonly row: FidelityRow;
  /** The catalog as shipped (tuned in part on three of these sources). */
  readonly shippedPct: number;
  readonly flatPct: number;
  /** The fit on every source (in-sample). */
  readonly inSamplePct: number;
  /** The fit on every source but this row's (out of sample). */
  readonly outOfSamplePct: number;
  readonly outOfSampleGroup: string;
};

export type Stat = {
  readonly n: number;
  readonly medianAbsPct: number;
  /** Share of cases whose estimate is within ×1.5 of the measurement. */
  readonly withinFactor15: number;
};

const pctErr = (est: number, meas: number) => ((est - meas) / meas) * 100;

export function stat(errors: readonly number[]): Stat {
  const within = errors.filter((e) => {
    const ratio = 1 + e / 100;
    return ratio > 0 && Math.max(ratio, 1 / ratio) <= 1.5;
  }).length;
  return {
    n: errors.length,
    medianAbsPct: median(errors.map(Math.abs)),
    withinFactor15: errors.length > 0 ? within / errors.length : NaN,
  };
}

export type OosResult = {
  readonly rows: readonly OosRow[];
  readonly sources: readonly string[];
  readonly inSampleFit: Fit;
  /** 'nested' only: the k each fold chose, the k it would ship and the plain scores behind it (not adopted, §20.15). */
  readonly nested?: NestedResult;
};

/**
 * The efficiencies a fit gives one case's engine on its generation: ηbw from
 * the decode factor, ηpf from the prefill factor (the narrowest group of
 * `keys` with training cases: engine × generation, then generation across
 * engines, else flat; 'engine-generation' stops before crossing engines),
 * capped at 1.
 */
function fittedEfficiencies(
  r: FidelityRow,
  fit: Fit,
  withOverhead: boolean,
  keys: Hierarchy,
) {
  const decode = factorFor({ ...r, kind: 'decode' }, fit, keys);
  const prefill = factorFor({ ...r, kind: 'prefill' }, fit, keys);
  return {
    bandwidth: Math.min(
      1,
      FLAT_EFFICIENCY * (withOverhead ? decode.lineFactor : decode.factor),
    ),
    prefill: Math.min(1, FLAT_EFFICIENCY * prefill.factor),
    stepOverheadSeconds: withOverhead ? decode.stepOverheadSeconds : 0,
    group: `ηbw ${decode.group}; ηpf ${prefill.group}`,
  };
}

/** The flat catalog with one engine's efficiencies replaced on every hardware kind. */
function withEngineEfficiencies(
  flat: Catalog,
  engineId: string,
  bandwidth: number,
  prefill: number,
  stepOverheadSeconds: number,
): Catalog {
  const e = flat.byId.engines[engineId];
  if (!e) return flat;
  const set = (m: Readonly<Record<string, number | undefined>>, v: number) =>
    Object.fromEntries(Object.keys(m).map((k) => [k, v]));
  const engine = {
    ...e,
    bandwidthEfficiency: set(e.bandwidthEfficiency, bandwidth),
    prefillEfficiency: set(e.prefillEfficiency, prefill),
    stepOverheadSeconds,
  };
  return {
    ...flat,
    byId: {
      ...flat.byId,
      engines: { ...flat.byId.engines, [engineId]: engine },
    },
  };
}

/**
 * Every speed case under four models: shipped, flat, fitted in sample, fitted
 * leaving its source out. 'efficiency' (the method) fits ηbw on decode cases
 * and ηpf on prefill cases and runs every case — saturated throughput
 * included — through the physics with them, so throughput is predicted from
 * the efficiencies, never fitted on its own; 'within-generation' and
 * 'borrowing' (what-ifs) scale each kind's output by its own factor.
 */
export function outOfSample(
  cases: readonly CalibrationCase[],
  extra: readonly ExtraCase[],
  catalog: Catalog,
  hierarchy: Hierarchy = 'pooled',
): OosResult {
  const shipped = runFidelity(cases, catalog, extra).rows.filter(
    (r) => r.kind !== 'memory',
  );
  const flatCatalog = flatRooflineCatalog(catalog);
  const flat = runFidelity(cases, flatCatalog, extra).rows.filter(
    (r) => r.kind !== 'memory',
  );
  const shippedById = new Map(shipped.map((r) => [r.id, r]));
  const sources = [...new Set(flat.map((r) => r.sourceId))].sort();
  const inSampleFit = fitFactors(flat);
  const held = new Map(
    sources.map((s) => [s, fitFactors(flat.filter((r) => r.sourceId !== s))]),
  );
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const extraById = new Map(extra.map((c) => [c.id, c]));
  const withOverhead = hierarchy === 'efficiency-overhead';
  const engineOnly = hierarchy === 'efficiency-engine-only';
  const rerun = (r: FidelityRow, fit: Fit) => {
    const eff = fittedEfficiencies(
      r,
      fit,
      withOverhead,
      engineOnly ? 'engine-generation' : 'within-generation',
    );
    const cat = withEngineEfficiencies(
      flatCatalog,
      r.engineId,
      eff.bandwidth,
      eff.prefill,
      eff.stepOverheadSeconds,
    );
    const c = caseById.get(r.id);
    const x = extraById.get(r.id);
    const row = runFidelity(c ? [c] : [], cat, x ? [x] : []).rows.find(
      (o) => o.id === r.id,
    );
    return { estimated: row?.estimated ?? NaN, group: eff.group };
  };
  if (hierarchy === 'nested') {
    const nested = nestedRows(flat, caseById, extraById, catalog);
    const rows = flat.map((r): OosRow => ({
      row: r,
      shippedPct: shippedById.get(r.id)?.errorPct ?? NaN,
      flatPct: r.errorPct,
      ...nested.estimates.get(r.id)!,
    }));
    return { rows, sources, inSampleFit, nested };
  }
  if (
    hierarchy === 'pooled' ||
    hierarchy === 'prior-only' ||
    hierarchy === 'pooled-engine-root' ||
    hierarchy === 'pooled-no-dies'
  ) {
    const pooled = pooledRows(flat, caseById, extraById, catalog, {
      noCorrection: hierarchy === 'prior-only',
      root:
        hierarchy === 'pooled-engine-root'
          ? 'engine-root'
          : hierarchy === 'pooled-no-dies'
            ? 'generation-no-dies'
            : 'generation',
    });
    const rows = flat.map((r): OosRow => ({
      row: r,
      shippedPct: shippedById.get(r.id)?.errorPct ?? NaN,
      flatPct: r.errorPct,
      ...pooled.get(r.id)!,
    }));
    return { rows, sources, inSampleFit };
  }
  const rows = flat.map((r): OosRow => {
    if (hierarchy === 'efficiency' || withOverhead || engineOnly) {
      const oos = rerun(r, held.get(r.sourceId)!);
      const ins = rerun(r, inSampleFit);
      return {
        row: r,
        shippedPct: shippedById.get(r.id)?.errorPct ?? NaN,
        flatPct: r.errorPct,
        inSamplePct: pctErr(ins.estimated, r.measured),
        outOfSamplePct: pctErr(oos.estimated, r.measured),
        outOfSampleGroup: oos.group,
      };
    }
    const oos = factorFor(r, held.get(r.sourceId)!, hierarchy);
    const ins = factorFor(r, inSampleFit, hierarchy);
    return {
      row: r,
      shippedPct: shippedById.get(r.id)?.errorPct ?? NaN,
      flatPct: r.errorPct,
      inSamplePct: pctErr(corrected(r, ins.factor), r.measured),
      outOfSamplePct: pctErr(corrected(r, oos.factor), r.measured),
      outOfSampleGroup: oos.group,
    };
  });
  return { rows, sources, inSampleFit };
}

export type OosSummary = {
  readonly shipped: Stat;
  readonly flat: Stat;
  readonly inSample: Stat;
  readonly outOfSample: Stat;
};

export function summariseOos(rows: readonly OosRow[]): OosSummary {
  return {
    shipped: stat(rows.map((r) => r.shippedPct).filter(Number.isFinite)),
    flat: stat(rows.map((r) => r.flatPct)),
    inSample: stat(rows.map((r) => r.inSamplePct)),
    outOfSample: stat(rows.map((r) => r.outOfSamplePct)),
  };
}

export function groupOos(
  rows: readonly OosRow[],
  key: (r: OosRow) => string,
): Record<string, OosSummary> {
  const groups: Record<string, OosRow[]> = {};
  for (const r of rows) (groups[key(r)] ??= []).push(r);
  return Object.fromEntries(
    Object.entries(groups)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, summariseOos(v)]),
  );
}

const pct = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} %` : '—');
const share = (x: number) =>
  Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : '—';

function table(title: string, groups: Record<string, OosSummary>): string[] {
  return [
    `| ${title} | cases | out of sample (leave one source out) | within ×1.5 | in sample (same fit) | flat roofline 70 % | catalog as shipped |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(groups).map(
      ([k, s]) =>
        `| ${k} | ${s.outOfSample.n} | ${pct(s.outOfSample.medianAbsPct)} | ${share(s.outOfSample.withinFactor15)} | ${pct(s.inSample.medianAbsPct)} | ${pct(s.flat.medianAbsPct)} | ${pct(s.shipped.medianAbsPct)} |`,
    ),
  ];
}

/** Targets of issue 12 (median |error| out of sample, %). */
export const OOS_TARGETS: Readonly<Record<string, number>> = {
  decode: 12,
  prefill: 25,
  throughput: 20,
};

/** The markdown that leads docs/fidelity.md. */
export function renderOos(
  result: OosResult,
  whatIfs: readonly {
    readonly label: string;
    readonly result: OosResult;
  }[] = [],
): string[] {
  const all = summariseOos(result.rows);
  const byKind = groupOos(result.rows, (r) => r.row.kind);
  const findings = Object.entries(
    groupOos(
      result.rows,
      (r) => `${r.row.kind} · ${r.row.engineId} · ${r.row.generation}`,
    ),
  ).filter(([, s]) => s.outOfSample.medianAbsPct > s.flat.medianAbsPct);
  return [
    // The page's "How accurate is this?" links this heading's anchor
    // (src/features/options/accuracy-words.ts: #out-of-sample-leave-one-source-out).
    '## Out of sample: leave one source out',
    '',
    `The headline: the shipped method, its shrinkage fixed at k = 1 before any score (docs/methods.md §20.13; choosing k in-fold instead was tested and did worse — see "Test: choosing k in-fold" below and §20.15). Sources: ${result.sources.map((s) => `\`${s}\``).join(', ')}. Each source's cases are estimated by a model fitted on the other sources only (docs/methods.md §20.13, scripts/fidelity-pooled.ts, ADR-20's second amendment). The model starts from a physics prior decided before any score: ηbw 0.80 (GEMV microbenchmarks), ηpf 0.70, each engine's sourced fixed per-token overhead and each quant's sourced kernel efficiency. For each decode (prefill) case, the factor on ηbw (ηpf) that makes the prior match it is computed; a case's factor is pooled from the training cases of its engine × generation, then engine × generation × hardware kind, on Apple then × one die or two (an Ultra; §20.17, its test below), then × quant kernel class, each level shrunk toward its parent by P ÷ (P + 1), P = publications in the group. A factor never crosses engines or generations; without training cases the prior stands. Every case, saturated throughput included, is then run through the physics with the pooled ηbw and ηpf: throughput is predicted, never fitted. "Catalog as shipped" is the page's own estimate, in sample: its efficiencyByGeneration factors are this method's at k = 1 fitted on every one of these sources, at engine × generation (on Apple down to the die level, with a separate entry for the Ultras; scripts/fidelity-catalog-factors.ts).`,
    '',
    `- **All speed cases**: ${all.outOfSample.n}, out-of-sample median |error| ${pct(all.outOfSample.medianAbsPct)}, ${share(all.outOfSample.withinFactor15)} within ×1.5 (target ≥ 85 %); flat roofline ${pct(all.flat.medianAbsPct)}, in sample ${pct(all.inSample.medianAbsPct)}.`,
    ...Object.entries(byKind).map(
      ([k, s]) =>
        `- **${k}**: out of sample ${pct(s.outOfSample.medianAbsPct)} (target ≤ ${OOS_TARGETS[k] ?? '—'} %${s.outOfSample.medianAbsPct > (OOS_TARGETS[k] ?? Infinity) ? ', **not met**' : ', met'}) vs flat roofline ${pct(s.flat.medianAbsPct)}, ${s.outOfSample.n} cases.`,
    ),
    '',
    ...table('kind', byKind),
    '',
    ...table(
      'hardware family',
      groupOos(result.rows, (r) => r.row.family),
    ),
    '',
    ...table(
      'generation · engine',
      groupOos(result.rows, (r) => `${r.row.generation} · ${r.row.engineId}`),
    ),
    '',
    ...table(
      'source left out',
      groupOos(result.rows, (r) => r.row.sourceId),
    ),
    '',
    ...whatIfs.flatMap((w) => [
      `### What-if: ${w.label}`,
      '',
      ...table(
        'kind',
        groupOos(w.result.rows, (r) => r.row.kind),
      ),
      '',
      `All speed cases within ×1.5: ${share(summariseOos(w.result.rows).outOfSample.withinFactor15)}.`,
      '',
    ]),
    '### Fitted factors of the previous method (median ratio to the flat roofline, in sample, all sources)',
    '',
    'Multiply the flat 0.70 by the factor for the efficiency the group implies (ADR-20 before its second amendment; kept to show what each group measures against the flat roofline).',
    '',
    '| group | factor | implied efficiency | cases |',
    '| --- | ---: | ---: | ---: |',
    ...[...result.inSampleFit]
      .filter(
        ([k]) => k.split(' · ').length === 3 && !k.startsWith('throughput'),
      )
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(
        ([k, f]) =>
          `| ${k} | ${f.factor.toFixed(2)} | ${(f.factor * FLAT_EFFICIENCY).toFixed(2)} | ${f.n} |`,
      ),
    '',
    '### Findings: tuned groups worse out of sample than the flat roofline',
    '',
    ...(findings.length === 0
      ? [
          'None: every group does at least as well out of sample as the flat roofline.',
        ]
      : [
          '| group | cases | out of sample | flat roofline |',
          '| --- | ---: | ---: | ---: |',
          ...findings.map(
            ([k, s]) =>
              `| ${k} | ${s.outOfSample.n} | ${pct(s.outOfSample.medianAbsPct)} | ${pct(s.flat.medianAbsPct)} |`,
          ),
        ]),
    '',
  ];
}
