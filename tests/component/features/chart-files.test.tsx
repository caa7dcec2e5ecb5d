/**
 * The Export dialog's "Charts" list follows the page's export figures for as
 * long as it is open: a figure drawn late (the cost chart's chunk, the
 * worker's band) gets its buttons, and one chart replaced by another — the
 * same number of figures — is not left listed under its old title (the CI
 * failure where "Monthly cost comparison as SVG" never appeared).
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartFiles } from '../../../src/features/exports/chart-files';

const FOOTER = () => ({
  date: '2 December 2026',
  link: 'https://example.org/crossover/?v=2',
  prices: 'catalog 2026-12-01',
});

function stage(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'figure-stage-test';
  document.body.appendChild(root);
  return root;
}

function addFigure(root: HTMLElement, title: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.setAttribute('data-export-figure', title);
  figure.innerHTML =
    '<svg data-plot viewBox="0 0 10 10"><rect width="5" height="5"/></svg>';
  root.appendChild(figure);
  return figure;
}

afterEach(() => {
  document.getElementById('figure-stage-test')?.remove();
});

describe('the Export dialog’s chart files', () => {
  it('says it is drawing until a figure is there, then lists it', async () => {
    const root = stage();
    render(<ChartFiles figuresRootId={root.id} footer={FOOTER} />);
    expect(screen.getByText('Drawing the charts…')).toBeInTheDocument();
    act(() => {
      addFigure(root, 'Latency');
    });
    expect(
      await screen.findByRole('button', { name: 'Latency as SVG' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Latency as PNG' }),
    ).toBeInTheDocument();
  });

  it('lists a chart that replaces another, the count unchanged', async () => {
    const root = stage();
    addFigure(root, 'Latency');
    const placeholder = addFigure(root, 'What moves it');
    render(<ChartFiles figuresRootId={root.id} footer={FOOTER} />);
    expect(
      await screen.findByRole('button', { name: 'What moves it as SVG' }),
    ).toBeInTheDocument();
    act(() => {
      placeholder.remove();
      addFigure(root, 'Monthly cost comparison');
    });
    expect(
      await screen.findByRole('button', {
        name: 'Monthly cost comparison as SVG',
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'What moves it as SVG' }),
    ).not.toBeInTheDocument();
  });

  it('follows a figure retitled in place (the volume in a title moved)', async () => {
    const root = stage();
    const figure = addFigure(root, 'Cost breakdown at 50M tokens/month');
    render(<ChartFiles figuresRootId={root.id} footer={FOOTER} />);
    await screen.findByRole('button', {
      name: 'Cost breakdown at 50M tokens/month as SVG',
    });
    act(() => {
      figure.setAttribute(
        'data-export-figure',
        'Cost breakdown at 80M tokens/month',
      );
    });
    expect(
      await screen.findByRole('button', {
        name: 'Cost breakdown at 80M tokens/month as SVG',
      }),
    ).toBeInTheDocument();
  });
});
