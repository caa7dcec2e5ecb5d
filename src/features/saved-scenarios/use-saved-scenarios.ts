import { useCallback, useEffect, useMemo, useState } from 'react';
import { newEntryId } from './new-entry-id';
import {
  duplicateStored,
  ENTRY_PREFIX,
  entryKey,
  importStored,
  loadLibrary,
  orderAfterAll,
  putEntry,
  renameStored,
  saveNew,
  type Change,
  type Library,
} from './saved-db';
import {
  MAX_SAVED,
  SAVED_KEY,
  SET_ASIDE_KEY,
  type ImportedScenario,
  type KeyValueStoreLike,
  type SavedScenario,
} from './saved-store';

/** The saved list as the dialog shows it, and the ways to change it. */
export type SavedScenariosState = Omit<Library, 'entries'> & {
  readonly entries: readonly SavedScenario[];
  /** What just happened, for the dialog's status line. */
  readonly status: string;
  readonly setStatus: (message: string) => void;
  readonly save: (name: string, query: string) => void;
  readonly rename: (entry: SavedScenario, name: string) => void;
  readonly duplicate: (entry: SavedScenario) => void;
  /** Deletes; returns an undo (puts the entry back if nothing took its place). */
  readonly remove: (entry: SavedScenario) => () => void;
  readonly importAdds: (
    adds: readonly ImportedScenario[],
    summary: (added: number) => string,
  ) => void;
  /** Reads storage again (after the user removed something set aside or kept). */
  readonly reload: () => void;
};

const REFUSED =
  'But this browser refused to store it (storage full or disabled); it lasts for this page only.';

/** Keys whose change in another tab means the list should be read again. */
const watched = (key: string | null) =>
  key === null ||
  key.startsWith(ENTRY_PREFIX) ||
  key === SAVED_KEY ||
  key === SET_ASIDE_KEY;

/**
 * The saved scenarios of this browser, read from storage when the dialog
 * opens, after every change, and whenever another tab changes them (the
 * `storage` event). Every change is a read-modify-write of the one entry it
 * touches (ADR-22); what the browser refuses to store lasts for the page.
 */
/**
 * Entries set aside during this page's life, per storage. The migration that
 * sets them aside runs once; a dialog that mounts again (a lazy part that
 * suspends discards its first state) must still say what happened.
 */
const setAsideThisPage = new WeakMap<KeyValueStoreLike, number>();

function loadRemembering(storage: KeyValueStoreLike): Library {
  const lib = loadLibrary(storage, new Date());
  const total = (setAsideThisPage.get(storage) ?? 0) + lib.setAsideNow;
  setAsideThisPage.set(storage, total);
  return total === lib.setAsideNow ? lib : { ...lib, setAsideNow: total };
}

export function useSavedScenarios(
  storage: KeyValueStoreLike,
): SavedScenariosState {
  const [library, setLibrary] = useState(() => loadRemembering(storage));
  /** Entries the browser refused to store: shown for this page only. */
  const [pageOnly, setPageOnly] = useState<readonly SavedScenario[]>([]);
  const [status, setStatus] = useState('');
  const reload = useCallback(
    () => setLibrary(loadRemembering(storage)),
    [storage],
  );
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (watched(e.key)) reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [reload]);
  const entries = useMemo(() => {
    const stored = new Set(library.entries.map((e) => e.id));
    const extra = pageOnly.filter((e) => !stored.has(e.id));
    return extra.length ? [...library.entries, ...extra] : library.entries;
  }, [library.entries, pageOnly]);
  const isPageOnly = (id: string) => pageOnly.some((e) => e.id === id);

  /** Applies a change's outcome: the list is re-read from storage either way. */
  const settle = (
    r: Change,
    done: string,
    gone = 'It was deleted in another tab.',
  ) => {
    if (!r.ok && r.why === 'refused' && r.entry) {
      const kept = r.entry;
      setPageOnly((p) => [...p.filter((e) => e.id !== kept.id), kept]);
    }
    reload();
    setStatus(
      r.ok
        ? done
        : r.why === 'full'
          ? `At most ${MAX_SAVED} scenarios can be saved; delete some first.`
          : r.why === 'gone'
            ? gone
            : `${done} ${REFUSED}`,
    );
  };
  const now = () => new Date();

  return {
    ...library,
    entries,
    status,
    setStatus,
    save: (name, query) =>
      settle(
        saveNew(
          storage,
          { name, query },
          newEntryId(),
          orderAfterAll(entries, now()),
          now(),
        ),
        `Saved “${name}”.`,
      ),
    rename: (entry, name) => {
      if (isPageOnly(entry.id)) {
        setPageOnly((p) =>
          p.map((e) => (e.id === entry.id ? { ...e, name } : e)),
        );
        return;
      }
      settle(renameStored(storage, entry.id, name, now()), 'Renamed.');
    },
    duplicate: (entry) =>
      settle(
        duplicateStored(storage, entries, entry.id, newEntryId(), now()),
        `Duplicated “${entry.name}”.`,
      ),
    remove: (entry) => {
      storage.remove(entryKey(entry.id));
      setPageOnly((p) => p.filter((e) => e.id !== entry.id));
      reload();
      setStatus(`Deleted “${entry.name}”.`);
      return () => {
        // Never over an entry another tab has since written under that id.
        const ok =
          storage.get(entryKey(entry.id)) !== null || putEntry(storage, entry);
        if (!ok) setPageOnly((p) => [...p, entry]);
        reload();
        setStatus(`Restored “${entry.name}”.${ok ? '' : ` ${REFUSED}`}`);
      };
    },
    importAdds: (adds, summary) => {
      const r = importStored(storage, entries, adds, newEntryId, now());
      reload();
      setStatus(
        `${summary(r.added)}${r.full ? ` ${r.full} more did not fit: at most ${MAX_SAVED} scenarios can be saved.` : ''}${r.refused ? ` This browser refused to store ${r.refused}.` : ''}`,
      );
    },
    reload,
  };
}
