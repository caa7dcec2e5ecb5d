import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { pageCatalog as catalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

describe('the calculator page', () => {
  it('shows a verdict, the workload, the chart and the options for the default chatbot', async () => {
    renderWithStore(<App catalog={catalog} />);
    expect(
      screen.getByRole('heading', { name: 'Recommendation' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Workload' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Monthly cost comparison' }),
    ).toBeInTheDocument();
    // The options panel is its own chunk (lazy), so it arrives a tick later.
    expect(
      await screen.findByRole(
        'region',
        { name: 'Options' },
        { timeout: 25_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Use the API for now.')).toBeInTheDocument();
    expect(
      screen.getByRole('slider', { name: 'Monthly tokens' }),
    ).toHaveAccessibleDescription(/log scale/);
    // The first lazy import of the options chunk transforms it cold; under
    // coverage on a loaded machine that took over 15 s (CI run on 6015602),
    // so the test allows the find its own 25 s and some.
  }, 40_000);

  it('moves the monthly-token slider and the numbers follow', () => {
    renderWithStore(<App catalog={catalog} />);
    const slider = screen.getByRole('slider', { name: 'Monthly tokens' });
    const detail = screen.getByTestId('verdict-detail');
    const before = detail.textContent;
    expect(before).toContain('50M tokens/month');
    fireEvent.change(slider, { target: { value: '600' } });
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/tokens\/month/),
    );
    expect(detail.textContent).not.toBe(before);
    expect(
      screen.getByRole('textbox', { name: /Monthly tokens/ }),
    ).not.toHaveValue('50000000');
  });

  it('turns into a self-hosting verdict at very high volume against a frontier API', async () => {
    renderWithStore(<App catalog={catalog} />);
    const options = await screen.findByRole(
      'region',
      { name: 'Options' },
      { timeout: 10_000 },
    );
    fireEvent.click(
      within(options).getByRole('button', { name: /^Remove GPT-4o mini/ }),
    );
    fireEvent.change(screen.getByRole('slider', { name: 'Monthly tokens' }), {
      target: { value: '700' },
    });
    // Issue 10: the same model from a serverless host stays cheaper than
    // self-hosting it at any volume of the chatbot scenario.
    expect(screen.getByText('Use the API for now.')).toBeInTheDocument();
    expect(screen.getByTestId('verdict-detail')).toHaveTextContent(
      /\(the same model, hosted\) costs/,
    );
    // Against the frontier API alone, self-hosting wins.
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Compare with the same models, hosted',
      }),
    );
    expect(screen.getByText('Self-host.')).toBeInTheDocument();
  });

  it('accepts a typed volume and keeps requests per month consistent', () => {
    renderWithStore(<App catalog={catalog} />);
    const typed = screen.getByRole('textbox', { name: /Monthly tokens/ });
    fireEvent.change(typed, { target: { value: '2000000000' } });
    fireEvent.blur(typed);
    expect(
      screen.getByRole('textbox', { name: /Requests per month/ }),
    ).toHaveValue('2000000');
    expect(screen.getByTestId('verdict-detail').textContent).toContain(
      '2B tokens/month',
    );
  });

  it('rejects a non-number without losing the last good value', () => {
    renderWithStore(<App catalog={catalog} />);
    const typed = screen.getByRole('textbox', { name: /Monthly tokens/ });
    fireEvent.change(typed, { target: { value: 'lots' } });
    fireEvent.blur(typed);
    expect(screen.getByText(/Enter a number between/)).toBeInTheDocument();
    expect(screen.getByTestId('verdict-detail').textContent).toContain(
      '50M tokens/month',
    );
  });

  it('gives the chart a table equivalent with every option', async () => {
    renderWithStore(<App catalog={catalog} />);
    const panel = screen.getByRole('region', {
      name: 'Monthly cost comparison',
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Table' }));
    // The table's exact costs are an analysis answered after the results (ADR-28).
    const table = await within(panel).findByRole('table');
    // Issue 10: the five options and the two hosts of their models (70B, 8B).
    expect(within(table).getAllByRole('columnheader')).toHaveLength(1 + 5 + 2);
    expect(
      within(table).getByRole('rowheader', { name: /50M \(yours\)/ }),
    ).toBeInTheDocument();
  });

  it('adds and removes options', async () => {
    renderWithStore(<App catalog={catalog} />);
    const panel = await screen.findByRole(
      'region',
      { name: 'Options' },
      { timeout: 25_000 },
    );
    const count = () =>
      within(panel).getAllByRole('button', { name: /^Remove / }).length;
    expect(count()).toBe(5);
    // Issue 14 item 7: the button opens the picker; a model is added from it.
    fireEvent.click(
      within(panel).getByRole('button', { name: 'Add API model' }),
    );
    const picker = await screen.findByRole(
      'dialog',
      { name: 'Add an API model' },
      { timeout: 10_000 },
    );
    fireEvent.click(
      (
        await within(picker).findAllByRole(
          'button',
          { name: /^Add / },
          { timeout: 10_000 },
        )
      )[0]!,
    );
    expect(count()).toBe(6);
    fireEvent.click(
      within(panel).getAllByRole('button', { name: /^Remove / })[0]!,
    );
    expect(count()).toBe(5);
  }, 60_000);
});
