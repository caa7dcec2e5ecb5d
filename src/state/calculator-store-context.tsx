import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Catalog } from '../catalog';
import type { CalculatorInputs } from './calculator-inputs';
import {
  createCalculatorStore,
  type CalculatorState,
  type CalculatorStore,
} from './create-calculator-store';

const StoreContext = createContext<CalculatorStore | null>(null);
const CatalogContext = createContext<Catalog | null>(null);

type ProviderProps = {
  readonly catalog: Catalog;
  readonly initialInputs: CalculatorInputs;
  /** An existing store (the app wires URL sync to it); one is created otherwise. */
  readonly store?: CalculatorStore;
  readonly children: ReactNode;
};

/** Puts the catalog and a per-mount store in context. */
export function CalculatorProvider({
  catalog,
  initialInputs,
  store,
  children,
}: ProviderProps) {
  const [own] = useState(
    () => store ?? createCalculatorStore(initialInputs, catalog),
  );
  return (
    <CatalogContext.Provider value={catalog}>
      <StoreContext.Provider value={own}>{children}</StoreContext.Provider>
    </CatalogContext.Provider>
  );
}

/** Reads the store with a selector; select primitives or existing references only. */
export function useCalculatorStore<T>(
  selector: (state: CalculatorState) => T,
): T {
  const store = useContext(StoreContext);
  if (!store)
    throw new Error('useCalculatorStore needs a <CalculatorProvider>');
  return useStore(store, selector);
}

/** The store itself, for subscriptions outside React's render (URL sync). */
export function useCalculatorStoreApi(): CalculatorStore {
  const store = useContext(StoreContext);
  if (!store)
    throw new Error('useCalculatorStoreApi needs a <CalculatorProvider>');
  return store;
}

export function useCatalog(): Catalog {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error('useCatalog needs a <CalculatorProvider>');
  return catalog;
}
