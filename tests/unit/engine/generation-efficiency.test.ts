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

  it("vLLM on CDNA3 (MI300X) decodes slower than the datacenter kind's factor says: the measured factor is below the kind's", () => {
    expect(vllm.efficiencyByGeneration?.cdna3?.bandwidth).toBeLessThan(
      vllm.bandwidthEfficiency['datacenter-gpu']!,
    );
    expect(decode('mi300x-192gb', vllm)).toBeLessThan(
      decode('mi300x-192gb', vllmByKind),
    );
  });

  it('a generation without a measured factor keeps the kind’s (B200 unchanged)', () => {
    // Was H100 until vLLM on Hopper got its own factor from Argonne's
    // LLM-Inference-Bench (docs/methods.md §20.13, at k = 1 it still has
    // one: the next test); Blackwell has none.
    expect(vllm.efficiencyByGeneration?.blackwell).toBeUndefined();
    expect(decode('b200-sxm-180gb', vllm)).toBeCloseTo(
      decode('b200-sxm-180gb', vllmByKind),
      9,
    );
  });

  it('a measured Hopper factor moves H100 and only in its direction', () => {
    const hopper = vllm.efficiencyByGeneration?.hopper?.bandwidth;
    expect(hopper).toBeDefined();
    const kind = vllm.bandwidthEfficiency['datacenter-gpu']!;
    const byGeneration = decode('h100-sxm-80gb', vllm);
    const byKind = decode('h100-sxm-80gb', vllmByKind);
    if (hopper! < kind) expect(byGeneration).toBeLessThan(byKind);
    else if (hopper! > kind) expect(byGeneration).toBeGreaterThan(byKind);
    else expect(byGeneration).toBeCloseTo(byKind, 9);
  });

  it('every measured factor is sourced and dated', () => {
    for (const e of catalog.engines)
      for (const f of Object.values(e.efficiencyByGeneration ?? {})) {
        expect(f.source.length).toBeGreaterThan(20);
        expect(f.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });
});

describe('two dies (docs/methods.md §20.17)', () => {
  const llama = catalog.byId.engines['llama-cpp']!;
  const q4 = catalog.byId.quants['gguf-q4-k-m']!;
  const small = catalog.byId.openModels['llama-3.1-8b-instruct']!;
  const tokensPerSecond = (hardwareId: string, engine: ServingEngine) =>
    estimatePerformance({
      model: small,
      quant: q4,
      hardware: catalog.byId.hardware[hardwareId]!,
      engine,
      gpus: 1,
      promptTokens: 0,
      outputTokens: 128,
    }).decodeTokensPerSecond;

  it('the Ultras, and only they, span two dies', () => {
    for (const h of catalog.hardware)
      expect(h.dies ?? 1, h.id).toBe(/-ultra-/.test(h.id) ? 2 : 1);
  });

  it('an Ultra reads its generation’s two-die factor; a Max of the same bandwidth class does not', () => {
    const apple = llama.efficiencyByGeneration?.['apple-m'];
    expect(apple?.twoDies?.bandwidth).toBeDefined();
    expect(apple!.twoDies!.bandwidth!).toBeLessThan(apple!.bandwidth!);
    // Without its two-die entry the M2 Ultra would be estimated with the one-die factor.
    const oneFactor: ServingEngine = {
      ...llama,
      efficiencyByGeneration: {
        ...llama.efficiencyByGeneration,
        'apple-m': { ...apple!, twoDies: undefined },
      },
    };
    const ultra = tokensPerSecond('apple-m2-ultra-192gb', llama);
    const ultraOneFactor = tokensPerSecond('apple-m2-ultra-192gb', oneFactor);
    expect(ultra).toBeLessThan(ultraOneFactor);
    // The ratio of speeds is about the ratio of factors (a fixed per-token cost dilutes it).
    expect(ultra / ultraOneFactor).toBeGreaterThan(
      apple!.twoDies!.bandwidth! / apple!.bandwidth! - 0.02,
    );
    expect(tokensPerSecond('apple-m2-max-96gb', llama)).toBeCloseTo(
      tokensPerSecond('apple-m2-max-96gb', oneFactor),
      9,
    );
  });
});
