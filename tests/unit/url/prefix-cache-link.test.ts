import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { evaluateScenario } from '../../../src/engine';
import {
  scenarioFromInputs,
  type SelfHostOptionState,
} from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

/** A per-option prefix cache in the share link (`x1` / `x0` in a self-hosted token; docs/methods.md §18.1). */
const TOKEN = 's1:llama-3.3-70b-instruct:fp8:vllm:h100-sxm-80gb:g2';
// A RAG-like request: 3,000 of its 4,000 input tokens a shared prefix.
const WORKLOAD = 'uc=rag&tpm=5B';
const first = (extra: string) => {
  const d = decodeLink(`?v=2&${WORKLOAD}&o=${TOKEN}${extra}`, { catalog });
  return { d, o: d.inputs.options[0] as SelfHostOptionState };
};

describe('prefix caching in a self-hosted option token', () => {
  it('a link without `x` decodes as before (as the engine ships) and writes no `x`', () => {
    const { d, o } = first('');
    expect(d.issues).toEqual([]);
    expect(o.prefixCaching ?? null).toBeNull();
    expect(encodeLink(d.inputs, { catalog })).not.toMatch(/:x[01]/);
  });

  it('round-trips on and off', () => {
    for (const [extra, value] of [
      [':x0', false],
      [':x1', true],
    ] as const) {
      const { d, o } = first(extra);
      expect(d.issues).toEqual([]);
      expect(o.prefixCaching).toBe(value);
      expect(
        decodeLink(encodeLink(d.inputs, { catalog }), { catalog }).inputs,
      ).toEqual(d.inputs);
    }
  });

  it('switching the cache off costs a prompt-heavy workload no less', () => {
    const cost = (extra: string) => {
      const r = evaluateScenario(
        scenarioFromInputs(first(extra).d.inputs, catalog),
        catalog,
        { curveSamples: 2 },
      ).selfHost[0]!;
      if (!r.feasible) throw new Error('expected feasible');
      return r;
    };
    const off = cost(':x0');
    const on = cost('');
    expect(off.fleet.prefixCacheHitRate).toBe(0);
    expect(off.performance.prefillSeconds).toBeGreaterThan(
      on.performance.prefillSeconds,
    );
    expect(off.cost.usdPerMonth).toBeGreaterThanOrEqual(on.cost.usdPerMonth);
  });

  it('reads a bad flag as the engine default, with a note', () => {
    const { d, o } = first(':x7');
    expect(o.prefixCaching ?? null).toBeNull();
    expect(d.issues.length).toBeGreaterThan(0);
  });
});
