import { parseBoundedJson } from '../../lib/bounded-json';
import { cleanName } from '../../url';
import {
  LIMITS,
  MAX_SAVED,
  readLegacyList,
  readSetAside,
  SAVED_KEY,
  setAside,
  storedEntrySchema,
  reasonOf,
  type ImportedScenario,
  type KeyValueStoreLike,
  type SavedScenario,
} from './saved-store';

/**
 * Saved scenarios as a small database (ADR-22): one localStorage key per
 * entry. Setting one key is atomic in every browser, so two tabs saving at
 * once write two keys and both survive, and every change (rename, delete) is
 * a read-modify-write of the one entry it touches, read from storage at that
 * moment. No change ever rewrites the whole list, so nothing one tab holds in
 * memory can overwrite what another stored.
 */

export const ENTRY_PREFIX = 'crossover:saved:';
/**
 * Set when the older list was migrated but had to be kept (something in it
 * could not be set aside): the list's fingerprint, so it is not migrated
 * again (which would bring back entries deleted since).
 */
export const LEGACY_SEEN_KEY = 'crossover:saved-legacy-seen';

export const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;

/** Why the older list still exists, when it does (the page says so and offers it). */
export type LegacyKept = {
  readonly reason: string;
  /** Its size in characters, for the notice. */
  readonly chars: number;
};

/** What the dialog shows: the list, and everything it could not show. */
export type Library = {
  readonly entries: readonly SavedScenario[];
  /** Entry keys that could not be read: left exactly as they are, with why. */
  readonly unreadable: readonly {
    readonly key: string;
    readonly reason: string;
  }[];
  /** Entries stored beyond MAX_SAVED: kept, not read (D6). */
  readonly beyondLimit: number;
  /** Entries set aside by this load (migration of the older list). */
  readonly setAsideNow: number;
  /** Entries in the set-aside list, now or earlier. */
  readonly setAsideCount: number;
  /** Set when the older one-key list is still there because it could not be safely moved. */
  readonly legacyKept: LegacyKept | null;
};

/** A short, stable fingerprint of a string (FNV-1a, 32 bits) plus its length. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

/** One stored entry, or why it cannot be read. */
export function readEntry(
  store: KeyValueStoreLike,
  key: string,
): { ok: true; entry: SavedScenario } | { ok: false; reason: string } | null {
  const raw = store.get(key);
  if (raw === null) return null;
  const json = parseBoundedJson(raw, LIMITS.entry);
  if (!json.ok) return { ok: false, reason: json.reason };
  const parsed = storedEntrySchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  if (entryKey(parsed.data.id) !== key)
    return { ok: false, reason: 'id does not match its key' };
  return { ok: true, entry: parsed.data };
}

/** Writes one entry under its own key; false when storage refused. */
export function putEntry(store: KeyValueStoreLike, entry: SavedScenario) {
  return store.set(entryKey(entry.id), JSON.stringify(entry));
}

export function entryKeys(store: KeyValueStoreLike): string[] {
  return store
    .keys()
    .filter((k) => k.startsWith(ENTRY_PREFIX))
    .sort();
}

const byOrder = (a: SavedScenario, b: SavedScenario) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Moves the older one-key list into entry keys, losing nothing: valid entries
 * get their own keys (same ids, so two tabs migrating at once agree); bad
 * ones go to the set-aside list; the old key is removed only when all of it
 * is safely elsewhere. Otherwise it stays untouched and is reported (D2).
 */
function migrateLegacy(
  store: KeyValueStoreLike,
  now: Date,
): { setAsideNow: number; kept: LegacyKept | null } {
  const raw = store.get(SAVED_KEY);
  if (raw === null) return { setAsideNow: 0, kept: null };
  const print = fingerprint(raw);
  // Seen before and kept: not parsed again (bounded time), not migrated again.
  const seen = store.get(LEGACY_SEEN_KEY);
  if (seen?.startsWith(`${print}\n`))
    return {
      setAsideNow: 0,
      kept: { reason: seen.slice(print.length + 1, 300), chars: raw.length },
    };
  // Marked first: if the move stops half-way, the next load must not move it again.
  if (!store.set(LEGACY_SEEN_KEY, `${print}\nstorage is full`))
    return {
      setAsideNow: 0,
      kept: { reason: 'storage is full', chars: raw.length },
    };
  const room = Math.max(0, MAX_SAVED - entryKeys(store).length);
  const legacy = readLegacyList(raw, room);
  const at = now.toISOString();
  if (legacy.kind === 'none') return { setAsideNow: 0, kept: null };
  let complete = true;
  let overLimit = false;
  let setAsideNow = 0;
  if (legacy.kind === 'unreadable') {
    // Kept verbatim as the string it is: never parsed into something deep.
    setAsideNow = 1;
    complete = setAside(store, [
      { at, from: SAVED_KEY, reason: legacy.reason, raw },
    ]);
  } else {
    let count = entryKeys(store).length;
    if (legacy.unread > 0) {
      complete = false;
      overLimit = true;
    }
    legacy.entries.forEach((e, i) => {
      if (store.get(entryKey(e.id)) !== null) return;
      if (count >= MAX_SAVED) {
        complete = false;
        overLimit = true;
        return;
      }
      if (putEntry(store, { ...e, order: i })) count++;
      else complete = false;
    });
    if (legacy.bad.length > 0) {
      setAsideNow = legacy.bad.length;
      const kept = setAside(
        store,
        legacy.bad.map((b) => ({ at, from: SAVED_KEY, ...b })),
      );
      complete &&= kept;
    }
  }
  if (complete) {
    store.remove(SAVED_KEY);
    store.remove(LEGACY_SEEN_KEY);
    return { setAsideNow, kept: null };
  }
  const reason =
    legacy.kind === 'unreadable'
      ? `${legacy.reason}, and there is no room to set it aside`
      : overLimit
        ? `it holds more than ${MAX_SAVED} entries; the first ones were moved`
        : 'there is no room to move all of it';
  store.set(LEGACY_SEEN_KEY, `${print}\n${reason}`);
  return { setAsideNow, kept: { reason, chars: raw.length } };
}

/**
 * Reads the library as stored now: migrates the older list if present, then
 * reads at most MAX_SAVED entry keys (each size- and depth-limited). Never
 * throws, never writes over anything it could not read.
 */
export function loadLibrary(store: KeyValueStoreLike, now: Date): Library {
  const legacy = migrateLegacy(store, now);
  const keys = entryKeys(store);
  const entries: SavedScenario[] = [];
  const unreadable: { key: string; reason: string }[] = [];
  for (const key of keys.slice(0, MAX_SAVED)) {
    const r = readEntry(store, key);
    if (r?.ok) entries.push(r.entry);
    else if (r) unreadable.push({ key, reason: r.reason });
  }
  return {
    entries: entries.sort(byOrder),
    unreadable,
    beyondLimit: Math.max(0, keys.length - MAX_SAVED),
    setAsideNow: legacy.setAsideNow,
    setAsideCount: readSetAside(store).length,
    legacyKept: legacy.kept,
  };
}

/** A place after every entry listed (new saves go last; ties by id). */
export function orderAfterAll(
  entries: readonly SavedScenario[],
  now: Date,
): number {
  const last = entries.reduce((m, e) => Math.max(m, e.order), 0);
  return Math.max(now.getTime(), last + 1);
}

export type Change =
  | { readonly ok: true; readonly entry: SavedScenario }
  | {
      readonly ok: false;
      readonly why: 'full' | 'gone' | 'refused';
      readonly entry?: SavedScenario;
    };

/** Saves a new entry, if fewer than MAX_SAVED are stored right now (read now, not from memory). */
export function saveNew(
  store: KeyValueStoreLike,
  fields: { name: string; query: string; savedAt?: string },
  id: string,
  order: number,
  now: Date,
): Change {
  if (entryKeys(store).length >= MAX_SAVED) return { ok: false, why: 'full' };
  const entry: SavedScenario = {
    id,
    name: cleanName(fields.name) || 'Untitled scenario',
    query: fields.query,
    savedAt: fields.savedAt ?? now.toISOString(),
    order,
  };
  return putEntry(store, entry)
    ? { ok: true, entry }
    : { ok: false, why: 'refused', entry };
}

/** Renames the entry as stored now; 'gone' when another tab deleted it. */
export function renameStored(
  store: KeyValueStoreLike,
  id: string,
  name: string,
  now: Date,
): Change {
  const current = readEntry(store, entryKey(id));
  if (!current?.ok) return { ok: false, why: 'gone' };
  const clean = cleanName(name);
  if (!clean) return { ok: true, entry: current.entry };
  const entry = { ...current.entry, name: clean, savedAt: now.toISOString() };
  return putEntry(store, entry)
    ? { ok: true, entry }
    : { ok: false, why: 'refused', entry };
}

/** A copy right after its source (between it and the next entry listed). */
export function duplicateStored(
  store: KeyValueStoreLike,
  listed: readonly SavedScenario[],
  id: string,
  newId: string,
  now: Date,
): Change {
  const current = readEntry(store, entryKey(id));
  if (!current?.ok) return { ok: false, why: 'gone' };
  const source = current.entry;
  const next = listed.filter((e) => e.order > source.order).sort(byOrder)[0];
  const order = next ? (source.order + next.order) / 2 : source.order + 1;
  return saveNew(
    store,
    { name: `${source.name} (copy)`, query: source.query },
    newId,
    order,
    now,
  );
}

/** Adds imported scenarios after the list, as many as there is room for now. */
export function importStored(
  store: KeyValueStoreLike,
  listed: readonly SavedScenario[],
  adds: readonly ImportedScenario[],
  newId: () => string,
  now: Date,
): { added: number; full: number; refused: number } {
  const base = orderAfterAll(listed, now);
  let added = 0;
  let full = 0;
  let refused = 0;
  adds.forEach((a, i) => {
    const r = saveNew(store, a, newId(), base + i / 1000, now);
    if (r.ok) added++;
    else if (r.why === 'full') full++;
    else refused++;
  });
  return { added, full, refused };
}
