/**
 * How each engine sizes its KV pool and admits sequences (docs/methods.md
 * §20.8): TensorRT-LLM's free_gpu_memory_fraction is a share of the memory the
 * weights leave free, and its GUARANTEED_NO_EVICT scheduler admits a request
 * only with room for its whole sequence; vLLM's gpu_memory_utilization is a
 * share of the device, and it holds the tokens a sequence has.
 */
import { describe, expect, it } from 'vitest';
import { catalog, type ServingEngine } from '../../../src/catalog';
import { estimateMemory, heldKvTokensPerSequence } from '../../../src/engine';

const trt = catalog.byId.engines['tensorrt-llm']!;
const h100 = catalog.byId.hardware['h100-sxm-80gb']!;
const model = catalog.byId.openModels['llama-3.3-70b-instruct']!;
const fp8 = catalog.byId.quants['fp8']!;
const asVllm: ServingEngine = {
  ...trt,
  memoryUtilisationOf: 'device',
  kvAdmission: 'tokens-held',
};
const kvTokens = (e: ServingEngine, gpus: number) =>
  estimateMemory(model, fp8, h100, e, gpus, 1, 5500).kvCacheTokensPerReplica;

describe('engine memory semantics', () => {
  it('TensorRT-LLM: 90 % of the free memory holds more KV than 90 % of the device when weights are large', () => {
    expect(trt.memoryUtilisationOf).toBe('free-after-weights');
    expect(kvTokens(trt, 2)).toBeGreaterThan(kvTokens(asVllm, 2));
  });

  it('the free-memory pool is 90 % of what weights and runtime leave', () => {
    const m = estimateMemory(model, fp8, h100, trt, 2, 1, 5500);
    const free = 80 * 2 ** 30 - trt.runtimeOverheadGb * 1e9 - m.weightBytes / 2;
    const perTokenPerGpu = m.kvBytesPerToken / 2;
    expect(m.kvCacheTokensPerReplica).toBeCloseTo(
      ((free * trt.memoryUtilisationCap) / perTokenPerGpu) *
        trt.kvAllocationEfficiency,
      0,
    );
  });

  it('whole-sequence admission holds each request at input + output; tokens-held at input + half the output', () => {
    expect(heldKvTokensPerSequence(trt, 5000, 500)).toBe(5500);
    expect(heldKvTokensPerSequence(asVllm, 5000, 500)).toBe(5250);
    expect(
      heldKvTokensPerSequence(catalog.byId.engines['vllm']!, 5000, 500),
    ).toBe(5250);
  });
});
