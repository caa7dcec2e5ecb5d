import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { pageCatalog as catalog } from '../../fixtures/page-catalog';
import { PriceImportDialog } from '../../../src/features/price-import/price-import-dialog';
import { SavedScenariosDialog } from '../../../src/features/saved-scenarios/saved-dialog';
import { renderWithStore } from '../render-with-store';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (k: string) => data.get(k) ?? null,
    set: (k: string, v: string) => {
      data.set(k, v);
      return true;
    },
    remove: (k: string) => {
      data.delete(k);
    },
    keys: () => [...data.keys()],
  };
}

describe('SavedScenariosDialog', () => {
  const render = (storage = memory(), onOpen = vi.fn()) => {
    renderWithStore(
      <SavedScenariosDialog
        storage={storage}
        currentQuery="v=1&cat=2026-11-27&tpm=2B"
        currentName={null}
        onOpen={onOpen}
        baseUrl="https://x.org/"
      />,
    );
    return { storage, onOpen };
  };

  it('saves the current scenario, lists it, opens it and compares it', async () => {
    const { storage, onOpen } = render();
    expect(screen.getByText('No saved scenarios yet.')).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Name for the current scenario' }),
      'Big',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Save current scenario' }),
    );
    expect(screen.getByRole('rowheader', { name: 'Big' })).toBeInTheDocument();
    // One key per entry (ADR-22).
    const key = [...storage.data.keys()].find((k) =>
      k.startsWith('crossover:saved:'),
    )!;
    expect(JSON.parse(storage.data.get(key)!)).toMatchObject({
      name: 'Big',
      query: 'v=1&cat=2026-11-27&tpm=2B',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Open Big' }));
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({
        workload: expect.objectContaining({ tokensPerMonth: 2e9 }),
      }),
      'Big',
    );
    const compare = screen.getByRole('table', { name: 'Compare side by side' });
    expect(
      within(compare).getByRole('columnheader', { name: 'Current scenario' }),
    ).toBeInTheDocument();
    expect(
      within(compare).getByRole('columnheader', { name: 'Big' }),
    ).toBeInTheDocument();
    expect(
      within(compare).getByRole('row', { name: /Monthly tokens/ }),
    ).toHaveTextContent('2B tokens/month');
  });

  it('sets a corrupted entry aside with a notice and keeps the rest', () => {
    const storage = memory({
      'crossover:saved-scenarios': JSON.stringify({
        format: 'crossover-saved-scenarios',
        version: 1,
        entries: [
          {
            id: 'a',
            name: 'Kept',
            query: 'tpm=5M',
            savedAt: '2026-11-01T00:00:00.000Z',
          },
          { nope: true },
        ],
      }),
    });
    render(storage);
    expect(
      screen.getByText('1 saved entry could not be read and was set aside.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Kept' })).toBeInTheDocument();
    expect(storage.data.get('crossover:set-aside')).toContain('"nope":true');
  });
});

describe('PriceImportDialog', () => {
  it('summarises a real LiteLLM file against the built-in catalog', async () => {
    const onApply = vi.fn();
    renderWithStore(
      <PriceImportDialog
        baseCatalog={catalog}
        current={null}
        unreadableReason={null}
        onApply={onApply}
        onReset={() => {}}
      />,
    );
    const json = JSON.parse(
      readFileSync(
        join(process.cwd(), 'tests/fixtures/litellm-subset.json'),
        'utf8',
      ),
    );
    json['gpt-4o-mini'].output_cost_per_token *= 3;
    const file = new File([JSON.stringify(json)], 'litellm.json', {
      type: 'application/json',
    });
    await userEvent.upload(
      screen.getByLabelText('Price file (LiteLLM or OpenRouter JSON)'),
      file,
    );
    expect(
      await screen.findByText('1 model changes price'),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /GPT-4o mini/ })).toHaveTextContent(
      'output $0.60 → $1.80',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Use these prices in this browser' }),
    );
    expect(onApply).toHaveBeenCalledWith(
      expect.objectContaining({
        fileFormat: 'litellm',
        fileName: 'litellm.json',
      }),
    );
  });

  it('says why a file cannot be read', async () => {
    renderWithStore(
      <PriceImportDialog
        baseCatalog={catalog}
        current={null}
        unreadableReason={null}
        onApply={() => null}
        onReset={() => {}}
      />,
    );
    await userEvent.upload(
      screen.getByLabelText('Price file (LiteLLM or OpenRouter JSON)'),
      new File(['{oops'], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not read “bad.json”: the file is not JSON.',
    );
  });
});
