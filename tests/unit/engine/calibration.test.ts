/**
 * Calibration vectors of docs/methods.md §12.2: published measurements the
 * physics must reproduce within the stated tolerances, with the efficiency
 * factors docs/methods.md §12.2 states for each vector.
 */
import { describe, expect, it } from 'vitest';
import type {
  Hardware,
  OpenModel,
  Quant,
  ServingEngine,
} from '../../../src/catalog/schema';
import {
  cacheHitProbability,
  capitalChargeUsdPerMonth,
  decodeStepSeconds,
  kvBytesPerToken,
  loadAtBatchForTest,
  operatingPoint,
  prefillSeconds,
  replicaSpecFrom,
  weightBytes,
} from './engine-test-exports';

const p = { source: 'docs/methods.md §12.2', asOf: '2026-11-27' };

function model(
  o: Partial<OpenModel> &
    Pick<
      OpenModel,
      'paramsTotal' | 'layers' | 'hiddenSize' | 'attentionHeads' | 'kvHeads'
    >,
): OpenModel {
  return {
    id: 'm',
    name: 'm',
    family: 'llama',
    mode: 'chat',
    qualityTier: 'mid',
    paramsActive: o.paramsTotal,
    headDim: 128,
    vocabSize: 32_000,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    maxContextTokens: 131_072,
    licence: 'x',
    huggingFaceRepo: 'x/y',
    ggufAvailable: true,
    ...p,
    ...o,
  };
}
function quant(
  bitsPerWeight: number,
  computeDtype: Quant['computeDtype'],
  kernelEfficiency = 1,
): Quant {
  return {
    id: 'q',
    name: 'q',
    bitsPerWeight,
    unquantisedParams: 'none',
    computeDtype,
    kernelEfficiency,
    engineIds: ['e'],
    kvCacheBytesPerValue: 2,
    ...p,
  };
}
function gpu(
  memoryGb: number,
  bandwidth: number,
  fp16: number,
  extra: Partial<Hardware> = {},
): Hardware {
  return {
    id: 'g',
    name: 'g',
    vendor: 'x',
    kind: 'datacenter-gpu',
    memoryGb,
    memoryBandwidthGbPerSecond: bandwidth,
    denseTflops: { fp16, bf16: fp16 },
    tdpWatts: 700,
    interconnectGbPerSecond: 300,
    maxPerNode: 8,
    ...p,
    ...extra,
  };
}
function engine(
  etaBw: number,
  etaPrefill: number,
  stepOverheadSeconds: number,
  extra: Partial<ServingEngine> = {},
): ServingEngine {
  return {
    id: 'e',
    name: 'e',
    tagline: 't',
    bestFor: ['x'],
    keyFeatures: ['x'],
    hardwareKinds: ['datacenter-gpu', 'cpu'],
    batching: 'continuous',
    maxConcurrentSequences: 256,
    bandwidthEfficiency: { 'datacenter-gpu': etaBw, cpu: etaBw },
    prefillEfficiency: { 'datacenter-gpu': etaPrefill, cpu: etaPrefill },
    memoryUtilisationCap: 0.9,
    runtimeOverheadGb: 2,
    kvAllocationEfficiency: 0.95,
    kvCache: { bytesPerValue: 2, followsQuant: true, ...p },
    stepOverheadSeconds,
    decodeComputeEfficiency: 0.5,
    tensorParallel: true,
    tensorParallelFlag: '--tp',
    openAiCompatibleApi: true,
    serveCommandTemplate: 's',
    modelReference: { kind: 'huggingface-repo' },
    quantFlags: {},
    installCommand: 'i',
    docsUrl: 'https://example.com/',
    featuredOrder: null,
    ...p,
    ...extra,
  };
}

const llama2_70b = model({
  paramsTotal: 69e9,
  layers: 80,
  hiddenSize: 8192,
  attentionHeads: 64,
  kvHeads: 8,
});
const llama33_70b = model({
  paramsTotal: 70.6e9,
  layers: 80,
  hiddenSize: 8192,
  attentionHeads: 64,
  kvHeads: 8,
});
const llama2_13b = model({
  paramsTotal: 13e9,
  layers: 40,
  hiddenSize: 5120,
  attentionHeads: 40,
  kvHeads: 40,
  attention: { kind: 'mha' },
});
const llama2_7b = model({
  paramsTotal: 6.74e9,
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 32,
  attention: { kind: 'mha' },
});
const llama31_8b = model({
  paramsTotal: 8.03e9,
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
});

const within = (actual: number, expected: number, tolerance: number) => {
  expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(tolerance);
};

describe('docs/methods.md §12.2 calibration vectors', () => {
  it('V1: Llama-2-70B FP16 on 2×A100-80GB TP2 at batch 1 gives ≈25.6 tok/s and 40 ms TTFT (llm-analysis)', () => {
    const a100 = gpu(80, 2039, 312);
    const e = engine(0.9, 0.7, 0);
    const r = replicaSpecFrom(
      llama2_70b,
      quant(16, 'fp16'),
      a100,
      e,
      2,
      kvBytesPerToken(llama2_70b, 2, 370),
    );
    within(1 / decodeStepSeconds(r, 1, 128 + 121), 25.6, 0.1);
    within(prefillSeconds(r, 128, 128), 0.04, 0.1);
  });

  it('V2: Llama-3.3-70B FP8 on 2×H100 TP2, 5000 in / 500 out matches NIM at concurrency 1 and saturation', () => {
    const h100 = gpu(80, 3350, 989, {
      denseTflops: { fp16: 989, bf16: 989, fp8: 1979 },
      interconnectGbPerSecond: 450,
    });
    const e = engine(0.65, 0.45, 0.0005);
    const q = quant(8, 'fp8', 0.95);
    const kv = kvBytesPerToken(llama33_70b, 1, 5500);
    const r = replicaSpecFrom(llama33_70b, q, h100, e, 2, kv);
    within(decodeStepSeconds(r, 1, 5250), 0.0186, 0.1);
    within(prefillSeconds(r, 5000, 5000), 0.407, 0.1);
    const point = operatingPoint(r, 73, 5000, 500, null);
    expect(point.kind).toBe('ok');
    if (point.kind !== 'ok') return;
    within(point.performance.timePerOutputTokenSeconds, 0.093, 0.1);
    const throughput = point.performance.replicaOutputTokensPerSecond;
    expect(throughput).toBeGreaterThanOrEqual(920 * 0.75);
    expect(throughput).toBeLessThanOrEqual(920 * 1.1);
  });

  it('V3: 13B FP16 on A100-40GB at 1.5 TB/s and ηbw 0.76 takes ≈22 ms per token (kipply)', () => {
    const a100 = gpu(40, 1500, 312);
    const r = replicaSpecFrom(
      llama2_13b,
      quant(16, 'fp16'),
      a100,
      engine(0.76, 0.5, 0.0005),
      1,
      kvBytesPerToken(llama2_13b, 2, 64),
    );
    within(decodeStepSeconds(r, 1, 32), 0.022, 0.1);
  });

  it('V4: 7B Q4_0 (3.83 GB) on an i9-13900K with dual-channel DDR5-6400 runs ≈18.3 tok/s', () => {
    const cpu = gpu(64, (2 * 6400 * 8) / 1000, 2, { kind: 'cpu' });
    const bpw = (3.83e9 * 8) / llama2_7b.paramsTotal;
    const r = replicaSpecFrom(
      llama2_7b,
      quant(bpw, 'fp16'),
      cpu,
      engine(0.65, 0.5, 0, { tensorParallel: false }),
      1,
      kvBytesPerToken(llama2_7b, 2, 64),
    );
    within(1 / decodeStepSeconds(r, 1, 16), 18.3, 0.15);
  });

  it('V5: Llama-2-7B BF16 on A100-80GB at batch 1 runs ≈107 tok/s (torchao)', () => {
    const a100 = gpu(80, 2039, 312);
    const r = replicaSpecFrom(
      llama2_7b,
      quant(16, 'bf16'),
      a100,
      engine(0.7, 0.5, 0.0005),
      1,
      kvBytesPerToken(llama2_7b, 2, 64),
    );
    within(1 / decodeStepSeconds(r, 1, 32), 107, 0.1);
  });

  it('V6: Llama-2-13B holds 800 KiB of BF16 KV per token, 6.7 GB for 8,192 tokens', () => {
    expect(kvBytesPerToken(llama2_13b, 2, 8192)).toBe(800 * 1024);
    within(kvBytesPerToken(llama2_13b, 2, 8192) * 8192, 6.7e9, 0.01);
  });

  it.each([
    [4.89, 4.58],
    [8.5, 7.95],
    [16, 14.96],
  ])(
    'V7: Llama-3.1-8B at %s bits per weight is %s GiB (llama.cpp quantize README)',
    (bpw, gib) => {
      within(weightBytes(llama31_8b, quant(bpw, 'fp16')) / 2 ** 30, gib, 0.01);
    },
  );

  it('V8: an 8-GPU server at $300k, 20 % residual, 36 months and 8 % WACC costs $7,876 a month', () => {
    expect(capitalChargeUsdPerMonth(300_000, 36, 0.2, 0.08)).toBeCloseTo(
      7876,
      -1,
    );
    expect(Math.round(capitalChargeUsdPerMonth(300_000, 36, 0.2, 0.08))).toBe(
      7876,
    );
  });

  it('V10: one request every 10 minutes on a 5-minute TTL hits the cache 39.35 % of the time', () => {
    expect(cacheHitProbability(1 / 600, 300)).toBeCloseTo(0.3935, 4);
  });

  it('loads a replica so that prefill share stays below one', () => {
    const h100 = gpu(80, 3350, 989);
    const r = replicaSpecFrom(
      llama31_8b,
      quant(16, 'bf16'),
      h100,
      engine(0.65, 0.45, 0.0005),
      1,
      kvBytesPerToken(llama31_8b, 2, 1300),
    );
    const load = loadAtBatchForTest(r, 64, 1000, 300);
    expect(load.timePerOutputToken).toBeGreaterThan(load.step);
    expect(Number.isFinite(load.timePerOutputToken)).toBe(true);
  });
});
