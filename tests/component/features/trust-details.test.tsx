import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CostTooltipContent } from '../../../src/features/cost-chart/cost-tooltip-content';
import { LatencyBars } from '../../../src/features/latency-panel/latency-bars';
import { PriceFilePreview } from '../../../src/features/price-import/price-file-preview';
import { PriceImportDialog } from '../../../src/features/price-import/price-import-dialog';
import { PriceSourceNotice } from '../../../src/features/price-import/price-source-notice';
import type { PriceOverride } from '../../../src/features/price-import/price-override';
import type { PricePreview } from '../../../src/features/price-import/use-price-file-preview';
import { WorkloadPanel } from '../../../src/features/workload-inputs';
import { countOf } from '../../../src/lib/plural';
import { encodeLink } from '../../../src/url';
import { NumberField, RangeField, Term } from '../../../src/ui';
import { pageCatalog as catalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/** Issue 14 item 8: small things that cost trust. */
describe('tabbing through the workload', () => {
  it('leaving “Tokens per request” without typing keeps the use case and the link', async () => {
    const { store } = renderWithStore(<WorkloadPanel />);
    const before = store.getState().inputs;
    const field = screen.getByRole('textbox', { name: /Tokens per request/ });
    act(() => field.focus());
    act(() => field.blur());
    const requests = screen.getByRole('textbox', {
      name: /Requests per month/,
    });
    act(() => requests.focus());
    act(() => requests.blur());
    expect(store.getState().inputs).toBe(before);
    expect(store.getState().inputs.workload.presetId).not.toBe('custom');
    expect(encodeLink(store.getState().inputs, { catalog })).not.toMatch(
      /uc=custom/,
    );
    // Typing a new figure still is an edit of the use case.
    await userEvent.clear(field);
    await userEvent.type(field, '1234{Enter}');
    expect(store.getState().inputs.workload.presetId).toBe('custom');
  });
});

describe('Term', () => {
  it('says what a word means on focus and on hover, is described by it, and Escape hides it', async () => {
    render(
      <p>
        <Term explain="Full-time equivalent: one person working full time.">
          FTE
        </Term>
      </p>,
    );
    const word = screen.getByRole('button', { name: 'FTE' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => word.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(/Full-time/);
    expect(word).toHaveAccessibleDescription(/Full-time equivalent/);
    fireEvent.keyDown(word, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => word.blur());
    fireEvent.mouseEnter(word);
    expect(screen.getByRole('tooltip')).toBeVisible();
    fireEvent.mouseLeave(word);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('jargon in fields', () => {
  it('a field’s unit explains FTE on focus without changing the field’s name', () => {
    render(
      <>
        <NumberField
          label="On-call standby"
          unit="FTE"
          value={0.3}
          min={0}
          max={5}
          onCommit={() => {}}
          terms={{ FTE: 'Full-time equivalent.' }}
        />
        <RangeField
          label="Operations time your team has"
          min={0}
          max={5}
          step={0.5}
          value={1}
          valueText="1 engineers (FTE)"
          onChange={() => {}}
          hint="Full-time engineers (FTE) for self-hosting."
          terms={{ FTE: 'Full-time equivalent.' }}
        />
      </>,
    );
    expect(
      screen.getByRole('textbox', { name: 'On-call standby (FTE)' }),
    ).toBeInTheDocument();
    const terms = screen.getAllByRole('button', { name: 'FTE' });
    expect(terms).toHaveLength(2);
    for (const t of terms)
      expect(t).toHaveAccessibleDescription('Full-time equivalent.');
    expect(
      screen.getByRole('slider', { name: 'Operations time your team has' }),
    ).toHaveAccessibleDescription(
      'Full-time engineers (FTE) for self-hosting.',
    );
  });
});

describe('plurals', () => {
  it('counts one thing in the singular and others in the plural', () => {
    expect(countOf(1, 'model')).toBe('1 model');
    expect(countOf(0, 'model')).toBe('0 models');
    expect(countOf(2, 'file entry', 'file entries')).toBe('2 file entries');
  });

  const override = (asOf: string, ids: string[]): PriceOverride => ({
    format: 'crossover-price-override',
    version: 1,
    fileFormat: 'litellm',
    fileName: 'prices.json',
    sourceLabel: 'LiteLLM',
    asOf,
    importedAt: '2026-12-01T10:00:00.000Z',
    models: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          usdPerMillionInputTokens: 1,
          usdPerMillionOutputTokens: 2,
          source: 'LiteLLM',
          asOf,
        },
      ]),
    ),
  });

  it('the imported-prices notice says “1 model changed”, and warns when the file is older than the catalog', () => {
    const { rerender } = render(
      <PriceSourceNotice
        current={override('2026-07-24', ['gpt-4o'])}
        unreadableReason={null}
        onReset={() => {}}
        catalogVersion="2026-12-01"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('(1 model changed');
    expect(screen.getByRole('note')).toHaveTextContent(
      /as of 2026-07-24, older than the built-in catalog \(\s*2026-12-01\)/,
    );
    rerender(
      <PriceSourceNotice
        current={override('2026-12-02', ['gpt-4o', 'gpt-4o-mini'])}
        unreadableReason={null}
        onReset={() => {}}
        catalogVersion="2026-12-01"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('(2 models changed');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('the file preview counts in the right number and warns about an old file', () => {
    const preview = {
      fileName: 'old.json',
      result: { format: 'litellm', asOf: '2026-01-05', skipped: [{}] },
      update: {
        changes: { changed: [], removed: [], added: [{}] },
        unchanged: [],
        conflicts: [{}],
      },
    } as unknown as PricePreview;
    render(
      <PriceFilePreview
        preview={preview}
        headingId="h"
        modelName={(id) => id}
        catalogVersion="2026-12-01"
        onUse={() => {}}
        onCancel={() => {}}
      />,
    );
    const text = screen.getByRole('region').textContent ?? '';
    expect(text).toContain('1 conflict,');
    expect(text).toContain('1 file entry skipped');
    expect(text).toContain('1 model in the file');
    expect(screen.getByRole('note')).toHaveTextContent(
      /older than the built-in catalog/,
    );
  });
});

describe('the price file picker', () => {
  it('names the loaded file instead of “No file chosen”', async () => {
    renderWithStore(
      <PriceImportDialog
        baseCatalog={catalog}
        current={null}
        unreadableReason={null}
        onApply={() => null}
        onReset={() => {}}
      />,
    );
    expect(
      screen.getByRole('button', { name: 'Choose a price file…' }),
    ).toBeInTheDocument();
    await userEvent.upload(
      screen.getByLabelText('Price file (LiteLLM or OpenRouter JSON)'),
      new File(['{"gpt-4o": {}}'], 'today.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Loaded: today.json')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Choose another file…' }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/No file (chosen|loaded)/);
  });
});

describe('charts', () => {
  const row = (id: string, ttft: number, e2e: number) => ({
    id,
    name: id,
    kind: 'api' as const,
    colorIndex: 0,
    timeToFirstTokenSeconds: ttft,
    outputTokensPerSecond: 50,
    endToEndSeconds: e2e,
    meetsTtft: null,
    meetsSpeed: null,
    basis: '',
    setApart: null,
  });

  it('the latency chart’s ticks are round seconds and its axis has a title with the unit', () => {
    const { container } = render(
      <LatencyBars
        rows={[row('a', 0.4, 3.8), row('b', 1.1, 7.7)]}
        ttftTarget={null}
      />,
    );
    const ticks = [...container.querySelectorAll('text.tick')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['0', '2', '4', '6', '8']);
    expect(container.querySelector('text.axis-title')).toHaveTextContent(
      /\(seconds\)/,
    );
  });

  it('the cost chart’s keyboard tooltip speaks one polite line, not every option', () => {
    render(
      <CostTooltipContent
        {...({
          active: true,
          label: 50e6,
          payload: [
            { name: 'GPT-5.4 mini', value: 180 },
            { name: 'Claude Sonnet 5', value: 520 },
            { name: 'band', value: [1, 2] },
          ],
        } as unknown as Parameters<typeof CostTooltipContent>[0])}
      />,
    );
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live.textContent).toBe(
      '50M tokens/month: cheapest GPT-5.4 mini, $180/month.',
    );
    expect(document.querySelector('[aria-live="assertive"]')).toBeNull();
    // Seen: every option's line, hidden from the live region.
    expect(document.body).toHaveTextContent('Claude Sonnet 5: $520/month');
  });
});
