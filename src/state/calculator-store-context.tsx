import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Scenario, ScenarioResult } from '../engine';
import { fullResultFor, scenarioFor } from './derived-cache';
import { createSettledMirror } from './settled-store';
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
/** The store as of the last paint (settled-store.ts): what results are computed from. */
const SettledStoreContext = createContext<CalculatorStore | null>(null);
const DeferredResultContext = createContext<DeferredResult | null>(null);

/** What panels below the headline read: the full result of the deferred inputs. */
export type DeferredResult = {
  readonly result: ScenarioResult;
  /** The engine scenario the result was computed from (deferred inputs). */
  readonly scenario: Scenario;
  /** The deferred inputs themselves. */
  readonly inputs: CalculatorInputs;
};

/**
 * One evaluation for the whole page, of the inputs as they were at the last
 * paint: a key press paints its slider with no engine run in its handler,
 * and every result follows in the next frame (ADR-21; ADR-15, convention 4).
 */
function DeferredResultProvider({ children }: { children: ReactNode }) {
  const settled = useContext(SettledStoreContext);
  if (!settled) throw new Error('DeferredResultProvider needs a settled store');
  const inputs = useStore(settled, (s) => s.inputs);
  const catalog = useCatalog();
  const value = useMemo(
    () => ({
      result: fullResultFor(inputs, catalog),
      scenario: scenarioFor(inputs, catalog),
      inputs,
    }),
    [inputs, catalog],
  );
  return (
    <DeferredResultContext.Provider value={value}>
      {children}
    </DeferredResultContext.Provider>
  );
}

/**
 * Its children read the store as of the last paint, so words computed from
 * the inputs (the verdict's "at 50M tokens") agree with the results beside
 * them and nothing in it re-renders inside a key press. Writes still go to
 * the live store. Not for panels with text fields of their own.
 */
export function SettledScope({ children }: { children: ReactNode }) {
  const settled = useContext(SettledStoreContext);
  if (!settled) throw new Error('SettledScope needs a <CalculatorProvider>');
  return (
    <StoreContext.Provider value={settled}>{children}</StoreContext.Provider>
  );
}

/** The result context as seen by one subtree (on-approach.tsx holds it back off screen). */
export function useResultContextValue(): DeferredResult | null {
  return useContext(DeferredResultContext);
}

/** Provides a held-back copy of the result to a subtree. */
export function ResultOverride({
  value,
  children,
}: {
  readonly value: DeferredResult;
  readonly children: ReactNode;
}) {
  return (
    <DeferredResultContext.Provider value={value}>
      {children}
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
  const [settled] = useState(() => createSettledMirror(own));
  useEffect(() => settled.follow(), [settled]);
  return (
    <CatalogContext.Provider value={catalog}>
      <StoreContext.Provider value={own}>
        <SettledStoreContext.Provider value={settled.store}>
          <DeferredResultProvider>{children}</DeferredResultProvider>
        </SettledStoreContext.Provider>
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
