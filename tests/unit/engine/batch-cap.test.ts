/**
 * The engine's batch cap per option and per device (docs/methods.md §20.5,
 * ADR-20): `maxConcurrentSequences` on a self-hosted option replaces the
 * engine's default; the KV pool still limits it.
 */
import { describe, expect, it } from 'vitest';
import { catalog as realCatalog } from '../../../src/catalog';
import {
  batchCapFor,
  engineBatchCap,
  evaluateSelfHost,
  validateScenario,
} from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
} from '../../fixtures/scenario-builders';

const engine = (id: string) => realCatalog.byId.engines[id]!;
const device = (id: string) => realCatalog.byId.hardware[id]!;

describe("the engine's own batch cap on a device", () => {
  it('vLLM: 1,024 on ≥ 70 GiB GPUs other than the A100, else 256 (get_batch_defaults)', () => {
    const vllm = engine('vllm');
    expect(engineBatchCap(vllm, device('h100-sxm-80gb'))).toBe(1024);
    expect(engineBatchCap(vllm, device('mi300x-192gb'))).toBe(1024);
    expect(engineBatchCap(vllm, device('a100-sxm-80gb'))).toBe(256);
    expect(engineBatchCap(vllm, device('l40s-48gb'))).toBe(256);
  });

  it('an engine without a device rule keeps its one cap', () => {
    for (const id of ['llama-cpp', 'tensorrt-llm', 'sglang'])
      expect(engineBatchCap(engine(id), device('h100-sxm-80gb'))).toBe(
        engine(id).maxConcurrentSequences,
      );
  });

  it("an option's cap wins; a malformed one falls back to the engine's", () => {
    const vllm = engine('vllm');
    const h100 = device('h100-sxm-80gb');
    expect(batchCapFor(vllm, h100, 32)).toBe(32);
    expect(batchCapFor(vllm, h100, undefined)).toBe(1024);
    expect(batchCapFor(vllm, h100, 0)).toBe(1024);
    expect(batchCapFor(vllm, h100, 2.5)).toBe(1024);
  });
});

describe('a batch cap on a self-hosted option', () => {
  const perReplica = (cap?: number) => {
    const { result } = evaluateSelfHost(
      aWorkload(),
      aSelfHostOption(cap === undefined ? {} : { maxConcurrentSequences: cap }),
      catalog,
    );
    if (!result.feasible) throw new Error('expected feasible');
    return result;
  };

  it('a lower cap lowers the operating batch and what one replica carries', () => {
    const free = perReplica();
    const capped = perReplica(4);
    expect(capped.performance.operatingBatch).toBe(4);
    expect(free.performance.operatingBatch).toBeGreaterThan(4);
    expect(capped.requestsPerMonthPerReplica).toBeLessThan(
      free.requestsPerMonthPerReplica,
    );
    expect(capped.replicas).toBeGreaterThanOrEqual(free.replicas);
  });

  it('a cap above what the KV pool holds changes nothing: memory still limits the batch', () => {
    const free = perReplica();
    const kv = free.memory.maxConcurrentSequences;
    const above = perReplica(Math.min(65536, kv * 4));
    const atKv = perReplica(kv);
    expect(above.performance.operatingBatch).toBeLessThanOrEqual(kv);
    expect(above.requestsPerMonthPerReplica).toBeCloseTo(
      atKv.requestsPerMonthPerReplica,
      6,
    );
  });

  it('is validated: a whole number from 1 to 65,536', () => {
    for (const bad of [0, -1, 1.5, 70_000, Number.NaN]) {
      const problems = validateScenario(
        aScenario({
          selfHostOptions: [aSelfHostOption({ maxConcurrentSequences: bad })],
        }),
      );
      expect(problems).toContainEqual({
        path: 'selfHostOptions[0].maxConcurrentSequences',
        problem: 'batch-cap-not-a-positive-integer',
      });
    }
    expect(
      validateScenario(
        aScenario({
          selfHostOptions: [aSelfHostOption({ maxConcurrentSequences: 64 })],
        }),
      ).filter((p) => p.path.endsWith('maxConcurrentSequences')),
    ).toEqual([]);
  });
});
