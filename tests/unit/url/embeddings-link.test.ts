import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  createCalculatorStore,
  defaultInputs,
  embeddingOptions,
} from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

describe('the embeddings use case in a link', () => {
  it('regression: ?uc=embed alone opens embedding models, not the chat defaults', () => {
    const d = decodeLink('uc=embed', { catalog });
    expect(d.inputs.options).toEqual(embeddingOptions(catalog));
    expect(d.inputs.workload.inputSharePercent).toBe(100);
  });

  it('writes no options for the embeddings defaults, and round-trips', () => {
    const base = defaultInputs(catalog);
    const inputs = {
      ...base,
      workload: { ...base.workload, presetId: 'embeddings' as const },
      options: embeddingOptions(catalog),
    };
    const link = encodeLink(inputs, { catalog });
    expect(link).not.toContain('o=');
    expect(decodeLink(link, { catalog }).inputs).toEqual(inputs);
  });

  it('the page’s embeddings preset (batch work: no on-call, §19.1) writes its on-call out, and round-trips', () => {
    const store = createCalculatorStore(defaultInputs(catalog), catalog);
    store.getState().actions.presetApplied('embeddings');
    const inputs = store.getState().inputs;
    const link = encodeLink(inputs, { catalog });
    // A link without `o` keeps meaning what it always meant (on-call at the interactive default).
    expect(link).toContain(':q0');
    expect(decodeLink(link, { catalog }).inputs).toEqual(inputs);
  });
});
