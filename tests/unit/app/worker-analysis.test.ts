/**
 * ADR-28, amended: the band, the tornado and the cost table's rows are
 * computed by the engine worker (state's analysis steps) at a lower priority
 * than evaluations, with the page's own thread as the fallback — and both
 * give the same numbers. The worker is the real module's `serveEngine` on a
 * fake scope, with structured clones both ways (as a real postMessage).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { serveEngine } from '../../../src/app/engine-worker';
import { packCurve } from '../../../src/app/engine-pack';
import type { FromEngine, ToEngine } from '../../../src/app/engine-protocol';
import { unpackCurve, unpackEvaluated } from '../../../src/app/engine-unpack';
import {
  createWorkerEvaluator,
  type EngineWorker,
} from '../../../src/app/worker-evaluator';
import {
  analyseInThread,
  defaultInputs,
  evaluateInputs,
  type Analysis,
  type AnalysisRequest,
  type CalculatorInputs,
} from '../../../src/state';

type Listener = (e: { readonly data: unknown }) => void;

/** serveEngine in this process; `log` records what each side posted, in order. */
function fakeWorker() {
  const pageListeners: Listener[] = [];
  let workerListener: Listener | null = null;
  const log: (ToEngine | FromEngine)[] = [];
  // The worker's module runs once the page listens (after `new Worker`).
  const run = () =>
    serveEngine({
      addEventListener: (_type, l) => (workerListener = l),
      postMessage: (m) => {
        log.push(m);
        setTimeout(() => {
          for (const l of pageListeners) l({ data: structuredClone(m) });
        }, 0);
      },
    });
  const worker: EngineWorker = {
    postMessage: (m) => {
      log.push(m);
      setTimeout(() => workerListener?.({ data: structuredClone(m) }), 0);
    },
    addEventListener: (type, l) => {
      if (type !== 'message') return;
      pageListeners.push(l);
      if (pageListeners.length === 1) run();
    },
    terminate: () => {},
  };
  return { worker, log };
}

/** An evaluator on `worker`, once the worker has said it is ready (evaluations go to it). */
async function readyEvaluator(worker: EngineWorker) {
  let ready: () => void = () => {};
  const told = new Promise<void>((r) => (ready = r));
  const ev = createWorkerEvaluator({
    builtInCatalog: catalog,
    start: async () => worker,
    onStatus: (s) => {
      if (s === 'worker') ready();
    },
  });
  ev.warm();
  await told;
  return ev;
}

const UNCERTAINTY: AnalysisRequest = { kind: 'uncertainty' };
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

function withVolume(i: CalculatorInputs, tokensPerMonth: number) {
  return { ...i, workload: { ...i.workload, tokensPerMonth } };
}

function viaWorker(inputs: CalculatorInputs, request: AnalysisRequest) {
  const { worker } = fakeWorker();
  const ev = createWorkerEvaluator({
    builtInCatalog: catalog,
    start: async () => worker,
  });
  return ev.analyse(inputs, catalog, request).answer;
}

describe('analyses in the worker and in the page’s thread', () => {
  it('give the same band and tornado, with a band for every option and a tornado that has bars', async () => {
    const i = defaultInputs(catalog);
    const [w, t] = await Promise.all([
      viaWorker(i, UNCERTAINTY),
      analyseInThread(i, catalog, UNCERTAINTY).answer,
    ]);
    expect(plain(w)).toEqual(plain(t));
    const u = (w as Extract<Analysis, { kind: 'uncertainty' }>).uncertainty;
    // Hand-checkable: each option's band brackets its cost (low ≤ 1 ≤ high).
    for (const o of i.options) {
      const b = u.bands[o.id];
      if (!b) continue;
      expect(b.lowRatio).toBeLessThanOrEqual(1);
      expect(b.highRatio).toBeGreaterThanOrEqual(1);
    }
    expect(Object.keys(u.bands).length).toBeGreaterThan(0);
    expect(u.headline?.tornado.selfHostUsdPerMonth.length).toBeGreaterThan(0);
  });

  it('property: at any volume, the worker’s band and tornado are the page’s', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 6, max: 11, noNaN: true }),
        async (decades) => {
          const i = withVolume(defaultInputs(catalog), 10 ** decades);
          const [w, t] = await Promise.all([
            viaWorker(i, UNCERTAINTY),
            analyseInThread(i, catalog, UNCERTAINTY).answer,
          ]);
          expect(plain(w)).toEqual(plain(t));
        },
      ),
      { numRuns: 4 },
    );
  }, 120_000);

  it('give the same exact cost rows, and a higher volume never costs an API option less', async () => {
    const i = defaultInputs(catalog);
    const request: AnalysisRequest = {
      kind: 'costs',
      tokensPerMonth: [1e6, 1e8, 1e10],
    };
    const [w, t] = await Promise.all([
      viaWorker(i, request),
      analyseInThread(i, catalog, request).answer,
    ]);
    expect(w).toEqual(t);
    const rows = (w as Extract<Analysis, { kind: 'costs' }>).costs;
    expect(rows.map((r) => r.tokensPerMonth)).toEqual([1e6, 1e8, 1e10]);
    const api = i.options.find((o) => o.kind === 'api')!;
    const costs = rows.map((r) => r.byId[api.id] as number);
    expect(costs[1]).toBeGreaterThan(costs[0]!);
    expect(costs[2]).toBeGreaterThan(costs[1]!);
  });

  it('an evaluation posted during a long analysis is answered before the analysis ends', async () => {
    const { worker, log } = fakeWorker();
    const ev = await readyEvaluator(worker);
    const i = defaultInputs(catalog);
    const band = ev.analyse(i, catalog, UNCERTAINTY).answer;
    // Asked for after the analysis (its steps are timer tasks, the evaluation one message task).
    await ev.evaluate(withVolume(i, 3e9), catalog);
    await band;
    const answers = log
      .filter((m) => m.kind === 'evaluated' || m.kind === 'analysed')
      .map((m) => m.kind);
    expect(answers).toEqual(['evaluated', 'analysed']);
  }, 60_000);

  it('a cancelled analysis is never answered', async () => {
    const { worker, log } = fakeWorker();
    const ev = createWorkerEvaluator({
      builtInCatalog: catalog,
      start: async () => worker,
    });
    const i = defaultInputs(catalog);
    const first = ev.analyse(i, catalog, UNCERTAINTY);
    // Cancelled as soon as it is posted: the worker gets the cancel a task
    // later, well before the analysis's many steps (one per task) are done.
    // (A fixed 20 ms let a warm engine finish it first on a quiet machine.)
    while (!log.some((m) => m.kind === 'analyse'))
      await new Promise((r) => setTimeout(r, 0));
    first.cancel();
    // A newer one for other inputs is answered, the cancelled one never.
    await ev.analyse(withVolume(i, 2e9), catalog, UNCERTAINTY).answer;
    await new Promise((r) => setTimeout(r, 50));
    expect(log.filter((m) => m.kind === 'cancel')).toHaveLength(1);
    expect(log.filter((m) => m.kind === 'analysed')).toHaveLength(1);
  }, 60_000);
});

describe('the worker payload', () => {
  it('sends each curve as one transferable Float64Array and reads it back exactly', () => {
    const e = evaluateInputs(defaultInputs(catalog), catalog);
    const packed = packCurve(e.full.curve)!;
    expect(packed.values).toBeInstanceOf(Float64Array);
    expect(packed.points).toBe(e.full.curve.length);
    expect(unpackCurve(packed)).toEqual(e.full.curve);
  });

  it('property: null (infeasible) and any finite cost survive the columns', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            tokensPerMonth: fc.double({ min: 1, max: 1e12, noNaN: true }),
            a: fc.option(fc.double({ noNaN: true }), { nil: null }),
            s: fc.option(fc.double({ noNaN: true }), { nil: null }),
          }),
          { maxLength: 20 },
        ),
        (points) => {
          const curve = points.map((p) => ({
            tokensPerMonth: p.tokensPerMonth,
            usdPerMonthByOption: { a: p.a, s: p.s },
          }));
          expect(unpackCurve(packCurve(curve)!)).toEqual(curve);
        },
      ),
    );
  });

  it('is smaller than the whole result graph, and an unchanged curve stays the same object on the page', async () => {
    const { worker, log } = fakeWorker();
    const ev = await readyEvaluator(worker);
    const i = defaultInputs(catalog);
    const a = await ev.evaluate(i, catalog);
    // Another volume: the curves (over every volume) are the same.
    const b = await ev.evaluate(
      withVolume(i, 3 * i.workload.tokensPerMonth),
      catalog,
    );
    expect(b.full.curve).toBe(a.full.curve);
    expect(b.full.workload.tokensPerMonth).not.toBe(
      a.full.workload.tokensPerMonth,
    );
    const answer = log.find((m) => m.kind === 'evaluated')!;
    const { serialize } = await import('node:v8');
    const whole = serialize(evaluateInputs(i, catalog)).length;
    const sent = serialize(answer).length;
    expect(sent).toBeLessThan(whole * 0.75);
    // And it reads back to the same numbers.
    if (answer.kind === 'evaluated')
      expect(plain(unpackEvaluated(answer.evaluated))).toEqual(
        plain(evaluateInputs(i, catalog)),
      );
  });
});
