import type { Catalog } from '../catalog';
import type { CalculatorInputs, CalculatorStore } from '../state';
import {
  decodeLink,
  encodeParams,
  queryWith,
  type DecodedLink,
  type UrlIssue,
  type ViewParams,
} from '../url';

/**
 * ADR-1: the store is the single source of truth and the URL follows it.
 * Writes use `history.replaceState`, throttled (150 ms ≥ Safari's 120 ms
 * limit, nuqs), so dragging a slider neither floods the history nor the
 * browser's rate limit. `popstate` decodes the URL and replaces the inputs
 * through the store's one wholesale entry point. Discrete jumps (opening a
 * saved scenario) push a new entry so Back returns to where the user was.
 */

export const URL_WRITE_THROTTLE_MS = 150;

/** What the page shows about the current link. */
export type LinkState = {
  /** Everything the last decoded link did not use as written. */
  readonly issues: readonly UrlIssue[];
  readonly issuesDismissed: boolean;
  /** The scenario's name, carried in `n=`. */
  readonly name: string | null;
};

export type UrlSync = {
  readonly getSnapshot: () => LinkState;
  readonly subscribe: (listener: () => void) => () => void;
  readonly dismissIssues: () => void;
  readonly setName: (name: string | null) => void;
  /** Opens a scenario as a new history entry (Back returns to the previous one). */
  readonly navigate: (inputs: CalculatorInputs, name: string | null) => void;
  /** The scenario's query as it is (or is about to be) in the address bar. */
  readonly currentQuery: () => string;
  readonly stop: () => void;
};

export type UrlSyncOptions = {
  readonly store: CalculatorStore;
  readonly catalog: Catalog;
  readonly initial: DecodedLink;
  readonly window: Pick<
    Window,
    'history' | 'location' | 'addEventListener' | 'removeEventListener'
  >;
  readonly throttleMs?: number;
  /** Called with the scenario's query after every write (the embed's scenario-changed message). */
  readonly onWrite?: (scenarioQuery: string) => void;
};

/** The link state of a freshly decoded link: its issues shown, its name kept. */
function linkStateOf(decoded: DecodedLink): LinkState {
  return { issues: decoded.issues, issuesDismissed: false, name: decoded.name };
}

/** The current link state and the page's listeners to it. */
function linkStateHolder(initial: LinkState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    get: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Replaces the state silently; the caller emits once the store has the matching inputs. */
    replace: (next: LinkState) => {
      state = next;
    },
    update: (patch: Partial<LinkState>) => {
      state = { ...state, ...patch };
      emit();
    },
    emit,
    clear: () => listeners.clear(),
  };
}

/**
 * Runs `write` at most once per `throttleMs`: the first change writes on
 * the next task, later ones within the window wait for its end, so the last
 * value is always written.
 */
function throttledWriter(write: () => void, throttleMs: number) {
  let lastWriteAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    lastWriteAt = Date.now();
    write();
  };
  return {
    schedule: () => {
      if (timer !== null) return;
      const wait = lastWriteAt + throttleMs - Date.now();
      // Even the leading write waits for the next task: encoding the link
      // and replacing the address stay out of the key press (ADR-21).
      timer = setTimeout(run, Math.max(0, wait));
    },
    /** Writes a pending change now. */
    flush: () => {
      if (timer !== null) {
        clearTimeout(timer);
        run();
      }
    },
    /** Drops a pending change. */
    cancel: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    /** Drops a pending change for good: its handle stays, so `schedule` stays idle. */
    stop: () => {
      if (timer !== null) clearTimeout(timer);
    },
  };
}

type SyncWindow = UrlSyncOptions['window'];

const urlFor = (win: SyncWindow, query: string) =>
  `${win.location.pathname}${query}${win.location.hash}`;

/** Puts the query in the address bar without a new history entry, if it differs. */
function replaceAddress(win: SyncWindow, query: string): void {
  if (query === win.location.search) return;
  try {
    win.history.replaceState(win.history.state, '', urlFor(win, query));
  } catch {
    // Some sandboxes forbid history writes; the page keeps working.
  }
}

/** Opens the query as a new history entry. */
function pushAddress(win: SyncWindow, query: string): void {
  try {
    win.history.pushState(null, '', urlFor(win, query));
  } catch {
    // See replaceAddress().
  }
}

/**
 * Keeps the address bar following the store (see ADR-1 above): throttled
 * replace on every change, push on `navigate`, decode on Back and Forward.
 */
export function startUrlSync(options: UrlSyncOptions): UrlSync {
  const { store, catalog, window: win } = options;
  let view: ViewParams = options.initial.view;
  const link = linkStateHolder(linkStateOf(options.initial));

  const scenarioQuery = () =>
    queryWith(
      encodeParams(store.getState().inputs, { catalog, name: link.get().name }),
    );
  const writer = throttledWriter(() => {
    const params = encodeParams(store.getState().inputs, {
      catalog,
      name: link.get().name,
    });
    replaceAddress(win, queryWith(params, view));
    options.onWrite?.(scenarioQuery());
  }, options.throttleMs ?? URL_WRITE_THROTTLE_MS);

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.inputs !== prev.inputs) writer.schedule();
  });

  const onPopState = () => {
    writer.cancel();
    const decoded = decodeLink(win.location.search, { catalog });
    view = decoded.view;
    link.replace(linkStateOf(decoded));
    store.getState().actions.inputsReplaced(decoded.inputs);
    // The replacement above scheduled a write; it is harmless (same or
    // canonical URL) but would count as a user change, so drop it.
    writer.cancel();
    options.onWrite?.(scenarioQuery());
    link.emit();
  };
  win.addEventListener('popstate', onPopState);

  return {
    getSnapshot: link.get,
    subscribe: link.subscribe,
    dismissIssues: () => link.update({ issuesDismissed: true }),
    setName: (name) => {
      link.update({ name });
      writer.schedule();
    },
    navigate: (inputs, name) => {
      writer.flush();
      link.replace({ issues: [], issuesDismissed: false, name });
      // Push first, then replace the inputs: the write that follows finds
      // the address bar already up to date.
      pushAddress(
        win,
        queryWith(encodeParams(inputs, { catalog, name }), view),
      );
      store.getState().actions.inputsReplaced(inputs);
      link.emit();
    },
    currentQuery: scenarioQuery,
    stop: () => {
      unsubscribe();
      writer.stop();
      win.removeEventListener('popstate', onPopState);
      link.clear();
    },
  };
}
