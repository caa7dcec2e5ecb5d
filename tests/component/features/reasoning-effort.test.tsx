import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OptionsPanel } from '../../../src/features/options';
import { apiOptionFrom, defaultInputs } from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/** The per-option reasoning effort (issue 11; docs/methods.md §17.1): offered where the catalog measured a choice of efforts. */
describe('reasoning effort in the API option editor', () => {
  const withFirst = (apiModelId: string) => {
    const base = defaultInputs(pageCatalog);
    return {
      ...base,
      options: [apiOptionFrom('a1', 0, apiModelId), ...base.options.slice(1)],
    };
  };

  it('starts at the provider’s default, and a chosen effort shows in the store and the explanation', () => {
    const { store } = renderWithStore(<OptionsPanel />, {
      inputs: withFirst('gpt-5-mini'),
    });
    fireEvent.click(screen.getByRole('button', { name: /^Edit GPT-5 mini/ }));
    const select = screen.getByRole('combobox', { name: 'Reasoning effort' });
    expect(select).toHaveValue('');
    expect(
      within(select).getByRole('option', {
        name: /^Provider default \(medium/,
      }),
    ).toBeInTheDocument();
    const card = select.closest('li.option-card') as HTMLElement;
    expect(card).toHaveTextContent(
      /at medium effort \(the provider’s default\)/,
    );
    fireEvent.change(select, { target: { value: 'high' } });
    const o = store.getState().inputs.options[0]!;
    expect(o.kind === 'api' && o.reasoningEffort).toBe('high');
    expect(card).toHaveTextContent(/at high effort \(your choice\)/);
  }, 20_000);

  it('offers no effort for a model without a choice of measured efforts', () => {
    renderWithStore(<OptionsPanel />, { inputs: withFirst('gpt-4o') });
    fireEvent.click(screen.getByRole('button', { name: /^Edit GPT-4o/ }));
    expect(
      screen.queryByRole('combobox', { name: 'Reasoning effort' }),
    ).toBeNull();
  }, 20_000);
});
