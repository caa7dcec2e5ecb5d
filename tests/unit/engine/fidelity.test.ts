/**
 * Fidelity against published measurements (tests/fixtures/calibration-cases.json,
 * published measurements with their sources, see tests/fixtures/SOURCE.md): the bounds the estimator honestly
 * reaches with the catalog's own efficiency factors, no per-case fitting.
 * docs/fidelity.md has the full table (`npm run fidelity`).
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  loadCases,
  loadExtraCases,
  runFidelity,
  sourceIdOf,
} from '../../../scripts/fidelity';
import {
  groupOos,
  outOfSample,
  summariseOos,
} from '../../../scripts/fidelity-oos';

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

/*
 * Out of sample (issue 12, ADR-20): leave-one-source-out medians may only
 * improve. The pins are the levels the pooled method of docs/methods.md
 * §20.13 reaches on all the evidence and on the ten publications of the
 * first pins, rounded by a hair; docs/fidelity.md says which of the issue's
 * targets (12 / 25 / 20 %, 85 %) are met.
 */
describe('fidelity out of sample (leave one source out)', () => {
  const extra = loadExtraCases();
  // The headline: plain leave-one-source-out with the shrinkage k = 1
  // declared a priori (docs/methods.md §20.13), the shipped method. Choosing
  // k in-fold (§20.15, nested) was tested, did worse on decode and
  // throughput and was not adopted; its own pins, as an analysis, are in
  // fidelity-nested.test.ts.
  const oos = outOfSample(cases, extra, catalog, 'pooled');
  const byKind = groupOos(oos.rows, (r) => r.row.kind);

  it('covers the three kinds from at least six sources', () => {
    expect(oos.sources.length).toBeGreaterThanOrEqual(8);
    for (const kind of ['decode', 'prefill', 'throughput'])
      expect(byKind[kind]!.outOfSample.n).toBeGreaterThanOrEqual(10);
  });

  it('every structured case keeps its source URL, date and conditions', () => {
    for (const c of extra) {
      expect(c.url).toMatch(/^https:\/\//);
      expect(c.date).toMatch(/^\d{4}-\d{2}/);
      expect(c.conditions.length).toBeGreaterThan(10);
      expect(c.inputTokens + c.outputTokens).toBeGreaterThan(0);
    }
  });

  it('reads only the vetted publications of tests/fixtures/SOURCE.md', () => {
    // An allowlist, not a blocklist: a new source is added here only after it
    // has been checked against the list the fidelity issue reserves for the
    // independent check (which this repository never names or reads).
    const vetted = new Set([
      'lcpp-4167-apple',
      'lcpp-prs-apple',
      'qwen25-speed-a100',
      'nim-h100',
      'blogs.oracle.com/cloud-infrastructure/po',
      'github.com/ml-explore/mlx-examples issue',
      'github.com/ml-explore/mlx-examples pull/',
      "docs.gpustack.ai performance-lab 'Optimi",
      'github.com/ROCm/vllm docs/dev-docker/REA',
      'github.com/yeswearecoding/yeswearecoding',
      "llama.cpp discussion 15013 'Performance ",
      "llama.cpp discussion 15021 'Performance ",
      "llama.cpp discussion 10879 'Performance ",
      'github.com/neuralmagic/nm-vllm commit c1',
      'github.com/ree2raz/inference-bench (READ',
      'github.com/dstackai/benchmarks amd/tgi_v',
      'github.com/willettAMT/perf-analysis-mode',
      "NVIDIA TensorRT-LLM blog 'Falcon-180B on",
      "NVIDIA TensorRT-LLM blog 'How to get bes",
      "NVIDIA technical blog 'Boosting Llama 3.",
      'github.com/vllm-project/vllm pull reques',
      'github.com/raullenchai/Rapid-MLX communi',
      'github.com/shaamil101-etched/trtllm-benc',
      'github.com/argonne-lcf/LLM-Inference-Ben',
      // docs/methods.md §20.16 (its llama.cpp pull requests are 'lcpp-prs-apple')
      'github.com/brand-o/normiebench issues/40',
      'github.com/brand-o/normiebench issues/3 ',
      'github.com/TabbyML/tabby pull/393, descr',
      'github.com/AUGMXNT/speed-benchmarking ll',
    ]);
    for (const c of [...cases, ...extra])
      expect(vetted).toContain(sourceIdOf(c));
  });

  it('a left-out source does not inform its own estimates', () => {
    // Scaling every measurement of one source by 10 moves the in-sample fit
    // for its cases but leaves their out-of-sample estimates where they were.
    const target = 'lcpp-4167-apple';
    const scaled = cases.map((c) =>
      sourceIdOf(c) === target && typeof c.value === 'number'
        ? { ...c, value: c.value * 10 }
        : c,
    );
    // fidelity-nested.test.ts checks the same of the nested analysis.
    const moved = outOfSample(scaled, extra, catalog, 'pooled');
    const before = new Map(oos.rows.map((r) => [r.row.id, r]));
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

  it('the flat roofline baseline is reported on the same cases', () => {
    for (const s of Object.values(byKind)) {
      expect(s.flat.n).toBe(s.outOfSample.n);
      expect(Number.isFinite(s.flat.medianAbsPct)).toBe(true);
    }
  });

  it('out-of-sample medians at or below the level reached, on all the evidence (can only improve; the headline pins)', () => {
    // The pooled method (docs/methods.md §20.13) on the evidence of its
    // commit (200 cases, 19 publications): decode 14.0 %, prefill 19.9 %,
    // throughput 26.1 %, 84 % within ×1.5 (previous method: 29.4 / 23.5 /
    // 52.2 %, 67 % on 16 publications). Three TensorRT-LLM publications
    // (H200, B200; 217 cases) then took throughput to 25.4 % and within ×1.5
    // to 82.9 % (DeepSeek-R1 on 8 × B200 / H200 estimated ~2× over): the
    // pin below moved 0.83 → 0.82; the evidence before them keeps its own
    // pin in the next test. Two vLLM pull-request runs on H100 (offline
    // benchmark_throughput, 2024; 219 cases) then took throughput to 26.9 %
    // (the 8 × H100 run of a 7B model is CPU-bound, estimated 3.8× over):
    // that pin moved 26.5 → 27. On the estimator of 1a51a18 (chunked
    // prefill, mesh all-reduce) an independent trtllm-bench sweep of Llama
    // 3.1 70B FP8 at TP8 on 8 × H100 (9 cells, 236 cases; estimated up to
    // 2× over at long outputs) takes throughput from 18.8 to 20.2 % and
    // within ×1.5 from 85.5 to 83.9 %.
    // fit, 58a3ae6 (engines re-fitted, 260 cases): decode 12.4 %, prefill
    // 19.9 %, throughput 18.8 %, 85.4 % within ×1.5 — decode 14.5 → 12.5,
    // prefill 20.5 → 20, within ×1.5 0.82 → 0.85.
    // kern (§20.14, llama.cpp's MMQ prompt ceiling): prefill 19.9 → 19.2 %,
    // within ×1.5 85.4 → 87 %: prefill 20 → 19.5. §20.16's new publications
    // (18 cases, 278 in all; rows chosen by rules written before any was
    // scored) took decode 12.4 → 12.8 % (their 11 decode cases: 21.7 %,
    // the flat roofline 18.1 %: M2 Ultra runs of 2023 builds and a MoE
    // model estimated 33–104 % over) and prefill 19.2 → 20.1 % (the Apple
    // prompt factor moves with 7 new prompt cases): pins 12.5 → 12.8 and
    // 19.5 → 20.2; the 260 cases before them keep theirs in the next test.
    // §20.17's one-die / two-die level on Apple (declared, then tested
    // nested: every fold chose it): decode 12.8 → 10.6 %, prefill 20.1 →
    // 12.8 %, within ×1.5 86.7 → 88.8 %, throughput unchanged: pins
    // 12.8 → 10.7, 20.2 → 12.9, 0.85 → 0.88.
    expect(byKind['decode']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(
      10.7,
    );
    expect(byKind['prefill']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(
      12.9,
    );
    expect(byKind['throughput']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(
      20.5, // tput: mesh all-reduce + chunked prefill (§20.12) took 26.9 → 18.8 % (227 cases, HEAD 1a51a18); the trtllm-bench 8 × H100 sweep then 20.2 % (236 cases)
    );
    expect(
      summariseOos(oos.rows).outOfSample.withinFactor15,
    ).toBeGreaterThanOrEqual(0.88);
  });

  it('and on the evidence before §20.16 (260 cases), whose pins its publications cannot loosen', () => {
    // The rows §20.16 added, by id (two of its publications join
    // lcpp-prs-apple, so the source alone does not tell them apart).
    const added =
      /^(lcpp5021-|lcpp2917-|lcpp15616-|lcpp2297-|normiebench|tabby393-|lhl-3090-)/;
    const before = extra.filter((c) => !added.test(c.id));
    expect(extra.length - before.length).toBe(18);
    const prior = outOfSample(cases, before, catalog, 'pooled');
    const k = groupOos(prior.rows, (r) => r.row.kind);
    // Before §20.17: 12.4 / 19.2 / 18.8 %, 87 %; with its die level 11.2 /
    // 18.0 / 18.8 %, 89.2 %.
    expect(k['decode']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(11.3);
    expect(k['prefill']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(18.1);
    expect(k['throughput']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(18.9);
    expect(
      summariseOos(prior.rows).outOfSample.withinFactor15,
    ).toBeGreaterThanOrEqual(0.89);
  });

  it('and on the evidence each earlier pin was set on, so new evidence never loosens an old pin', () => {
    // The ten publications of the first pins (an allowlist, so a publication
    // added later joins the pin above, not this one). Previous method on
    // them: decode 25.1 %, prefill 17.2 %, throughput 47.3 %, 82.9 % within
    // ×1.5; the pooled method: 10.7 / 17.9 / 36.5 %, 86.7 %. Prefill is
    // 0.7 points worse than the previous method on this evidence and its pin
    // moved 17.5 → 18 (a finding of ADR-20's second amendment: prefill
    // corrections pooled from one other publication do worse than the prior).
    const earlierSources = new Set([
      'lcpp-pr4766-rtx4090',
      'oracle-mi300x-405b',
      'mlx-issue1029-m3max',
      'mlx-pr1069-m2ultra',
      'gpustack-perf-lab',
      'amd-rocm-vllm-mi300x',
    ]);
    const earlier = outOfSample(
      cases,
      extra.filter((c) => earlierSources.has(c.sourceId)),
      catalog,
      'pooled',
    );
    const k = groupOos(earlier.rows, (r) => r.row.kind);
    expect(k['decode']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(11);
    expect(k['prefill']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(18);
    expect(k['throughput']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(16); // §20.12: 36.5 → 15.7 %
    expect(
      summariseOos(earlier.rows).outOfSample.withinFactor15,
    ).toBeGreaterThanOrEqual(0.895); // 89.9 % at 58a3ae6
  });

  it('and on the evidence of the pooled method’s commit (d52ebf6), which later publications cannot loosen', () => {
    // The 17 structured publications at that commit plus the three of
    // calibration-cases.json: decode 13.9 %, prefill 19.9 %, throughput
    // 24.3 %, 84 % within ×1.5 (the levels the pin above held before the
    // TensorRT-LLM publications joined it).
    const pooledCommitSources = new Set([
      'amd-rocm-vllm-mi300x',
      'blog-rtx3060-llamacpp',
      'dstack-405b-mi300x',
      'gpustack-perf-lab',
      'inference-bench-l4-a100',
      'lcpp-10879-vulkan',
      'lcpp-15013-cuda',
      'lcpp-15021-rocm',
      'lcpp-pr19053-rtx6000ada',
      'lcpp-pr26284-rx7900xtx',
      'lcpp-pr4766-rtx4090',
      'lcpp-pr6017-a100',
      'mlx-issue1029-m3max',
      'mlx-pr1069-m2ultra',
      'nm-vllm-ci-a10g',
      'oracle-mi300x-405b',
      'orca-l40s-llamacpp',
    ]);
    const then = outOfSample(
      cases,
      extra.filter((c) => pooledCommitSources.has(c.sourceId)),
      catalog,
      'pooled',
    );
    const k = groupOos(then.rows, (r) => r.row.kind);
    expect(k['decode']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(14); // 13.96 % at 58a3ae6
    expect(k['prefill']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(20); // 19.86 %
    expect(k['throughput']!.outOfSample.medianAbsPct).toBeLessThanOrEqual(16); // §20.12: 24.3 → 15.7 %
    expect(
      summariseOos(then.rows).outOfSample.withinFactor15,
    ).toBeGreaterThanOrEqual(0.86); // 86.1 % at 58a3ae6
  });

  it('fitting helps in sample (the fit is not a no-op)', () => {
    for (const s of Object.values(byKind))
      expect(s.inSample.medianAbsPct).toBeLessThanOrEqual(s.flat.medianAbsPct);
  });
});
