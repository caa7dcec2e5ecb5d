import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addScenario,
  deleteScenario,
  duplicateScenario,
  exportScenarios,
  importScenarios,
  loadSaved,
  readSetAside,
  renameScenario,
  saveAll,
  SAVED_KEY,
  SET_ASIDE_KEY,
  type KeyValueStoreLike,
  type SavedScenario,
} from '../../../src/features/saved-scenarios/saved-store';

const NOW = new Date('2026-11-28T10:00:00.000Z');

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const store: KeyValueStoreLike & { data: Map<string, string> } = {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => {
      data.set(k, v);
      return true;
    },
  };
  return store;
}

const entry = (id: string, name = `S ${id}`): SavedScenario => ({
  id,
  name,
  query: `v=1&cat=2026-11-27&tpm=${id}M`,
  savedAt: NOW.toISOString(),
});

describe('loadSaved', () => {
  it('reads an empty browser as an empty list', () => {
    expect(loadSaved(memory(), NOW)).toEqual({
      entries: [],
      setAsideNow: 0,
      persisted: true,
    });
  });

  it('round-trips a saved list', () => {
    const store = memory();
    saveAll(store, [entry('1'), entry('2')]);
    expect(loadSaved(store, NOW).entries).toEqual([entry('1'), entry('2')]);
  });

  it('sets aside a corrupted entry (not deleted) and keeps the others', () => {
    const good = entry('1');
    const store = memory({
      [SAVED_KEY]: JSON.stringify({
        format: 'crossover-saved-scenarios',
        version: 1,
        entries: [good, { id: '2', name: 7, query: 'x' }, 'junk', good],
      }),
    });
    const r = loadSaved(store, NOW);
    expect(r.entries).toEqual([good]);
    expect(r.setAsideNow).toBe(3);
    const aside = readSetAside(store);
    expect(aside.map((a) => a.raw)).toEqual([
      { id: '2', name: 7, query: 'x' },
      'junk',
      good,
    ]);
    expect(aside.map((a) => a.reason)).toEqual([
      expect.stringContaining('name'),
      expect.any(String),
      'repeated id',
    ]);
    // The list is rewritten without them; a second load is clean.
    expect(loadSaved(store, NOW)).toEqual({
      entries: [good],
      setAsideNow: 0,
      persisted: true,
    });
  });

  it('sets aside a list that is not JSON, or is foreign, verbatim', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ format: 'someone-else', items: [1] }),
      JSON.stringify({
        format: 'crossover-saved-scenarios',
        version: 2,
        entries: [],
      }),
    ]) {
      const store = memory({ [SAVED_KEY]: raw });
      const r = loadSaved(store, NOW);
      expect(r.entries).toEqual([]);
      expect(r.setAsideNow).toBe(1);
      const kept = readSetAside(store)[0]!.raw;
      expect(typeof kept === 'string' ? kept : JSON.stringify(kept)).toBe(raw);
    }
  });

  it('keeps an unreadable set-aside list too, inside the new one', () => {
    const store = memory({ [SET_ASIDE_KEY]: 'garbage', [SAVED_KEY]: '{' });
    loadSaved(store, NOW);
    expect(readSetAside(store).map((a) => a.raw)).toEqual(['garbage', '{']);
  });

  it('never loses what it could not write: no rewrite if setting aside failed', () => {
    const raw = '{broken';
    const store = memory({ [SAVED_KEY]: raw });
    const refusing: KeyValueStoreLike = { get: store.get, set: () => false };
    expect(loadSaved(refusing, NOW)).toMatchObject({
      entries: [],
      persisted: false,
    });
    expect(store.data.get(SAVED_KEY)).toBe(raw);
  });

  it('never throws on anything in storage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) =>
            JSON.stringify({
              format: 'crossover-saved-scenarios',
              version: 1,
              entries: [v],
            }),
          ),
        ),
        (raw) => {
          const store = memory({ [SAVED_KEY]: raw });
          const r = loadSaved(store, NOW);
          expect(Array.isArray(r.entries)).toBe(true);
        },
      ),
    );
  });
});

describe('list operations', () => {
  it('adds, renames, duplicates after the source, deletes', () => {
    let list = addScenario(
      [],
      { name: '  Q3\u0000 plan ', query: 'tpm=2B' },
      'a',
      NOW,
    );
    expect(list).toEqual([
      { id: 'a', name: 'Q3 plan', query: 'tpm=2B', savedAt: NOW.toISOString() },
    ]);
    list = addScenario(list, { name: '', query: '' }, 'b', NOW);
    expect(list[1]!.name).toBe('Untitled scenario');
    list = renameScenario(list, 'a', 'Plan A', NOW);
    expect(list[0]!.name).toBe('Plan A');
    expect(renameScenario(list, 'a', '   ', NOW)[0]!.name).toBe('Plan A');
    list = duplicateScenario(list, 'a', 'c', NOW);
    expect(list.map((e) => [e.id, e.name])).toEqual([
      ['a', 'Plan A'],
      ['c', 'Plan A (copy)'],
      ['b', 'Untitled scenario'],
    ]);
    expect(deleteScenario(list, 'c').map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('export and import', () => {
  it('round-trips through the export file, adding (never replacing)', () => {
    const file = exportScenarios([entry('1', 'One'), entry('2', 'Two')], {
      exportedAt: NOW,
      catalogVersion: '2026-11-27',
      baseUrl: 'https://x.org/crossover/',
    });
    expect(JSON.parse(file)).toMatchObject({
      format: 'crossover-scenarios',
      version: 1,
      entries: [
        {
          name: 'One',
          link: 'https://x.org/crossover/?v=1&cat=2026-11-27&tpm=1M',
        },
        { name: 'Two' },
      ],
    });
    let n = 0;
    const r = importScenarios(
      [entry('0', 'Zero')],
      file,
      () => `new-${++n}`,
      NOW,
    );
    expect(r.error).toBeNull();
    expect(r.added).toBe(2);
    expect(r.entries.map((e) => [e.id, e.name, e.query])).toEqual([
      ['0', 'Zero', entry('0').query],
      ['new-1', 'One', entry('1').query],
      ['new-2', 'Two', entry('2').query],
    ]);
  });

  it('skips bad entries with their position and reason, and refuses other files', () => {
    const file = JSON.stringify({
      format: 'crossover-scenarios',
      version: 1,
      entries: [
        { name: 'ok', query: 'tpm=5M' },
        { name: 'bad' },
        { name: '<b>x</b>', query: '?tpm=1M' },
      ],
    });
    const r = importScenarios([], file, () => 'id', NOW);
    expect(r.added).toBe(1);
    expect(r.skipped.map((s) => s.position)).toEqual([2, 3]);
    expect(importScenarios([], '{"hello":1}', () => 'id', NOW).error).toMatch(
      /not a Crossover scenarios file/,
    );
    expect(importScenarios([], 'nope', () => 'id', NOW).error).toMatch(
      /not JSON/,
    );
  });
});
