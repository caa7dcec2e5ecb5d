import { describe, expect, it } from 'vitest';
import {
  duplicateStored,
  entryKey,
  importStored,
  LEGACY_SEEN_KEY,
  loadLibrary,
  orderAfterAll,
  putEntry,
  renameStored,
  saveNew,
} from '../../../src/features/saved-scenarios/saved-db';
import {
  MAX_SAVED,
  readSetAside,
  SAVED_KEY,
  SET_ASIDE_KEY,
  type SavedScenario,
} from '../../../src/features/saved-scenarios/saved-store';
import { memory } from './memory-store';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const old = (id: string, name = `S ${id}`) => ({
  id,
  name,
  query: `v=1&tpm=${id}M`,
  savedAt: NOW.toISOString(),
});
const list = (entries: unknown[]) =>
  JSON.stringify({ format: 'crossover-saved-scenarios', version: 1, entries });
const names = (store: ReturnType<typeof memory>) =>
  loadLibrary(store, NOW).entries.map((e) => e.name);

describe('migration from the one-key list (ADR-22): loses nothing', () => {
  it('moves every valid entry to its own key, in order, and removes the old key', () => {
    const store = memory({ [SAVED_KEY]: list([old('a', 'A'), old('b', 'B')]) });
    expect(names(store)).toEqual(['A', 'B']);
    expect(store.data.has(SAVED_KEY)).toBe(false);
    expect(store.data.has(entryKey('a'))).toBe(true);
  });

  it('sets bad entries aside (kept verbatim, with why) before the old key goes', () => {
    const store = memory({
      [SAVED_KEY]: list([old('a'), { id: 'bad', name: { evil: true } }]),
    });
    const lib = loadLibrary(store, NOW);
    expect(lib.entries).toHaveLength(1);
    expect(lib.setAsideNow).toBe(1);
    expect(readSetAside(store)[0]!.raw).toEqual({
      id: 'bad',
      name: { evil: true },
    });
    expect(store.data.has(SAVED_KEY)).toBe(false);
    // A second load is clean.
    expect(loadLibrary(store, NOW)).toMatchObject({
      setAsideNow: 0,
      setAsideCount: 1,
    });
  });

  it('D1: a 100,000-deep list is set aside as the string it was, without a stack overflow', () => {
    const deep = '['.repeat(1e5) + ']'.repeat(1e5);
    const store = memory({ [SAVED_KEY]: deep });
    const lib = loadLibrary(store, NOW);
    expect(lib.entries).toEqual([]);
    expect(readSetAside(store)[0]!.raw).toBe(deep);
  });

  it('D2: an unreadable list that cannot be set aside is kept untouched, said so, and never written over', () => {
    const raw = `{"format":"crossover-saved-scenarios","version":1,"entries":[${'x'.repeat(4_000)}`;
    // Room for the original and a few entries, not for a copy of it.
    const store = memory({ [SAVED_KEY]: raw }, raw.length + 3_000);
    const lib = loadLibrary(store, NOW);
    expect(lib.legacyKept).toMatchObject({
      reason: expect.stringContaining('no room'),
    });
    expect(lib.setAsideNow).toBe(1);
    expect(store.data.get(SAVED_KEY)).toBe(raw);
    // The next save goes to its own key; the original is still there, byte for byte.
    const r = saveNew(store, { name: 'New', query: 'tpm=1M' }, 'n1', 1, NOW);
    expect(r.ok).toBe(true);
    expect(store.data.get(SAVED_KEY)).toBe(raw);
    // Not migrated again on the next load (fingerprint), still reported.
    const again = loadLibrary(store, NOW);
    expect(again.legacyKept).not.toBeNull();
    expect(again.setAsideNow).toBe(0);
    expect(store.data.get(LEGACY_SEEN_KEY)).toBeDefined();
  });

  it('never brings back an entry deleted after a partial migration', () => {
    const raw = list([old('a', 'A'), { id: 'bad' }]);
    // Too small to set aside the bad entry: the old list has to stay.
    const store = memory({ [SAVED_KEY]: raw }, raw.length + 200);
    expect(names(store)).toEqual(['A']);
    expect(store.data.get(SAVED_KEY)).toBe(raw);
    store.remove(entryKey('a'));
    expect(names(store)).toEqual([]);
  });
});

describe('limits on load (D6)', () => {
  it('a stored list of 20,000 opens with MAX_SAVED entries, fast, and keeps the rest', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => old(`e${i}`));
    const store = memory({ [SAVED_KEY]: list(many) });
    const t0 = performance.now();
    const lib = loadLibrary(store, NOW);
    const first = performance.now() - t0;
    expect(lib.entries).toHaveLength(MAX_SAVED);
    expect(lib.legacyKept?.reason).toContain(`more than ${MAX_SAVED}`);
    expect(store.data.has(SAVED_KEY)).toBe(true);
    const t1 = performance.now();
    loadLibrary(store, NOW);
    const second = performance.now() - t1;
    // Generous for a shared CI core; the browser test measures the dialog itself.
    expect(first).toBeLessThan(1_500);
    expect(second).toBeLessThan(200);
  });

  it('reads at most MAX_SAVED entry keys and counts the rest', () => {
    const store = memory();
    for (let i = 0; i < MAX_SAVED + 30; i++)
      putEntry(store, { ...old(`k${i}`), order: i });
    const lib = loadLibrary(store, NOW);
    expect(lib.entries).toHaveLength(MAX_SAVED);
    expect(lib.beyondLimit).toBe(30);
  });

  it('leaves an unreadable or oversized entry key as it is and reports it', () => {
    const store = memory({
      [entryKey('deep')]: '['.repeat(1e5),
      [entryKey('big')]: JSON.stringify({
        ...old('big'),
        order: 1,
        pad: 'x'.repeat(9_000),
      }),
      [entryKey('liar')]: JSON.stringify({ ...old('other'), order: 1 }),
    });
    const lib = loadLibrary(store, NOW);
    expect(lib.entries).toEqual([]);
    expect(lib.unreadable.map((u) => u.key).sort()).toEqual(
      [entryKey('big'), entryKey('deep'), entryKey('liar')].sort(),
    );
    expect(store.data.get(entryKey('deep'))).toBe('['.repeat(1e5));
  });
});

describe('changes are read-modify-write of one entry (D3)', () => {
  it('two tabs saving from stale lists both survive', () => {
    const store = memory();
    const tabA = loadLibrary(store, NOW).entries;
    const tabB = loadLibrary(store, NOW).entries;
    saveNew(
      store,
      { name: 'From A', query: '' },
      'a',
      orderAfterAll(tabA, NOW),
      NOW,
    );
    saveNew(
      store,
      { name: 'From B', query: '' },
      'b',
      orderAfterAll(tabB, NOW),
      NOW,
    );
    expect(names(store).sort()).toEqual(['From A', 'From B']);
  });

  it('a rename in one tab keeps what another tab saved, and says when the entry was deleted elsewhere', () => {
    const store = memory();
    saveNew(store, { name: 'One', query: '' }, 'one', 1, NOW);
    saveNew(store, { name: 'Two', query: '' }, 'two', 2, NOW);
    expect(renameStored(store, 'one', 'Uno', NOW).ok).toBe(true);
    expect(names(store)).toEqual(['Uno', 'Two']);
    store.remove(entryKey('two'));
    expect(renameStored(store, 'two', 'Dos', NOW)).toEqual({
      ok: false,
      why: 'gone',
    });
    expect(names(store)).toEqual(['Uno']);
  });

  it('refuses the save past MAX_SAVED counted in storage now, not in a tab’s memory', () => {
    const store = memory();
    for (let i = 0; i < MAX_SAVED; i++)
      putEntry(store, { ...old(`k${i}`), order: i });
    expect(saveNew(store, { name: 'x', query: '' }, 'x', 0, NOW)).toEqual({
      ok: false,
      why: 'full',
    });
  });

  it('a duplicate goes right after its source', () => {
    const store = memory();
    saveNew(store, { name: 'A', query: '' }, 'a', 1, NOW);
    saveNew(store, { name: 'B', query: '' }, 'b', 2, NOW);
    const listed: SavedScenario[] = [...loadLibrary(store, NOW).entries];
    duplicateStored(store, listed, 'a', 'c', NOW);
    expect(names(store)).toEqual(['A', 'A (copy)', 'B']);
  });

  it('import adds after the list and stops at MAX_SAVED', () => {
    const store = memory();
    saveNew(store, { name: 'First', query: '' }, 'f', 1, NOW);
    let n = 0;
    const adds = Array.from({ length: MAX_SAVED + 5 }, (_, i) => ({
      name: `I${i}`,
      query: '',
      savedAt: NOW.toISOString(),
    }));
    const r = importStored(
      store,
      loadLibrary(store, NOW).entries,
      adds,
      () => `i${n++}`,
      NOW,
    );
    expect(r).toEqual({ added: MAX_SAVED - 1, full: 6, refused: 0 });
    expect(names(store)[0]).toBe('First');
    expect(names(store)[1]).toBe('I0');
  });

  it('nothing it does writes the set-aside key unless something is set aside', () => {
    const store = memory();
    saveNew(store, { name: 'A', query: '' }, 'a', 1, NOW);
    loadLibrary(store, NOW);
    expect(store.data.has(SET_ASIDE_KEY)).toBe(false);
  });
});
