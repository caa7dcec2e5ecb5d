/**
 * Issue 12 item 6 (ADR-27): "How accurate is this?" beside a self-hosted
 * option's numbers says the estimator's measured out-of-sample error for
 * its GPU line and engine — figures read from the generated table, so this
 * test takes them from the same lookup instead of pinning numbers.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withMeasuredError } from '../../../src/catalog';
import { MEASURED_ERROR } from '../../../src/catalog/data/fidelity-oos-generated';
import { measuredErrorFor } from '../../../src/engine';
import { AccuracyDetails } from '../../../src/features/options/accuracy-details';
import { selfHostOptionFrom } from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

const option = selfHostOptionFrom(pageCatalog, {
  id: 's1',
  colorIndex: 2,
  openModelId: 'llama-3.1-8b-instruct',
  quantId: 'bf16',
  engineId: 'vllm',
  hardwareId: 'h100-sxm-80gb',
  gpusPerReplica: 1,
  procurement: 'on-demand',
});

describe('How accurate is this?', () => {
  it('opens to the measured error of each kind, with its group and a link to the table', async () => {
    renderWithStore(<AccuracyDetails option={option} />);
    const summary = screen.getByText('How accurate is this?');
    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() =>
      expect(
        screen.getByText(/Saturated throughput \(sets the cost per token\)/),
      ).toBeInTheDocument(),
    );
    for (const kind of ['throughput', 'decode', 'prefill'] as const) {
      const m = measuredErrorFor(
        withMeasuredError(pageCatalog, MEASURED_ERROR),
        'h100-sxm-80gb',
        'vllm',
        kind,
      )!;
      expect(
        screen.getAllByText(
          new RegExp(
            `median error ${Math.round(m.spread.medianAbsErrorPct)} % \\(${m.spread.cases} cases`,
          ),
        ).length,
      ).toBeGreaterThan(0);
    }
    const link = screen.getByRole('link', { name: /docs\/fidelity\.md/ });
    expect(link.getAttribute('href')).toMatch(
      /^docs\/fidelity\.md#out-of-sample/,
    );
  });

  it('stays closed (and unloaded) until opened', () => {
    renderWithStore(<AccuracyDetails option={option} />);
    expect(screen.queryByText(/median error/)).toBeNull();
  });
});
