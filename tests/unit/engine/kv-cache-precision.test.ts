/**
 * KV-cache precision per option (issue 12 item 1, ADR-27, docs/methods.md
 * §20.9): each engine offers only what it can be set to, a chosen precision
 * costs its own bytes, and the page and the CLI turn the same choice into the
 * same figures — they differed 2× on FP8 models when the CLI file defaulted
 * to 2 bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, KV_CACHE_PRECISIONS } from '../../../src/catalog';
import {
  defaultKvBytesPerValue,
  evaluateScenario,
  kvCacheBytesPerValueFor,
  kvCacheChoicesFor,
  type Scenario,
} from '../../../src/engine';
import {
  defaultInputs,
  scenarioFromInputs,
  selfHostOptionFrom,
  type CalculatorInputs,
  type SelfHostOptionState,
} from '../../../src/state';
import { scenarioFromJson } from '../../../scripts/cli/scenario-input';
import { inputsArb } from '../url/arbitraries';

const e = catalog.byId.engines;
const q = catalog.byId.quants;
const hw = catalog.byId.hardware;

describe('which precisions each engine offers', () => {
  it('llama.cpp and Ollama offer ggml block formats, vLLM-class engines FP8, MLX none', () => {
    const offered = (engineId: string, hardwareId: string) =>
      kvCacheChoicesFor(e[engineId]!, hw[hardwareId]).map((c) => c.precision);
    expect(offered('llama-cpp', 'rtx-4090-24gb')).toEqual([
      '16-bit',
      'q8_0',
      'q4_0',
    ]);
    expect(offered('ollama', 'rtx-4090-24gb')).toContain('q8_0');
    expect(offered('vllm', 'h100-sxm-80gb')).toEqual(['16-bit', 'fp8']);
    expect(offered('sglang', 'h100-sxm-80gb')).toContain('fp8');
    expect(offered('tgi', 'h100-sxm-80gb')).toContain('fp8');
    expect(offered('mlx', 'h100-sxm-80gb')).toEqual([]);
  });

  it('offers NVFP4 KV only where the tensor cores run NVFP4 (Blackwell)', () => {
    const nvfp4On = (h: (typeof catalog.hardware)[number]) =>
      kvCacheChoicesFor(e['tensorrt-llm']!, h).some(
        (c) => c.precision === 'nvfp4',
      );
    for (const h of catalog.hardware)
      expect(nvfp4On(h)).toBe(
        (h.nativeBlockScaledFormats ?? []).includes('nvfp4'),
      );
    expect(catalog.hardware.some(nvfp4On)).toBe(true);
  });

  it('every choice costs the bytes of its precision, each with a source and date', () => {
    for (const engine of catalog.engines)
      for (const c of engine.kvCache.choices ?? []) {
        expect(c.bytesPerValue).toBe(
          KV_CACHE_PRECISIONS[c.precision].bytesPerValue,
        );
        expect(c.source.length).toBeGreaterThan(20);
        expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });
});

describe('bytes per value of a choice', () => {
  const h100 = hw['h100-sxm-80gb'];
  it('default is the engine’s own: an FP8 checkpoint on vLLM caches in FP8, on llama.cpp in 16 bits', () => {
    expect(kvCacheBytesPerValueFor(e.vllm!, q.fp8!, h100, 'default')).toBe(1);
    expect(
      kvCacheBytesPerValueFor(
        e['llama-cpp']!,
        q['gguf-q4-k-m']!,
        h100,
        'default',
      ),
    ).toBe(2);
  });

  it('a lower precision stores fewer bytes: 16-bit > Q8_0 > Q4_0, 16-bit > FP8', () => {
    const lcpp = (p: 'default' | '16-bit' | 'q8_0' | 'q4_0') =>
      kvCacheBytesPerValueFor(e['llama-cpp']!, q['gguf-q4-k-m']!, h100, p);
    expect(lcpp('16-bit')).toBeGreaterThan(lcpp('q8_0'));
    expect(lcpp('q8_0')).toBeGreaterThan(lcpp('q4_0'));
    expect(kvCacheBytesPerValueFor(e.vllm!, q.bf16!, h100, 'fp8')).toBeLessThan(
      kvCacheBytesPerValueFor(e.vllm!, q.bf16!, h100, '16-bit'),
    );
  });

  it('a precision the engine lacks falls back to its default, never to that precision', () => {
    for (const engine of catalog.engines)
      for (const quant of catalog.quants)
        for (const precision of Object.keys(
          KV_CACHE_PRECISIONS,
        ) as (keyof typeof KV_CACHE_PRECISIONS)[]) {
          const offered = kvCacheChoicesFor(engine, h100).some(
            (c) => c.precision === precision,
          );
          if (!offered)
            expect(
              kvCacheBytesPerValueFor(engine, quant, h100, precision),
            ).toBe(defaultKvBytesPerValue(engine, quant));
        }
  });
});

/** An 8B model on one L4 at long prompts: its KV pool, not the batch cap, limits the batch. */
function pageInputs(kv: SelfHostOptionState['kvCachePrecision']) {
  const base = defaultInputs(catalog);
  const option: SelfHostOptionState = {
    ...selfHostOptionFrom(catalog, {
      id: 's9',
      colorIndex: 5,
      openModelId: 'llama-3.1-8b-instruct',
      quantId: 'bf16',
      engineId: 'vllm',
      hardwareId: 'l4-24gb',
      gpusPerReplica: 1,
      procurement: 'on-demand',
    }),
    kvCachePrecision: kv,
  };
  const inputs: CalculatorInputs = {
    ...base,
    workload: { ...base.workload, tokensPerRequest: 8000, tokensPerMonth: 2e9 },
    options: [...base.options, option],
  };
  return { inputs, id: option.id };
}

function selfHostOf(scenario: Scenario, id: string) {
  const r = evaluateScenario(scenario, catalog, { curveSamples: 4 });
  return r.selfHost.find((o) => o.id === id)!;
}

describe('the choice moves the figures', () => {
  it('an FP8 cache holds more sequences and never costs more than a 16-bit one', () => {
    const sixteen = pageInputs('16-bit');
    const fp8 = pageInputs('fp8');
    const a = selfHostOf(
      scenarioFromInputs(sixteen.inputs, catalog),
      sixteen.id,
    );
    const b = selfHostOf(scenarioFromInputs(fp8.inputs, catalog), fp8.id);
    expect(a.feasible && b.feasible).toBe(true);
    if (!a.feasible || !b.feasible) return;
    expect(b.memory.kvCacheTokensPerReplica).toBeGreaterThan(
      a.memory.kvCacheTokensPerReplica,
    );
    expect(b.cost.usdPerMonth).toBeLessThanOrEqual(a.cost.usdPerMonth);
  });
});

/** The page's scenario written as a CLI file, each KV choice as `kvCachePrecision` instead of bytes. */
function asScenarioFile(inputs: Parameters<typeof scenarioFromInputs>[0]) {
  const scenario = scenarioFromInputs(inputs, catalog);
  const file = JSON.parse(JSON.stringify(scenario)) as {
    selfHostOptions: Record<string, unknown>[];
  };
  file.selfHostOptions = file.selfHostOptions.map((o) => {
    const state = inputs.options.find((s) => s.id === o['id']);
    const rest = { ...o };
    delete rest['kvCacheBytesPerValue'];
    return state?.kind === 'self-host'
      ? { ...rest, kvCachePrecision: state.kvCachePrecision }
      : o;
  });
  return { scenario, file };
}

describe('the CLI and the page agree', () => {
  it('regression: an FP8 model on vLLM with no KV field gets the page’s FP8 cache, not 2 bytes', () => {
    const inputs = defaultInputs(catalog);
    const { file } = asScenarioFile(inputs);
    for (const o of file.selfHostOptions) delete o['kvCachePrecision'];
    const read = scenarioFromJson(file, 'test.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const page = scenarioFromInputs(inputs, catalog);
    expect(
      read.scenario.selfHostOptions.map((o) => o.kvCacheBytesPerValue),
    ).toEqual(page.selfHostOptions.map((o) => o.kvCacheBytesPerValue));
  });

  it('same option, same KV choice → same figures from a CLI file and from page state', () => {
    const { inputs, id } = pageInputs('fp8');
    const { scenario, file } = asScenarioFile(inputs);
    const read = scenarioFromJson(file, 'test.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario).toEqual(scenario);
    const page = selfHostOf(scenario, id);
    const cli = selfHostOf(read.scenario, id);
    expect(cli).toEqual(page);
  });

  it('for any page state, its file form is the page’s own scenario', () => {
    let compared = 0;
    fc.assert(
      fc.property(inputsArb(catalog), (inputs) => {
        const { scenario, file } = asScenarioFile(inputs);
        const read = scenarioFromJson(file, 'test.json');
        if (!read.ok) return; // an engine/hardware pair the CLI refuses on its own grounds
        compared++;
        expect(read.scenario.selfHostOptions).toEqual(scenario.selfHostOptions);
      }),
      { numRuns: 40 },
    );
    expect(compared).toBeGreaterThan(10);
  });

  it('a file refuses a precision the engine does not offer, and both a precision and bytes', () => {
    const { file } = asScenarioFile(pageInputs('fp8').inputs);
    const bad = structuredClone(file);
    const at = (f: typeof file) =>
      f.selfHostOptions.find((o) => o['id'] === 's9')!;
    at(bad)['kvCachePrecision'] = 'q4_0';
    const r1 = scenarioFromJson(bad, 'bad.json');
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error).toMatch(/cannot keep its KV cache in q4_0/);
    const both = structuredClone(file);
    at(both)['kvCacheBytesPerValue'] = 1;
    const r2 = scenarioFromJson(both, 'both.json');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toMatch(/not both/);
  });
});
