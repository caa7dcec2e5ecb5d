/**
 * Efficiencies keyed by architecture generation (docs/methods.md §20.7): a
 * generation the catalog measured for an engine replaces the kind's factor
 * there, and only there.
 */
import { describe, expect, it } from 'vitest';
import { catalog, type ServingEngine } from '../../../src/catalog';
import { estimatePerformance } from '../../../src/engine';

const vllm = catalog.byId.engines['vllm']!;
const vllmByKind: ServingEngine = { ...vllm, efficiencyByGeneration: {} };
const model = catalog.byId.openModels['llama-3.3-70b-instruct']!;
const fp8 = catalog.byId.quants['fp8']!;
const decode = (hardwareId: string, engine: ServingEngine) =>
  estimatePerformance({
    model,
    quant: fp8,
    hardware: catalog.byId.hardware[hardwareId]!,
    engine,
    gpus: 8,
    promptTokens: 128,
    outputTokens: 128,
  }).decodeTokensPerSecond;

describe('efficiency by generation', () => {
  it('every catalog device names its generation', () => {
    for (const h of catalog.hardware) expect(h.generation).toBeDefined();
  });

  it("vLLM on CDNA3 (MI300X) decodes slower than the datacenter kind's factor says: the measured 0.44 < 0.65", () => {
    expect(vllm.efficiencyByGeneration?.cdna3?.bandwidth).toBeLessThan(
      vllm.bandwidthEfficiency['datacenter-gpu']!,
    );
    expect(decode('mi300x-192gb', vllm)).toBeLessThan(
      decode('mi300x-192gb', vllmByKind),
    );
  });

  it('a generation without a measured factor keeps the kind’s (B200 unchanged)', () => {
    // Was H100 until vLLM on Hopper got its own factor (Argonne's
    // LLM-Inference-Bench, docs/methods.md §20.15); Blackwell has none.
    expect(vllm.efficiencyByGeneration?.blackwell).toBeUndefined();
    expect(decode('b200-sxm-180gb', vllm)).toBeCloseTo(
      decode('b200-sxm-180gb', vllmByKind),
      9,
    );
  });

  it('every measured factor is sourced and dated', () => {
    for (const e of catalog.engines)
      for (const f of Object.values(e.efficiencyByGeneration ?? {})) {
        expect(f.source.length).toBeGreaterThan(20);
        expect(f.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });
});
