/**
 * ADR-28: the page's bridge to its engine worker. Every request is answered,
 * by the worker or — when it cannot start, reports an error or stays silent —
 * in the page's own thread, with the same numbers; another catalog (imported
 * prices) is posted once. The worker is played by the real worker module's
 * `serveEngine` on a fake scope, with structured clones both ways.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { serveEngine } from '../../../src/app/engine-worker';
import type { ToEngine } from '../../../src/app/engine-protocol';
import {
  canStartEngineWorker,
  createWorkerEvaluator,
  type EngineWorker,
} from '../../../src/app/worker-evaluator';
import { defaultInputs, evaluateInputs } from '../../../src/state';

type Listener = (e: { readonly data: unknown }) => void;

/** A worker running serveEngine in this process, asynchronously. */
function fakeWorker(opts: { silent?: boolean } = {}) {
  const pageListeners = new Map<string, Listener[]>();
  let workerListener: Listener | null = null;
  const posted: ToEngine[] = [];
  serveEngine({
    addEventListener: (_type, l) => (workerListener = l),
    postMessage: (m) =>
      setTimeout(() => {
        for (const l of pageListeners.get('message') ?? [])
          l({ data: structuredClone(m) });
      }, 0),
  });
  const worker: EngineWorker = {
    postMessage: (m) => {
      posted.push(m);
      if (!opts.silent)
        setTimeout(() => workerListener?.({ data: structuredClone(m) }), 0);
    },
    addEventListener: (type, l) =>
      pageListeners.set(type, [...(pageListeners.get(type) ?? []), l]),
    terminate: () => {},
  };
  const emit = (type: string) =>
    (pageListeners.get(type) ?? []).forEach((l) => l({ data: null }));
  return { worker, posted, emit };
}

const inputs = () => defaultInputs(catalog);
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('createWorkerEvaluator', () => {
  it('answers from the worker with the numbers the page would compute', async () => {
    const { worker } = fakeWorker();
    const statuses: string[] = [];
    const ev = createWorkerEvaluator({
      builtInCatalog: catalog,
      start: async () => worker,
      onStatus: (s) => statuses.push(s),
    });
    const i = inputs();
    const got = await ev.evaluate(i, catalog);
    expect(plain(got)).toEqual(plain(evaluateInputs(i, catalog)));
    expect(statuses).toEqual(['worker']);
    expect(ev.offThread()).toBe(true);
  });

  it('posts another catalog (imported prices) once, and evaluates with it', async () => {
    const { worker, posted } = fakeWorker();
    const ev = createWorkerEvaluator({
      builtInCatalog: catalog,
      start: async () => worker,
    });
    // Another catalog object, as imported prices make (a copy here).
    const cheaper = structuredClone(catalog);
    const i = inputs();
    const a = await ev.evaluate(i, cheaper);
    await ev.evaluate({ ...i }, cheaper);
    expect(posted.filter((m) => m.kind === 'catalog')).toHaveLength(1);
    expect(plain(a)).toEqual(plain(evaluateInputs(i, cheaper)));
  });

  it('falls back to this thread when the worker cannot start', async () => {
    const statuses: string[] = [];
    const ev = createWorkerEvaluator({
      builtInCatalog: catalog,
      start: () => Promise.reject(new Error('no worker here')),
      onStatus: (s) => statuses.push(s),
    });
    const i = inputs();
    expect(plain(await ev.evaluate(i, catalog))).toEqual(
      plain(evaluateInputs(i, catalog)),
    );
    expect(statuses).toEqual(['in-thread']);
    expect(ev.offThread()).toBe(false);
  });

  it('answers a pending request in this thread when the worker reports an error', async () => {
    const { worker, emit } = fakeWorker({ silent: true });
    const ev = createWorkerEvaluator({
      builtInCatalog: catalog,
      start: async () => worker,
    });
    const pending = ev.evaluate(inputs(), catalog);
    await new Promise((r) => setTimeout(r, 0));
    emit('error');
    const got = await pending;
    expect(got.full.api.length).toBeGreaterThan(0);
    expect(ev.offThread()).toBe(false);
  });

  it('gives up on a silent worker after silentMs', async () => {
    const { worker } = fakeWorker({ silent: true });
    const ev = createWorkerEvaluator({
      builtInCatalog: catalog,
      start: async () => worker,
      silentMs: 20,
    });
    const got = await ev.evaluate(inputs(), catalog);
    expect(got.full.selfHost.length).toBeGreaterThan(0);
    expect(ev.offThread()).toBe(false);
  });
});

describe('canStartEngineWorker', () => {
  const page = 'https://example.org/crossover/';
  it('starts from a chunk of the same origin', () => {
    expect(
      canStartEngineWorker(
        'https://example.org/crossover/assets/engine-worker-x.js',
        page,
      ),
    ).toBe(true);
  });
  it('not from disk, another origin, or the page itself (single-file build)', () => {
    expect(
      canStartEngineWorker('file:///tmp/a/engine-worker.js', 'file:///tmp/a/'),
    ).toBe(false);
    expect(
      canStartEngineWorker('https://cdn.example.net/engine-worker.js', page),
    ).toBe(false);
    expect(canStartEngineWorker(page, page)).toBe(false);
  });
});
