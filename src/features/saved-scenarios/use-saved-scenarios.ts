import { useState } from 'react';
import {
  loadSaved,
  readSetAside,
  saveAll,
  type KeyValueStoreLike,
  type SavedScenario,
} from './saved-store';

/** The saved list as the dialog holds it, and the one way to change it. */
export type SavedScenariosState = {
  readonly entries: readonly SavedScenario[];
  /** What just happened, for the dialog's status line. */
  readonly status: string;
  readonly setStatus: (message: string) => void;
  /** Replaces the list, stores it and says so (or that the browser refused). */
  readonly commit: (next: readonly SavedScenario[], message: string) => void;
  /** Entries found unreadable when the dialog opened, and set aside then. */
  readonly setAsideNow: number;
  /** Entries set aside in this browser, now or earlier. */
  readonly setAsideCount: number;
};

/**
 * The saved scenarios of this browser, read once when the dialog opens; every
 * change is written back at once, and the list lasts for the page when the
 * browser refuses to store it.
 */
export function useSavedScenarios(
  storage: KeyValueStoreLike,
): SavedScenariosState {
  const [initial] = useState(() => loadSaved(storage, new Date()));
  const [entries, setEntries] = useState<readonly SavedScenario[]>(
    initial.entries,
  );
  const [status, setStatus] = useState<string>(
    initial.persisted
      ? ''
      : 'This browser does not let Crossover save; changes last for this page only.',
  );
  const commit = (next: readonly SavedScenario[], message: string) => {
    setEntries(next);
    const ok = saveAll(storage, next);
    setStatus(
      ok
        ? message
        : `${message} But this browser refused to store it (storage full or disabled); it lasts for this page only.`,
    );
  };
  return {
    entries,
    status,
    setStatus,
    commit,
    setAsideNow: initial.setAsideNow,
    setAsideCount: readSetAside(storage).length,
  };
}
