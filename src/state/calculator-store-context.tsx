import {
  createContext,
  useContext,
  useDeferredValue,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Scenario, ScenarioResult } from '../engine';
import { fullResultFor, scenarioFor } from './derived-cache';
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
const DeferredResultContext = createContext<DeferredResult | null>(null);
const StaleContext = createContext(false);

/** What panels below the headline read: the full result of the deferred inputs. */
export type DeferredResult = {
  readonly result: ScenarioResult;
  /** The engine scenario the result was computed from (deferred inputs). */
  readonly scenario: Scenario;
  /** The deferred inputs themselves. */
  readonly inputs: CalculatorInputs;
};

/**
 * One deferred evaluation for the whole page: a copy of the inputs that lags
 * during a drag, so no slider waits for a chart (ADR-15, convention 4). The
 * value changes only in the deferred render, so panels that read it stay out
 * of the urgent one.
 */
function DeferredResultProvider({ children }: { children: ReactNode }) {
  const inputs = useCalculatorStore((s) => s.inputs);
  const deferred = useDeferredValue(inputs);
  const catalog = useCatalog();
  const value = useMemo(
    () => ({
      result: fullResultFor(deferred, catalog),
      scenario: scenarioFor(deferred, catalog),
      inputs: deferred,
    }),
    [deferred, catalog],
  );
  const stale = deferred !== inputs;
  return (
    <DeferredResultContext.Provider value={value}>
      <StaleContext.Provider value={stale}>{children}</StaleContext.Provider>
    </DeferredResultContext.Provider>
  );
}

/**
 * The full result (200-point curve) for panels below the headline: charts,
 * tables, latency, privacy, hybrids. It trails the inputs during a drag.
 */
export function useDeferredScenarioResult(): DeferredResult {
  const value = useContext(DeferredResultContext);
  if (!value)
    throw new Error('useDeferredScenarioResult needs a <CalculatorProvider>');
  return value;
}

/** True while the deferred result trails the inputs (a drag in progress). */
export function useResultIsStale(): boolean {
  return useContext(StaleContext);
}

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
      <StoreContext.Provider value={own}>
        <DeferredResultProvider>{children}</DeferredResultProvider>
      </StoreContext.Provider>
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
