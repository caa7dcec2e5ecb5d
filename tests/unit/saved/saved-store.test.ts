import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportScenarios,
  importScenarios,
  MAX_SAVED,
  readLegacyList,
  readSetAside,
  setAside,
  summariseSkipped,
  SET_ASIDE_KEY,
  type SavedEntryFields,
} from '../../../src/features/saved-scenarios/saved-store';
import { memory } from './memory-store';

const NOW = new Date('2026-11-28T10:00:00.000Z');

const entry = (id: string, name = `S ${id}`): SavedEntryFields => ({
  id,
  name,
  query: `v=1&cat=2026-11-27&tpm=${id}M`,
  savedAt: NOW.toISOString(),
});

const list = (entries: unknown[]) =>
  JSON.stringify({ format: 'crossover-saved-scenarios', version: 1, entries });

describe('readLegacyList (the one-key list of ADR-11)', () => {
  it('reads valid entries and names each bad one with why', () => {
    const good = entry('1');
    const r = readLegacyList(
      list([good, { id: '2', name: 7, query: 'x' }, 'junk', good]),
    );
    if (r.kind !== 'list') throw new Error(r.kind);
    expect(r.entries).toEqual([good]);
    expect(r.bad.map((b) => b.reason)).toEqual([
      expect.stringContaining('name'),
      expect.any(String),
      'repeated id',
    ]);
  });

  it('calls a non-JSON, foreign or newer list unreadable and keeps it verbatim', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ format: 'someone-else', items: [1] }),
      JSON.stringify({
        format: 'crossover-saved-scenarios',
        version: 2,
        entries: [],
      }),
    ]) {
      const r = readLegacyList(raw);
      expect(r).toMatchObject({ kind: 'unreadable', raw });
    }
  });

  it('D1: a list nested 100,000 deep is unreadable, not a stack overflow', () => {
    const deep = '['.repeat(1e5) + ']'.repeat(1e5);
    expect(readLegacyList(deep)).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('nested more than'),
    });
    // One valid entry wrapped 10,000 deep.
    const wrapped =
      '['.repeat(1e4) + JSON.stringify(entry('1')) + ']'.repeat(1e4);
    expect(readLegacyList(list([]).replace('[]', wrapped)).kind).toBe(
      'unreadable',
    );
  });

  it('never throws on anything in storage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => list([v])),
        ),
        (raw) => {
          expect(() => readLegacyList(raw)).not.toThrow();
        },
      ),
    );
  });
});

describe('set aside', () => {
  it('keeps an unreadable set-aside list too, inside the new one', () => {
    const store = memory({ [SET_ASIDE_KEY]: 'garbage' });
    setAside(store, [{ at: '', from: 'x', reason: 'r', raw: '{' }]);
    expect(readSetAside(store).map((a) => a.raw)).toEqual(['garbage', '{']);
  });

  it('D1: a deeply nested set-aside list is read back as one raw string', () => {
    const deep = '['.repeat(1e5) + ']'.repeat(1e5);
    const store = memory({ [SET_ASIDE_KEY]: deep });
    expect(readSetAside(store)).toEqual([
      { at: '', from: SET_ASIDE_KEY, reason: 'unreadable', raw: deep },
    ]);
    // And appending to it stringifies a string, not a 100,000-deep array.
    expect(setAside(store, [{ at: '', from: 'x', reason: 'r', raw: 1 }])).toBe(
      true,
    );
  });
});

describe('export and import', () => {
  it('round-trips through the export file', () => {
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
    const r = importScenarios(file, MAX_SAVED, NOW);
    expect(r.error).toBeNull();
    expect(r.adds.map((e) => [e.name, e.query])).toEqual([
      ['One', entry('1').query],
      ['Two', entry('2').query],
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
    const r = importScenarios(file, MAX_SAVED, NOW);
    expect(r.adds).toHaveLength(1);
    expect(r.skipped.map((s) => s.position)).toEqual([2, 3]);
    expect(importScenarios('{"hello":1}', 9, NOW).error).toMatch(
      /not a Crossover scenarios file/,
    );
    expect(importScenarios('nope', 9, NOW).error).toMatch(/not JSON/);
    expect(importScenarios('['.repeat(1e5), 9, NOW).error).toMatch(/nested/);
  });

  it('adds no more than the room left, and says why for the rest', () => {
    const file = JSON.stringify({
      format: 'crossover-scenarios',
      version: 1,
      entries: Array.from({ length: 10 }, (_, i) => ({
        name: `n${i}`,
        query: '',
      })),
    });
    const r = importScenarios(file, 3, NOW);
    expect(r.adds).toHaveLength(3);
    expect(r.skipped).toHaveLength(7);
    expect(r.skipped[0]!.reason).toContain(`${MAX_SAVED}`);
  });

  it('D7: 5,000 skipped entries summarise into a few groups of counted reasons', () => {
    const entries = [
      ...Array.from({ length: 4800 }, () => ({ name: 'x' })),
      ...Array.from({ length: 12 }, () => ({ name: 'y', query: '?bad' })),
    ];
    const r = importScenarios(
      JSON.stringify({ format: 'crossover-scenarios', version: 1, entries }),
      MAX_SAVED,
      NOW,
    );
    const groups = summariseSkipped(r.skipped);
    expect(groups.map((g) => g.count)).toEqual([4800, 12]);
    // Each group lists a bounded number of positions, however many it counts.
    for (const g of groups) expect(g.positions.length).toBeLessThanOrEqual(20);
    expect(JSON.stringify(groups).length).toBeLessThan(2_000);
  });
});
