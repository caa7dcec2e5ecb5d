import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CostChartPanel } from '../../../src/features/cost-chart';
import { HybridPanel } from '../../../src/features/hybrid-patterns';
import { LatencyPanel } from '../../../src/features/latency-panel';
import { LearnMorePanel } from '../../../src/features/learn-more';
import { OptionsPanel } from '../../../src/features/options';
import { PrivacyPanel } from '../../../src/features/privacy-checklist';
import { VerdictPanel } from '../../../src/features/recommendation';
import { WorkloadPanel } from '../../../src/features/workload-inputs';
import { renderWithStore } from '../render-with-store';

describe('Latency', () => {
  it('lists time to first token, output speed and end-to-end time for every option', () => {
    renderWithStore(<LatencyPanel />);
    const table = screen.getByRole('table', { name: /Latency of each option/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 5);
    expect(within(rows[1]!).getAllByRole('cell')[0]).toHaveTextContent(
      /\d+(\.\d+)? (ms|s)$/,
    );
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent(
      /tokens\/s/,
    );
  });

  it('checks each option against the chatbot preset’s targets', () => {
    renderWithStore(<LatencyPanel />);
    expect(
      screen.getByText(
        /Targets: first token within 1 s, at least 20 tokens\/s/,
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Latency of each option/ });
    expect(
      within(table).getAllByText(/first token: (meets|misses)/).length,
    ).toBeGreaterThan(0);
  });
});

describe('Privacy & data residency', () => {
  it('excludes every API when “air-gapped” is ticked and the verdict turns to self-hosting', () => {
    renderWithStore(
      <>
        <VerdictPanel />
        <PrivacyPanel />
      </>,
    );
    expect(screen.getByText('Use the API for now.')).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('checkbox', { name: /Air-gapped environments/ }),
    );
    expect(screen.getByText('Self-host.')).toBeInTheDocument();
    const effect = screen
      .getByText(/GPT-4o mini/, { selector: 'strong' })
      .closest('li');
    expect(effect).toHaveTextContent(/excluded by Air-gapped environments/);
  });

  it('shows the providers’ retention, training, SOC 2, HIPAA and residency facts with dates', () => {
    renderWithStore(<PrivacyPanel />);
    const table = screen.getByRole('table', {
      name: /API provider privacy options/,
    });
    for (const name of [
      /^OpenAI$/,
      /^Anthropic$/,
      /^Cohere$/,
      /^Azure OpenAI/,
    ]) {
      expect(
        within(table).getByRole('rowheader', { name }),
      ).toBeInTheDocument();
    }
    expect(
      within(table).getAllByText(/^\d{4}-\d{2}-\d{2}$/).length,
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('Hybrid patterns', () => {
  it('prices tiered routing, fallback chain, dev/prod split and overflow next to the pure options', () => {
    renderWithStore(<HybridPanel />);
    for (const name of [
      'Tiered routing',
      'Fallback chain',
      'Privacy split',
      'Dev/prod split',
      'Overflow to the API',
    ]) {
      expect(
        screen.getByRole('heading', { name: new RegExp(name) }),
      ).toBeInTheDocument();
    }
    const table = screen.getByRole('table', {
      name: /Hybrid patterns next to/,
    });
    expect(
      within(table).getByRole('rowheader', { name: /API only/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', { name: /Self-hosted only/ }),
    ).toBeInTheDocument();
  });

  it('moves the tiered-routing cost with its slider', () => {
    renderWithStore(<HybridPanel />);
    const card = screen.getByRole('article', { name: /Tiered routing/ });
    const cost = () => within(card).getByText(/\/month$/).textContent;
    const before = cost();
    fireEvent.change(
      within(card).getByRole('slider', {
        name: /Share routed to the self-hosted model/,
      }),
      {
        target: { value: '90' },
      },
    );
    expect(cost()).not.toBe(before);
    expect(within(card).getByText('90% / 10%')).toBeInTheDocument();
  });

  it('prices the privacy split once a sensitive share is set', () => {
    renderWithStore(<HybridPanel />);
    const card = screen.getByRole('article', { name: /Privacy split/ });
    expect(
      within(card).getByText(/set a sensitive share above 0/),
    ).toBeInTheDocument();
    fireEvent.change(
      within(card).getByRole('slider', { name: /Sensitive share/ }),
      { target: { value: '30' } },
    );
    expect(within(card).getByText(/\/month$/)).toBeInTheDocument();
  });
});

describe('Monthly cost comparison', () => {
  it('has a breakdown of the current month with per-1M-token costs', async () => {
    renderWithStore(<CostChartPanel />);
    fireEvent.click(screen.getByRole('button', { name: /Breakdown at 50M/ }));
    // The breakdown view is its own chunk: it arrives after the click.
    const table = await screen.findByRole(
      'table',
      { name: /Monthly cost by line/ },
      { timeout: 10_000 },
    );
    expect(
      within(table).getByRole('rowheader', { name: 'GPU rental' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', {
        name: 'Operations time (people)',
      }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', { name: 'Per 1M tokens' }),
    ).toBeInTheDocument();
  });

  it('says what moves the crossover most', async () => {
    renderWithStore(<CostChartPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'What moves it' }));
    // Computed in a timer of its own, off the render path (ADR-21).
    const table = await screen.findByRole(
      'table',
      { name: /What moves/ },
      { timeout: 3000 },
    );
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(3);
  });
});

describe('Options', () => {
  it('explains each number with the user’s own values', () => {
    renderWithStore(<OptionsPanel />);
    const explanations = screen.getAllByText('How is this computed?');
    expect(explanations).toHaveLength(5);
    expect(
      screen.getAllByText(
        /requests\/month × \(750 uncached input × \$2\.50\/1M/,
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Memory: .* of weights/).length).toBe(3);
  });

  it('filters a long picker by typing', () => {
    renderWithStore(<OptionsPanel />);
    fireEvent.click(screen.getByRole('button', { name: /^Edit GPT-4o ·/ }));
    const search = screen.getAllByRole('searchbox', {
      name: 'Search api model',
    })[0]!;
    fireEvent.change(search, { target: { value: 'claude' } });
    const select = screen.getAllByRole('combobox', { name: 'API model' })[0]!;
    const names = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');
    expect(
      names.filter((n) => !/GPT-4o$/.test(n)).every((n) => /Claude/i.test(n)),
    ).toBe(true);
  });

  it('says plainly when a configuration does not fit', () => {
    renderWithStore(<OptionsPanel />);
    fireEvent.click(
      screen.getByRole('button', { name: /^Edit Llama 3\.3 70B/ }),
    );
    // Llama 3.3 70B at FP8 fits one 80 GB H100 (80 GiB, docs/methods.md
    // §20.2), as engines run it; at BF16 (141 GB) it does not.
    const quant = screen.getAllByRole('combobox', { name: 'Quantization' })[0]!;
    fireEvent.change(quant, { target: { value: 'bf16' } });
    const gpus = screen.getAllByRole('combobox', {
      name: 'GPUs per replica',
    })[0]!;
    fireEvent.change(gpus, { target: { value: '1' } });
    expect(screen.getAllByText('does not fit').length).toBeGreaterThan(0);
    expect(screen.getByText(/It does not fit: it needs/)).toBeInTheDocument();
  });
});

describe('Workload', () => {
  it('applies a use-case preset', () => {
    renderWithStore(<WorkloadPanel />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Use case' }), {
      target: { value: 'rag' },
    });
    expect(
      screen.getByRole('textbox', { name: /Tokens per request/ }),
    ).toHaveValue('4000');
    expect(
      screen.getByRole('slider', { name: 'Input : output' }),
    ).toHaveAttribute('aria-valuetext', '9:1 (90% input)');
  });
});

describe('Learn more', () => {
  it('shows the product brief’s engines with serve commands for the chosen model, and the takeaways', () => {
    renderWithStore(<LearnMorePanel />);
    for (const name of ['Ollama', 'vLLM', 'llama.cpp']) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(
      screen.getByLabelText(/Commands to serve .* with vLLM/),
    ).toHaveTextContent(/vllm serve meta-llama\//);
    expect(
      screen.getByLabelText(/Commands to serve .* with Ollama/),
    ).toHaveTextContent(/ollama run llama3/);
    expect(
      screen.getByText(/Calculate the crossover point/),
    ).toBeInTheDocument();
  });
});

describe('Embeddings use case', () => {
  it('switches the options to embedding models, prices them input-only, and switches back', () => {
    const { store } = renderWithStore(
      <>
        <WorkloadPanel />
        <OptionsPanel />
      </>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Use case' }), {
      target: { value: 'embeddings' },
    });
    const options = store.getState().inputs.options;
    expect(
      options.map((o) => (o.kind === 'api' ? o.apiModelId : o.openModelId)),
    ).toEqual([
      'text-embedding-3-small',
      'embed-english-v3',
      'bge-m3',
      'nomic-embed-text-v1.5',
    ]);
    expect(
      screen.getByRole('slider', { name: 'Input : output' }),
    ).toHaveAttribute('aria-valuetext', expect.stringMatching(/input only/));
    // text-embedding-3-small: 50M tokens × $0.02/1M = $1.00; the embeddings use case is batch work with a
    // 24 h deadline, so all of it goes through the batch API at ×0.5 → $0.50 (ADR-18).
    expect(screen.getByText('$0.50/month')).toBeInTheDocument();
    expect(screen.queryByText('does not fit')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Use case' }), {
      target: { value: 'chatbot' },
    });
    // Back to the chat use case's first-visit options: today's models (ADR-24).
    expect(
      store
        .getState()
        .inputs.options.some(
          (o) => o.kind === 'api' && o.apiModelId === 'claude-sonnet-5',
        ),
    ).toBe(true);
  });
});
