/**
 * The pooled out-of-sample method (docs/methods.md §20.13,
 * scripts/fidelity-pooled.ts): directions, hand-checkable.
 */
import { describe, expect, it } from 'vitest';
import {
  kernelClassOf,
  pooledFactor,
  type PooledPoint,
} from '../../../scripts/fidelity-pooled';

const point = (
  sourceId: string,
  path: readonly string[],
  factor: number,
  kind: 'decode' | 'prefill' = 'decode',
): PooledPoint => ({ kind, sourceId, path, logFactor: Math.log(factor) });

const A100_VLLM = [
  'vllm · ampere',
  'vllm · ampere · datacenter-gpu',
  'vllm · ampere · datacenter-gpu · 16-bit',
];
const MI300X_VLLM = [
  'vllm · cdna3',
  'vllm · cdna3 · datacenter-gpu',
  'vllm · cdna3 · datacenter-gpu · fp8',
];
const A100_LCPP = [
  'llama-cpp · ampere',
  'llama-cpp · ampere · datacenter-gpu',
  'llama-cpp · ampere · datacenter-gpu · gguf-q4-0',
];

describe('pooled factors', () => {
  it('without training cases the prior stands (factor 1)', () => {
    expect(pooledFactor([], 'decode', A100_VLLM).factor).toBe(1);
  });

  it('one publication moves a group half-way from its parent (K = 1)', () => {
    // Three levels, each half-way toward the same log factor: 1 − 1/8 of the way.
    const f = pooledFactor(
      [point('a', A100_VLLM, 2)],
      'decode',
      A100_VLLM,
    ).factor;
    expect(Math.log(f)).toBeCloseTo(Math.log(2) * (1 - 1 / 8), 10);
  });

  it('more publications move it further toward the evidence', () => {
    const one = pooledFactor(
      [point('a', A100_VLLM, 2)],
      'decode',
      A100_VLLM,
    ).factor;
    const two = pooledFactor(
      [point('a', A100_VLLM, 2), point('b', A100_VLLM, 2)],
      'decode',
      A100_VLLM,
    ).factor;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(2);
  });

  it('never crosses an engine or a generation, nor the kind it was fitted on', () => {
    const others = [
      point('a', MI300X_VLLM, 0.5),
      point('b', A100_LCPP, 0.3),
      point('c', A100_VLLM, 0.4, 'prefill'),
    ];
    expect(pooledFactor(others, 'decode', A100_VLLM).factor).toBe(1);
  });

  it('GPTQ and AWQ share a kernel class; GGUF types keep their own', () => {
    expect(kernelClassOf('gptq-int4')).toBe(kernelClassOf('awq-int4'));
    expect(kernelClassOf('gguf-q4-0')).not.toBe(kernelClassOf('gguf-q8-0'));
    expect(kernelClassOf('bf16')).toBe('16-bit');
  });
});
