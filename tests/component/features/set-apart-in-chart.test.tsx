/**
 * Issue 14 item 1: an option a ticked rule excludes, or one that cannot run,
 * looks set apart in the cost chart's legend and the cost table too, with the
 * words state/option-standing gives the verdict and the options list.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { CostChartPanel } from '../../../src/features/cost-chart';
import {
  chartBandsFrom,
  chartCurvesFrom,
  SET_APART_COLOR,
} from '../../../src/features/cost-chart/chart-model';
import {
  latencyRowsFrom,
  latencyTargetsFrom,
} from '../../../src/features/latency-panel/latency-model';
import { LatencyTable } from '../../../src/features/latency-panel/latency-table';
import {
  fullResultFor,
  optionStandings,
  resultFor,
  standingText,
} from '../../../src/state';
import { optionColor } from '../../../src/ui';
import { decodeLink } from '../../../src/url';
import { renderWithStore } from '../render-with-store';

const OPTIONS =
  'o=a1:gpt-4o-mini,a2:gemini-2-5-flash,s3:llama-3.1-8b-instruct:fp8:vllm:h100-sxm-80gb,s4:llama-3.1-405b-instruct:bf16:vllm:l4-24gb:g1';
const inputsOf = (query: string) => decodeLink(query, { catalog }).inputs;

describe('options set apart in the cost chart', () => {
  it('HIPAA: Gemini’s line is muted, not in its colour; no band, no crossover dot against it', () => {
    const inputs = inputsOf(`v=1&pv=hipaa-phi&${OPTIONS}`);
    const result = fullResultFor(inputs, catalog);
    const standings = optionStandings(result, catalog);
    const band = { lowRatio: 0.8, highRatio: 1.2 };
    const curves = chartCurvesFrom(result, inputs.options, catalog, standings);
    const bands = chartBandsFrom(curves, { a1: band, a2: band });
    const gemini = curves.series.find((s) => s.id === 'a2')!;
    const mini = curves.series.find((s) => s.id === 'a1')!;
    const geminiState = inputs.options.find((o) => o.id === 'a2')!;
    expect(gemini.setApart?.text).toMatch(/^excluded: needs a signed BAA/);
    expect(gemini.color).toBe(SET_APART_COLOR);
    expect(gemini.color).not.toBe(optionColor(geminiState.colorIndex));
    expect(mini.setApart).toBeNull();
    expect(Object.keys(bands ?? {})).toEqual(['a1']);
    expect(curves.crossovers.some((c) => c.apiId === 'a2')).toBe(false);
    // The 405B model on one L4 cannot run: set apart as such.
    expect(curves.series.find((s) => s.id === 's4')?.setApart?.text).toMatch(
      /^cannot run: /,
    );
  });

  it('a volume change keeps the same curves, standings included (the chart’s memoised layers hold)', () => {
    const inputs = inputsOf(`v=1&pv=hipaa-phi&${OPTIONS}`);
    const at = (tokensPerMonth: number) => {
      const r = resultFor(inputs, catalog, {
        curve: 'full',
        atTokensPerMonth: tokensPerMonth,
      });
      return chartCurvesFrom(
        r,
        inputs.options,
        catalog,
        optionStandings(r, catalog),
      );
    };
    expect(JSON.stringify(at(5e7).series)).toBe(JSON.stringify(at(6e7).series));
  });

  it('the legend and the table badge the excluded option, and only it', async () => {
    renderWithStore(<CostChartPanel />, {
      catalog,
      inputs: inputsOf(`v=1&pv=hipaa-phi&${OPTIONS}`),
    });
    const legend = screen.getByRole('list', { name: 'Legend' });
    const gemini = within(legend)
      .getByText(/Gemini 2\.5 Flash/)
      .closest('li')!;
    expect(gemini).toHaveClass('set-apart');
    expect(
      within(gemini).getByText(/^excluded: needs a signed BAA/),
    ).toBeInTheDocument();
    const mini = within(legend)
      .getByText(/GPT-4o mini/)
      .closest('li')!;
    expect(mini).not.toHaveClass('set-apart');
    expect(
      within(legend).getAllByText(/^excluded: |^cannot run: /),
    ).toHaveLength(2);
    expect(
      screen.getByText(/Set apart: Gemini 2\.5 Flash/),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: /Monthly cost/ });
    const header = within(table).getByRole('columnheader', {
      name: /Gemini 2\.5 Flash/,
    });
    expect(header).toHaveClass('set-apart');
    expect(header).toHaveTextContent(/excluded: needs a signed BAA/);
    const column = within(table).getAllByRole('columnheader').indexOf(header);
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(within(firstRow).getAllByRole('cell')[column - 1]).toHaveClass(
      'set-apart',
    );
  });

  it('without the rule nothing is set apart', () => {
    renderWithStore(<CostChartPanel />, {
      catalog,
      inputs: inputsOf(`v=1&o=a1:gpt-4o-mini,a2:gemini-2-5-flash`),
    });
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).queryByText(/^excluded: /)).toBeNull();
    expect(screen.queryByText(/Set apart:/)).toBeNull();
  });
});

describe('options set apart in the latency panel', () => {
  it('HIPAA: Gemini’s row carries the same words, muted; a choice carries none', () => {
    const inputs = inputsOf(`v=1&pv=hipaa-phi&${OPTIONS}`);
    const result = fullResultFor(inputs, catalog);
    const rows = latencyRowsFrom(
      result,
      inputs.options,
      catalog,
      latencyTargetsFrom(inputs.workload),
    );
    const standings = optionStandings(result, catalog);
    const gemini = rows.find((r) => r.id === 'a2')!;
    expect(gemini.setApart?.kind).toBe('excluded');
    expect(gemini.setApart?.text).toBe(standingText(standings.get('a2')));
    expect(rows.find((r) => r.id === 'a1')?.setApart).toBeNull();
    expect(rows.find((r) => r.id === 's4')?.setApart?.kind).toBe('infeasible');

    render(<LatencyTable rows={rows} />);
    const header = screen.getByRole('rowheader', { name: /Gemini 2\.5 Flash/ });
    expect(header).toHaveClass('set-apart');
    expect(header).toHaveTextContent(/excluded: needs a signed BAA/);
    expect(
      screen.getByRole('rowheader', { name: /GPT-4o mini/ }),
    ).not.toHaveClass('set-apart');
  });
});
