import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrivacyPanel } from '../../../src/features/privacy-checklist';
import { type ApiOptionState } from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { handCheckedInputs, renderWithStore } from '../render-with-store';

/** Issue 10 item 3: EU residency per deployment, shown and applied per option. */
function withApiModels(apiModelIds: readonly string[]) {
  const base = handCheckedInputs(pageCatalog);
  const extra: ApiOptionState[] = apiModelIds.map((apiModelId, i) => ({
    kind: 'api',
    id: `eu-test-${i}`,
    colorIndex: base.options.length + i,
    apiModelId,
    useBatch: false,
    customInputUsdPerMillion: null,
    customOutputUsdPerMillion: null,
  }));
  return { ...base, options: [...base.options, ...extra] };
}

describe('Privacy: EU residency per deployment', () => {
  it('under the GDPR item, Azure Global and OpenAI’s global API are excluded; the EU Data Zone and the EU project pass', () => {
    renderWithStore(<PrivacyPanel />, {
      inputs: withApiModels([
        'azure-gpt-5-5',
        'azure-gpt-5-5-eu',
        'gpt-4o-mini-eu',
      ]),
    });
    fireEvent.click(
      screen.getByRole('checkbox', { name: /EU data residency/ }),
    );
    const effect = (name: RegExp) =>
      screen.getByText(name, { selector: 'strong' }).closest('li');
    expect(effect(/GPT-5\.5 \(Azure OpenAI, Global\)/)).toHaveTextContent(
      /excluded by EU data residency/,
    );
    expect(effect(/^GPT-4o mini$/)).toHaveTextContent(
      /excluded by EU data residency/,
    );
    expect(
      screen.queryByText(/EU Data Zone/, { selector: 'strong' }),
    ).toBeNull();
    expect(
      screen.queryByText(/EU data residency project/, { selector: 'strong' }),
    ).toBeNull();
  });

  it('the provider table says residency is per deployment and names each compared deployment’s region', () => {
    renderWithStore(<PrivacyPanel />, {
      inputs: withApiModels(['azure-gpt-5-5', 'azure-gpt-5-5-eu']),
    });
    const table = screen.getByRole('table', {
      name: /API provider privacy options/,
    });
    const azure = within(table)
      .getByRole('rowheader', { name: /^Azure OpenAI/ })
      .closest('tr');
    if (!azure) throw new Error('no Azure row');
    expect(azure).toHaveTextContent(/Per deployment only/);
    expect(azure).toHaveTextContent(
      /GPT-5\.5 \(Azure OpenAI, Global\): global, routed anywhere — not EU/,
    );
    expect(azure).toHaveTextContent(
      /GPT-5\.5 \(Azure OpenAI, EU Data Zone\): EU — passes/,
    );
    const mistral = within(table).queryByRole('rowheader', {
      name: /^Mistral/,
    });
    if (mistral)
      expect(mistral.closest('tr')).not.toHaveTextContent(/Per deployment/);
  });
});
