import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { evaluateScenario } from '../../../src/engine';
import { scenarioFromInputs, type ApiOptionState } from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

/** A per-option reasoning effort in the share link (`e` in an API token; docs/methods.md §17.1). */
const first = (query: string) => {
  const d = decodeLink(query, { catalog });
  return { d, o: d.inputs.options[0] as ApiOptionState };
};

describe('reasoning effort in an API option token', () => {
  it('a link without `e` decodes as before: the provider’s default, and writes no `e`', () => {
    const { d, o } = first('?v=1&o=a1:gpt-5-mini');
    expect(d.issues).toEqual([]);
    expect(o.reasoningEffort ?? null).toBeNull();
    expect(encodeLink(d.inputs, { catalog })).not.toMatch(/gpt-5-mini:[^,&]*e/);
  });

  it('round-trips a measured effort, and a higher effort costs the option more', () => {
    const { d, o } = first('?v=1&o=a1:gpt-5-mini:ehigh');
    expect(d.issues).toEqual([]);
    expect(o.reasoningEffort).toBe('high');
    const again = decodeLink(encodeLink(d.inputs, { catalog }), { catalog });
    expect(again.inputs).toEqual(d.inputs);
    const cost = (query: string) =>
      evaluateScenario(
        scenarioFromInputs(first(query).d.inputs, catalog),
        catalog,
        { curveSamples: 2 },
      ).api[0]!;
    const high = cost('?v=1&o=a1:gpt-5-mini:ehigh');
    const byDefault = cost('?v=1&o=a1:gpt-5-mini');
    expect(high.reasoning?.effort).toBe('high');
    expect(byDefault.reasoning?.effort).toBe('medium');
    expect(high.cost.usdPerMonth).toBeGreaterThan(byDefault.cost.usdPerMonth);
  });

  it('drops an effort the model was not measured at, or no effort at all, and says so', () => {
    for (const query of [
      '?v=1&o=a1:gpt-5-mini:exhigh',
      '?v=1&o=a1:gpt-5-mini:eloud',
      '?v=1&o=a1:gpt-4o:ehigh',
    ]) {
      const { d, o } = first(query);
      expect(o.reasoningEffort ?? null, query).toBeNull();
      expect(d.issues.length, query).toBeGreaterThan(0);
    }
  });
});
