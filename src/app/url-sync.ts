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
import { quietWriter, type SyncWindow } from './quiet-writer';

/**
 * ADR-1: the store is the single source of truth and the URL follows it.
 * Writes use `history.replaceState` once the store has been quiet for
 * URL_WRITE_QUIET_MS (≥ Safari's 120 ms limit, nuqs): a burst of key presses
 * or a drag writes once, after it — a replace is a 30–120 ms task at 4× CPU
 * that the next press would wait for (ADR-33). Whatever reads the address
 * (a tool dialog, print, leaving or hiding the page, focus leaving it for the
 * address bar) flushes the pending write first; Back/Forward drop it, so it
 * can never overwrite the entry they landed on. `popstate` decodes the URL
 * and replaces the inputs through the store's one wholesale entry point.
 * Discrete jumps (opening a saved scenario) push a new entry so Back returns
 * to where the user was.
 */

/** Longer than the gap between a typist's key presses (about 230 ms), ms. */
export const URL_WRITE_QUIET_MS = 400;

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
  /** Writes a pending change into the address bar now (something is about to read it). */
  readonly flush: () => void;
  readonly stop: () => void;
};

export type UrlSyncOptions = {
  readonly store: CalculatorStore;
  readonly catalog: Catalog;
  readonly initial: DecodedLink;
  readonly window: SyncWindow;
  readonly quietMs?: number;
  /** Where a write still waiting when the page unloads is noted for its reload (the full page's sessionStorage). */
  readonly carry?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
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

/** The scenario's query parameters, encoded once per inputs and name (the writer, the link and the embed's message share them). */
function scenarioEncoder(catalog: Catalog) {
  let last: {
    inputs: CalculatorInputs;
    name: string | null;
    params: ReturnType<typeof encodeParams>;
  } | null = null;
  return (inputs: CalculatorInputs, name: string | null) => {
    if (last?.inputs !== inputs || last.name !== name)
      last = { inputs, name, params: encodeParams(inputs, { catalog, name }) };
    return last.params;
  };
}

/**
 * Keeps the address bar following the store (see ADR-1 above): a quiet
 * replace after changes, push on `navigate`, decode on Back and Forward.
 */
export function startUrlSync(options: UrlSyncOptions): UrlSync {
  const { store, catalog, window: win } = options;
  let view: ViewParams = options.initial.view;
  const link = linkStateHolder(linkStateOf(options.initial));
  const encode = scenarioEncoder(catalog);
  const params = () => encode(store.getState().inputs, link.get().name);
  const scenarioQuery = () => queryWith(params());

  const writer = quietWriter(
    win,
    () => queryWith(params(), view),
    (query) => {
      replaceAddress(win, query);
      options.onWrite?.(scenarioQuery());
    },
    options.quietMs ?? URL_WRITE_QUIET_MS,
    options.carry,
  );

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.inputs !== prev.inputs) writer.schedule();
  });

  const onPopState = () => {
    // The entry Back/Forward landed on wins: a write still waiting holds the
    // inputs of the entry just left, and would overwrite this one (ADR-33).
    const left = writer.leave();
    const decoded = decodeLink(left ?? win.location.search, { catalog });
    if (left !== null) replaceAddress(win, left);
    view = decoded.view;
    link.replace(linkStateOf(decoded));
    store.getState().actions.inputsReplaced(decoded.inputs);
    // The replacement above scheduled a write of what the address already
    // says; it would count as a user change, so drop it.
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
      // The entry being left keeps its own last change.
      writer.flush();
      link.replace({ issues: [], issuesDismissed: false, name });
      // Push first, then replace the inputs: the write that follows finds
      // the address bar already up to date.
      pushAddress(win, queryWith(encode(inputs, name), view));
      writer.entered();
      store.getState().actions.inputsReplaced(inputs);
      link.emit();
    },
    currentQuery: scenarioQuery,
    flush: writer.flush,
    stop: () => {
      unsubscribe();
      writer.stop();
      win.removeEventListener('popstate', onPopState);
      link.clear();
    },
  };
}
