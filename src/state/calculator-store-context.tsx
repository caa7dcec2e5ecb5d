import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Scenario, ScenarioResult } from '../engine';
import { fullResultFor, scenarioFor } from './derived-cache';
import {
  followResults,
  inThreadEvaluator,
  type ResultEvaluator,
} from './result-evaluator';
import { pagePaints } from './settled-store';
import { createResultsStatus, type ResultsStatus } from './results-status';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Catalog } from '../catalog';
import type { CalculatorInputs, WorkloadInputs } from './calculator-inputs';
import {
  createCalculatorStore,
  type CalculatorState,
  type CalculatorStore,
} from './create-calculator-store';

const StoreContext = createContext<CalculatorStore | null>(null);
const CatalogContext = createContext<Catalog | null>(null);
/**
 * The shown inputs as a store: one object for the provider's life, so no
 * reader renders for a result unless its own selected value moved.
 */
const SettledStoreContext = createContext<CalculatorStore | null>(null);
const DeferredResultContext = createContext<DeferredResult | null>(null);
const ResultsStatusContext = createContext<ResultsStatus | null>(null);

/** What panels below the headline read: the full result of the deferred inputs. */
export type DeferredResult = {
  readonly result: ScenarioResult;
  /** The engine scenario the result was computed from (deferred inputs). */
  readonly scenario: Scenario;
  /** The deferred inputs themselves. */
  readonly inputs: CalculatorInputs;
};

/** What the page shows: a state of the store, its results, for one catalog. */
type Shown = {
  readonly catalog: Catalog;
  readonly value: DeferredResult;
};

function shownFor(state: CalculatorState, catalog: Catalog): Shown {
  return {
    catalog,
    // Immutable: a new one per shown state, so React can render it in a transition.
    // One context changes per result (this one): each changing context is a
    // walk of the tree below it for its readers (issue 13).
    value: {
      result: fullResultFor(state.inputs, catalog),
      scenario: scenarioFor(state.inputs, catalog),
      inputs: state.inputs,
    },
  };
}

/**
 * One evaluation for the whole page, of the inputs as they were at the last
 * paint: a key press paints its slider with no engine run in its handler,
 * and every result follows (ADR-21; ADR-15, convention 4). The evaluation
 * runs where `evaluator` says (a worker on the built page, ADR-28); its
 * results are shown in a transition, so a new key press interrupts their
 * rendering, and only while they are for the live inputs.
 */
function DeferredResultProvider({
  live,
  evaluator,
  children,
}: {
  readonly live: CalculatorStore;
  readonly evaluator: ResultEvaluator;
  readonly children: ReactNode;
}) {
  const catalog = useCatalog();
  const [shown, setShown] = useState(() => shownFor(live.getState(), catalog));
  let current = shown;
  // Another catalog (imported prices): its results at once, in this render.
  if (shown.catalog !== catalog) {
    current = shownFor(live.getState(), catalog);
    setShown(current);
  }
  // "Results current" (ADR-33): the committed results against the live inputs.
  const [status] = useState(() => createResultsStatus(true));
  // The shown inputs, for SettledScope: set in the results' own commit,
  // before their paint, so the fields that moved render in the same frame
  // as the results (one layout per result, not one for the store and one
  // for the results) and the others not at all (issue 13).
  const [settled] = useState(() =>
    createStore<CalculatorState>(() => ({
      inputs: current.value.inputs,
      actions: live.getState().actions,
    })),
  );
  useLayoutEffect(() => {
    if (settled.getState().inputs !== current.value.inputs)
      settled.setState({ inputs: current.value.inputs });
  }, [settled, current]);
  const committedInputs = useRef(current.value.inputs);
  useLayoutEffect(() => {
    committedInputs.current = current.value.inputs;
    status.update(live.getState().inputs === current.value.inputs);
  }, [status, live, current]);
  useLayoutEffect(
    () =>
      live.subscribe((s) =>
        status.update(s.inputs === committedInputs.current),
      ),
    [status, live],
  );
  useEffect(() => {
    const paints = pagePaints();
    return followResults({
      live,
      catalog,
      evaluator,
      show: (state) => {
        // Read when React renders the update, so a transition restarted after
        // a newer key press drops a result that is no longer for the live inputs.
        const update = () =>
          setShown((prev) =>
            live.getState().inputs !== state.inputs ||
            (prev.catalog === catalog && prev.value.inputs === state.inputs)
              ? prev
              : shownFor(state, catalog),
          );
        if (paints) startTransition(update);
        else update();
      },
    });
  }, [live, catalog, evaluator]);
  return (
    <ResultsStatusContext.Provider value={status}>
      <SettledStoreContext.Provider value={settled}>
        <DeferredResultContext.Provider value={current.value}>
          {children}
        </DeferredResultContext.Provider>
      </SettledStoreContext.Provider>
    </ResultsStatusContext.Provider>
  );
}

/** Whether the shown results are for the newest inputs (results-status.ts). */
export function useResultsStatus(): ResultsStatus {
  const status = useContext(ResultsStatusContext);
  if (!status) throw new Error('useResultsStatus needs a <CalculatorProvider>');
  return status;
}

/**
 * Its children read the store as it was for the shown results: nothing in
 * it renders inside a key press or for the store's write after it, and a
 * result renders only the readers whose own selected value moved, in the
 * results' frame (the settled store is set in their commit's layout
 * effect). Writes still go to the live store. A panel that words a result
 * reads the result's own `inputs` (useDeferredScenarioResult) instead, as
 * the verdict does: one object, no second render.
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
  /** Where the engine runs (ADR-28): in this thread unless given. */
  readonly evaluator?: ResultEvaluator;
  readonly children: ReactNode;
};

/** Puts the catalog and a per-mount store in context. */
export function CalculatorProvider({
  catalog,
  initialInputs,
  store,
  evaluator = inThreadEvaluator,
  children,
}: ProviderProps) {
  const [own] = useState(
    () => store ?? createCalculatorStore(initialInputs, catalog),
  );
  return (
    <CatalogContext.Provider value={catalog}>
      <StoreContext.Provider value={own}>
        <DeferredResultProvider live={own} evaluator={evaluator}>
          {children}
        </DeferredResultProvider>
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

/** Same own fields, each Object.is-equal. */
function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.is(a[k], b[k]))
  );
}

/**
 * Reads a small flat object from the store, kept as the same object while
 * its fields are equal (as zustand's useShallow, without its Map/Set
 * cases: first-load bytes): a component re-renders only when one of the
 * values it shows changes, not when a sibling field does.
 */
export function useCalculatorStoreShallow<T extends object>(
  selector: (state: CalculatorState) => T,
): T {
  const kept = useRef<T | null>(null);
  return useCalculatorStore((s) => {
    const next = selector(s);
    if (kept.current !== null && sameFields(kept.current, next))
      return kept.current;
    kept.current = next;
    return next;
  });
}

/**
 * The named workload fields, and only those: a press on "Monthly tokens"
 * re-renders the fields that show the volume, not every workload field
 * (issue 13 item 1). The object is stable while those fields are equal.
 */
export function useWorkloadFields<K extends keyof WorkloadInputs>(
  ...keys: readonly K[]
): Pick<WorkloadInputs, K> {
  return useCalculatorStoreShallow((s) => {
    const picked = {} as Pick<WorkloadInputs, K>;
    for (const k of keys) picked[k] = s.inputs.workload[k];
    return picked;
  });
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
