import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OptionsPanel } from '../../../src/features/options';
import { apiOptionFrom, defaultInputs } from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/** The per-option rate-limit tier (issue 11 item 3; docs/methods.md §17.4): offered where the provider publishes a ladder. */
describe('rate-limit tier in the API option editor', () => {
  const withFirst = (apiModelId: string) => {
    const base = defaultInputs(pageCatalog);
    return {
      ...base,
      options: [apiOptionFrom('a1', 0, apiModelId), ...base.options.slice(1)],
    };
  };

  it('starts automatic (by spend); a picked tier goes to the store and the explanation', async () => {
    const { store } = renderWithStore(<OptionsPanel />, {
      inputs: withFirst('gpt-4o-mini'),
    });
    fireEvent.click(screen.getByRole('button', { name: /^Edit GPT-4o mini/ }));
    // The field loads with the editor (a lazy chunk).
    const select = await screen.findByRole('combobox', {
      name: 'Rate-limit tier',
    });
    expect(select).toHaveValue('');
    expect(
      within(select).getByRole('option', { name: 'Automatic (by spend)' }),
    ).toBeInTheDocument();
    expect(
      within(select).getAllByRole('option', { name: /^Tier \d/ }).length,
    ).toBeGreaterThan(1);
    const card = select.closest('li.option-card') as HTMLElement;
    expect(card).toHaveTextContent(
      /Rate limits at Tier \d, the tier .* reaches/,
    );
    fireEvent.change(select, { target: { value: 'Tier 3' } });
    const o = store.getState().inputs.options[0]!;
    expect(o.kind === 'api' && o.rateLimitTier).toBe('Tier 3');
    expect(card).toHaveTextContent(
      /Rate limits at Tier 3, the tier you picked/,
    );
    fireEvent.change(select, { target: { value: '' } });
    const back = store.getState().inputs.options[0]!;
    expect(back.kind === 'api' && back.rateLimitTier).toBeNull();
  }, 20_000);

  it('offers no tier for a model whose provider has no ladder in the catalog', async () => {
    renderWithStore(<OptionsPanel />, { inputs: withFirst('gpt-5-mini') });
    fireEvent.click(screen.getByRole('button', { name: /^Edit GPT-5 mini/ }));
    // Let the lazy field load, so its absence is the field's own decision.
    await act(async () => {
      await import('../../../src/features/options/rate-limit-tier-field');
    });
    expect(
      screen.queryByRole('combobox', { name: 'Rate-limit tier' }),
    ).toBeNull();
  }, 20_000);
});
