import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUrlSync, URL_WRITE_THROTTLE_MS } from '../../../src/app/url-sync';
import { catalog } from '../../../src/catalog';
import { createCalculatorStore } from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

/** A minimal window: history entries with their search strings, and popstate. */
function fakeWindow(initialSearch = '') {
  const entries = [`/app/${initialSearch}`];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = {
    get pathname() {
      return '/app/';
    },
    get search() {
      const u = entries[index]!;
      const q = u.indexOf('?');
      return q === -1 ? '' : u.slice(q);
    },
    hash: '',
  };
  const history = {
    state: null,
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      entries[index] = url;
    }),
    pushState: vi.fn((_: unknown, __: string, url: string) => {
      entries.splice(index + 1, entries.length, url);
      index++;
    }),
  };
  return {
    win: {
      location,
      history,
      addEventListener: (_: string, l: () => void) => listeners.add(l),
      removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    } as unknown as Window,
    history,
    back: () => {
      index--;
      listeners.forEach((l) => l());
    },
    entries,
  };
}

function setup(search = '') {
  const fw = fakeWindow(search);
  const decoded = decodeLink(search, { catalog });
  const store = createCalculatorStore(decoded.inputs, catalog);
  const onWrite = vi.fn();
  const sync = startUrlSync({
    store,
    catalog,
    initial: decoded,
    window: fw.win,
    onWrite,
  });
  return { ...fw, store, sync, onWrite };
}

describe('startUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not touch the URL until the scenario changes', () => {
    const { history } = setup('?v=1&tpm=lots');
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('writes at most once per throttle window while dragging, ending on the last value', () => {
    const { store, history, win, onWrite } = setup();
    const move = (t: number) =>
      store.getState().actions.workloadChanged('tokensPerMonth', t);
    move(1e6); // leading write
    for (let i = 2; i <= 20; i++) {
      vi.advanceTimersByTime(10);
      move(i * 1e6);
    }
    expect(history.replaceState).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(URL_WRITE_THROTTLE_MS);
    expect(history.replaceState).toHaveBeenCalledTimes(3);
    expect(win.location.search).toBe(
      `?${encodeLink(store.getState().inputs, { catalog })}`,
    );
    expect(win.location.search).toContain('tpm=20M');
    expect(onWrite).toHaveBeenLastCalledWith(win.location.search);
  });

  it('keeps view parameters (embed=1, …) when it writes', () => {
    const { store, win } = setup('?embed=1&theme=dark');
    store.getState().actions.workloadChanged('tokensPerMonth', 2e9);
    // The write waits for the next task, out of the key press (ADR-21).
    expect(win.location.search).toBe('?embed=1&theme=dark');
    vi.advanceTimersByTime(0);
    expect(win.location.search).toMatch(/tpm=2B.*&embed=1&theme=dark$/);
  });

  it('pushes on navigate, and popstate restores the previous scenario', () => {
    const { store, sync, back, history, win } = setup('?v=1&tpm=10M');
    const other = decodeLink('?v=1&tpm=3B&uc=rag', { catalog }).inputs;
    sync.navigate(other, 'Plan B');
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toContain('n=Plan%20B');
    expect(store.getState().inputs).toEqual(other);
    expect(sync.getSnapshot().name).toBe('Plan B');
    back();
    expect(store.getState().inputs.workload.tokensPerMonth).toBe(10_000_000);
    expect(sync.getSnapshot().name).toBeNull();
  });

  it('reports the issues of the link it was opened with until dismissed', () => {
    const { sync } = setup('?v=1&tpm=lots');
    expect(sync.getSnapshot().issues.map((i) => i.key)).toEqual(['tpm']);
    const listener = vi.fn();
    sync.subscribe(listener);
    sync.dismissIssues();
    expect(listener).toHaveBeenCalled();
    expect(sync.getSnapshot().issuesDismissed).toBe(true);
  });

  it('stops cleanly', () => {
    const { store, sync, history } = setup();
    sync.stop();
    store.getState().actions.workloadChanged('tokensPerMonth', 2e9);
    vi.runAllTimers();
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
