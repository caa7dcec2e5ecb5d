import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../../src/catalog';
import { CostChartPanel } from '../../../src/features/cost-chart';
import { OptionsPanel } from '../../../src/features/options';
import { AdvancedWorkload } from '../../../src/features/workload-inputs/advanced-workload';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/**
 * The page catalog plus one host far cheaper than any real one, serving the
 * default 70B option's model in BF16 (the option runs FP8): whatever hosts
 * the catalog lists, this one is the cheapest, so it is the comparator.
 */
function withTestHost(base: Catalog): Catalog {
  const provider = base.providers.find((p) => p.id === 'openai')!;
  const model = base.apiModels.find((m) => m.id === 'gpt-4o-mini')!;
  return loadCatalog({
    ...base,
    providers: [
      ...base.providers,
      {
        ...provider,
        id: 'test-host',
        name: 'Test Host',
        kind: 'inference-host',
        featuredOrder: null,
        alwaysInPrivacyTable: false,
        priceFileProviders: [],
      },
    ],
    apiModels: [
      ...base.apiModels,
      {
        id: 'test-host-llama-3.3-70b',
        name: 'Llama 3.3 70B (test)',
        providerId: 'test-host',
        openModelId: 'llama-3.3-70b-instruct',
        servedQuantId: 'bf16',
        mode: 'chat',
        qualityTier: model.qualityTier,
        usdPerMillionInputTokens: 0.01,
        usdPerMillionOutputTokens: 0.02,
        reasoning: false,
        contextWindowTokens: 128_000,
        source: 'test fixture',
        asOf: '2026-12-01',
      },
    ],
  });
}

const catalog = withTestHost(pageCatalog);
const render = (ui: ReactElement) => renderWithStore(ui, { catalog });

describe('The same model, hosted', () => {
  it('shows the hosted prices beside a self-hosted option whose model a host serves, with the precision difference', () => {
    render(<OptionsPanel />);
    const note = screen.getByRole('note', {
      name: /^The same model as Llama 3\.3 70B/,
    });
    expect(note).toHaveTextContent(
      /^Same model, hosted: Test Host \$[\d.,]+\/month \(serves BF16[^;]*; this option runs FP8[^)]*\)\), /,
    );
    expect(note).toHaveTextContent(
      /Against Test Host, the cheapest allowed host:/,
    );
  });

  it('lists the cheapest host as a comparator row, drawn in the chart and its table', async () => {
    render(
      <>
        <OptionsPanel />
        <CostChartPanel />
      </>,
    );
    const options = screen.getByRole('region', { name: 'Options' });
    expect(
      within(options).getByText(
        /^Added for comparison: the same model as Llama 3\.3 70B.* on 2× .*H100.*, hosted by Test Host\.$/,
      ),
    ).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getByText(/Llama 3\.3 70B \(test\) · Test Host/)
        .closest('li'),
    ).toHaveTextContent(/\(same model, hosted; grey, dash-dot\)$/);
    const chart = screen.getByRole('region', {
      name: 'Monthly cost comparison',
    });
    fireEvent.click(within(chart).getByRole('button', { name: 'Table' }));
    // The table's exact costs are an analysis answered after the results (ADR-28).
    const table = await within(chart).findByRole('table');
    expect(
      within(table).getByRole('columnheader', {
        name: /Llama 3\.3 70B \(test\) · Test Host/,
      }),
    ).toBeInTheDocument();
  });

  it('removes the comparators when “Compare with the same models, hosted” is unticked', () => {
    render(
      <>
        <AdvancedWorkload />
        <OptionsPanel />
      </>,
    );
    const add = () =>
      screen.queryAllByRole('button', { name: /as an option$/ }).length;
    expect(add()).toBeGreaterThan(0);
    const box = screen.getByRole('checkbox', {
      name: 'Compare with the same models, hosted',
    });
    expect(box).toBeChecked();
    fireEvent.click(box);
    expect(add()).toBe(0);
    // The prices beside the option stay: they are facts, not options.
    expect(
      screen.getByRole('note', { name: /^The same model as Llama 3\.3 70B/ }),
    ).toHaveTextContent(/Same model, hosted: Test Host/);
  });

  it('makes a comparator the user’s own option with “Add as an option”', () => {
    render(<OptionsPanel />);
    const remove = () =>
      screen.getAllByRole('button', { name: /^Remove / }).length;
    const before = remove();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Add Llama 3.3 70B (test) · Test Host as an option',
      }),
    );
    expect(remove()).toBe(before + 1);
    expect(
      screen.getByRole('button', {
        name: /^Remove Llama 3\.3 70B \(test\) · Test Host API/,
      }),
    ).toBeInTheDocument();
    // Now the user's own, it is no longer added for comparison.
    expect(
      screen.queryByRole('button', {
        name: 'Add Llama 3.3 70B (test) · Test Host as an option',
      }),
    ).not.toBeInTheDocument();
  });
});
