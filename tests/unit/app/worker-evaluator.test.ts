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

/**
 * A worker running serveEngine in this process, asynchronously: its module
 * runs (and says `ready`) once the page listens, as a real worker's runs
 * after `new Worker`. A silent one never runs (its chunk never loads).
 */
function fakeWorker(opts: { silent?: boolean } = {}) {
  const pageListeners = new Map<string, Listener[]>();
  let workerListener: Listener | null = null;
  const posted: ToEngine[] = [];
  let running = false;
  const run = () => {
    if (running || opts.silent) return;
    running = true;
    serveEngine({
      addEventListener: (_type, l) => (workerListener = l),
      postMessage: (m) =>
        setTimeout(() => {
          for (const l of pageListeners.get('message') ?? [])
            l({ data: structuredClone(m) });
        }, 0),
    });
  };
  let terminated = 0;
  const worker: EngineWorker = {
    postMessage: (m) => {
      posted.push(m);
      setTimeout(() => workerListener?.({ data: structuredClone(m) }), 0);
    },
    addEventListener: (type, l) => {
      pageListeners.set(type, [...(pageListeners.get(type) ?? []), l]);
      run();
    },
    terminate: () => void terminated++,
  };
  const emit = (type: string) =>
    (pageListeners.get(type) ?? []).forEach((l) => l({ data: null }));
  return { worker, posted, emit, terminated: () => terminated };
}

/** Resolves once the evaluator says where it evaluates. */
function statusOf() {
  const statuses: string[] = [];
  let told: (s: string) => void = () => {};
  const next = new Promise<string>((r) => (told = r));
  return {
    statuses,
    next,
    onStatus: (s: 'worker' | 'in-thread') => {
      statuses.push(s);
      told(s);
    },
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An evaluator on `start`, and what it says about where it evaluates. */
function evaluatorOn(start: () => Promise<EngineWorker>, silentMs?: number) {
  const status = statusOf();
  const ev = createWorkerEvaluator({
    builtInCatalog: catalog,
    start,
    onStatus: status.onStatus,
    ...(silentMs === undefined ? {} : { silentMs }),
  });
  return { ev, status };
}

/** An evaluator on `worker` once the worker has said it is ready (evaluations go to it). */
async function readyOn(worker: EngineWorker, silentMs?: number) {
  const made = evaluatorOn(async () => worker, silentMs);
  made.ev.warm();
  expect(await made.status.next).toBe('worker');
  return made;
}

const inputs = () => defaultInputs(catalog);
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('createWorkerEvaluator', () => {
  it('answers from the worker with the numbers the page would compute', async () => {
    const { worker, posted } = fakeWorker();
    const { ev, status } = await readyOn(worker);
    const i = inputs();
    const got = await ev.evaluate(i, catalog);
    expect(posted.filter((m) => m.kind === 'evaluate')).toHaveLength(1);
    expect(plain(got)).toEqual(plain(evaluateInputs(i, catalog)));
    expect(status.statuses).toEqual(['worker']);
    expect(ev.offThread()).toBe(true);
  });

  it('until the worker is ready, answers in this thread with the same numbers, and the worker takes over once it is', async () => {
    const { worker, posted } = fakeWorker();
    const { ev, status } = evaluatorOn(async () => worker);
    const i = inputs();
    // Asked for before the worker's module has run: not posted to it.
    const early = await ev.evaluate(i, catalog);
    expect(plain(early)).toEqual(plain(evaluateInputs(i, catalog)));
    expect(posted.filter((m) => m.kind === 'evaluate')).toHaveLength(0);
    // The first request started the worker; once it is ready, it answers.
    expect(await status.next).toBe('worker');
    const later = { ...i, workload: { ...i.workload, tokensPerMonth: 3e9 } };
    const got = await ev.evaluate(later, catalog);
    expect(posted.filter((m) => m.kind === 'evaluate')).toHaveLength(1);
    expect(plain(got)).toEqual(plain(evaluateInputs(later, catalog)));
    expect(ev.offThread()).toBe(true);
  });

  it('answers every request while the worker’s chunk never arrives, and gives up on it after silentMs', async () => {
    // The import of the worker's chunk stalls: `start` never settles.
    const { ev, status } = evaluatorOn(
      () => new Promise<EngineWorker>(() => {}),
      30,
    );
    const i = inputs();
    const a = await ev.evaluate(i, catalog);
    expect(a.full.api.length).toBeGreaterThan(0);
    expect(await status.next).toBe('in-thread');
    expect(ev.offThread()).toBe(false);
    // An analysis is answered here too, from then on.
    const band = await ev.analyse(i, catalog, { kind: 'uncertainty' }).answer;
    expect(band.kind).toBe('uncertainty');
  });

  it('stops a worker that starts only after the page gave up on it', async () => {
    const { worker, terminated } = fakeWorker();
    let arrive: (w: EngineWorker) => void = () => {};
    const ev = createWorkerEvaluator({
      builtInCatalog: catalog,
      start: () => new Promise<EngineWorker>((r) => (arrive = r)),
      silentMs: 10,
    });
    ev.warm();
    await wait(30);
    expect(ev.offThread()).toBe(false);
    arrive(worker);
    await wait(0);
    expect(terminated()).toBe(1);
  });

  it('posts another catalog (imported prices) once, and evaluates with it', async () => {
    const { worker, posted } = fakeWorker();
    const { ev } = await readyOn(worker);
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
    const { worker, emit } = fakeWorker();
    const { ev, status } = await readyOn(worker);
    const pending = ev.evaluate(inputs(), catalog);
    // Posted, then the worker fails before it answers.
    emit('error');
    const got = await pending;
    expect(got.full.api.length).toBeGreaterThan(0);
    expect(ev.offThread()).toBe(false);
    expect(status.statuses).toEqual(['worker', 'in-thread']);
  });

  it('gives up on a worker that never says it is ready after silentMs', async () => {
    const { worker, terminated } = fakeWorker({ silent: true });
    const { ev, status } = evaluatorOn(async () => worker, 20);
    const got = await ev.evaluate(inputs(), catalog);
    expect(got.full.selfHost.length).toBeGreaterThan(0);
    expect(await status.next).toBe('in-thread');
    expect(ev.offThread()).toBe(false);
    expect(terminated()).toBe(1);
  });

  it('gives up on a ready worker that goes silent on a request', async () => {
    const { worker, posted } = fakeWorker();
    const { ev } = await readyOn(worker, 20);
    // From now on the worker hears nothing (stuck in a long task, say).
    worker.postMessage = (m) => void posted.push(m);
    const got = await ev.evaluate(inputs(), catalog);
    expect(got.full.selfHost.length).toBeGreaterThan(0);
    expect(posted.filter((m) => m.kind === 'evaluate')).toHaveLength(1);
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
