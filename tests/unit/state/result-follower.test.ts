/**
 * ADR-28: the page's results follow the store through an evaluator that may
 * answer late (a worker). Whatever the order of key presses and answers, a
 * result is shown only while it is for the live inputs, one evaluation runs
 * at a time, and once the answers are in the page shows the last key's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  createCalculatorStore,
  defaultInputs,
  evaluateInputs,
  type CalculatorState,
  type EvaluatedInputs,
  type ResultEvaluator,
} from '../../../src/state';
import { followResults } from '../../../src/state/result-evaluator';
import { hasFullResult } from '../../../src/state/derived-cache';

/** An evaluator whose answers the test releases, in any order. */
function heldEvaluator() {
  const held: { inputs: object; release: () => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const evaluator: ResultEvaluator = {
    schedule: (fn) => {
      fn();
      return () => {};
    },
    evaluate: (inputs, cat) =>
      new Promise<EvaluatedInputs>((resolve) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        held.push({
          inputs,
          release: () => {
            running--;
            // A worker's answer is a copy, not the page's own objects.
            resolve(structuredClone(evaluateInputs(inputs, cat)));
          },
        });
      }),
  };
  return { evaluator, held, maxRunning: () => maxRunning };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function follow(evaluator: ResultEvaluator) {
  const live = createCalculatorStore(defaultInputs(catalog), catalog);
  // As the provider's first render does: the first screen's results, at once.
  evaluateInputs(live.getState().inputs, catalog);
  const shown: { state: CalculatorState; wasLive: boolean }[] = [];
  const stop = followResults({
    live,
    catalog,
    evaluator,
    show: (state) =>
      shown.push({ state, wasLive: state.inputs === live.getState().inputs }),
  });
  return { live, shown, stop };
}

describe('followResults', () => {
  it('never shows the result of inputs a later key press replaced', async () => {
    const { evaluator, held } = heldEvaluator();
    const { live, shown, stop } = follow(evaluator);
    const press = (v: number) =>
      live.getState().actions.workloadChanged('tokensPerMonth', v);
    press(60e6);
    const first = live.getState().inputs;
    press(70e6);
    press(80e6);
    // Only the first press is being evaluated; its answer is now stale.
    expect(held).toHaveLength(1);
    held[0]!.release();
    await flush();
    expect(shown.some((s) => s.state.inputs === first)).toBe(false);
    // The newest inputs were asked for next, and are shown.
    expect(held).toHaveLength(2);
    expect(held[1]!.inputs).toBe(live.getState().inputs);
    held[1]!.release();
    await flush();
    expect(shown.at(-1)!.state.inputs).toBe(live.getState().inputs);
    expect(shown.at(-1)!.state.inputs.workload.tokensPerMonth).toBe(80e6);
    stop();
  });

  it('caches an answer so every panel reads it without running the engine', async () => {
    const { evaluator, held } = heldEvaluator();
    const { live, stop } = follow(evaluator);
    live.getState().actions.workloadChanged('tokensPerMonth', 90e6);
    const inputs = live.getState().inputs;
    expect(hasFullResult(inputs, catalog)).toBe(false);
    held[0]!.release();
    await flush();
    expect(hasFullResult(inputs, catalog)).toBe(true);
    stop();
  });

  it('property: any interleaving of presses and answers shows only live results, one evaluation at a time, and ends on the last press', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constant('press' as const),
              tokens: fc.integer({ min: 1, max: 900 }).map((n) => n * 1e6),
            }),
            fc.constant({ kind: 'answer' as const }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (steps) => {
          const { evaluator, held, maxRunning } = heldEvaluator();
          const { live, shown, stop } = follow(evaluator);
          let released = 0;
          for (const step of steps) {
            if (step.kind === 'press')
              live
                .getState()
                .actions.workloadChanged('tokensPerMonth', step.tokens);
            else if (held[released]) {
              held[released++]!.release();
              await flush();
            }
          }
          // Then every answer comes in.
          while (held[released]) {
            held[released++]!.release();
            await flush();
          }
          expect(shown.every((s) => s.wasLive)).toBe(true);
          expect(maxRunning()).toBeLessThanOrEqual(1);
          if (steps.some((s) => s.kind === 'press'))
            expect(shown.at(-1)?.state.inputs).toBe(live.getState().inputs);
          stop();
        },
      ),
      // Each answer is a real engine run: few runs, a long timeout.
      { numRuns: 15 },
    );
  }, 60_000);

  it('a synchronous evaluator (no paint to wait for) shows the new state at once', () => {
    const evaluator: ResultEvaluator = {
      schedule: (fn) => {
        fn();
        return () => {};
      },
      evaluate: evaluateInputs,
    };
    const { live, shown, stop } = follow(evaluator);
    live.getState().actions.workloadChanged('tokensPerMonth', 123e6);
    expect(shown.at(-1)!.state.inputs).toBe(live.getState().inputs);
    stop();
  });

  it('an evaluator that fails still gets the page its results (in this thread)', async () => {
    const evaluator: ResultEvaluator = {
      schedule: (fn) => {
        fn();
        return () => {};
      },
      evaluate: () => Promise.reject(new Error('worker gone')),
    };
    const { live, shown, stop } = follow(evaluator);
    live.getState().actions.workloadChanged('tokensPerMonth', 321e6);
    await flush();
    expect(shown.at(-1)!.state.inputs).toBe(live.getState().inputs);
    expect(hasFullResult(live.getState().inputs, catalog)).toBe(true);
    stop();
  });

  it('shows nothing after it stopped', async () => {
    const { evaluator, held } = heldEvaluator();
    const { live, shown, stop } = follow(evaluator);
    live.getState().actions.workloadChanged('tokensPerMonth', 77e6);
    const before = shown.length;
    stop();
    held[0]!.release();
    await flush();
    expect(shown).toHaveLength(before);
  });
});
