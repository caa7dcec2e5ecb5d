import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OptionsPanel } from '../../../src/features/options';
import { apiOptionFrom, defaultInputs } from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/** Issue 10 item 6 (ADR-24): a price the two price files disagree on is shown with both figures. */
describe('price conflicts beside the price', () => {
  it('shows LiteLLM’s and OpenRouter’s prices and whose is used, only where they disagree', () => {
    const base = defaultInputs(pageCatalog);
    renderWithStore(<OptionsPanel />, {
      inputs: {
        ...base,
        options: [
          apiOptionFrom('a1', 0, 'gpt-5-6-terra'),
          ...base.options.slice(1),
        ],
      },
    });
    fireEvent.click(
      screen.getByRole('button', { name: /^Edit GPT-5\.6 Terra/ }),
    );
    const note = screen.getByRole('note', { name: /Price files disagree/ });
    const c = pageCatalog.byId.apiModels['gpt-5-6-terra']!.priceConflict!;
    expect(note).toHaveTextContent(
      `LiteLLM $${c.litellm.usdPerMillionInputTokens} / $${c.litellm.usdPerMillionOutputTokens}`,
    );
    expect(note).toHaveTextContent(
      `OpenRouter $${c.openrouter.usdPerMillionInputTokens} / $${c.openrouter.usdPerMillionOutputTokens}`,
    );
    expect(note).toHaveTextContent(/using LiteLLM’s/);
    // The model the editor prices agrees with the chosen file.
    expect(screen.getByRole('textbox', { name: /Output price/ })).toHaveValue(
      String(c.litellm.usdPerMillionOutputTokens),
    );
  }, 20_000);

  it('says nothing for a model both files price alike', () => {
    renderWithStore(<OptionsPanel />, { inputs: defaultInputs(pageCatalog) });
    fireEvent.click(
      screen.getByRole('button', { name: /^Edit GPT-5\.4 mini/ }),
    );
    expect(
      screen.queryByRole('note', { name: /Price files disagree/ }),
    ).toBeNull();
  });
});
