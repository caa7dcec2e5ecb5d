/**
 * Issue 11 item 7: owned hardware on the page. The option's editor shows the
 * terms "How is this computed?" quotes, and editing them changes the option
 * (and so its cost); people per GPU and on-call are editable too.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RunningCostsEditor } from '../../../src/features/options/running-costs-editor';
import {
  selfHostOptionFrom,
  useCalculatorStore,
  type SelfHostOptionState,
} from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { handCheckedInputs, renderWithStore } from '../render-with-store';

const owned = selfHostOptionFrom(pageCatalog, {
  id: 's1',
  colorIndex: 2,
  openModelId: 'llama-3.3-70b-instruct',
  quantId: 'fp8',
  engineId: 'vllm',
  hardwareId: 'h100-sxm-80gb',
  gpusPerReplica: 2,
  procurement: 'owned',
});

/** The editor for the store's own s1, so a change re-renders it. */
function Editor() {
  const option = useCalculatorStore(
    (s) => s.inputs.options.find((o) => o.id === 's1') as SelfHostOptionState,
  );
  return <RunningCostsEditor option={option} />;
}

function renderOwned(option: SelfHostOptionState = owned) {
  const base = handCheckedInputs(pageCatalog);
  return renderWithStore(<Editor />, {
    inputs: { ...base, options: [option] },
  });
}

describe('People and ownership', () => {
  it('shows every owned-hardware term at the catalog default', () => {
    renderOwned();
    const box = screen.getByRole('group', { name: 'People and ownership' });
    expect(within(box).getByLabelText(/Amortisation/)).toHaveValue('36');
    expect(within(box).getByLabelText(/Resale value/)).toHaveValue('20');
    expect(within(box).getByLabelText(/Cost of capital/)).toHaveValue('8');
    expect(within(box).getByLabelText(/Electricity/)).toHaveValue('0.12');
    expect(within(box).getByRole('textbox', { name: /PUE/ })).toHaveValue(
      '1.4',
    );
    expect(within(box).getByLabelText(/Colocation rent/)).toHaveValue('200');
    expect(within(box).getByRole('textbox', { name: /On-call/ })).toHaveValue(
      '0.32',
    );
  });

  it('your own premises drops the colocation rent', () => {
    renderOwned();
    fireEvent.change(screen.getByLabelText(/Where it runs/), {
      target: { value: 'own' },
    });
    expect(screen.queryByLabelText(/Colocation rent/)).toBeNull();
  });

  it('a rented option shows the people fields only', () => {
    renderOwned({ ...owned, procurement: 'on-demand' });
    expect(
      // By role: the label holds the FTE term's button (issue 14 item 8).
      screen.getByRole('textbox', { name: /Operations time per 100 GPUs/ }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/Amortisation/)).toBeNull();
  });
});
