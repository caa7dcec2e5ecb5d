/**
 * The latency panel says where each API figure comes from: measured for the
 * endpoint, the open model's median for a host (none is published per host),
 * or assumed.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  latencyRowsFrom,
  latencyTargetsFrom,
} from '../../../src/features/latency-panel/latency-model';
import { LatencyTable } from '../../../src/features/latency-panel/latency-table';
import { fullResultFor } from '../../../src/state';
import { decodeLink } from '../../../src/url';

describe('the latency panel’s basis for an API figure', () => {
  it('tells a host’s model-level median from a measured endpoint and from a default', () => {
    // gpt-4o-mini: measured for OpenAI's endpoint; DeepInfra's Llama 3.3 70B:
    // the model's median; Fireworks' Mistral NeMo: nothing measured.
    const inputs = decodeLink(
      'v=1&sm=0&o=a1:gpt-4o-mini,a2:deepinfra-llama-3.3-70b-instruct,a3:fireworks-mistral-nemo-instruct-2407',
      { catalog },
    ).inputs;
    expect(inputs.options.map((o) => o.id)).toEqual(['a1', 'a2', 'a3']);
    const rows = latencyRowsFrom(
      fullResultFor(inputs, catalog),
      inputs.options,
      catalog,
      latencyTargetsFrom(inputs.workload),
    );
    render(<LatencyTable rows={rows} />);
    const basisOf = (name: RegExp) =>
      screen
        .getByRole('rowheader', { name })
        .closest('tr')!
        .querySelector('.basis')!.textContent;
    expect(basisOf(/GPT-4o mini/)).toBe(
      'measured median (Artificial Analysis) + network round trip',
    );
    expect(basisOf(/Llama 3\.3 70B.*DeepInfra/)).toMatch(
      /^the model’s measured median \(Artificial Analysis\), not this host’s own/,
    );
    expect(basisOf(/Mistral NeMo.*Fireworks/)).toBe(
      'assumed: no measurement in the catalog',
    );
  });
});
