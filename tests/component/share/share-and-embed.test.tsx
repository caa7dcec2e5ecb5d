import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CATALOG_VERSION } from '../../../src/catalog';
import { pageCatalog as catalog } from '../../fixtures/page-catalog';
import { EmbedControls } from '../../../src/app/embed-app';
import { LinkNotice } from '../../../src/features/share-and-embed';
import { ShareDialog } from '../../../src/features/share-and-embed/share-dialog';
import { decodeLink } from '../../../src/url';
import { renderWithStore } from '../render-with-store';

const BASE = 'https://example.org/crossover/';

describe('LinkNotice', () => {
  it('lists what was ignored as plain text, and can be dismissed', async () => {
    const { issues } = decodeLink(
      '?v=1&tpm=lots&%3Cimg%20src%3Dx%3E=1&o=a1,zz',
      { catalog },
    );
    const onDismiss = vi.fn();
    const { container } = render(
      <LinkNotice issues={issues} onDismiss={onDismiss} />,
    );
    const notice = screen.getByRole('status');
    expect(
      within(notice).getByText(
        /Part of this link could not be used \(3 fields\)/,
      ),
    ).toBeInTheDocument();
    expect(within(notice).getAllByRole('listitem')).toHaveLength(3);
    expect(notice).toHaveTextContent('Unknown key “<img src=x>” ignored.');
    expect(container.querySelector('img')).toBeNull();
    await userEvent.click(
      within(notice).getByRole('button', { name: 'Dismiss' }),
    );
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('words a link from an older catalog as a note', () => {
    const { issues } = decodeLink('?v=1&cat=2025-01-01', { catalog });
    render(<LinkNotice issues={issues} onDismiss={() => {}} />);
    expect(
      screen.getByText('Prices changed since this link was made'),
    ).toBeInTheDocument();
  });

  it('renders nothing for a clean link', () => {
    const { container } = render(
      <LinkNotice issues={[]} onDismiss={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ShareDialog', () => {
  const setup = (props: Partial<Parameters<typeof ShareDialog>[0]> = {}) => {
    const onNameChange = vi.fn();
    const inputs = decodeLink('?v=2&tpm=300M', { catalog }).inputs;
    renderWithStore(
      <ShareDialog
        baseUrl={BASE}
        name={null}
        onNameChange={onNameChange}
        importedPricesLabel={null}
        {...props}
      />,
      { inputs },
    );
    return { onNameChange };
  };

  it('shows the link of the current scenario and names it', async () => {
    const { onNameChange } = setup({ name: 'Plan' });
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveValue(
      `${BASE}?v=2&cat=${CATALOG_VERSION}&n=Plan&tpm=300M`,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'X');
    expect(onNameChange).toHaveBeenLastCalledWith('PlanX');
  });

  it('builds the embed snippet from the choices', async () => {
    setup();
    const code = () =>
      (
        screen.getByRole('textbox', {
          name: 'Code to paste',
        }) as HTMLTextAreaElement
      ).value;
    expect(code()).toContain('embed=1');
    expect(code()).toContain('loading="lazy"');
    expect(code()).toContain(`cat=${CATALOG_VERSION}`);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cost chart' }));
    expect(code()).toContain('panels=verdict,sliders');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Use case' }));
    expect(code()).toContain('lock=uc');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Theme' }),
      'dark',
    );
    expect(code()).toContain('theme=dark');
    await userEvent.click(screen.getByRole('radio', { name: /Live/ }));
    expect(code()).not.toContain('cat=');
    await userEvent.type(
      screen.getByRole('textbox', { name: /Your site’s origin/ }),
      'https://docs.example.org',
    );
    expect(code()).toContain('parentOrigin=https:%2F%2Fdocs.example.org');
    await userEvent.click(
      screen.getByRole('checkbox', { name: /Resize the frame/ }),
    );
    expect(code()).not.toContain('<script>');
  });

  it('flags an origin that is not one', async () => {
    setup();
    const field = screen.getByRole('textbox', { name: /Your site’s origin/ });
    await userEvent.type(field, 'https://docs.example.org/path');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(
      (
        screen.getByRole('textbox', {
          name: 'Code to paste',
        }) as HTMLTextAreaElement
      ).value,
    ).not.toContain('parentOrigin');
  });

  it('warns that imported prices do not travel with the link', () => {
    setup({ importedPricesLabel: 'LiteLLM file of 2026-07-24' });
    expect(
      screen.getByText(/The link\s+does not carry them/),
    ).toBeInTheDocument();
  });
});

describe('EmbedControls', () => {
  it('moves the volume through the store', () => {
    const { store } = renderWithStore(<EmbedControls locked={[]} />);
    const slider = screen.getByRole('slider', { name: 'Monthly tokens' });
    fireEvent.change(slider, { target: { value: '500' } });
    expect(store.getState().inputs.workload.tokensPerMonth).toBeGreaterThan(
      1e9,
    );
  });

  it('shows locked inputs as fixed values, not controls', () => {
    renderWithStore(<EmbedControls locked={['tpm', 'uc']} />);
    expect(screen.queryByRole('slider', { name: 'Monthly tokens' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Use case' })).toBeNull();
    expect(screen.getByText('50M tokens/month')).toBeInTheDocument();
    expect(
      screen.getByRole('slider', { name: 'Input : output' }),
    ).toBeEnabled();
  });
});
