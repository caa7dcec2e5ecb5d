/**
 * Quality that means something (issue 10 item 2): the Artificial Analysis
 * index beside every option, a quality floor under Advanced that the verdict
 * names and obeys, and crossover labels that state the index gap.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  crossoverLabel,
  qualityGapWords,
} from '../../../src/features/cost-chart/chart-model';
import { OptionsPanel } from '../../../src/features/options';
import { QualityBadge } from '../../../src/features/options/quality-badge';
import { VerdictPanel } from '../../../src/features/recommendation';
import { AdvancedWorkload } from '../../../src/features/workload-inputs/advanced-workload';
import { renderWithStore } from '../render-with-store';

describe('quality index beside each option', () => {
  it('shows "AA index" with its source in the tooltip', () => {
    renderWithStore(<OptionsPanel />);
    const options = screen.getByRole('region', { name: 'Options' });
    const badge = within(options).getByText('· AA index 11.2');
    expect(badge.title).toMatch(
      /^Artificial Analysis Intelligence Index — Artificial Analysis \(artificialanalysis\.ai\/models\/gpt-4o\).*\(2026-08-01\)$/,
    );
    expect(within(options).getByText('· AA index 6.9')).toBeInTheDocument();
    expect(
      within(options).getAllByText('· AA index 7.6').length,
    ).toBeGreaterThan(0);
  });
});

describe('a model Artificial Analysis has not rated', () => {
  it('says "not rated"', () => {
    renderWithStore(<QualityBadge openModelId="mistral-nemo-instruct-2407" />);
    expect(screen.getByText('· not rated').title).toMatch(
      /a quality floor sets it aside/,
    );
  });
});

describe('the quality floor', () => {
  const page = () =>
    renderWithStore(
      <>
        <AdvancedWorkload />
        <VerdictPanel />
      </>,
    );

  it('is off by default: the verdict says nothing of it', () => {
    const { store } = page();
    expect(store.getState().inputs.qualityFloorIndex).toBeNull();
    expect(screen.getByLabelText('Quality floor')).toHaveValue('');
    expect(screen.getByTestId('verdict-detail')).not.toHaveTextContent(
      /Quality floor/,
    );
  });

  it('lists the options’ models by index, best first, and the verdict obeys the floor', () => {
    const { store } = page();
    const select = screen.getByLabelText('Quality floor');
    const labels = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(labels).toEqual([
      'Off: any quality',
      'At least as good as GPT-4o (AA index 11.2)',
      'At least as good as Llama 3.3 70B Instruct (AA index 9.4)',
      'At least as good as Llama 3.1 8B Instruct (AA index 7.6)',
      'At least as good as GPT-4o mini (AA index 6.9)',
    ]);
    // By default the hosted Llama 3.1 8B (7.6) is the cheapest; a floor at 9.4 sets it aside.
    expect(screen.getByTestId('verdict-detail')).toHaveTextContent(
      /^[^.]*Llama 3\.1 8B/,
    );
    fireEvent.change(select, { target: { value: '9.4' } });
    expect(store.getState().inputs.qualityFloorIndex).toBe(9.4);
    expect(screen.getByTestId('verdict-detail')).toHaveTextContent(
      /^[^.]*Llama 3\.3 70B/,
    );
    const detail = screen.getByTestId('verdict-detail');
    expect(detail).toHaveTextContent(
      /Quality floor: at least as good as Llama 3\.3 70B Instruct \(AA index 9\.4\); set aside: .*GPT-4o mini.*\(AA index 6\.9\)/,
    );
    fireEvent.change(select, { target: { value: '' } });
    expect(store.getState().inputs.qualityFloorIndex).toBeNull();
  });
});

describe('crossover labels', () => {
  it('state the gap of a pair 20 index points apart', () => {
    expect(
      crossoverLabel('Llama 3.1 8B', 'GPT-5', 5e9, 5e9, {
        likeForLike: false,
        gapPoints: 20,
      }),
    ).toBe(
      'Llama 3.1 8B (20 index points lower) beats GPT-5 above 5B tokens/month',
    );
    expect(qualityGapWords({ likeForLike: false, gapPoints: -4.5 })).toBe(
      ' (4.5 index points higher)',
    );
    expect(qualityGapWords({ likeForLike: false, gapPoints: null })).toBe(
      ' (quality not rated on one side)',
    );
  });

  it('say nothing of quality for a comparable pair', () => {
    expect(
      crossoverLabel('Llama 3.3 70B', 'GPT-4o', 5e9, 5e9, {
        likeForLike: true,
        gapPoints: 1.8,
      }),
    ).toBe('Llama 3.3 70B beats GPT-4o above 5B tokens/month');
  });
});
