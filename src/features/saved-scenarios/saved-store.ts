import { z } from 'zod';
import { parseBoundedJson } from '../../lib/bounded-json';
import { zodIssueText } from '../../lib/zod-issues';
import { cleanName } from '../../url';

/**
 * Saved scenarios in this browser (issue 6, ADR-11; storage in ADR-22). An
 * entry stores the scenario as its share-link query, so saved scenarios
 * follow the URL contract: versioned, migrated, retired ids mapped. This
 * module holds the formats (each entry validated with zod), the older
 * one-key list that ADR-22 migrates from, the set-aside list, and the export
 * file; `saved-db.ts` keeps one entry per key.
 */

/** The storage operations needed (the app passes its localStorage boundary). */
export type KeyValueStoreLike = {
  readonly get: (key: string) => string | null;
  /** False when storage refused (quota, disabled). */
  readonly set: (key: string, value: string) => boolean;
  readonly remove: (key: string) => void;
  readonly keys: () => string[];
};

/** The one-key list of ADR-11 (read, migrated, never written any more). */
export const SAVED_KEY = 'crossover:saved-scenarios';
export const SET_ASIDE_KEY = 'crossover:set-aside';
export const SAVED_FORMAT = 'crossover-saved-scenarios';
export const SAVED_VERSION = 1;
export const EXPORT_FORMAT = 'crossover-scenarios';
/** More than anyone keeps by hand; stops a runaway import from filling storage, and bounds every load. */
export const MAX_SAVED = 200;

/**
 * Size and nesting limits on everything read back (issue 15, D1/D6). An entry
 * is a 4,000-character query plus a name and two times; the older list holds
 * at most MAX_SAVED of them. Nothing legitimate nests deeper than 4.
 */
export const LIMITS = {
  entry: { maxChars: 8_000, maxDepth: 4 },
  /** Larger than localStorage holds: an older list is bounded by depth, and by MAX_SAVED when moved. */
  legacyList: { maxChars: 6_000_000, maxDepth: 6 },
  setAside: { maxChars: 6_000_000, maxDepth: 12 },
  /** An import file: MAX_SAVED entries with their links, and room for notes. */
  importFile: { maxChars: 4_000_000, maxDepth: 8 },
} as const;

/** A link query without `?`; the share link's length budget with room to spare. */
const querySchema = z
  .string()
  .max(4000)
  .refine((q) => !q.startsWith('?'), 'starts with ?');

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'bad id');

export const savedScenarioSchema = z.object({
  id: idSchema,
  name: z.string().transform(cleanName).pipe(z.string().min(1, 'has no name')),
  query: querySchema,
  /** ISO 8601 time it was saved or last renamed. */
  savedAt: z.iso.datetime(),
});
/** An entry as the older list held it (and as the export file's entries are read). */
export type SavedEntryFields = z.infer<typeof savedScenarioSchema>;

/** An entry as stored under its own key: the fields plus its place in the list. */
export const storedEntrySchema = savedScenarioSchema.extend({
  /** Sort key of the list (ascending; ties by id). */
  order: z.number().finite(),
});
export type SavedScenario = z.infer<typeof storedEntrySchema>;

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

export function reasonOf(error: z.ZodError): string {
  return zodIssueText(error, { root: 'entry' });
}

/** Everything set aside so far (for download). An unreadable set-aside list is returned as one raw entry. */
export function readSetAside(store: KeyValueStoreLike): SetAsideEntry[] {
  const raw = store.get(SET_ASIDE_KEY);
  if (raw === null) return [];
  const json = parseBoundedJson(raw, LIMITS.setAside);
  if (json.ok) {
    const parsed = z.array(setAsideEntrySchema).safeParse(json.value);
    if (parsed.success) return parsed.data;
  }
  return [{ at: '', from: SET_ASIDE_KEY, reason: 'unreadable', raw }];
}

/**
 * Appends to the set-aside list; a broken list is itself kept, inside the new
 * one. False when storage refused (nothing is then removed anywhere).
 * Every `raw` passed here is depth-bounded already (a string, or JSON parsed
 * under LIMITS), so stringifying it cannot overflow the stack.
 */
export function setAside(
  store: KeyValueStoreLike,
  items: readonly SetAsideEntry[],
): boolean {
  if (items.length === 0) return true;
  return store.set(
    SET_ASIDE_KEY,
    JSON.stringify([...readSetAside(store), ...items]),
  );
}

/** The older one-key list, read: its valid entries, and what could not be read (with why). */
export type LegacyRead =
  | { readonly kind: 'none' }
  | {
      /** The whole list is unreadable: kept verbatim as `raw`. */
      readonly kind: 'unreadable';
      readonly raw: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'list';
      readonly entries: readonly SavedEntryFields[];
      /** Entries that failed their schema or repeat an id, with why (depth-bounded). */
      readonly bad: readonly {
        readonly raw: unknown;
        readonly reason: string;
      }[];
      /** Entries not looked at once `maxEntries` valid ones were found (D6: bounded time). */
      readonly unread: number;
    };

/** Parses the older list under LIMITS.legacyList, validating until `maxEntries` are found; never throws. */
export function readLegacyList(
  raw: string | null,
  maxEntries = MAX_SAVED,
): LegacyRead {
  if (raw === null) return { kind: 'none' };
  const json = parseBoundedJson(raw, LIMITS.legacyList);
  if (!json.ok) return { kind: 'unreadable', raw, reason: json.reason };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success)
    return {
      kind: 'unreadable',
      raw,
      reason: `not a saved-scenarios list of version ${SAVED_VERSION} (${reasonOf(envelope.error)})`,
    };
  const entries: SavedEntryFields[] = [];
  const bad: { raw: unknown; reason: string }[] = [];
  const ids = new Set<string>();
  const items = envelope.data.entries;
  let i = 0;
  for (; i < items.length && entries.length < maxEntries; i++) {
    const item = items[i];
    const parsed = savedScenarioSchema.safeParse(item);
    if (!parsed.success)
      bad.push({ raw: item, reason: reasonOf(parsed.error) });
    else if (ids.has(parsed.data.id))
      bad.push({ raw: item, reason: 'repeated id' });
    else {
      ids.add(parsed.data.id);
      entries.push(parsed.data);
    }
  }
  return { kind: 'list', entries, bad, unread: items.length - i };
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
  entries: readonly SavedEntryFields[],
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

/** A scenario read from a file, before it gets an id and a place. */
export type ImportedScenario = {
  readonly name: string;
  readonly query: string;
  readonly savedAt: string;
};

export type ImportResult = {
  /** What the file adds, in the file's order, at most `room` of them. */
  readonly adds: readonly ImportedScenario[];
  /** Entries of the file that were not imported, with why (1-based positions). */
  readonly skipped: readonly { position: number; reason: string }[];
  /** Set when the file as a whole could not be read. */
  readonly error: string | null;
};

/**
 * Reads a file's scenarios to add to the list (never replaces), at most
 * `room` of them. Accepts the export format and the raw saved-list format;
 * each bad entry is skipped with why.
 */
export function importScenarios(
  text: string,
  room: number,
  now: Date,
): ImportResult {
  const fail = (error: string): ImportResult => ({
    adds: [],
    skipped: [],
    error,
  });
  const json = parseBoundedJson(text, LIMITS.importFile);
  if (!json.ok)
    return fail(
      json.kind === 'not-json'
        ? 'The file is not JSON.'
        : `The file is ${json.reason}.`,
    );
  const file = exportFileSchema.safeParse(json.value);
  const saved = envelopeSchema.safeParse(json.value);
  const items = file.success
    ? file.data.entries
    : saved.success
      ? saved.data.entries
      : null;
  if (!items)
    return fail(
      'The file is not a Crossover scenarios file (format "crossover-scenarios", version 1).',
    );
  const adds: ImportedScenario[] = [];
  const skipped: { position: number; reason: string }[] = [];
  items.forEach((item, i) => {
    const parsed = exportEntrySchema.safeParse(item);
    if (!parsed.success) {
      skipped.push({ position: i + 1, reason: reasonOf(parsed.error) });
      return;
    }
    if (adds.length >= room) {
      skipped.push({
        position: i + 1,
        reason: `more than ${MAX_SAVED} saved scenarios`,
      });
      return;
    }
    adds.push({
      name: cleanName(parsed.data.name) || `Imported scenario ${i + 1}`,
      query: parsed.data.query,
      savedAt: parsed.data.savedAt ?? now.toISOString(),
    });
  });
  return { adds, skipped, error: null };
}

/** One reason and how often, and the first few positions it hit. */
export type SkipGroup = {
  readonly reason: string;
  readonly count: number;
  readonly positions: readonly number[];
};

/** How many positions each group lists in "details": enough to find them, not a 186 KB status (D7). */
export const POSITIONS_SHOWN = 20;

/** Groups skipped entries by reason, most frequent first (issue 15, D7). */
export function summariseSkipped(
  skipped: readonly { position: number; reason: string }[],
): SkipGroup[] {
  const groups = new Map<string, { count: number; positions: number[] }>();
  for (const s of skipped) {
    const g = groups.get(s.reason) ?? { count: 0, positions: [] };
    g.count++;
    if (g.positions.length < POSITIONS_SHOWN) g.positions.push(s.position);
    groups.set(s.reason, g);
  }
  return [...groups]
    .map(([reason, g]) => ({ reason, ...g }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
