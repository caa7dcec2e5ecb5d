import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SavedScenariosDialog } from '../../../src/features/saved-scenarios/saved-dialog';
import { ErrorBoundary, RecoveryProvider } from '../../../src/ui';
import { renderWithStore } from '../render-with-store';

/** Throws while `fail.now` is set: a part that breaks, then recovers. */
const fail = { now: true };
function Fragile() {
  if (fail.now) throw new Error('Maximum call stack size exceeded');
  return <p>Fragile part works</p>;
}

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Count {n}
    </button>
  );
}

describe('issue 15, D1: one failing part never unmounts the page', () => {
  it('the failed part says what happened; the rest keeps working; reset mounts it afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const exportStored = vi.fn();
    fail.now = true;
    render(
      <RecoveryProvider value={{ exportStored }}>
        <ErrorBoundary part="Saved scenarios">
          <Fragile />
        </ErrorBoundary>
        <ErrorBoundary part="Counter">
          <Counter />
        </ErrorBoundary>
      </RecoveryProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Saved scenarios stopped working',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Maximum call stack size exceeded',
    );
    // The sibling part still works.
    await userEvent.click(screen.getByRole('button', { name: 'Count 0' }));
    expect(screen.getByRole('button', { name: 'Count 1' })).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Export what’s stored' }),
    );
    expect(exportStored).toHaveBeenCalledOnce();
    fail.now = false;
    await userEvent.click(
      screen.getByRole('button', { name: 'Reset this part' }),
    );
    expect(screen.getByText('Fragile part works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  // jsdom draws 200 rows slowly on a shared core: a generous timeout.
  it(
    'the saved dialog opens on a 100,000-deep stored list and on 250 stored entries (200 shown)',
    { timeout: 60_000 },
    () => {
      const data = new Map<string, string>([
        ['crossover:saved-scenarios', '['.repeat(1e5) + ']'.repeat(1e5)],
      ]);
      for (let i = 0; i < 250; i++)
        data.set(
          `crossover:saved:k${i}`,
          JSON.stringify({
            id: `k${i}`,
            name: `K ${i}`,
            query: '',
            savedAt: '2026-11-01T10:00:00.000Z',
            order: i,
          }),
        );
      const storage = {
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
      renderWithStore(
        <SavedScenariosDialog
          storage={storage}
          currentQuery="v=1&tpm=2B"
          currentName={null}
          onOpen={() => {}}
          baseUrl="https://x.org/"
        />,
      );
      expect(
        screen.getByText(/could not be read and was set aside/),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/50 more entries are stored beyond the limit of 200/),
      ).toBeInTheDocument();
      expect(screen.getAllByRole('button', { name: /^Open K / })).toHaveLength(
        200,
      );
    },
  );
});
