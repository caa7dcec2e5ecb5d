/**
 * ηf is catalog data (the engine's `decodeComputeEfficiency`, docs/methods.md
 * §5.2, §20.13): it binds only where a decode step is compute-bound.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  decodeStepSeconds,
  kvBytesPerToken,
  replicaSpecFrom,
} from '../../../src/engine';

const model = catalog.byId.openModels['llama-3.1-8b-instruct']!;
const quant = catalog.byId.quants['bf16']!;
const hardware = catalog.byId.hardware['h100-sxm-80gb']!;
const vllm = catalog.byId.engines['vllm']!;
const spec = (decodeComputeEfficiency: number) =>
  replicaSpecFrom(
    model,
    quant,
    hardware,
    { ...vllm, decodeComputeEfficiency },
    1,
    kvBytesPerToken(model, 2, 2048),
  );

describe('decode compute efficiency (ηf) from the catalog', () => {
  it('every engine states it, as a share', () => {
    for (const e of catalog.engines) {
      expect(e.decodeComputeEfficiency).toBeGreaterThan(0);
      expect(e.decodeComputeEfficiency).toBeLessThanOrEqual(1);
    }
  });

  it('a lower ηf slows a large, compute-bound batch', () => {
    expect(decodeStepSeconds(spec(0.25), 1024, 1000)).toBeGreaterThan(
      decodeStepSeconds(spec(0.5), 1024, 1000),
    );
  });

  it('and leaves a single stream, bound by memory, as it was', () => {
    expect(decodeStepSeconds(spec(0.25), 1, 1000)).toBe(
      decodeStepSeconds(spec(0.5), 1, 1000),
    );
  });
});
