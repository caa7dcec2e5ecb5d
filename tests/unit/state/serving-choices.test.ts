/**
 * The store keeps an option's engine settings valid (issue 12, ADR-27): a
 * KV precision the new engine or hardware cannot use goes back to the
 * default, a batch cap goes back to the new engine's default, and both reach
 * the engine's scenario.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  createCalculatorStore,
  defaultInputs,
  scenarioFromInputs,
  type SelfHostOptionState,
} from '../../../src/state';

function storeWithOption() {
  const store = createCalculatorStore(defaultInputs(catalog), catalog);
  const s = store
    .getState()
    .inputs.options.find((o) => o.kind === 'self-host')!;
  const option = () =>
    store
      .getState()
      .inputs.options.find((o) => o.id === s.id) as SelfHostOptionState;
  return {
    store,
    id: s.id,
    option,
    change: store.getState().actions.optionChanged,
  };
}

describe('serving choices in the store', () => {
  it('keeps a precision the engine offers and passes its bytes to the engine', () => {
    const { store, id, option, change } = storeWithOption();
    change(id, {
      engineId: 'vllm',
      quantId: 'bf16',
      hardwareId: 'h100-sxm-80gb',
    });
    change(id, { kvCachePrecision: 'fp8' });
    expect(option().kvCachePrecision).toBe('fp8');
    const scenario = scenarioFromInputs(store.getState().inputs, catalog);
    expect(
      scenario.selfHostOptions.find((o) => o.id === id)!.kvCacheBytesPerValue,
    ).toBe(1);
  });

  it('drops a precision the new engine cannot use, and the batch cap with the engine', () => {
    const { id, option, change } = storeWithOption();
    change(id, {
      engineId: 'vllm',
      quantId: 'bf16',
      hardwareId: 'h100-sxm-80gb',
    });
    change(id, { kvCachePrecision: 'fp8', maxConcurrentSequences: 64 });
    expect(option().maxConcurrentSequences).toBe(64);
    change(id, { engineId: 'llama-cpp', quantId: 'gguf-q4-k-m' });
    expect(option().kvCachePrecision).toBe('default');
    expect(option().maxConcurrentSequences).toBe(0);
  });

  it('refuses NVFP4 KV on a GPU without NVFP4 tensor cores', () => {
    const { id, option, change } = storeWithOption();
    change(id, {
      engineId: 'tensorrt-llm',
      quantId: 'fp8',
      hardwareId: 'h100-sxm-80gb',
    });
    change(id, { kvCachePrecision: 'nvfp4' });
    expect(option().kvCachePrecision).toBe('default');
  });

  it('clamps the batch cap to its bound; 0 means the engine default and sends nothing', () => {
    const { store, id, option, change } = storeWithOption();
    change(id, { maxConcurrentSequences: 1e9 });
    expect(option().maxConcurrentSequences).toBe(65536);
    change(id, { maxConcurrentSequences: 0 });
    const scenario = scenarioFromInputs(store.getState().inputs, catalog);
    expect(
      scenario.selfHostOptions.find((o) => o.id === id)!.maxConcurrentSequences,
    ).toBeUndefined();
    change(id, { maxConcurrentSequences: 12 });
    expect(
      scenarioFromInputs(store.getState().inputs, catalog).selfHostOptions.find(
        (o) => o.id === id,
      )!.maxConcurrentSequences,
    ).toBe(12);
  });
});
