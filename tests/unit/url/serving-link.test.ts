/**
 * The option's KV-cache precision (`t`) and batch cap (`n`) in a share link
 * (issue 12, ADR-27): written only when changed, so links from before decode
 * exactly as they did; a code the engine cannot use falls back with a note.
 */
import { describe, expect, it } from 'vitest';
import { catalog, CATALOG_VERSION } from '../../../src/catalog';
import {
  defaultInputs,
  selfHostOptionFrom,
  type CalculatorInputs,
  type SelfHostOptionState,
} from '../../../src/state';
import { decodeLink, encodeLink, inputsProblems } from '../../../src/url';

function withOption(patch: Partial<SelfHostOptionState>): CalculatorInputs {
  const base = defaultInputs(catalog);
  const option: SelfHostOptionState = {
    ...selfHostOptionFrom(catalog, {
      id: 's4',
      colorIndex: 4,
      openModelId: 'llama-3.1-8b-instruct',
      quantId: 'gguf-q4-k-m',
      engineId: 'llama-cpp',
      hardwareId: 'rtx-4090-24gb',
      gpusPerReplica: 1,
      procurement: 'on-demand',
    }),
    ...patch,
  };
  return { ...base, options: [...base.options, option] };
}

const s4 = (inputs: CalculatorInputs) =>
  inputs.options.find((o) => o.id === 's4') as SelfHostOptionState;

describe('KV precision and batch cap in a link', () => {
  it('writes nothing for the engine defaults', () => {
    const link = encodeLink(withOption({}), { catalog });
    expect(link).not.toMatch(/:t|:n\d/);
    expect(s4(decodeLink(link, { catalog }).inputs).kvCachePrecision).toBe(
      'default',
    );
  });

  it('round-trips a chosen precision and cap', () => {
    const inputs = withOption({
      kvCachePrecision: 'q8_0',
      maxConcurrentSequences: 8,
    });
    const link = encodeLink(inputs, { catalog });
    expect(link).toMatch(/:tq8/);
    expect(link).toMatch(/:n8/);
    const decoded = decodeLink(link, { catalog });
    expect(decoded.issues).toEqual([]);
    expect(decoded.inputs).toEqual(inputs);
    expect(inputsProblems(decoded.inputs, catalog)).toEqual([]);
  });

  it('a link from before issue 12 decodes to the engine defaults, with no note', () => {
    const old = `v=2&cat=${CATALOG_VERSION}&o=a1,s4:llama-3.1-8b-instruct:gguf-q4-k-m:llama-cpp:rtx-4090-24gb:c4`;
    const decoded = decodeLink(old, { catalog });
    expect(decoded.issues).toEqual([]);
    expect(s4(decoded.inputs).kvCachePrecision).toBe('default');
    expect(s4(decoded.inputs).maxConcurrentSequences).toBe(0);
  });

  it('an unknown code or one the engine cannot use falls back to the default, with a note', () => {
    const head =
      'v=2&o=s4:llama-3.1-8b-instruct:gguf-q4-k-m:llama-cpp:rtx-4090-24gb';
    const unknown = decodeLink(`${head}:tzz`, { catalog });
    expect(s4(unknown.inputs).kvCachePrecision).toBe('default');
    expect(unknown.issues.map((i) => i.message).join(' ')).toMatch(
      /KV-cache precision/,
    );
    // FP8 is a vLLM-class choice; llama.cpp cannot be set to it.
    const fp8 = decodeLink(`${head}:tf8`, { catalog });
    expect(s4(fp8.inputs).kvCachePrecision).toBe('default');
    expect(fp8.issues.map((i) => i.message).join(' ')).toMatch(/cannot keep/);
  });

  it('a batch cap beyond the bound is clamped with a note', () => {
    const decoded = decodeLink(
      'v=2&o=s4:llama-3.1-8b-instruct:gguf-q4-k-m:llama-cpp:rtx-4090-24gb:n999999',
      { catalog },
    );
    expect(s4(decoded.inputs).maxConcurrentSequences).toBe(65536);
    expect(decoded.issues.length).toBeGreaterThan(0);
  });
});
