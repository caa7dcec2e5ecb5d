/**
 * Issue 11 item 4 (docs/methods.md §18.1): the per-option prefix cache on the
 * page — as the engine ships, or switched on or off where the engine has a
 * switch; the choice goes to the store (and so the link and the engine).
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrefixCacheField } from '../../../src/features/options/prefix-cache-field';
import {
  selfHostOptionFrom,
  useCalculatorStore,
  type SelfHostOptionState,
} from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { handCheckedInputs, renderWithStore } from '../render-with-store';

const option = (engineId: string, quantId: string, hardwareId: string) =>
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

function Field() {
  const o = useCalculatorStore(
    (s) => s.inputs.options.find((x) => x.id === 's1') as SelfHostOptionState,
  );
  return <PrefixCacheField option={o} />;
}

function renderFor(o: SelfHostOptionState) {
  const view = renderWithStore(<Field />, {
    inputs: { ...handCheckedInputs(pageCatalog), options: [o] },
  });
  return () =>
    view.store
      .getState()
      .inputs.options.find((x) => x.id === 's1') as SelfHostOptionState;
}

describe('Prefix cache', () => {
  it('starts at the engine default; Off and back to the default go to the store', () => {
    const current = renderFor(option('vllm', 'fp8', 'h100-sxm-80gb'));
    const select = screen.getByRole('combobox', { name: 'Prefix cache' });
    expect(select).toHaveValue('default');
    expect(
      within(select).getByRole('option', { name: 'Engine default (on)' }),
    ).toBeInTheDocument();
    fireEvent.change(select, { target: { value: 'off' } });
    expect(current().prefixCaching).toBe(false);
    expect(
      screen.getByText(/Every prompt is prefilled in full/),
    ).toBeInTheDocument();
    fireEvent.change(select, { target: { value: 'default' } });
    expect(current().prefixCaching ?? null).toBeNull();
  });

  it('offers no switch for an engine whose cache is always on', () => {
    renderFor(option('ollama', 'gguf-q8-0', 'rtx-4090-24gb'));
    const select = screen.getByRole('combobox', { name: 'Prefix cache' });
    expect(within(select).getAllByRole('option')).toHaveLength(1);
  });
});
