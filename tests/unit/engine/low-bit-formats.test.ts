/**
 * Native low-bit formats (issue 10 item 5): MXFP4 and NVFP4 weights, the
 * hardware that computes on them natively, and gpt-oss-120b on one H100.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  estimatePerformance,
  evaluateSelfHost,
  findCheapestConfiguration,
} from '../../../src/engine';
import { aSelfHostOption, aWorkload } from '../../fixtures/scenario-builders';
import {
  compatibilityProblem,
  computeDtypeOn,
  replicaSpecFrom,
  runsNatively,
  weightBytes,
} from './engine-test-exports';

const q = (id: string) => catalog.byId.quants[id]!;
const hw = (id: string) => catalog.byId.hardware[id]!;
const model = (id: string) => catalog.byId.openModels[id]!;
const engine = (id: string) => catalog.byId.engines[id]!;

const H100 = 'h100-sxm-80gb';
const B200 = 'b200-sxm-180gb';

function gptOssOn(
  hardwareId: string,
  overrides: Parameters<typeof aSelfHostOption>[0] = {},
) {
  return evaluateSelfHost(
    aWorkload(),
    aSelfHostOption({
      openModelId: 'gpt-oss-120b',
      quantId: 'mxfp4',
      engineId: 'vllm',
      hardwareId,
      ...overrides,
    }),
    catalog,
  ).result;
}

describe('MXFP4 and NVFP4 weights', () => {
  it('MXFP4 stores 4 + 8/32 = 4.25 bits and NVFP4 4 + 8/16 = 4.5 bits per weight', () => {
    expect(q('mxfp4').bitsPerWeight).toBe(4.25);
    expect(q('nvfp4').bitsPerWeight).toBe(4.5);
  });

  it('a dense model in MXFP4 needs about 4.25/16 of its BF16 bytes (embeddings and head stay 16-bit)', () => {
    const llama = model('llama-3.3-70b-instruct');
    const ratio =
      weightBytes(llama, q('mxfp4')) / weightBytes(llama, q('bf16'));
    expect(ratio).toBeGreaterThan(4.25 / 16);
    expect(ratio).toBeLessThan(0.3);
    // The quantised part alone is exactly 4.25/16 of its BF16 size.
    const sixteenBit = llama.vocabSize * llama.hiddenSize * 2 * 2;
    expect(
      (weightBytes(llama, q('mxfp4')) - sixteenBit) /
        (weightBytes(llama, q('bf16')) - sixteenBit),
    ).toBeCloseTo(4.25 / 16, 12);
  });

  it('gpt-oss-120b as published (MoE experts MXFP4, the rest BF16) is about 65 GB, a quarter of BF16', () => {
    const gptOss = model('gpt-oss-120b');
    expect(gptOss.publishedQuant?.quantId).toBe('mxfp4');
    const bytes = weightBytes(gptOss, q('mxfp4'));
    // 114.7 B expert params × 4.25/8 + 2.1 B others × 2 bytes.
    expect(bytes / 1e9).toBeCloseTo((114.7 * 4.25) / 8 + 2.1 * 2, 6);
    expect(bytes / 1e9).toBeGreaterThan(60);
    expect(bytes / 1e9).toBeLessThan(66);
    expect(weightBytes(gptOss, q('bf16')) / 1e9).toBeGreaterThan(230);
  });

  it('every published quant names a catalog quant', () => {
    for (const m of catalog.openModels) {
      if (m.publishedQuant)
        expect(
          catalog.byId.quants[m.publishedQuant.quantId],
          m.id,
        ).toBeDefined();
    }
  });
});

describe('gpt-oss-120b fits one 80 GB H100', () => {
  it('in MXFP4 with vLLM: one GPU per replica, with room for a KV cache', () => {
    const r = gptOssOn(H100, { gpusPerReplica: 1 });
    expect(r.feasible).toBe(true);
    if (!r.feasible) return;
    expect(r.memory.gpusPerReplica).toBe(1);
    expect(r.memory.maxConcurrentSequences).toBeGreaterThan(8);
  });

  it('in BF16 it still needs more than two H100s', () => {
    const r = gptOssOn(H100, { quantId: 'bf16', gpusPerReplica: 2 });
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    expect(r.reasons[0]?.code).toBe('model-does-not-fit');
  });

  it('estimatePerformance: on one H100 it fits in MXFP4, not in BF16', () => {
    const base = {
      model: model('gpt-oss-120b'),
      hardware: hw(H100),
      engine: engine('vllm'),
    };
    const mx = estimatePerformance({ ...base, quant: q('mxfp4'), gpus: 1 });
    const bf = estimatePerformance({ ...base, quant: q('bf16'), gpus: 1 });
    expect(mx.memory.fits).toBe(true);
    expect(bf.memory.fits).toBe(false);
  });
});

describe('native FP4 hardware', () => {
  it('Blackwell computes on MXFP4 and NVFP4; Hopper does not', () => {
    for (const quantId of ['mxfp4', 'nvfp4']) {
      expect(runsNatively(q(quantId), hw(B200)), quantId).toBe(true);
      expect(runsNatively(q(quantId), hw(H100)), quantId).toBe(false);
    }
    expect(runsNatively(q('awq-int4'), hw(H100))).toBe(true);
  });

  it('prefill uses FP4 tensor rates on a B200 and BF16 rates on an H100 (weights dequantised)', () => {
    const nv = q('nvfp4');
    expect(computeDtypeOn(nv, hw(B200))).toBe('fp4');
    expect(computeDtypeOn(nv, hw(H100))).toBe('bf16');
    const llama = model('llama-3.3-70b-instruct');
    const vllm = engine('vllm');
    const onB200 = replicaSpecFrom(llama, nv, hw(B200), vllm, 1, 1);
    const onH100 = replicaSpecFrom(llama, nv, hw(H100), vllm, 1, 1);
    expect(onB200.peakFlopsPerSecond).toBe(9000e12);
    expect(onH100.peakFlopsPerSecond).toBe(989e12);
    // The weights still read at 4.5 bits on the H100 (weight-only saving).
    expect(onH100.weightBytes).toBe(onB200.weightBytes);
  });

  it('NVFP4 on an H100 is refused by TensorRT-LLM (Blackwell only) and dequantised by vLLM', () => {
    const resolved = {
      model: model('llama-3.3-70b-instruct'),
      quant: q('nvfp4'),
      hardware: hw(H100),
    };
    expect(
      compatibilityProblem({ ...resolved, engine: engine('tensorrt-llm') }),
    ).toEqual({
      code: 'quant-engine-mismatch',
      quantId: 'nvfp4',
      engineId: 'tensorrt-llm',
      hardwareId: H100,
    });
    expect(
      compatibilityProblem({ ...resolved, engine: engine('vllm') }),
    ).toBeNull();
    expect(
      compatibilityProblem({
        ...resolved,
        hardware: hw(B200),
        engine: engine('tensorrt-llm'),
      }),
    ).toBeNull();
  });

  it('an infeasible result names the hardware when the engine needs native FP4', () => {
    const r = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption({
        openModelId: 'llama-3.3-70b-instruct',
        quantId: 'nvfp4',
        engineId: 'tensorrt-llm',
        hardwareId: H100,
      }),
      catalog,
    ).result;
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    expect(r.reasons[0]).toMatchObject({
      code: 'quant-engine-mismatch',
      hardwareId: H100,
    });
  });
});

describe('the configuration search and FP4 formats', () => {
  const search = {
    workload: aWorkload({ requestsPerMonth: 300_000 }),
    ops: {
      fteShare: 0.1,
      usdPerFteMonth: 20_000,
      monitoringUsdPerMonth: 100,
      networkingAndStorageUsdPerMonth: 50,
      fineTuningUsdPerMonth: 0,
    },
    extraReplicas: 0,
    targetUtilisation: 0.75,
    limit: 100,
  };

  it('serves gpt-oss-120b from one H100 in MXFP4', () => {
    const found = findCheapestConfiguration(
      { ...search, openModelIds: ['gpt-oss-120b'], hardwareIds: [H100] },
      catalog,
    );
    const mx = found.best.find((c) => c.quantId === 'mxfp4');
    expect(mx?.gpusPerReplica).toBe(1);
  });

  it('runs NVFP4 on an H100 only with an engine that dequantises it', () => {
    const found = findCheapestConfiguration(
      {
        ...search,
        openModelIds: ['llama-3.3-70b-instruct'],
        hardwareIds: [H100],
      },
      catalog,
    );
    const nv = found.best.filter((c) => c.quantId === 'nvfp4');
    expect(nv.length).toBeGreaterThan(0);
    for (const c of nv) expect(['vllm', 'sglang']).toContain(c.engineId);
  });
});
