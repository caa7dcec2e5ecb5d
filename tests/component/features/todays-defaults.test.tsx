import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OptionsPanel } from '../../../src/features/options';
import { defaultInputs } from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/** Issue 10 item 6 (ADR-24): the page opens with today's models; the 2024 ones stay selectable. */
describe('first visit: today’s models', () => {
  const first = defaultInputs(pageCatalog);
  const index = (o: (typeof first.options)[number]): number =>
    (o.kind === 'api'
      ? pageCatalog.byId.apiModels[o.apiModelId]?.qualityIndex
      : pageCatalog.byId.openModels[o.openModelId]?.qualityIndex) ?? 0;

  it('every first-visit option rates above the 2024 model it replaces', () => {
    const gpt4o = pageCatalog.byId.apiModels['gpt-4o']!.qualityIndex!;
    const gpt4oMini = pageCatalog.byId.apiModels['gpt-4o-mini']!.qualityIndex!;
    const llama70b =
      pageCatalog.byId.openModels['llama-3.3-70b-instruct']!.qualityIndex!;
    const llama8b =
      pageCatalog.byId.openModels['llama-3.1-8b-instruct']!.qualityIndex!;
    const [a1, a2, s1, s2, s3] = first.options;
    expect(index(a1!)).toBeGreaterThan(gpt4o);
    expect(index(a2!)).toBeGreaterThan(gpt4oMini);
    expect(index(s1!)).toBeGreaterThan(llama70b);
    expect(index(s2!)).toBeGreaterThan(llama8b);
    expect(index(s3!)).toBeGreaterThan(llama8b);
  });

  it('the options panel lists them, and the 2024 models are still in the catalog to pick', () => {
    renderWithStore(<OptionsPanel />, { inputs: first });
    expect(
      screen.getByRole('button', { name: /^Edit Claude Sonnet 5/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Edit gpt-oss-120b/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit GPT-4o/ })).toBeNull();
    for (const id of ['gpt-4o', 'gpt-4o-mini'])
      expect(pageCatalog.byId.apiModels[id]).toBeDefined();
    for (const id of ['llama-3.3-70b-instruct', 'llama-3.1-8b-instruct'])
      expect(pageCatalog.byId.openModels[id]).toBeDefined();
  });
});
