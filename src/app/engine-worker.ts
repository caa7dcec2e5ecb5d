// Before the catalog parses anything: no eval under a strict CSP.
import './engine-worker-setup';
import { catalog as builtInCatalog, type Catalog } from '../catalog';
import {
  evaluateInputs,
  infeasibleShortText,
  resultFor,
  scenarioFor,
  type Analysis,
} from '../state';
// A static import, not state's prepareAnalysis: a dynamic import goes through
// Vite's preload helper, which touches `document` and throws in a worker. The
// page posts the catalog with the measured error attached (worker-evaluator).
import { analysisSteps } from '../state/analysis-steps';
import { packEvaluated } from './engine-pack';
import {
  BUILT_IN_CATALOG,
  type FromEngine,
  type ToEngine,
} from './engine-protocol';

/**
 * The engine worker's module (ADR-28). The page imports it only for its own
 * address and starts a module worker from it, so the worker runs the very
 * chunks the page loaded (catalog, engine, state: no second copy to
 * download). In a worker it answers evaluations; on the page it does nothing.
 */
export const engineWorkerUrl: string = import.meta.url;

/** The part of a DedicatedWorkerGlobalScope used here (the DOM lib has no worker types). */
type WorkerScope = {
  addEventListener(
    type: 'message',
    listener: (e: { readonly data: unknown }) => void,
  ): void;
  postMessage(
    message: FromEngine,
    options?: { readonly transfer?: Transferable[] },
  ): void;
};

function isWorkerScope(g: unknown): g is WorkerScope {
  const scope = g as { WorkerGlobalScope?: unknown; document?: unknown };
  return (
    typeof scope.WorkerGlobalScope === 'function' &&
    scope.document === undefined
  );
}

/** An analysis waiting for its turn, or part-way through its steps. */
type Job = {
  readonly id: number;
  readonly steps: Generator<void, Analysis>;
};

const errorText = (err: unknown) =>
  err instanceof Error ? err.message : String(err);

/**
 * Answers the page's requests. An evaluation is answered in its own message
 * task, at once; analyses (band, tornado, cost rows) run one step per timer
 * task, oldest first, so an evaluation that arrives meanwhile waits for one
 * step at most, and a cancelled analysis stops between steps.
 */
export function serveEngine(scope: WorkerScope): void {
  const catalogs = new Map<number, Catalog>([
    [BUILT_IN_CATALOG, builtInCatalog],
  ]);
  const jobs: Job[] = [];
  /** Analyses loading what they need (`prepareAnalysis`), and those cancelled meanwhile. */
  const preparing = new Set<number>();
  const cancelled = new Set<number>();
  let ticking = false;

  const tick = () => {
    ticking = false;
    const job = jobs[0];
    if (!job) return;
    try {
      const next = job.steps.next();
      if (next.done) {
        jobs.shift();
        scope.postMessage({
          kind: 'analysed',
          id: job.id,
          analysis: next.value,
        });
      }
    } catch (err) {
      jobs.shift();
      scope.postMessage({
        kind: 'failed',
        id: job.id,
        message: errorText(err),
      });
    }
    pump();
  };
  function pump() {
    if (ticking || jobs.length === 0) return;
    ticking = true;
    setTimeout(tick, 0);
  }

  // Only the page that started this worker can post to it (a dedicated worker).
  scope.addEventListener('message', (e) => {
    const msg = e.data as ToEngine;
    if (msg.kind === 'catalog') {
      // One imported-prices catalog at a time: the page uses only the newest.
      for (const key of catalogs.keys())
        if (key !== BUILT_IN_CATALOG) catalogs.delete(key);
      catalogs.set(msg.key, msg.catalog);
      return;
    }
    if (msg.kind === 'cancel') {
      const i = jobs.findIndex((j) => j.id === msg.id);
      if (i >= 0) jobs.splice(i, 1);
      else if (preparing.has(msg.id)) cancelled.add(msg.id);
      return;
    }
    const catalog = catalogs.get(msg.catalogKey);
    if (!catalog) {
      scope.postMessage({
        kind: 'failed',
        id: msg.id,
        message: `no catalog ${msg.catalogKey}`,
      });
      return;
    }
    if (msg.kind === 'analyse') {
      const { id, inputs, request } = msg;
      preparing.add(id);
      const readers = { resultFor, scenarioFor, infeasibleShortText };
      Promise.resolve().then(
        () => {
          preparing.delete(id);
          if (cancelled.delete(id)) return;
          jobs.push({
            id,
            steps: analysisSteps(readers, inputs, catalog, request),
          });
          pump();
        },
        (err: unknown) => {
          preparing.delete(id);
          cancelled.delete(id);
          scope.postMessage({ kind: 'failed', id, message: errorText(err) });
        },
      );
      return;
    }
    try {
      const { packed, transfer } = packEvaluated(
        evaluateInputs(msg.inputs, catalog),
      );
      scope.postMessage(
        { kind: 'evaluated', id: msg.id, evaluated: packed },
        { transfer },
      );
    } catch (err) {
      scope.postMessage({
        kind: 'failed',
        id: msg.id,
        message: errorText(err),
      });
    }
  });
  // Everything this module imports has loaded and run: the page may send
  // its evaluations here from now on.
  scope.postMessage({ kind: 'ready' });
}

if (isWorkerScope(globalThis)) serveEngine(globalThis);
