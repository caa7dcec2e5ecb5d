import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog';
import { VerdictPanel } from '../../../src/features/recommendation';
import { WorkloadPanel } from '../../../src/features/workload-inputs';
import {
  CalculatorProvider,
  createCalculatorStore,
  evaluateInputs,
  SettledScope,
  type CalculatorInputs,
  type EvaluatedInputs,
  type ResultEvaluator,
} from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { handCheckedInputs } from '../render-with-store';

/** An engine that answers only when the test says (the worker, ADR-28). */
function heldEvaluator() {
  const answers: (() => void)[] = [];
  const evaluator: ResultEvaluator = {
    schedule: (fn) => {
      fn();
      return () => {};
    },
    evaluate: (inputs: CalculatorInputs, catalog: Catalog) =>
      new Promise<EvaluatedInputs>((resolve) =>
        answers.push(() => resolve(evaluateInputs(inputs, catalog))),
      ),
  };
  const answerAll = async () => {
    while (answers.length > 0)
      await act(async () => {
        answers.shift()?.();
        await Promise.resolve();
      });
  };
  return { evaluator, answerAll };
}

function renderPage(evaluator?: ResultEvaluator) {
  const inputs = handCheckedInputs(pageCatalog);
  const store = createCalculatorStore(inputs, pageCatalog);
  render(
    <CalculatorProvider
      catalog={pageCatalog}
      initialInputs={inputs}
      store={store}
      {...(evaluator ? { evaluator } : {})}
    >
      <SettledScope>
        <VerdictPanel />
      </SettledScope>
      <SettledScope>
        <WorkloadPanel />
      </SettledScope>
    </CalculatorProvider>,
  );
  return store;
}

const verdictRegion = () =>
  screen.getByRole('heading', { name: 'Recommendation' }).closest('section')!;
const slider = () => screen.getByRole('slider', { name: 'Monthly tokens' });

describe('the press path (ADR-33)', () => {
  it('a slider press reaches the store, and the verdict says its results are current', () => {
    const store = renderPage();
    const before = store.getState().inputs.workload.tokensPerMonth;
    const typed = () => screen.getByRole('textbox', { name: /Monthly tokens/ });
    const typedBefore = (typed() as HTMLInputElement).value;
    const position = Number((slider() as HTMLInputElement).value);
    fireEvent.change(slider(), { target: { value: String(position + 10) } });
    const after = store.getState().inputs.workload.tokensPerMonth;
    // Ten steps right on a log slider: more tokens a month.
    expect(after).toBeGreaterThan(before);
    expect(verdictRegion()).toHaveAttribute('aria-busy', 'false');
    expect(verdictRegion()).toHaveAttribute('data-results', 'current');
    // The typed field beside it follows the store.
    expect((typed() as HTMLInputElement).value).not.toBe(typedBefore);
  });

  it('while the engine has not answered for the newest inputs the results region is busy, then current', async () => {
    const { evaluator, answerAll } = heldEvaluator();
    const store = renderPage(evaluator);
    await answerAll();
    expect(verdictRegion()).toHaveAttribute('data-results', 'current');
    const position = Number((slider() as HTMLInputElement).value);
    const headline = within(verdictRegion()).getByText(
      (_, el) => el?.classList.contains('verdict-headline') ?? false,
    );
    const wordsBefore = headline.textContent;
    fireEvent.change(slider(), { target: { value: String(position + 25) } });
    expect(store.getState().inputs.workload.tokensPerMonth).toBeGreaterThan(0);
    expect(verdictRegion()).toHaveAttribute('aria-busy', 'true');
    expect(verdictRegion()).toHaveAttribute('data-results', 'pending');
    // The shown words are still the old inputs' until the answer comes.
    expect(headline.textContent).toBe(wordsBefore);
    // The slider itself already says the new volume.
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/tokens\/month$/),
    );
    await answerAll();
    expect(verdictRegion()).toHaveAttribute('aria-busy', 'false');
    expect(verdictRegion()).toHaveAttribute('data-results', 'current');
  });
});
