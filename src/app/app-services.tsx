import {
  createContext,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Catalog } from '../catalog';
import {
  PRICE_OVERRIDE_KEY,
  readStoredOverride,
  type PriceOverride,
  type StoredOverride,
} from '../features/price-import';
import {
  CalculatorProvider,
  type CalculatorStore,
  type ResultEvaluator,
} from '../state';
import type { KeyValueStore } from './persisted';
import type { LinkState, UrlSync } from './url-sync';

/** Imported API prices in use in this browser, and how to change them. */
export type PriceServices = {
  readonly override: PriceOverride | null;
  /** Set when stored prices exist but could not be read (they are kept). */
  readonly unreadableReason: string | null;
  /**
   * Uses imported prices; returns null when they are in use and stored, or in
   * plain words what went wrong (never silent, issue 15 D4).
   */
  readonly apply: (override: PriceOverride) => string | null;
  readonly reset: () => void;
};

/**
 * What the full page's header tools need from the composition root: the URL
 * sync (name, notice, navigation), the browser store, the page's own address
 * and the imported-prices switch.
 */
export type AppServices = {
  readonly urlSync: UrlSync;
  readonly storage: KeyValueStore;
  /** The calculator's address (origin + path) for links, under any sub-path. */
  readonly baseUrl: () => string;
  /** The built-in catalog (links always refer to it). */
  readonly baseCatalog: Catalog;
  readonly prices: PriceServices;
};

const ServicesContext = createContext<AppServices | null>(null);

/**
 * The services, or null when the page is rendered without them (component
 * tests of <App/>): the header tools then render nothing.
 */
export function useAppServices(): AppServices | null {
  return useContext(ServicesContext);
}

const noLink: LinkState = { issues: [], issuesDismissed: true, name: null };
const noSubscription = () => () => {};

/** The current link's name and notice, re-rendering when they change. */
export function useLinkState(urlSync: UrlSync | null): LinkState {
  return useSyncExternalStore(
    urlSync ? urlSync.subscribe : noSubscription,
    urlSync ? urlSync.getSnapshot : () => noLink,
    // The prerendered page (ADR-21) is rendered with the same snapshot.
    urlSync ? urlSync.getSnapshot : () => noLink,
  );
}

type FullAppRootProps = {
  readonly baseCatalog: Catalog;
  readonly store: CalculatorStore;
  readonly urlSync: UrlSync;
  readonly storage: KeyValueStore;
  readonly baseUrl: () => string;
  /** Where the engine runs (ADR-28). */
  readonly evaluator?: ResultEvaluator;
  /** Renders the page for the catalog in use (built-in, or with imported prices). */
  readonly children: (catalog: Catalog) => ReactNode;
};

/**
 * The full page's root: holds which API prices are in use (the built-in
 * catalog, or one with imported prices laid over it, remembered in this
 * browser) and provides the catalog, the store and the services.
 */
export function FullAppRoot({
  baseCatalog,
  store,
  urlSync,
  storage,
  baseUrl,
  evaluator,
  children,
}: FullAppRootProps) {
  const [stored, setStored] = useState<StoredOverride>(() =>
    readStoredOverride(storage.get(PRICE_OVERRIDE_KEY)),
  );
  const catalog = stored.kind === 'ok' ? stored.catalog : baseCatalog;
  const services = useMemo<AppServices>(
    () => ({
      urlSync,
      storage,
      baseUrl,
      baseCatalog,
      prices: {
        override: stored.kind === 'ok' ? stored.override : null,
        unreadableReason: stored.kind === 'unreadable' ? stored.reason : null,
        apply: (override) => {
          const raw = JSON.stringify(override);
          const next = readStoredOverride(raw);
          if (next.kind !== 'ok')
            return `These prices were not used: ${next.kind === 'unreadable' ? next.reason : 'nothing to use'}. The prices in use are unchanged.`;
          const stored = storage.set(PRICE_OVERRIDE_KEY, raw);
          setStored(next);
          return stored
            ? null
            : 'These prices are in use on this page, but this browser refused to store them (storage full or disabled): they will be gone after a reload.';
        },
        reset: () => {
          storage.remove(PRICE_OVERRIDE_KEY);
          setStored({ kind: 'none' });
        },
      },
    }),
    [urlSync, storage, baseUrl, baseCatalog, stored],
  );
  return (
    <ServicesContext.Provider value={services}>
      <CalculatorProvider
        catalog={catalog}
        initialInputs={store.getState().inputs}
        store={store}
        {...(evaluator ? { evaluator } : {})}
      >
        {children(catalog)}
      </CalculatorProvider>
    </ServicesContext.Provider>
  );
}
