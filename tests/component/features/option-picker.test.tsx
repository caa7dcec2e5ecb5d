import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OptionsPanel } from '../../../src/features/options';
import { usableBytesPerDevice, weightBytes } from '../../../src/engine';
import type { SelfHostOptionState } from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/** Issue 14 item 7 (ADR-30): "Add API model" and "Add self-hosted" open a picker. */
describe('the option picker', () => {
  const openApiPicker = async () => {
    const utils = renderWithStore(<OptionsPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Add API model' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Add an API model' },
      { timeout: 10_000 },
    );
    await within(dialog).findByRole('table', {}, { timeout: 10_000 });
    return { ...utils, dialog };
  };

  it('opens with the search focused, finds a model by name and adds it, then closes', async () => {
    const { dialog, store } = await openApiPicker();
    const search = within(dialog).getByRole('searchbox', {
      name: 'Search models',
    });
    await waitFor(() => expect(search).toHaveFocus());
    const before = store.getState().inputs.options.length;
    fireEvent.change(search, { target: { value: 'claude haiku bedrock' } });
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toHaveTextContent(/Haiku/);
    for (const r of rows) expect(r).toHaveTextContent(/Bedrock/);
    const add = within(rows[0]!).getByRole('button', { name: /^Add / });
    fireEvent.click(add);
    const options = store.getState().inputs.options;
    expect(options).toHaveLength(before + 1);
    const added = options.at(-1)!;
    expect(added.kind).toBe('api');
    expect(
      added.kind === 'api' &&
        pageCatalog.byId.apiModels[added.apiModelId]?.name,
    ).toMatch(/Haiku/);
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Add an API model' }),
      ).not.toBeInTheDocument(),
    );
  }, 30_000);

  it('shows each row’s prices per 1M tokens, quality index and context, and marks models already compared', async () => {
    const { dialog } = await openApiPicker();
    const headers = within(dialog)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Input $/1M tokens',
        'Output $/1M tokens',
        'Context tokens',
      ]),
    );
    // GPT-4o is compared already (the hand-checked scenario): marked, no Add button.
    fireEvent.change(within(dialog).getByRole('searchbox'), {
      target: { value: 'gpt-4o openai' },
    });
    const row = within(dialog).getByRole('row', {
      name: /^GPT-4o\s*OpenAI\s*\$/,
    });
    expect(row).toHaveTextContent('Added');
    expect(within(row).queryByRole('button')).toBeNull();
    expect(row).toHaveTextContent('$2.50'); // pinned input price
    expect(row).toHaveTextContent('$10.00');
  }, 30_000);

  it('filters by the deployment’s privacy facts: with BAA and EU ticked every row carries both badges', async () => {
    const { dialog } = await openApiPicker();
    const count = () => within(dialog).getAllByRole('row').length - 1;
    const all = count();
    fireEvent.click(
      within(dialog).getByRole('checkbox', { name: /signs a HIPAA BAA/i }),
    );
    const baa = count();
    expect(baa).toBeGreaterThan(0);
    expect(baa).toBeLessThan(all);
    fireEvent.click(
      within(dialog).getByRole('checkbox', {
        name: /processes data in the EU/i,
      }),
    );
    const both = within(dialog).getAllByRole('row').slice(1);
    expect(both.length).toBeLessThanOrEqual(baa);
    for (const r of both) {
      expect(r).toHaveTextContent(/BAA: Signs a HIPAA BAA/);
      expect(r).toHaveTextContent(/EU: Processes data in the EU/);
    }
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      new RegExp(`^${both.length} of \\d+ models?$`),
    );
  }, 30_000);

  it('sorts by quality index, highest first, unrated last', async () => {
    const { dialog } = await openApiPicker();
    fireEvent.change(
      within(dialog).getByRole('combobox', { name: 'Sort by' }),
      {
        target: { value: 'quality' },
      },
    );
    const cells = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[2]!.textContent!);
    const rated = cells.filter((c) => c !== 'not rated').map(Number);
    expect(rated).toEqual([...rated].sort((a, b) => b - a));
    expect(cells.indexOf('not rated')).toBeGreaterThanOrEqual(rated.length);
  }, 30_000);

  it('closes on Escape (the dialog’s cancel) and with Close, adding nothing', async () => {
    const { dialog, store } = await openApiPicker();
    const before = store.getState().inputs.options.length;
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Add API model' }));
    const again = await screen.findByRole('dialog', {
      name: 'Add an API model',
    });
    fireEvent.click(within(again).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(again).not.toBeInTheDocument());
    expect(store.getState().inputs.options).toHaveLength(before);
  }, 30_000);
});

describe('the self-hosted picker', () => {
  const openSelfHost = async () => {
    const utils = renderWithStore(<OptionsPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Add self-hosted' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Add a self-hosted option' },
      { timeout: 10_000 },
    );
    await within(dialog).findByRole('table', {}, { timeout: 10_000 });
    return { ...utils, dialog };
  };
  const existing8b = (options: readonly unknown[]) =>
    (options as SelfHostOptionState[]).find(
      (o) =>
        o.kind === 'self-host' &&
        o.openModelId === 'llama-3.1-8b-instruct' &&
        o.hardwareId === 'h100-sxm-80gb',
    )!;

  it('offers only hardware that holds the chosen model’s weights, with the devices it needs', async () => {
    const { dialog } = await openSelfHost();
    fireEvent.change(within(dialog).getByRole('searchbox'), {
      target: { value: 'llama 3.3 70b' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: /^Choose Llama 3\.3 70B/ }),
    );
    const quant = await within(dialog).findByRole('combobox', {
      name: 'Quantization',
    });
    const model = pageCatalog.byId.openModels['llama-3.3-70b-instruct']!;
    const check = () => {
      const q = pageCatalog.byId.quants[(quant as HTMLSelectElement).value]!;
      const engine =
        pageCatalog.byId.engines[
          (
            within(dialog).getByRole('combobox', {
              name: 'Engine',
            }) as HTMLSelectElement
          ).value
        ]!;
      const hw = within(dialog).getByRole('combobox', { name: /^Hardware/ });
      const offered = within(hw).getAllByRole('option');
      expect(offered.length).toBeGreaterThan(0);
      for (const o of offered) {
        const h = pageCatalog.byId.hardware[(o as HTMLOptionElement).value]!;
        const n = Number(/^(\d+)×/.exec(o.textContent!)![1]);
        // The weights fit on the devices the label says …
        expect(weightBytes(model, q) / n).toBeLessThan(
          usableBytesPerDevice(h, engine),
        );
        // … and on no fewer (a 70B at 16 bits never on one 24 GB card).
        if (n > 1)
          expect(weightBytes(model, q) / (n / 2)).toBeGreaterThanOrEqual(
            usableBytesPerDevice(h, engine),
          );
      }
    };
    check();
    fireEvent.change(quant, { target: { value: 'bf16' } });
    check();
  }, 30_000);

  it('never starts on a configuration already compared, and refuses to add one', async () => {
    const { dialog, store } = await openSelfHost();
    const taken = existing8b(store.getState().inputs.options);
    fireEvent.change(within(dialog).getByRole('searchbox'), {
      target: { value: 'llama 3.1 8b' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: /^Choose Llama 3\.1 8B/ }),
    );
    const quant = await within(dialog).findByRole('combobox', {
      name: 'Quantization',
    });
    const value = (name: string | RegExp) =>
      (within(dialog).getByRole('combobox', { name }) as HTMLSelectElement)
        .value;
    const start = [value('Quantization'), value('Engine'), value(/^Hardware/)];
    expect(start).not.toEqual([
      taken.quantId,
      taken.engineId,
      taken.hardwareId,
    ]);
    fireEvent.change(quant, { target: { value: taken.quantId } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Engine' }), {
      target: { value: taken.engineId },
    });
    fireEvent.change(
      within(dialog).getByRole('combobox', { name: /^Hardware/ }),
      { target: { value: taken.hardwareId } },
    );
    const add = within(dialog).getByRole('button', {
      name: 'Add this configuration',
    });
    expect(add).toBeDisabled();
    expect(dialog).toHaveTextContent(/already compared/);
  }, 30_000);

  it('adds the chosen configuration with its devices and a way to buy it', async () => {
    const { dialog, store } = await openSelfHost();
    const before = store.getState().inputs.options.length;
    fireEvent.change(within(dialog).getByRole('searchbox'), {
      target: { value: 'qwen' },
    });
    const choose = within(dialog).getAllByRole('button', {
      name: /^Choose /,
    })[0]!;
    fireEvent.click(choose);
    const hw = await within(dialog).findByRole('combobox', {
      name: /^Hardware/,
    });
    const picked = (hw as HTMLSelectElement).value;
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Add this configuration' }),
    );
    const options = store.getState().inputs.options;
    expect(options).toHaveLength(before + 1);
    const added = options.at(-1) as SelfHostOptionState;
    expect(added.kind).toBe('self-host');
    expect(added.hardwareId).toBe(picked);
    expect(added.gpusPerReplica).toBeGreaterThanOrEqual(1);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  }, 30_000);

  it('goes back to the models with Back to models', async () => {
    const { dialog } = await openSelfHost();
    fireEvent.click(
      within(dialog).getAllByRole('button', { name: /^Choose / })[0]!,
    );
    fireEvent.click(
      await within(dialog).findByRole('button', { name: 'Back to models' }),
    );
    expect(
      within(dialog).getByRole('searchbox', { name: 'Search open models' }),
    ).toBeInTheDocument();
  }, 30_000);
});
