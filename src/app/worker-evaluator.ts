import { withMeasuredError, type Catalog } from '../catalog';
import {
  analyseInThread,
  defaultSchedule,
  prepareAnalysis,
  evaluateInputs,
  type Analysis,
  type AnalysisJob,
  type AnalysisRequest,
  type CalculatorInputs,
  type EvaluatedInputs,
  type ResultEvaluator,
} from '../state';
import {
  BUILT_IN_CATALOG,
  type FromEngine,
  type ToEngine,
} from './engine-protocol';
import { unpackEvaluated, type CurveMemo } from './engine-unpack';

/** The part of a Worker the page uses (a fake one in tests). */
export type EngineWorker = {
  postMessage(message: ToEngine): void;
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: (e: { readonly data?: unknown }) => void,
  ): void;
  terminate(): void;
};

/**
 * No `ready` this long after the worker was asked for, or no answer this long
 * after a request, means the worker is not coming (its chunk never loaded) or
 * is stuck: the page evaluates in its own thread from then on. Generous — a
 * throttled first start loads and parses the catalog, and the page is
 * answered in its own thread meanwhile.
 */
const SILENT_WORKER_MS = 10_000;

type Pending = {
  readonly inputs: CalculatorInputs;
  readonly catalog: Catalog;
  readonly resolve: (e: EvaluatedInputs) => void;
};

/** An analysis posted to the worker; `fallback` once it is run in this thread instead. */
type PendingAnalysis = {
  readonly inputs: CalculatorInputs;
  readonly catalog: Catalog;
  readonly request: AnalysisRequest;
  readonly resolve: (a: Analysis) => void;
  fallback?: AnalysisJob;
};

export type WorkerEvaluator = ResultEvaluator & {
  readonly analyse: NonNullable<ResultEvaluator['analyse']>;
  /** Starts the worker ahead of the first evaluation (after the page loaded). */
  readonly warm: () => void;
  /** Whether evaluations run in the worker (false once it failed). */
  readonly offThread: () => boolean;
};

/**
 * Evaluates in a worker started by `start` (ADR-28), falling back to this
 * thread — after the next paint, as without a worker — when it cannot start,
 * reports an error, or stays silent: every request is answered either way.
 * Until the worker says it is ready (its chunks loaded and run, which on a
 * slow network is seconds after the page works), evaluations are answered in
 * this thread too, so the first presses' numbers do not wait for it; analyses
 * wait in the worker's queue (they are the lower priority, and in this thread
 * they would compete with the page's start).
 * The built-in catalog is the worker's own; another one (imported prices) is
 * posted once.
 */
export function createWorkerEvaluator({
  builtInCatalog,
  start,
  silentMs = SILENT_WORKER_MS,
  onStatus = () => {},
}: {
  readonly builtInCatalog: Catalog;
  readonly start: () => Promise<EngineWorker>;
  readonly silentMs?: number;
  /** Told where evaluations run: 'worker' once it is ready, 'in-thread' on the fallback. */
  readonly onStatus?: (where: 'worker' | 'in-thread') => void;
}): WorkerEvaluator {
  let ready = false;
  let worker: Promise<EngineWorker | null> | null = null;
  /** The worker once `start` gave it, for `fail` to stop it. */
  let started: EngineWorker | null = null;
  let failed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const analyses = new Map<number, PendingAnalysis>();
  const curveMemo: CurveMemo = { last: null };
  const catalogKeys = new WeakMap<Catalog, number>([
    [builtInCatalog, BUILT_IN_CATALOG],
  ]);
  let postedCatalog: Catalog = builtInCatalog;
  let nextCatalogKey = BUILT_IN_CATALOG + 1;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let notReady: ReturnType<typeof setTimeout> | undefined;

  const inThread = (p: Pending) =>
    defaultSchedule(() => p.resolve(evaluateInputs(p.inputs, p.catalog)));

  // The same steps in this thread; the answer goes to the page's promise.
  const analyseHere = (a: PendingAnalysis) => {
    a.fallback = analyseInThread(a.inputs, a.catalog, a.request);
    a.fallback.answer.then(a.resolve, () => {});
  };

  const fail = (w: EngineWorker | null) => {
    if (failed) return;
    failed = true;
    onStatus('in-thread');
    clearTimeout(watchdog);
    clearTimeout(notReady);
    (w ?? started)?.terminate();
    for (const p of pending.values()) inThread(p);
    pending.clear();
    for (const a of analyses.values()) if (!a.fallback) analyseHere(a);
  };

  const onAnalysed = (msg: Exclude<FromEngine, { kind: 'ready' }>) => {
    const a = analyses.get(msg.id);
    if (!a || a.fallback) return;
    if (msg.kind === 'analysed') {
      analyses.delete(msg.id);
      a.resolve(msg.analysis);
    } else analyseHere(a);
  };

  const becomeReady = () => {
    if (ready || failed) return;
    ready = true;
    clearTimeout(notReady);
    onStatus('worker');
  };

  const onMessage = (data: unknown) => {
    const msg = data as FromEngine | null;
    if (!msg) return;
    if (msg.kind === 'ready') {
      becomeReady();
      return;
    }
    if (typeof msg.id !== 'number') return;
    // An analysis's answer says nothing about the evaluation the watchdog waits for.
    if (msg.kind === 'analysed' || analyses.has(msg.id)) {
      onAnalysed(msg);
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    clearTimeout(watchdog);
    if (msg.kind === 'evaluated')
      p.resolve(unpackEvaluated(msg.evaluated, curveMemo));
    else inThread(p);
  };

  const ensureWorker = (): Promise<EngineWorker | null> => {
    if (worker) return worker;
    // Not ready in time, or `start` itself never settles (its chunk stalls).
    notReady = setTimeout(() => fail(null), silentMs);
    worker = start().then(
      (w) => {
        if (failed) {
          w.terminate();
          return null;
        }
        started = w;
        w.addEventListener('message', (e) => onMessage(e.data));
        w.addEventListener('error', () => fail(w));
        w.addEventListener('messageerror', () => fail(w));
        return w;
      },
      () => {
        fail(null);
        return null;
      },
    );
    return worker;
  };

  const keyOf = (w: EngineWorker, catalog: Catalog): number => {
    let key = catalogKeys.get(catalog);
    if (key === undefined) {
      key = nextCatalogKey++;
      catalogKeys.set(catalog, key);
    }
    if (key !== BUILT_IN_CATALOG && postedCatalog !== catalog) {
      w.postMessage({ kind: 'catalog', key, catalog });
      postedCatalog = catalog;
    }
    return key;
  };

  const evaluate = (
    inputs: CalculatorInputs,
    catalog: Catalog,
  ): Promise<EvaluatedInputs> =>
    new Promise((resolve) => {
      const p: Pending = { inputs, catalog, resolve };
      if (failed || !ready) {
        // Not yet (or never) in the worker: answered here, after the next paint.
        if (!failed) void ensureWorker();
        inThread(p);
        return;
      }
      const id = nextId++;
      pending.set(id, p);
      void ensureWorker().then((w) => {
        if (!w || failed || !pending.has(id)) return;
        try {
          w.postMessage({
            kind: 'evaluate',
            id,
            catalogKey: keyOf(w, catalog),
            inputs,
          });
        } catch {
          // Inputs or a catalog that cannot be cloned: no worker for this page.
          fail(w);
          return;
        }
        clearTimeout(watchdog);
        watchdog = setTimeout(() => fail(w), silentMs);
      });
    });

  const analyse = (
    inputs: CalculatorInputs,
    catalog: Catalog,
    request: AnalysisRequest,
  ): AnalysisJob => {
    if (failed) return analyseInThread(inputs, catalog, request);
    const id = nextId++;
    let resolve: (a: Analysis) => void = () => {};
    const answer = new Promise<Analysis>((r) => (resolve = r));
    const a: PendingAnalysis = { inputs, catalog, request, resolve };
    analyses.set(id, a);
    // The measured error is loaded here and posted with the catalog: the
    // worker cannot load a chunk through Vite's preload helper (engine-worker.ts).
    void Promise.all([ensureWorker(), prepareAnalysis(request)]).then(([w]) => {
      if (!w || failed || !analyses.has(id) || a.fallback) return;
      const posted =
        request.kind === 'uncertainty' ? withMeasuredError(catalog) : catalog;
      try {
        w.postMessage({
          kind: 'analyse',
          id,
          catalogKey: keyOf(w, posted),
          inputs,
          request,
        });
      } catch {
        fail(w);
      }
    });
    return {
      answer,
      cancel: () => {
        if (!analyses.delete(id)) return;
        if (a.fallback) a.fallback.cancel();
        else
          void worker?.then((w) => {
            if (w && !failed) w.postMessage({ kind: 'cancel', id });
          });
      },
    };
  };

  return {
    // Off the main thread nothing waits for a paint: post on the next task.
    schedule: (fn) => {
      if (failed) return defaultSchedule(fn);
      const t = setTimeout(fn, 0);
      return () => clearTimeout(t);
    },
    evaluate,
    analyse,
    warm: () => void ensureWorker(),
    offThread: () => !failed,
  };
}

/**
 * Whether this page can start a module worker from one of its chunks: not
 * from disk (file:// has no origin a worker could share; the single-file
 * build also inlines its chunks, so the module's address is the page's).
 */
export function canStartEngineWorker(
  moduleUrl: string,
  pageUrl: string,
): boolean {
  const mod = new URL(moduleUrl, pageUrl);
  const page = new URL(pageUrl);
  return (
    mod.protocol !== 'file:' &&
    mod.origin === page.origin &&
    mod.pathname !== page.pathname
  );
}
