/**
 * The out-of-sample method of docs/methods.md §20.12 (issue 12, ADR-20
 * amendment): a physics prior, and efficiency corrections partially pooled
 * within an engine.
 *
 * Prior (decided before any score, never fitted on the evidence): every
 * engine reads memory at PRIOR_BANDWIDTH_EFFICIENCY of peak and computes
 * prefill at PRIOR_PREFILL_EFFICIENCY of peak, pays its catalog fixed
 * per-token overhead (`stepOverheadSeconds`, sourced per engine) on every
 * step, and each quant's kernel reads at its catalog ηq (sourced per format).
 *
 * Correction: for each decode (prefill) case, the factor on ηbw (ηpf) that
 * makes the prior's estimate equal the measurement. A case's factor is the
 * group's at the narrowest of engine → engine × generation → engine ×
 * generation × quant kernel class, each level shrunk toward its parent by
 * w = P / (P + K) with P the publications in the group and K = 1 a priori
 * (a group measured by one publication moves half-way from its parent:
 * leaving a source out removes a whole harness, so publications, not cases,
 * are what a group's evidence is worth). The root is the prior itself (1):
 * a factor never crosses engines, and an engine without training cases is
 * the prior.
 */
import type { Catalog } from '../src/catalog';
import {
  runFidelity,
  median,
  type CalibrationCase,
  type ExtraCase,
  type FidelityRow,
} from './fidelity';

/**
 * ηbw of the prior: the share of peak bandwidth a decode GEMV sustains.
 * llama.cpp PR #1642 (Metal inference, 2023-06): the M1 Max GEMV benchmark
 * reached 78 % of peak; llama.cpp PR #2188 (2023-07): "GPUs of M1 Max / M2
 * Max can sustain 340 GB/s" of 400 (85 %); the mean of the two, rounded.
 */
export const PRIOR_BANDWIDTH_EFFICIENCY = 0.8;
/**
 * ηpf of the prior: the flat roofline's 0.70 of peak dense FLOP/s — below the
 * best-shape matmul rates (stas00/ml-engineering MAMF: A100 SXM 271 of 312
 * TFLOPS = 0.87, H100 SXM 795 of 989 = 0.80, H100 FP8 1403 of 1979 = 0.71,
 * MI300X 668 of 1300 = 0.51) because a prompt also runs attention, norms and
 * smaller shapes.
 */
export const PRIOR_PREFILL_EFFICIENCY = 0.7;
/*
 * The fixed per-token overhead of the prior is the catalog's
 * `stepOverheadSeconds` (src/catalog/data/engines.ts, sourced per engine:
 * vLLM 2 ms, llama.cpp and Ollama 1 ms, others 0.5 ms), never fitted here.
 */
/**
 * Publications a group's own evidence is worth as much as its parent (the
 * pooling constant), k = 1 as §20.13 set it a priori: the shipped method, the
 * headline of docs/fidelity.md and the catalog's factors
 * (fidelity-catalog-factors.ts). §20.15 (scripts/fidelity-nested.ts) tested
 * choosing it per kind in-fold instead; that did worse and was not adopted.
 */
export const POOLING_PUBLICATIONS = 1;

/**
 * The kernel class a quant's matmuls run in: GPTQ and AWQ share the W4A16
 * kernels (Marlin in vLLM), MXFP4/NVFP4 the FP4 ones; every other format is
 * its own kernel (GGUF types each have theirs; BF16/FP16/FP32 the dense one).
 */
export function kernelClassOf(quantId: string): string {
  if (quantId === 'gptq-int4' || quantId === 'awq-int4') return 'int4-w4a16';
  if (quantId === 'mxfp4' || quantId === 'nvfp4') return 'fp4';
  if (quantId === 'bf16' || quantId === 'fp16' || quantId === 'fp32')
    return '16-bit';
  return quantId;
}

/** The prior as a catalog: flat efficiencies; catalog per-token overheads and kernel efficiencies kept. */
export function priorCatalog(catalog: Catalog): Catalog {
  const set = (m: Readonly<Record<string, number | undefined>>, v: number) =>
    Object.fromEntries(Object.keys(m).map((k) => [k, v]));
  const engines = Object.fromEntries(
    Object.entries(catalog.byId.engines).map(
      ([id, { efficiencyByGeneration: _, ...e }]) => [
        id,
        {
          ...e,
          bandwidthEfficiency: set(
            e.bandwidthEfficiency,
            PRIOR_BANDWIDTH_EFFICIENCY,
          ),
          prefillEfficiency: set(e.prefillEfficiency, PRIOR_PREFILL_EFFICIENCY),
        },
      ],
    ),
  );
  return { ...catalog, byId: { ...catalog.byId, engines } };
}

/** The prior catalog with one engine's ηbw and ηpf scaled (each capped at 1). */
export function scaledEngine(
  prior: Catalog,
  engineId: string,
  bandwidthFactor: number,
  prefillFactor: number,
): Catalog {
  const e = prior.byId.engines[engineId];
  if (!e) return prior;
  const set = (m: Readonly<Record<string, number | undefined>>, v: number) =>
    Object.fromEntries(Object.keys(m).map((k) => [k, Math.min(1, v)]));
  const engine = {
    ...e,
    bandwidthEfficiency: set(
      e.bandwidthEfficiency,
      PRIOR_BANDWIDTH_EFFICIENCY * bandwidthFactor,
    ),
    prefillEfficiency: set(
      e.prefillEfficiency,
      PRIOR_PREFILL_EFFICIENCY * prefillFactor,
    ),
  };
  return {
    ...prior,
    byId: {
      ...prior.byId,
      engines: { ...prior.byId.engines, [engineId]: engine },
    },
  };
}

type OneCase = {
  readonly c: CalibrationCase | undefined;
  readonly x: ExtraCase | undefined;
};

/** One case's estimate under a catalog. */
export function estimateOne(
  row: FidelityRow,
  one: OneCase,
  catalog: Catalog,
): number {
  const out = runFidelity(
    one.c ? [one.c] : [],
    catalog,
    one.x ? [one.x] : [],
  ).rows.find((o) => o.id === row.id);
  return out?.estimated ?? NaN;
}

/** Speed (not time) of an estimate, so "higher is faster" for every unit. */
const speed = (row: FidelityRow, estimated: number) =>
  row.unit === 'ms' ? 1 / estimated : estimated;

/** Factor range searched; ηbw or ηpf reach their cap of 1 well inside it. */
const FACTOR_MIN = 0.05;
const FACTOR_MAX =
  1 / Math.min(PRIOR_BANDWIDTH_EFFICIENCY, PRIOR_PREFILL_EFFICIENCY);

/**
 * The factor on ηbw (decode) or ηpf (prefill) at which the prior's estimate
 * of this case equals the measurement, by bisection on log f (speed rises
 * with either factor). A measurement beyond what the range can reach (a
 * fixed overhead slower than the measured step, or faster than ηbw = 1)
 * gives the end of the range. Throughput cases get none: they are predicted.
 */
export function impliedFactor(
  row: FidelityRow,
  one: OneCase,
  prior: Catalog,
): number {
  const target = speed(row, row.measured);
  const at = (f: number) =>
    speed(
      row,
      estimateOne(
        row,
        one,
        row.kind === 'decode'
          ? scaledEngine(prior, row.engineId, f, 1)
          : scaledEngine(prior, row.engineId, 1, f),
      ),
    );
  let lo = Math.log(FACTOR_MIN);
  let hi = Math.log(FACTOR_MAX);
  if (at(Math.exp(hi)) <= target) return Math.exp(hi);
  if (at(Math.exp(lo)) >= target) return Math.exp(lo);
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (at(Math.exp(mid)) < target) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

/** A training case for the pooled fit: its path of group keys and its implied log factor. */
export type PooledPoint = {
  readonly kind: 'decode' | 'prefill';
  readonly sourceId: string;
  /** engine, engine × generation, engine × generation × kernel class. */
  readonly path: readonly string[];
  readonly logFactor: number;
};

/**
 * Group keys from broad to narrow. 'engine-root' (the first run, a what-if)
 * starts at the engine across generations; the method starts at engine ×
 * generation, then the hardware kind within it (a GeForce card and a
 * workstation or datacenter card of one generation differ in tensor rates
 * and clocks), then the quant kernel class: a factor never crosses an engine
 * or a generation.
 */
export function pathOf(
  row: FidelityRow,
  kind: string,
  root: PathRoot = 'generation',
): string[] {
  const gen = `${row.engineId} · ${row.generation}`;
  const line = `${gen} · ${kind}`;
  if (root === 'generation' && kind === 'apple') {
    // §20.17: an Ultra (two dies) or one die, between the kind and the kernel class.
    const dies = `${line} · ${appleDiesOf(row.hardwareId)}`;
    return [gen, line, dies, `${dies} · ${kernelClassOf(row.quantId)}`];
  }
  const path = [gen, line, `${line} · ${kernelClassOf(row.quantId)}`];
  return root === 'engine-root' ? [row.engineId, ...path] : path;
}

/**
 * An Apple chip's die level on the pooling path (§20.17): the Ultras are two
 * Max dies joined by UltraFusion. The catalog says the same as data
 * (`hardware.dies`); tests/unit/engine/fidelity-pooled.test.ts checks they agree.
 */
export function appleDiesOf(hardwareId: string): 'ultra' | 'one die' {
  return /-ultra-/.test(hardwareId) ? 'ultra' : 'one die';
}

/**
 * The pooling path's shape: the method's ('generation', with §20.17's
 * one-die / two-die level on Apple), the method before §20.17 without that
 * level ('generation-no-dies', a what-if), and the first pooled run with an
 * engine level above engine × generation ('engine-root', a what-if).
 */
export type PathRoot = 'generation' | 'generation-no-dies' | 'engine-root';

/**
 * The pooled factor for a kind along a path, from the training points:
 * log f(level) = log f(parent) + w · (median log factor of the level's points
 * − log f(parent)), w = P / (P + K); a level without points keeps its parent.
 */
export function pooledFactor(
  points: readonly PooledPoint[],
  kind: 'decode' | 'prefill',
  path: readonly string[],
  k: number = POOLING_PUBLICATIONS,
): { factor: number; levels: string } {
  let log = 0;
  const used: string[] = [];
  for (let depth = 0; depth < path.length; depth++) {
    const inGroup = points.filter(
      (p) => p.kind === kind && p.path[depth] === path[depth],
    );
    if (inGroup.length === 0) break;
    const pubs = new Set(inGroup.map((p) => p.sourceId)).size;
    const w = pubs / (pubs + k);
    log += w * (median(inGroup.map((p) => p.logFactor)) - log);
    used.push(`${path[depth]} (${pubs} pub., w ${w.toFixed(2)})`);
  }
  return {
    factor: Math.exp(log),
    levels: used.length > 0 ? used.join(' → ') : 'prior',
  };
}
