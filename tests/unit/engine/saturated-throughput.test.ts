/**
 * Saturated throughput, the figure that sets self-hosted cost per token
 * (docs/methods.md §6.1, §20.12; issue 12): directions an infrastructure lead
 * can check by hand — more memory admits more sequences, an FP8 cache about
 * twice as many as a 16-bit one, a bigger batch cap never lowers throughput,
 * throughput rises with the batch and then saturates, prompts chunked into
 * decode steps read the weights once, and a ring all-reduce over one xGMI link
 * slows a big batch on eight MI300X but not a single stream.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, type Hardware } from '../../../src/catalog';
import {
  decodeStepSeconds,
  estimateMemory,
  heldKvTokensPerSequence,
  kvBytesPerToken,
  loadAtBatchForTest as loadAtBatch,
  mixedStepSeconds,
  operatingPoint,
  replicaSpecFrom,
} from './engine-test-exports';

const model = catalog.byId.openModels['llama-3.3-70b-instruct']!;
const small = catalog.byId.openModels['llama-3.1-8b-instruct']!;
const fp8 = catalog.byId.quants['fp8']!;
const h100 = catalog.byId.hardware['h100-sxm-80gb']!;
const mi300x = catalog.byId.hardware['mi300x-192gb']!;
const vllm = catalog.byId.engines['vllm']!;
const llamaCpp = catalog.byId.engines['llama-cpp']!;
const runs = { numRuns: 60 };

function sequencesAdmitted(
  hardware: Hardware,
  kvBytesPerValue: number,
  input: number,
  output: number,
): number {
  return estimateMemory(
    small,
    fp8,
    hardware,
    vllm,
    1,
    kvBytesPerValue,
    input + output,
    heldKvTokensPerSequence(vllm, input, output),
  ).maxConcurrentSequences;
}

function spec(
  hardware: Hardware,
  gpus: number,
  input: number,
  output: number,
  m = model,
) {
  return replicaSpecFrom(
    m,
    fp8,
    hardware,
    vllm,
    gpus,
    kvBytesPerToken(m, 1, input + output),
  );
}

describe('the batch memory admits', () => {
  it('more device memory admits at least as many sequences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 24, max: 200 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 1, max: 2000 }),
        (gib, more, input, output) => {
          const lo = { ...h100, memoryGb: gib };
          const hi = { ...h100, memoryGb: gib + more };
          expect(
            sequencesAdmitted(hi, 2, input, output),
          ).toBeGreaterThanOrEqual(sequencesAdmitted(lo, 2, input, output));
        },
      ),
      runs,
    );
  });

  it('an FP8 KV cache admits about twice the sequences of a 16-bit one', () => {
    const fp16 = sequencesAdmitted(h100, 2, 2000, 500);
    const fp8Kv = sequencesAdmitted(h100, 1, 2000, 500);
    expect(fp16).toBeGreaterThan(10);
    expect(fp8Kv / fp16).toBeGreaterThan(1.9);
    expect(fp8Kv / fp16).toBeLessThan(2.1);
  });
});

describe('throughput against the batch', () => {
  it('never falls as the batch grows, for chunked and slot engines', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 1, max: 1024 }),
        fc.integer({ min: 1, max: 1024 }),
        fc.integer({ min: 0, max: 16_000 }),
        fc.integer({ min: 1, max: 4000 }),
        (slots, b1, b2, input, output) => {
          const r = replicaSpecFrom(
            model,
            fp8,
            h100,
            slots ? llamaCpp : vllm,
            2,
            kvBytesPerToken(model, 1, input + output),
          );
          const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
          const a = loadAtBatch(r, lo, input, output).requestsPerSecond;
          const b = loadAtBatch(r, hi, input, output).requestsPerSecond;
          expect(b).toBeGreaterThanOrEqual(a * (1 - 1e-9));
        },
      ),
      runs,
    );
  });

  it('rises steeply at small batches and saturates at large ones', () => {
    const r = spec(h100, 2, 1000, 300);
    const rps = (b: number) => loadAtBatch(r, b, 1000, 300).requestsPerSecond;
    // Memory-bound: eight sequences share one read of the weights.
    expect(rps(8) / rps(1)).toBeGreaterThan(4);
    // Compute- and KV-bound: doubling a large batch adds little.
    expect(rps(2048) / rps(1024)).toBeLessThan(1.25);
  });

  it('a bigger batch cap never lowers the operating throughput', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.option(fc.integer({ min: 5, max: 200 }), { nil: null }),
        (c1, c2, input, output, minTokensPerSecond) => {
          const r = spec(h100, 2, input, output);
          const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
          const target =
            minTokensPerSecond === null ? null : 1 / minTokensPerSecond;
          const a = operatingPoint(r, lo, input, output, target);
          const b = operatingPoint(r, hi, input, output, target);
          expect(b.kind).toBe(a.kind);
          if (a.kind !== 'ok' || b.kind !== 'ok') return;
          expect(b.performance.replicaRequestsPerSecond).toBeGreaterThanOrEqual(
            a.performance.replicaRequestsPerSecond * (1 - 1e-9),
          );
        },
      ),
      runs,
    );
  });
});

describe('chunked prefill (continuous batching)', () => {
  it('a chunk of prompt tokens costs less inside a decode step than prefilled apart', () => {
    const r = spec(h100, 1, 500, 200, small);
    const decode = decodeStepSeconds(r, 32, 600);
    const withChunk = mixedStepSeconds(r, 32, 600, 500, 500, 500);
    expect(withChunk).toBeGreaterThan(decode);
    // The prompt's compute is added, its weight read is not: cheaper than
    // the decode step plus a separate pass over the same 500 prompt tokens.
    const prefillPass = mixedStepSeconds(r, 0, 0, 500, 500, 500);
    expect(withChunk).toBeLessThan(decode + prefillPass);
  });

  it('a longer prompt lowers requests per second; a cached prefix raises it', () => {
    const r = spec(h100, 2, 8000, 300);
    const at = (input: number, cached = 0) =>
      loadAtBatch(r, 64, input, 300, cached).requestsPerSecond;
    expect(at(8000)).toBeLessThan(at(2000));
    expect(at(8000, 4000)).toBeGreaterThan(at(8000));
  });
});

describe('tensor-parallel all-reduce on a mesh (docs/methods.md §20.12)', () => {
  const big = catalog.byId.openModels['llama-3.1-405b-instruct']!;
  // The same device with its seven links' aggregate for the all-reduce.
  const meshless: Hardware = {
    ...mi300x,
    ringAllReduceGbPerSecond: mi300x.interconnectGbPerSecond,
  };
  const step = (h: Hardware, batch: number) =>
    decodeStepSeconds(spec(h, 8, 128, 2048, big), batch, 1152);

  it('is the catalog fact for MI300X: one xGMI link, below the seven-link aggregate', () => {
    expect(mi300x.ringAllReduceGbPerSecond).toBeLessThan(
      mi300x.interconnectGbPerSecond,
    );
  });

  it('slows a large batch on eight MI300X but leaves a single stream alone', () => {
    expect(step(mi300x, 256) / step(meshless, 256)).toBeGreaterThan(1.5);
    expect(step(mi300x, 1) / step(meshless, 1)).toBeLessThan(1.02);
  });
});

describe('attention FLOPs of a decode step', () => {
  it('MLA decodes in the absorbed form: more FLOPs per context token than its head dimension implies, for little KV', () => {
    const r1 = catalog.byId.openModels['deepseek-r1-0528']!;
    const r = spec(h100, 8, 1000, 1000, r1);
    const headDimForm = 4 * r1.layers * r1.attentionHeads * r1.headDim;
    expect(r.decodeAttentionFlopsPerContextToken).toBeGreaterThan(
      2 * headDimForm,
    );
    // A GQA model keeps the head-dimension form.
    const g = spec(h100, 2, 1000, 1000);
    expect(g.decodeAttentionFlopsPerContextToken).toBe(
      4 * model.layers * model.attentionHeads * model.headDim,
    );
  });
});
