import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  takeUnwrittenLink,
  UNWRITTEN_LINK_KEY,
} from '../../../src/app/quiet-writer';
import { startUrlSync, URL_WRITE_QUIET_MS } from '../../../src/app/url-sync';
import { catalog } from '../../../src/catalog';
import { createCalculatorStore } from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

/**
 * A minimal window: history entries with their search strings and keys (the
 * Navigation API's `currentEntry.key`), events by type, a document whose
 * visibility can change.
 */
function fakeWindow(initialSearch = '') {
  const entries = [{ url: `/app/${initialSearch}`, key: 'k0' }];
  let index = 0;
  let keys = 0;
  const listeners = new Map<string, Set<() => void>>();
  const on = (type: string) => {
    if (!listeners.has(type)) listeners.set(type, new Set());
    return listeners.get(type)!;
  };
  const fire = (type: string) => on(type).forEach((l) => l());
  const search = () => {
    const u = entries[index]!.url;
    const q = u.indexOf('?');
    return q === -1 ? '' : u.slice(q);
  };
  const location = {
    get pathname() {
      return '/app/';
    },
    get search() {
      return search();
    },
    hash: '',
  };
  const history = {
    state: null,
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      entries[index] = { url, key: entries[index]!.key };
    }),
    pushState: vi.fn((_: unknown, __: string, url: string) => {
      entries.splice(index + 1, entries.length, { url, key: `k${++keys}` });
      index++;
    }),
  };
  const document = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (t: string, l: () => void) => on(`doc:${t}`).add(l),
    removeEventListener: (t: string, l: () => void) => on(`doc:${t}`).delete(l),
  };
  return {
    win: {
      location,
      history,
      document,
      navigation: {
        get currentEntry() {
          return { key: entries[index]!.key };
        },
      },
      addEventListener: (t: string, l: () => void) => on(t).add(l),
      removeEventListener: (t: string, l: () => void) => on(t).delete(l),
    } as unknown as Window,
    history,
    document,
    fire,
    /** Back or Forward: the address changes first, then popstate. */
    go: (delta: number) => {
      index += delta;
      fire('popstate');
    },
    entries,
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

function setup(search = '', carry?: ReturnType<typeof memoryStorage>) {
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
    ...(carry ? { carry } : {}),
  });
  const move = (t: number) =>
    store.getState().actions.workloadChanged('tokensPerMonth', t);
  return { ...fw, store, sync, onWrite, move };
}

describe('startUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not touch the URL until the scenario changes', () => {
    const { history } = setup('?v=1&tpm=lots');
    vi.runAllTimers();
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('writes once after a burst, with the last value, and not while presses keep coming (ADR-33)', () => {
    const { store, history, win, onWrite, move } = setup();
    // Key presses a typist's 230 ms apart: no write while they keep coming.
    for (let i = 1; i <= 20; i++) {
      move(i * 1e6);
      vi.advanceTimersByTime(230);
    }
    expect(history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_QUIET_MS);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe(
      `?${encodeLink(store.getState().inputs, { catalog })}`,
    );
    expect(win.location.search).toContain('tpm=20M');
    expect(onWrite).toHaveBeenCalledTimes(1);
    expect(onWrite).toHaveBeenLastCalledWith(win.location.search);
    // Nothing more is waiting.
    vi.runAllTimers();
    expect(history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('keeps view parameters (embed=1, …) when it writes', () => {
    const { win, move } = setup('?embed=1&theme=dark');
    move(2e9);
    // The write waits until the changes are quiet, out of the key press.
    expect(win.location.search).toBe('?embed=1&theme=dark');
    vi.advanceTimersByTime(URL_WRITE_QUIET_MS);
    expect(win.location.search).toMatch(/tpm=2B.*&embed=1&theme=dark$/);
  });

  it.each([
    ['a tool dialog opening', (s: ReturnType<typeof setup>) => s.sync.flush()],
    ['print', (s: ReturnType<typeof setup>) => s.fire('beforeprint')],
    [
      'the window losing focus',
      (s: ReturnType<typeof setup>) => s.fire('blur'),
    ],
    ['pagehide', (s: ReturnType<typeof setup>) => s.fire('pagehide')],
    [
      'the page being hidden',
      (s: ReturnType<typeof setup>) => {
        s.document.visibilityState = 'hidden';
        s.fire('doc:visibilitychange');
      },
    ],
  ])('writes the last press at once on %s', (_, read) => {
    const s = setup();
    s.move(7e6);
    s.move(8e6);
    read(s);
    expect(s.history.replaceState).toHaveBeenCalledTimes(1);
    expect(s.win.location.search).toContain('tpm=8M');
    // The flush was the write: nothing left for the timer.
    vi.runAllTimers();
    expect(s.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('a reader with nothing waiting writes nothing', () => {
    const s = setup('?v=1&tpm=10M');
    s.fire('blur');
    s.fire('pagehide');
    s.sync.flush();
    expect(s.history.replaceState).not.toHaveBeenCalled();
  });

  it('pushes on navigate, and popstate restores the previous scenario', () => {
    const { store, sync, go, history, win } = setup('?v=1&tpm=10M');
    const other = decodeLink('?v=1&tpm=3B&uc=rag', { catalog }).inputs;
    sync.navigate(other, 'Plan B');
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toContain('n=Plan%20B');
    expect(store.getState().inputs).toEqual(other);
    expect(sync.getSnapshot().name).toBe('Plan B');
    go(-1);
    expect(store.getState().inputs.workload.tokensPerMonth).toBe(10_000_000);
    expect(sync.getSnapshot().name).toBeNull();
  });

  it('navigate writes the entry it leaves first, so its last press is kept', () => {
    const { sync, move, entries } = setup('?v=1&tpm=10M');
    move(12e6);
    sync.navigate(decodeLink('?v=1&tpm=3B', { catalog }).inputs, 'B');
    expect(entries[0]!.url).toContain('tpm=12M');
    expect(entries[1]!.url).toContain('tpm=3B');
  });

  it('popstate wins over a write still waiting: the entry landed on keeps its address and inputs', () => {
    const { store, sync, go, move, entries, history, win } =
      setup('?v=1&tpm=10M');
    sync.navigate(decodeLink('?v=1&tpm=3B', { catalog }).inputs, 'B');
    vi.runAllTimers();
    const writes = history.replaceState.mock.calls.length;
    move(4e9); // on entry B; Back comes before the quiet write
    go(-1);
    vi.runAllTimers();
    expect(win.location.search).toBe('?v=1&tpm=10M');
    expect(store.getState().inputs.workload.tokensPerMonth).toBe(10_000_000);
    expect(history.replaceState).toHaveBeenCalledTimes(writes);
    // Forward returns to B as it was left, with that press (Navigation API keys).
    go(1);
    expect(store.getState().inputs.workload.tokensPerMonth).toBe(4e9);
    expect(entries[1]!.url).toContain('tpm=4B');
    expect(sync.getSnapshot().name).toBe('B');
  });

  it('notes a write still waiting at pagehide, and the reload of that address applies it once', () => {
    const carry = memoryStorage();
    const s = setup('?v=1&tpm=10M', carry);
    s.move(9e8);
    s.fire('pagehide');
    expect(carry.items.get(UNWRITTEN_LINK_KEY)).toBeDefined();
    // The reload reloads the address as it was before the write.
    const reloaded = fakeWindow('?v=1&tpm=10M');
    takeUnwrittenLink(reloaded.win, carry, true);
    expect(reloaded.win.location.search).toContain('tpm=900M');
    expect(carry.items.has(UNWRITTEN_LINK_KEY)).toBe(false);
  });

  it('a reload already on its way when the quiet write fires still gets the last press', () => {
    const carry = memoryStorage();
    const s = setup('?v=1&tpm=10M', carry);
    s.move(9e8);
    // The reader pressed reload: its request left with ?tpm=10M. The quiet
    // timer fires before the old page is hidden, so pagehide finds nothing waiting.
    vi.advanceTimersByTime(URL_WRITE_QUIET_MS);
    expect(s.win.location.search).toContain('tpm=900M');
    s.fire('pagehide');
    const reloaded = fakeWindow('?v=1&tpm=10M');
    takeUnwrittenLink(reloaded.win, carry, true);
    expect(reloaded.win.location.search).toContain('tpm=900M');
  });

  it('the last write is not re-applied once Back, Forward or a push moved the address', () => {
    const carry = memoryStorage();
    const s = setup('?v=1&tpm=10M', carry);
    s.sync.navigate(decodeLink('?v=1&tpm=3B', { catalog }).inputs, 'B');
    s.move(4e9);
    vi.advanceTimersByTime(URL_WRITE_QUIET_MS);
    expect(carry.items.has(UNWRITTEN_LINK_KEY)).toBe(true);
    s.go(-1);
    expect(carry.items.has(UNWRITTEN_LINK_KEY)).toBe(false);
    // A write then a push: the new entry's reload opens the new entry.
    s.move(2e7);
    vi.advanceTimersByTime(URL_WRITE_QUIET_MS);
    s.sync.navigate(decodeLink('?v=1&tpm=5B', { catalog }).inputs, null);
    expect(carry.items.has(UNWRITTEN_LINK_KEY)).toBe(false);
  });

  it('a noted write applies only to a reload of the same address, and never twice', () => {
    const carry = memoryStorage();
    const s = setup('?v=1&tpm=10M', carry);
    s.move(9e8);
    s.fire('pagehide');
    const noted = carry.items.get(UNWRITTEN_LINK_KEY)!;
    const elsewhere = fakeWindow('?v=1&tpm=20M');
    takeUnwrittenLink(elsewhere.win, carry, true);
    expect(elsewhere.win.location.search).toBe('?v=1&tpm=20M');
    carry.setItem(UNWRITTEN_LINK_KEY, noted);
    const typedAgain = fakeWindow('?v=1&tpm=10M');
    takeUnwrittenLink(typedAgain.win, carry, false);
    expect(typedAgain.win.location.search).toBe('?v=1&tpm=10M');
    expect(carry.items.has(UNWRITTEN_LINK_KEY)).toBe(false);
    // Whatever else is stored under the key is ignored: only a query, only for this address.
    for (const junk of [
      '{"evil":1}',
      '/app/?v=1&tpm=10M\n/elsewhere?v=1',
      '/app/?v=1&tpm=10M\n?v=1&tpm=1B\nmore',
      `/app/?v=1&tpm=10M\n?${'x'.repeat(40_000)}`,
    ]) {
      carry.setItem(UNWRITTEN_LINK_KEY, junk);
      takeUnwrittenLink(typedAgain.win, carry, true);
      expect(typedAgain.win.location.search).toBe('?v=1&tpm=10M');
      expect(typedAgain.history.replaceState).not.toHaveBeenCalled();
    }
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
    const { sync, history, move, fire } = setup();
    move(3e9);
    sync.stop();
    move(2e9);
    fire('pagehide');
    vi.runAllTimers();
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
