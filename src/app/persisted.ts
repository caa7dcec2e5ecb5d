/**
 * The localStorage boundary (ADR-15, convention 3; ADR-11). Everything the
 * page keeps in the browser goes through here: reads never throw (private
 * mode, disabled storage, quota), writes report failure instead of throwing.
 * What is stored is parsed with zod by its owner (saved scenarios, imported
 * prices); nothing shareable is ever stored here — that lives in the URL.
 */

/** The few operations the features need, so tests can pass an in-memory one. */
export type KeyValueStore = {
  readonly get: (key: string) => string | null;
  /** False when the browser refused (quota, disabled storage). */
  readonly set: (key: string, value: string) => boolean;
  readonly remove: (key: string) => void;
  readonly keys: () => string[];
};

/** Every key Crossover writes, in one place. */
export const STORAGE_KEYS = {
  theme: 'crossover:theme',
  /** The older one-key saved list (read and migrated, ADR-22); entries now live under `crossover:saved:<id>`. */
  savedScenarios: 'crossover:saved-scenarios',
  /** Entries that could not be read: kept, never deleted, for the user to recover. */
  setAside: 'crossover:set-aside',
  priceOverride: 'crossover:price-override',
} as const;

function storageOrNull(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The browser's localStorage behind the never-throwing interface. */
export function browserStore(): KeyValueStore {
  const s = storageOrNull();
  return {
    get: (key) => {
      try {
        return s?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        if (!s) return false;
        s.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove: (key) => {
      try {
        s?.removeItem(key);
      } catch {
        // Nothing to do: storage is unavailable.
      }
    },
    keys: () => {
      try {
        if (!s) return [];
        return Array.from({ length: s.length }, (_, i) => s.key(i)).filter(
          (k): k is string => k !== null,
        );
      } catch {
        return [];
      }
    },
  };
}

/** An in-memory store (tests, and the embed, which must not touch the host's saved data). */
export function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    get: (key) => data.get(key) ?? null,
    set: (key, value) => {
      data.set(key, value);
      return true;
    },
    remove: (key) => {
      data.delete(key);
    },
    keys: () => [...data.keys()],
  };
}
