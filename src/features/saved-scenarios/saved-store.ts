import { z } from 'zod';
import { cleanName } from '../../url';

/**
 * Saved scenarios in this browser (issue 6). An entry stores the scenario as
 * its share-link query, so saved scenarios follow the URL contract: versioned,
 * migrated, retired ids mapped. The list itself is versioned and validated
 * with zod entry by entry; anything unreadable is *set aside* under its own
 * key — never deleted — and reported.
 */

/** The few storage operations needed (the app passes its localStorage boundary). */
export type KeyValueStoreLike = {
  readonly get: (key: string) => string | null;
  readonly set: (key: string, value: string) => boolean;
};

export const SAVED_KEY = 'crossover:saved-scenarios';
export const SET_ASIDE_KEY = 'crossover:set-aside';
export const SAVED_FORMAT = 'crossover-saved-scenarios';
export const SAVED_VERSION = 1;
export const EXPORT_FORMAT = 'crossover-scenarios';
/** More than anyone keeps by hand; stops a runaway import from filling storage. */
export const MAX_SAVED = 200;

/** A link query without `?`; the share link's length budget with room to spare. */
const querySchema = z
  .string()
  .max(4000)
  .refine((q) => !q.startsWith('?'), 'starts with ?');

export const savedScenarioSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().transform(cleanName).pipe(z.string().min(1, 'has no name')),
  query: querySchema,
  /** ISO 8601 time it was saved or last renamed. */
  savedAt: z.iso.datetime(),
});
export type SavedScenario = z.infer<typeof savedScenarioSchema>;

const envelopeSchema = z.object({
  format: z.literal(SAVED_FORMAT),
  version: z.literal(SAVED_VERSION),
  entries: z.array(z.unknown()),
});

/** Something that could not be read, kept verbatim with the reason. */
export const setAsideEntrySchema = z.object({
  at: z.string(),
  from: z.string(),
  reason: z.string(),
  raw: z.unknown(),
});
export type SetAsideEntry = z.infer<typeof setAsideEntrySchema>;

export type LoadResult = {
  readonly entries: readonly SavedScenario[];
  /** How many entries were set aside by this load (0 when all was well). */
  readonly setAsideNow: number;
  /** False when storage refused the write (the list still works for this page). */
  readonly persisted: boolean;
};

function reasonOf(error: z.ZodError): string {
  const i = error.issues[0];
  return i ? `${i.path.join('.') || 'entry'}: ${i.message}` : 'not valid';
}

/** Everything set aside so far (for download). Unreadable set-aside data is returned raw. */
export function readSetAside(store: KeyValueStoreLike): SetAsideEntry[] {
  const raw = store.get(SET_ASIDE_KEY);
  if (raw === null) return [];
  try {
    const parsed = z.array(setAsideEntrySchema).safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Fall through: keep it as one raw entry.
  }
  return [{ at: '', from: SET_ASIDE_KEY, reason: 'unreadable', raw }];
}

/** Appends to the set-aside list; a broken list is itself kept, inside the new one. */
function setAside(
  store: KeyValueStoreLike,
  items: readonly SetAsideEntry[],
): boolean {
  if (items.length === 0) return true;
  return store.set(
    SET_ASIDE_KEY,
    JSON.stringify([...readSetAside(store), ...items]),
  );
}

/**
 * Reads the saved list. Never throws and never loses data: an unreadable list
 * or entry is moved to the set-aside key (with the reason and time) before
 * the list is rewritten without it.
 */
export function loadSaved(store: KeyValueStoreLike, now: Date): LoadResult {
  const raw = store.get(SAVED_KEY);
  if (raw === null) return { entries: [], setAsideNow: 0, persisted: true };
  const at = now.toISOString();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    const kept = setAside(store, [
      { at, from: SAVED_KEY, reason: 'not JSON', raw },
    ]);
    // Only replace the original once it is safely kept elsewhere.
    const persisted = kept && saveAll(store, []);
    return { entries: [], setAsideNow: 1, persisted };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const kept = setAside(store, [
      {
        at,
        from: SAVED_KEY,
        reason: `not a saved-scenarios list of version ${SAVED_VERSION} (${reasonOf(envelope.error)})`,
        raw: json,
      },
    ]);
    const persisted = kept && saveAll(store, []);
    return { entries: [], setAsideNow: 1, persisted };
  }
  const entries: SavedScenario[] = [];
  const bad: SetAsideEntry[] = [];
  const ids = new Set<string>();
  for (const item of envelope.data.entries) {
    const parsed = savedScenarioSchema.safeParse(item);
    if (!parsed.success) {
      bad.push({
        at,
        from: SAVED_KEY,
        reason: reasonOf(parsed.error),
        raw: item,
      });
    } else if (ids.has(parsed.data.id)) {
      bad.push({ at, from: SAVED_KEY, reason: 'repeated id', raw: item });
    } else {
      ids.add(parsed.data.id);
      entries.push(parsed.data);
    }
  }
  if (bad.length === 0) return { entries, setAsideNow: 0, persisted: true };
  const kept = setAside(store, bad);
  const persisted = kept && saveAll(store, entries);
  return { entries, setAsideNow: bad.length, persisted };
}

/** Writes the whole list; false when storage refused. */
export function saveAll(
  store: KeyValueStoreLike,
  entries: readonly SavedScenario[],
): boolean {
  return store.set(
    SAVED_KEY,
    JSON.stringify({ format: SAVED_FORMAT, version: SAVED_VERSION, entries }),
  );
}

/* Pure list operations: each returns a new list. */

export function addScenario(
  entries: readonly SavedScenario[],
  entry: { name: string; query: string },
  id: string,
  now: Date,
): SavedScenario[] {
  return [
    ...entries,
    {
      id,
      name: cleanName(entry.name) || 'Untitled scenario',
      query: entry.query,
      savedAt: now.toISOString(),
    },
  ];
}

export function renameScenario(
  entries: readonly SavedScenario[],
  id: string,
  name: string,
  now: Date,
): SavedScenario[] {
  const clean = cleanName(name);
  if (!clean) return [...entries];
  return entries.map((e) =>
    e.id === id ? { ...e, name: clean, savedAt: now.toISOString() } : e,
  );
}

export function duplicateScenario(
  entries: readonly SavedScenario[],
  id: string,
  newId: string,
  now: Date,
): SavedScenario[] {
  const i = entries.findIndex((e) => e.id === id);
  if (i === -1) return [...entries];
  const source = entries[i]!;
  const copy: SavedScenario = {
    ...source,
    id: newId,
    name: cleanName(`${source.name} (copy)`),
    savedAt: now.toISOString(),
  };
  return [...entries.slice(0, i + 1), copy, ...entries.slice(i + 1)];
}

export function deleteScenario(
  entries: readonly SavedScenario[],
  id: string,
): SavedScenario[] {
  return entries.filter((e) => e.id !== id);
}

/* Export and import as a file. */

const exportEntrySchema = z.object({
  name: z.string(),
  query: querySchema,
  savedAt: z.iso.datetime().optional(),
});

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  entries: z.array(z.unknown()),
});

/** The saved list as a JSON file anyone can keep or send. */
export function exportScenarios(
  entries: readonly SavedScenario[],
  meta: { exportedAt: Date; catalogVersion: string; baseUrl: string },
): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: meta.exportedAt.toISOString(),
      catalogVersion: meta.catalogVersion,
      entries: entries.map((e) => ({
        name: e.name,
        query: e.query,
        savedAt: e.savedAt,
        link: `${meta.baseUrl}${e.query ? `?${e.query}` : ''}`,
      })),
    },
    null,
    2,
  );
}

export type ImportResult = {
  readonly entries: SavedScenario[];
  readonly added: number;
  /** Entries of the file that were not imported, with why (1-based positions). */
  readonly skipped: readonly { position: number; reason: string }[];
  /** Set when the file as a whole could not be read. */
  readonly error: string | null;
};

/**
 * Adds a file's scenarios to the list (never replaces). Accepts the export
 * format and the raw saved-list format; each bad entry is skipped with why.
 */
export function importScenarios(
  existing: readonly SavedScenario[],
  text: string,
  newId: () => string,
  now: Date,
): ImportResult {
  const fail = (error: string): ImportResult => ({
    entries: [...existing],
    added: 0,
    skipped: [],
    error,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('The file is not JSON.');
  }
  const file = exportFileSchema.safeParse(json);
  const saved = envelopeSchema.safeParse(json);
  const items = file.success
    ? file.data.entries
    : saved.success
      ? saved.data.entries
      : null;
  if (!items)
    return fail(
      'The file is not a Crossover scenarios file (format "crossover-scenarios", version 1).',
    );
  const out = [...existing];
  const skipped: { position: number; reason: string }[] = [];
  let added = 0;
  items.forEach((item, i) => {
    const parsed = exportEntrySchema.safeParse(item);
    if (!parsed.success) {
      skipped.push({ position: i + 1, reason: reasonOf(parsed.error) });
      return;
    }
    if (out.length >= MAX_SAVED) {
      skipped.push({
        position: i + 1,
        reason: `more than ${MAX_SAVED} saved scenarios`,
      });
      return;
    }
    const name = cleanName(parsed.data.name) || `Imported scenario ${i + 1}`;
    out.push({
      id: newId(),
      name,
      query: parsed.data.query,
      savedAt: parsed.data.savedAt ?? now.toISOString(),
    });
    added++;
  });
  return { entries: out, added, skipped, error: null };
}
