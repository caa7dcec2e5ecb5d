/**
 * Issue 12 items 1 and 2 (ADR-27): an option's engine settings on the page.
 * The KV-cache select offers only what the chosen engine can be set to, names
 * the engine's default and the flag; the batch cap shows the engine's default
 * and keeps "default" when the default is typed back.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SelfHostServingFields } from '../../../src/features/options/self-host-serving-fields';
import {
  selfHostOptionFrom,
  useCalculatorStore,
  type SelfHostOptionState,
} from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { handCheckedInputs, renderWithStore } from '../render-with-store';

const base = (engineId: string, quantId: string, hardwareId: string) =>
  selfHostOptionFrom(pageCatalog, {
    id: 's1',
    colorIndex: 2,
    openModelId: 'llama-3.1-8b-instruct',
    quantId,
    engineId,
    hardwareId,
    gpusPerReplica: 1,
    procurement: 'on-demand',
  });

let current: () => SelfHostOptionState = () => {
  throw new Error('not rendered');
};

function Fields() {
  const option = useCalculatorStore(
    (s) => s.inputs.options.find((o) => o.id === 's1') as SelfHostOptionState,
  );
  return <SelfHostServingFields option={option} />;
}

function renderFor(option: SelfHostOptionState) {
  const inputs = handCheckedInputs(pageCatalog);
  const view = renderWithStore(<Fields />, {
    inputs: { ...inputs, options: [option] },
  });
  current = () =>
    view.store
      .getState()
      .inputs.options.find((o) => o.id === 's1') as SelfHostOptionState;
  return view;
}

const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('Engine settings: KV cache', () => {
  it('vLLM with an FP8 checkpoint: default FP8, 16-bit offered, no ggml formats', () => {
    renderFor(base('vllm', 'fp8', 'h100-sxm-80gb'));
    const box = screen.getByRole('group', { name: 'Engine settings' });
    const select = within(box).getByRole('combobox', { name: 'KV cache' });
    expect(optionLabels(select)).toEqual(['Engine default (FP8)', '16-bit']);
  });

  it('llama.cpp offers Q8_0 and Q4_0; choosing one shows its flag and reaches the store', () => {
    renderFor(base('llama-cpp', 'gguf-q4-k-m', 'rtx-4090-24gb'));
    const select = screen.getByRole('combobox', { name: 'KV cache' });
    expect(optionLabels(select)).toEqual([
      'Engine default (16-bit)',
      'Q8_0 (8-bit)',
      'Q4_0 (4-bit)',
    ]);
    fireEvent.change(select, { target: { value: 'q8_0' } });
    expect(current().kvCachePrecision).toBe('q8_0');
    expect(screen.getByText(/-ctk q8_0 -ctv q8_0/)).toBeInTheDocument();
  });

  it('MLX says it offers no other precision', () => {
    renderFor(base('mlx', 'bf16', 'apple-m4-max-128gb'));
    const select = screen.getByRole('combobox', { name: 'KV cache' });
    expect(optionLabels(select)).toEqual(['Engine default (16-bit)']);
    expect(screen.getByText(/offers no other precision/)).toBeInTheDocument();
  });
});

describe('Engine settings: batch cap', () => {
  it('shows the engine’s default, sets a cap, and typing the default back clears it', () => {
    renderFor(base('vllm', 'bf16', 'l4-24gb'));
    const field = screen.getByLabelText(/Max concurrent sequences/);
    expect(field).toHaveValue('256');
    expect(screen.getByText(/--max-num-seqs/)).toBeInTheDocument();
    fireEvent.change(field, { target: { value: '32' } });
    fireEvent.blur(field);
    expect(current().maxConcurrentSequences).toBe(32);
    fireEvent.change(screen.getByLabelText(/Max concurrent sequences/), {
      target: { value: '256' },
    });
    fireEvent.blur(screen.getByLabelText(/Max concurrent sequences/));
    expect(current().maxConcurrentSequences).toBe(0);
  });

  it('“Use the default” puts the engine’s cap back', () => {
    renderFor({
      ...base('llama-cpp', 'gguf-q4-k-m', 'rtx-4090-24gb'),
      maxConcurrentSequences: 16,
    });
    expect(screen.getByLabelText(/Max concurrent sequences/)).toHaveValue('16');
    fireEvent.click(screen.getByRole('button', { name: 'Use the default' }));
    expect(current().maxConcurrentSequences).toBe(0);
    expect(screen.getByLabelText(/Max concurrent sequences/)).toHaveValue('4');
  });
});
