// Before the catalog parses anything: no eval under a strict CSP.
import './engine-worker-setup';
import { catalog as builtInCatalog, type Catalog } from '../catalog';
import { evaluateInputs } from '../state';
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
  postMessage(message: FromEngine): void;
};

function isWorkerScope(g: unknown): g is WorkerScope {
  const scope = g as { WorkerGlobalScope?: unknown; document?: unknown };
  return (
    typeof scope.WorkerGlobalScope === 'function' &&
    scope.document === undefined
  );
}

/** Answers the page's requests, one at a time, in order. */
export function serveEngine(scope: WorkerScope): void {
  const catalogs = new Map<number, Catalog>([
    [BUILT_IN_CATALOG, builtInCatalog],
  ]);
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
    const catalog = catalogs.get(msg.catalogKey);
    try {
      if (!catalog) throw new Error(`no catalog ${msg.catalogKey}`);
      scope.postMessage({
        kind: 'evaluated',
        id: msg.id,
        evaluated: evaluateInputs(msg.inputs, catalog),
      });
    } catch (err) {
      scope.postMessage({
        kind: 'failed',
        id: msg.id,
        message: err instanceof Error ? err.message : String(err),
      });
    }
  });
}

if (isWorkerScope(globalThis)) serveEngine(globalThis);
