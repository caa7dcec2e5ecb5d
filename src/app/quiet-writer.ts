import { z } from 'zod';

/**
 * The URL writer's timing (ADR-33): one write once changes have been quiet,
 * flushed at once whenever something may read the address, dropped (and
 * kept for its own entry) on Back/Forward, and carried over a reload that
 * came before it.
 */

export type SyncWindow = Pick<
  Window,
  'history' | 'location' | 'addEventListener' | 'removeEventListener'
> & {
  readonly document?: Pick<
    Document,
    'visibilityState' | 'addEventListener' | 'removeEventListener'
  >;
  /** The Navigation API, where there is one: names the entry a write belongs to. */
  readonly navigation?: {
    readonly currentEntry: { readonly key: string } | null;
  };
};

/** sessionStorage key: the last write to the address (from, to), for a reload that set out before it. */
export const UNWRITTEN_LINK_KEY = 'crossover:unwritten-link';
/** Far above any link the page writes (a full scenario is under 2,000 characters). */
const unwrittenRecord = z.string().max(32_768);

type Carry = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A reload reloads the address as it was when the reader asked for it, so a
 * write made after that (the quiet timer firing while the reload's request is
 * on its way, or the flush as the page unloads) is too late for it: the page
 * notes its last write in sessionStorage, and the reloaded page applies it,
 * once, if it is the reload of exactly the address the write moved from.
 * Back/Forward and a push forget the note. Call before decoding the URL.
 */
export function takeUnwrittenLink(
  win: SyncWindow,
  storage: Carry,
  reloaded: boolean,
): void {
  try {
    const raw = storage.getItem(UNWRITTEN_LINK_KEY);
    if (raw === null) return;
    storage.removeItem(UNWRITTEN_LINK_KEY);
    // The address it was noted for, a line break, the query to write: the
    // query is a link like any other, decoded (and checked) as one.
    const record = unwrittenRecord.safeParse(raw);
    const [from, query, ...rest] = record.success
      ? record.data.split('\n')
      : [];
    const { pathname, search, hash } = win.location;
    if (
      !reloaded ||
      rest.length > 0 ||
      query === undefined ||
      // Only ever a query: never another path or page.
      !/^(\?|$)/.test(query) ||
      from !== pathname + search
    )
      return;
    win.history.replaceState(win.history.state, '', pathname + query + hash);
  } catch {
    // Storage or history refused: the page opens at the address it has.
  }
}

/**
 * Calls `write(query())` once `quietMs` pass with no `schedule()`: a burst
 * is one write, after it, never inside a change (ADR-21, ADR-33).
 */
export function quietWriter(
  win: SyncWindow,
  query: () => string,
  write: (query: string) => void,
  quietMs: number,
  carry?: Carry,
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const entryKey = () => win.navigation?.currentEntry?.key ?? null;
  let entry = entryKey();
  /** Writes still waiting when Back/Forward left their entry, by entry key. */
  const leftBehind = new Map<string, string>();
  const drop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  /**
   * Every write that moves the address is noted for a reload, not only one
   * made as the page goes away: a reload already on its way (its request
   * sent with the older address) when the quiet timer fires finds no write
   * waiting at pagehide, and would come back without the last press.
   */
  const note = (from: string, to: string) => {
    if (!carry || to === win.location.search) return;
    try {
      carry.setItem(UNWRITTEN_LINK_KEY, `${from}\n${to}`);
    } catch {
      // Storage full or refused: a reload this instant opens the older address.
    }
  };
  /** The address moved by navigation (Back/Forward, a push): no earlier write is to be re-applied. */
  const forget = () => {
    try {
      carry?.removeItem(UNWRITTEN_LINK_KEY);
    } catch {
      // Refused: the note only applies to a reload of the address it names.
    }
  };
  const flush = (): boolean => {
    if (timer === null) return false;
    drop();
    const q = query();
    note(win.location.pathname + win.location.search, q);
    write(q);
    return true;
  };
  // Capture for print: boot.ts's print link reads the address in the same
  // event. Not for blur, which fires there for every element losing focus.
  const readers: [string, () => void, boolean][] = [
    ['blur', flush, false],
    ['beforeprint', flush, true],
    // The page may be going away (reload, close, another site): the flush notes it for a reload.
    ['pagehide', flush, true],
  ];
  const onVisibility = () => {
    if (win.document?.visibilityState === 'hidden') flush();
  };
  for (const [type, on, capture] of readers)
    win.addEventListener(type, on, { capture });
  win.document?.addEventListener('visibilitychange', onVisibility);
  return {
    schedule: () => {
      if (stopped) return;
      drop();
      timer = setTimeout(flush, quietMs);
    },
    flush: () => {
      flush();
    },
    cancel: drop,
    /** After a push: later writes belong to the new entry. */
    entered: () => {
      entry = entryKey();
      forget();
    },
    /**
     * On popstate (the address is already the new entry's): keeps a waiting
     * write for the entry it belonged to, drops it, and returns the query
     * kept for the entry landed on, if any.
     */
    leave: (): string | null => {
      if (timer !== null && entry !== null) leftBehind.set(entry, query());
      drop();
      forget();
      entry = entryKey();
      const kept = entry === null ? undefined : leftBehind.get(entry);
      if (entry !== null) leftBehind.delete(entry);
      return kept ?? null;
    },
    stop: () => {
      stopped = true;
      drop();
      for (const [type, on, capture] of readers)
        win.removeEventListener(type, on, { capture });
      win.document?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
