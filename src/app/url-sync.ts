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

export function startUrlSync(options: UrlSyncOptions): UrlSync {
  const { store, catalog, window: win } = options;
  const throttleMs = options.throttleMs ?? URL_WRITE_THROTTLE_MS;
  let view: ViewParams = options.initial.view;
  let state: LinkState = {
    issues: options.initial.issues,
    issuesDismissed: false,
    name: options.initial.name,
  };
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const setState = (patch: Partial<LinkState>) => {
    state = { ...state, ...patch };
    emit();
  };

  const scenarioQuery = () =>
    queryWith(
      encodeParams(store.getState().inputs, { catalog, name: state.name }),
    );
  const fullQuery = () =>
    queryWith(
      encodeParams(store.getState().inputs, { catalog, name: state.name }),
      view,
    );
  const urlFor = (query: string) =>
    `${win.location.pathname}${query}${win.location.hash}`;

  let lastWriteAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    timer = null;
    lastWriteAt = Date.now();
    const query = fullQuery();
    if (query !== win.location.search) {
      try {
        win.history.replaceState(win.history.state, '', urlFor(query));
      } catch {
        // Some sandboxes forbid history writes; the page keeps working.
      }
    }
    options.onWrite?.(scenarioQuery());
  };

  const schedule = () => {
    if (timer !== null) return;
    const wait = lastWriteAt + throttleMs - Date.now();
    if (wait <= 0) write();
    else timer = setTimeout(write, wait);
  };

  const flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      write();
    }
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.inputs !== prev.inputs) schedule();
  });

  const onPopState = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const decoded = decodeLink(win.location.search, { catalog });
    view = decoded.view;
    state = {
      issues: decoded.issues,
      issuesDismissed: false,
      name: decoded.name,
    };
    store.getState().actions.inputsReplaced(decoded.inputs);
    // The replacement above scheduled a write; it is harmless (same or
    // canonical URL) but would count as a user change, so drop it.
    if (timer !== null) clearTimeout(timer);
    timer = null;
    options.onWrite?.(scenarioQuery());
    emit();
  };
  win.addEventListener('popstate', onPopState);

  return {
    getSnapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dismissIssues: () => setState({ issuesDismissed: true }),
    setName: (name) => {
      setState({ name });
      schedule();
    },
    navigate: (inputs, name) => {
      flush();
      state = { issues: [], issuesDismissed: false, name };
      // Push first, then replace the inputs: the write that follows finds
      // the address bar already up to date.
      const query = queryWith(encodeParams(inputs, { catalog, name }), view);
      try {
        win.history.pushState(null, '', urlFor(query));
      } catch {
        // See write().
      }
      store.getState().actions.inputsReplaced(inputs);
      emit();
    },
    currentQuery: scenarioQuery,
    stop: () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      win.removeEventListener('popstate', onPopState);
      listeners.clear();
    },
  };
}
