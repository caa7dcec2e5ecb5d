/**
 * Issue 13 item 1: work proportional to the change. Renders are counted
 * with React's <Profiler> (one count per commit in which anything inside
 * rendered) around each part, found again by role and label; the cost
 * chart's line layer (lines, band, axes, legend-free recharts figure) is
 * counted by wrapping the real memoised CostChart.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { memo, Profiler, type ComponentProps, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../../src/catalog';
import { CostChartPanel } from '../../../src/features/cost-chart';
import type * as CostChartModule from '../../../src/features/cost-chart/cost-chart';
import { VerdictPanel } from '../../../src/features/recommendation';
import {
  InputShareSlider,
  MonthlyTokensSlider,
} from '../../../src/features/workload-inputs';
import { AdvancedWorkload } from '../../../src/features/workload-inputs/advanced-workload';
import {
  CalculatorProvider,
  createCalculatorStore,
  evaluateInputs,
  SettledScope,
  useShownSlice,
  type CalculatorInputs,
  type CalculatorStore,
  type EvaluatedInputs,
  type ResultEvaluator,
} from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { handCheckedInputs, renderWithStore } from '../render-with-store';

/** Renders of the real CostChart: the layer that draws lines, band and axes. */
const chartRenders = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../src/features/cost-chart/cost-chart', async (original) => {
  const real = await original<typeof CostChartModule>();
  const Real = real.CostChart;
  // Same memo as the real one (props by reference); a fixed width, so
  // recharts draws in jsdom (no ResizeObserver).
  const Counted = memo(function Counted(props: ComponentProps<typeof Real>) {
    chartRenders.count++;
    return <Real {...props} width={720} />;
  });
  return { ...real, CostChart: Counted };
});

/** Commits in which something inside each named part rendered. */
function renderCounter() {
  const counts = new Map<string, number>();
  const Counted = ({ id, children }: { id: string; children: ReactNode }) => (
    <Profiler
      id={id}
      onRender={() => counts.set(id, (counts.get(id) ?? 0) + 1)}
    >
      {children}
    </Profiler>
  );
  const of = (id: string) => counts.get(id) ?? 0;
  /** How many renders each part had while `fn` ran. */
  const during = async (fn: () => void | Promise<void>) => {
    const before = new Map(counts);
    await fn();
    return (id: string) => of(id) - (before.get(id) ?? 0);
  };
  return { Counted, during };
}

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

function renderParts(
  parts: (Counted: ReturnType<typeof renderCounter>['Counted']) => ReactNode,
  evaluator?: ResultEvaluator,
) {
  const counter = renderCounter();
  const inputs = handCheckedInputs(pageCatalog);
  const store = createCalculatorStore(inputs, pageCatalog);
  render(
    <CalculatorProvider
      catalog={pageCatalog}
      initialInputs={inputs}
      store={store}
      {...(evaluator ? { evaluator } : {})}
    >
      {parts(counter.Counted)}
    </CalculatorProvider>,
  );
  return { store, during: counter.during };
}

const press = (name: string, steps: number) => {
  const slider = screen.getByRole('slider', { name });
  const position = Number((slider as HTMLInputElement).value);
  fireEvent.change(slider, {
    target: { value: String(position + steps) },
  });
};

describe('each part renders only when its own inputs change (issue 13)', () => {
  it('a press on Monthly tokens renders that slider, not Input : output or the advanced fields', async () => {
    // As on the page: the workload reads the shown inputs (SettledScope).
    const { store, during } = renderParts((Counted) => (
      <SettledScope>
        <Counted id="tokens">
          <MonthlyTokensSlider />
        </Counted>
        <Counted id="share">
          <InputShareSlider />
        </Counted>
        <Counted id="advanced">
          <AdvancedWorkload />
        </Counted>
      </SettledScope>
    ));
    // Every lazy field in place (the serving fields are a chunk of their own).
    await screen.findByRole(
      'slider',
      { name: 'Prefix cache hit rate' },
      { timeout: 20_000 },
    );
    const before = store.getState().inputs.workload.tokensPerMonth;
    const volume = await during(() => press('Monthly tokens', 10));
    expect(store.getState().inputs.workload.tokensPerMonth).toBeGreaterThan(
      before,
    );
    expect(volume('tokens')).toBeGreaterThan(0);
    expect(volume('share')).toBe(0);
    expect(volume('advanced')).toBe(0);
    // The split moves the input tokens per request, which bound the cached
    // prefix slider: the advanced fields render for it, Monthly tokens does not.
    const split = await during(() => press('Input : output', 5));
    expect(split('share')).toBeGreaterThan(0);
    expect(split('advanced')).toBeGreaterThan(0);
    expect(split('tokens')).toBe(0);
  });

  it('a press alone renders neither the verdict nor a workload field; its result renders the verdict and Monthly tokens only', async () => {
    const { evaluator, answerAll } = heldEvaluator();
    const { during } = renderParts(
      (Counted) => (
        <>
          <Counted id="verdict">
            <VerdictPanel />
          </Counted>
          <SettledScope>
            <Counted id="tokens">
              <MonthlyTokensSlider />
            </Counted>
            <Counted id="others">
              <InputShareSlider />
              <AdvancedWorkload />
            </Counted>
          </SettledScope>
        </>
      ),
      evaluator,
    );
    await answerAll();
    await screen.findByRole(
      'slider',
      { name: 'Prefix cache hit rate' },
      { timeout: 20_000 },
    );
    const verdict = screen.getByRole('heading', {
      name: 'Recommendation',
    }).parentElement!;
    const wordsBefore = verdict.textContent;
    const pressed = await during(() => press('Monthly tokens', 40));
    expect(pressed('tokens')).toBe(0);
    expect(pressed('others')).toBe(0);
    expect(pressed('verdict')).toBe(0);
    // The answer: the verdict and the field whose value moved, in one go.
    const answered = await during(answerAll);
    expect(answered('verdict')).toBeGreaterThan(0);
    expect(answered('tokens')).toBeGreaterThan(0);
    expect(answered('others')).toBe(0);
    // The verdict did change with the volume (forty steps on a log slider).
    expect(verdict.textContent).not.toBe(wordsBefore);
  });

  it('a panel body given useShownSlice renders when its slice changes, not on every result', async () => {
    let bodyRenders = 0;
    const Body = memo(function Body({ kinds }: { kinds: string }) {
      bodyRenders++;
      return <p>{kinds}</p>;
    });
    function Shell() {
      const kinds = useShownSlice((s) =>
        s.result.privacy.options.map((o) => o.status).join(','),
      );
      return <Body kinds={kinds} />;
    }
    const { store } = renderWithStore(<Shell />);
    const first = bodyRenders;
    expect(first).toBeGreaterThan(0);
    act(() => {
      store
        .getState()
        .actions.workloadChanged(
          'tokensPerMonth',
          store.getState().inputs.workload.tokensPerMonth * 3,
        );
    });
    expect(bodyRenders).toBe(first);
    // Air-gapped: every rented and API option is excluded, so the slice moves.
    act(() => {
      store.getState().actions.privacyRuleToggled('air-gapped');
    });
    expect(bodyRenders).toBeGreaterThan(first);
  });
});

describe('the cost chart draws its lines once per curve, not per volume (issue 13)', () => {
  const youLabel = () =>
    screen.getByText(
      (_, el) => el?.tagName === 'text' && /^You: /.test(el.textContent ?? ''),
    );

  it('moving Monthly tokens moves the "You" marker and the numbers; the lines, band and axes do not render', async () => {
    // The recharts chunk, cold, can take longer than a find's 5 s to transform.
    await import('../../../src/features/cost-chart/cost-chart');
    const { store } = renderWithStore(<CostChartPanel />);
    const panel = (
      await screen.findByRole('heading', { name: 'Monthly cost comparison' })
    ).closest('section')!;
    await within(panel).findByText(
      (_, el) =>
        el?.tagName === 'text' ? /^You: /.test(el.textContent ?? '') : false,
      {},
      { timeout: 20_000 },
    );
    const lines = panel.querySelectorAll('.recharts-line path');
    expect(lines.length).toBeGreaterThan(0);
    const markerBefore = youLabel().textContent;
    const summaryBefore = panel.querySelector('.chart-summary')!.textContent;
    const rendersBefore = chartRenders.count;
    setVolume(store, 3);
    expect(youLabel().textContent).not.toBe(markerBefore);
    expect(panel.querySelector('.chart-summary')!.textContent).not.toBe(
      summaryBefore,
    );
    expect(chartRenders.count).toBe(rendersBefore);
    // The same path elements, not redrawn ones.
    const after = panel.querySelectorAll('.recharts-line path');
    expect([...after]).toEqual([...lines]);
    // A change the curves do depend on (a price) renders the line layer.
    const api = store.getState().inputs.options.find((o) => o.kind === 'api')!;
    act(() => {
      store
        .getState()
        .actions.optionChanged(api.id, { customInputUsdPerMillion: 99 });
    });
    expect(chartRenders.count).toBeGreaterThan(rendersBefore);
  });
});

function setVolume(store: CalculatorStore, factor: number) {
  act(() => {
    const s = store.getState();
    s.actions.workloadChanged(
      'tokensPerMonth',
      s.inputs.workload.tokensPerMonth * factor,
    );
  });
}
