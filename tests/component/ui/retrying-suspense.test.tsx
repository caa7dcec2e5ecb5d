/**
 * A Suspense boundary that does not wait forever on a retry React never
 * makes (a lazy dialog opened by a replayed click stayed on "Loading…" with
 * its chunk already there, ADR-33). Simulated by content that suspends on a
 * promise that never settles and renders once it has "arrived", with nobody
 * telling React.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RetryingSuspense, SUSPENSE_RETRY_MS } from '../../../src/ui';

/** Content that suspends on a promise that never settles until `arrive()`, which pings nobody. */
function contentArrivingSilently() {
  let arrived = false;
  const never = new Promise<never>(() => {});
  function Content() {
    if (!arrived) throw never;
    return <p>Export files</p>;
  }
  return {
    Content,
    arrive: () => {
      arrived = true;
    },
  };
}

describe('RetryingSuspense', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a plain boundary whose retry never comes stays on its fallback', () => {
    const { Content, arrive } = contentArrivingSilently();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Content />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    arrive();
    act(() => vi.advanceTimersByTime(SUSPENSE_RETRY_MS * 3));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByText('Export files')).not.toBeInTheDocument();
  });

  it('mounts the boundary afresh while its fallback shows, so content that has arrived renders', () => {
    const { Content, arrive } = contentArrivingSilently();
    render(
      <RetryingSuspense fallback={<p>Loading…</p>}>
        <Content />
      </RetryingSuspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    // Still on its way at the first retry: suspends again, fallback stays.
    act(() => vi.advanceTimersByTime(SUSPENSE_RETRY_MS));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    arrive();
    act(() => vi.advanceTimersByTime(SUSPENSE_RETRY_MS - 1));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByText('Export files')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('content that has shown is never remounted when something inside it suspends later', () => {
    const { Content: Late, arrive } = contentArrivingSilently();
    let mounts = 0;
    function Editor({ open }: { readonly open: boolean }) {
      const [draft] = useState(() => {
        mounts += 1;
        return 'half-typed';
      });
      return (
        <div>
          <p>{draft}</p>
          {open ? <Late /> : null}
        </div>
      );
    }
    const { rerender } = render(
      <RetryingSuspense fallback={<p>Loading…</p>}>
        <Editor open={false} />
      </RetryingSuspense>,
    );
    expect(screen.getByText('half-typed')).toBeInTheDocument();
    // A part inside suspends (its chunk on a slow network) for longer than the retry time.
    rerender(
      <RetryingSuspense fallback={<p>Loading…</p>}>
        <Editor open />
      </RetryingSuspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(SUSPENSE_RETRY_MS * 3));
    arrive();
    rerender(
      <RetryingSuspense fallback={<p>Loading…</p>}>
        <Editor open />
      </RetryingSuspense>,
    );
    expect(screen.getByText('Export files')).toBeInTheDocument();
    expect(mounts).toBe(1);
  });

  it('content that renders at once is never remounted', () => {
    let mounts = 0;
    function Ready() {
      mounts += 1;
      return <p>Ready</p>;
    }
    render(
      <RetryingSuspense fallback={<p>Loading…</p>}>
        <Ready />
      </RetryingSuspense>,
    );
    act(() => vi.advanceTimersByTime(SUSPENSE_RETRY_MS * 5));
    expect(screen.getByText('Ready')).toBeInTheDocument();
    expect(mounts).toBe(1);
  });
});
