/**
 * ADR-28, amended: the uncertainty band arrives after the lines (the engine
 * worker's lower-priority work, here the page's own thread) and is only ever
 * drawn for the very inputs the lines are drawn from — after a change the
 * old band is gone at once, and the new one follows.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CostChartPanel } from '../../../src/features/cost-chart';
import { renderWithStore } from '../render-with-store';

const bandState = () =>
  screen
    .getByText(/Shade the uncertainty band/)
    .closest('label')
    ?.getAttribute('data-band');

describe('the band follows the lines’ inputs', () => {
  it('is pending after a change (never the old band beside new lines), then shown', async () => {
    const { store } = renderWithStore(<CostChartPanel />);
    // Computed after 400 ms of quiet, then step by step.
    await waitFor(() => expect(bandState()).toBe('shown'), { timeout: 10_000 });
    const before = store.getState().inputs.workload.tokensPerMonth;
    act(() => {
      store.getState().actions.workloadChanged('tokensPerMonth', before * 4);
    });
    // The lines are for the new volume already (results are synchronous here)…
    expect(bandState()).toBe('pending');
    // …and the band for it follows.
    await waitFor(() => expect(bandState()).toBe('shown'), { timeout: 10_000 });
  }, 30_000);

  it('is off when unticked', async () => {
    renderWithStore(<CostChartPanel />);
    act(() => {
      screen
        .getByRole('checkbox', { name: /Shade the uncertainty band/ })
        .click();
    });
    expect(bandState()).toBe('off');
  });
});
