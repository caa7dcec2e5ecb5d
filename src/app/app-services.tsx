import {
  createContext,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { KeyValueStore } from './persisted';
import type { LinkState, UrlSync } from './url-sync';

/**
 * What the full page's header tools need from the composition root: the URL
 * sync (name, notice, navigation), the browser store and the page's own
 * address. Provided once by main.tsx.
 */
export type AppServices = {
  readonly urlSync: UrlSync;
  readonly storage: KeyValueStore;
  /** The calculator's address (origin + path) for links, under any sub-path. */
  readonly baseUrl: () => string;
};

const ServicesContext = createContext<AppServices | null>(null);

export function AppServicesProvider({
  value,
  children,
}: {
  value: AppServices;
  children: ReactNode;
}) {
  return (
    <ServicesContext.Provider value={value}>
      {children}
    </ServicesContext.Provider>
  );
}

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
  );
}
