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
    // A backfill is batch work: the options start without on-call (§19.1).
    expect(d.inputs.options).toEqual(
      embeddingOptions(catalog).map((o) =>
        o.kind === 'self-host' && o.procurement !== 'desk'
          ? { ...o, onCallFte: 0 }
          : o,
      ),
    );
    expect(d.inputs.workload.inputSharePercent).toBe(100);
  });

  it('writes no options for the embeddings defaults, and round-trips', () => {
    const store = createCalculatorStore(defaultInputs(catalog), catalog);
    store.getState().actions.presetApplied('embeddings');
    const inputs = store.getState().inputs;
    const link = encodeLink(inputs, { catalog });
    expect(link).not.toContain('o=');
    expect(decodeLink(link, { catalog }).inputs).toEqual(inputs);
  });
});
