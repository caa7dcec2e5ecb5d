/**
 * llama.cpp's quantised prompt kernels (docs/methods.md §20.14): for GGUF
 * block quants on NVIDIA generations the prompt's matmuls run MMQ (int8
 * mma.sync tiles fed by the SM's scalar pipelines), so their ceiling is a
 * multiple of the FP32 CUDA-core rate capped at the INT8 tensor rate, not
 * the FP16 tensor peak the catalog lists for the quant's compute dtype.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  kvBytesPerToken,
  peakFlopsPerSecond,
  prefillSeconds,
  replicaSpecFrom,
} from '../../../src/engine';

const model = catalog.byId.openModels['llama-3.1-8b-instruct']!;
const kv = kvBytesPerToken(model, 2, 2048);
const spec = (quantId: string, hardwareId: string, engineId: string) =>
  replicaSpecFrom(
    model,
    catalog.byId.quants[quantId]!,
    catalog.byId.hardware[hardwareId]!,
    catalog.byId.engines[engineId]!,
    1,
    kv,
  );
const PROMPT = 2048;
const promptTokensPerSecond = (r: ReturnType<typeof spec>) =>
  PROMPT / prefillSeconds(r, PROMPT, PROMPT);

describe('llama.cpp quantised prompt kernels (§20.14)', () => {
  it('llama.cpp and Ollama state the kernel ceiling with a source', () => {
    for (const id of ['llama-cpp', 'ollama']) {
      const k = catalog.byId.engines[id]!.quantisedPromptPeak;
      expect(k?.source.length).toBeGreaterThan(0);
      expect(k?.generations).toContain('ada');
    }
  });

  it('a Q4 prompt on an RTX 4090 is faster than its FP32-accumulate FP16 roofline alone would allow', () => {
    const r = spec('gguf-q4-k-m', 'rtx-4090-24gb', 'llama-cpp');
    const hardware = catalog.byId.hardware['rtx-4090-24gb']!;
    // The catalog's 165 TFLOPS is GeForce Ada's FP16 rate with FP32 accumulate.
    const fp16Bound = {
      ...r,
      prefillPeakFlopsPerSecond: peakFlopsPerSecond(hardware, 'fp16'),
    };
    expect(promptTokensPerSecond(r)).toBeGreaterThan(
      promptTokensPerSecond(fp16Bound),
    );
  });

  it('on an H100, a llama.cpp Q4 prompt is slower than vLLM on 16-bit weights', () => {
    expect(
      promptTokensPerSecond(spec('gguf-q4-k-m', 'h100-sxm-80gb', 'llama-cpp')),
    ).toBeLessThan(
      promptTokensPerSecond(spec('bf16', 'h100-sxm-80gb', 'vllm')),
    );
  });

  it('16-bit weights on llama.cpp and Apple GPUs keep the dtype peak', () => {
    const h100 = catalog.byId.hardware['h100-sxm-80gb']!;
    expect(
      spec('bf16', 'h100-sxm-80gb', 'llama-cpp').prefillPeakFlopsPerSecond,
    ).toBe(peakFlopsPerSecond(h100, 'bf16'));
    const apple = catalog.hardware.find(
      (h) => h.generation === 'apple-m' && h.denseTflops.fp32 !== undefined,
    );
    if (apple) {
      const r = spec('gguf-q4-k-m', apple.id, 'llama-cpp');
      expect(r.prefillPeakFlopsPerSecond).toBe(r.peakFlopsPerSecond);
    }
  });

  it('the ceiling never exceeds the INT8 (or FP8, else FP16) tensor rate, nor the kernel multiple of the FP32 rate', () => {
    const k = catalog.byId.engines['llama-cpp']!.quantisedPromptPeak!;
    for (const h of catalog.hardware) {
      if (!h.generation || !k.generations.includes(h.generation)) continue;
      const t = h.denseTflops;
      const peak = spec(
        'gguf-q4-k-m',
        h.id,
        'llama-cpp',
      ).prefillPeakFlopsPerSecond;
      expect(peak).toBeLessThanOrEqual((t.int8 ?? t.fp8 ?? t.fp16) * 1e12);
      if (t.fp32 !== undefined)
        expect(peak).toBeLessThanOrEqual(
          k.fp32Multiple * t.fp32 * 1e12 * (1 + 1e-12),
        );
    }
  });

  it('a faster FP32 rate raises a GGUF prompt on the same generation, other things equal', () => {
    const h = catalog.byId.hardware['rtx-4090-24gb']!;
    const engine = catalog.byId.engines['llama-cpp']!;
    const quant = catalog.byId.quants['gguf-q4-k-m']!;
    const at = (fp32: number) =>
      replicaSpecFrom(
        model,
        quant,
        { ...h, denseTflops: { ...h.denseTflops, fp32 } },
        engine,
        1,
        kv,
      ).prefillPeakFlopsPerSecond;
    expect(at(60)).toBeLessThan(at(82.6));
  });
});
