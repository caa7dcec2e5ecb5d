import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { evaluateScenario } from '../../../src/engine';
import { scenarioFromInputs, type ApiOptionState } from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

/** A per-option rate-limit tier in the share link (`t<rank>` in an API token; docs/methods.md §17.4). */
const first = (query: string) => {
  const d = decodeLink(query, { catalog });
  return { d, o: d.inputs.options[0] as ApiOptionState };
};
const rejected = (query: string) => {
  const a = evaluateScenario(
    scenarioFromInputs(first(query).d.inputs, catalog),
    catalog,
    { curveSamples: 2 },
  ).api[0]!;
  if (a.rateLimit.kind !== 'checked') throw new Error('expected limits');
  return a.rateLimit;
};

describe('rate-limit tier in an API option token', () => {
  it('a link without `t` decodes as before: the tier the spend reaches, and writes no `t`', () => {
    const { d, o } = first('?v=1&o=a1:gpt-4o-mini');
    expect(d.issues).toEqual([]);
    expect(o.rateLimitTier ?? null).toBeNull();
    expect(encodeLink(d.inputs, { catalog })).not.toMatch(
      /gpt-4o-mini:[^,&]*t\d/,
    );
    expect(rejected('?v=1&o=a1:gpt-4o-mini').tierBasis).toBe('spend');
  });

  it('round-trips a tier by its rank', () => {
    const { d, o } = first('?v=1&o=a1:gpt-4o-mini:t4');
    expect(d.issues).toEqual([]);
    expect(o.rateLimitTier).toBe('Tier 4');
    expect(encodeLink(d.inputs, { catalog })).toMatch(/gpt-4o-mini:t4/);
    expect(
      decodeLink(encodeLink(d.inputs, { catalog }), { catalog }).inputs,
    ).toEqual(d.inputs);
  });

  it('a lower tier rejects more of the same traffic than a higher one', () => {
    const low = rejected('?v=1&tpm=50B&o=a1:gpt-4o-mini:t1');
    const high = rejected('?v=1&tpm=50B&o=a1:gpt-4o-mini:t5');
    expect(low.tier).toBe('Tier 1');
    expect(low.tierBasis).toBe('user');
    expect(high.tier).toBe('Tier 5');
    expect(low.rejectedShare).toBeGreaterThan(0);
    expect(high.rejectedShare).toBeLessThan(low.rejectedShare);
  });

  it('drops a rank the ladder lacks, a non-number, or a tier for a provider with no ladder, and says so', () => {
    for (const query of [
      '?v=1&o=a1:gpt-4o-mini:t9',
      '?v=1&o=a1:gpt-4o-mini:tx',
      '?v=1&o=a1:claude-fable-5:t2',
    ]) {
      const { d, o } = first(query);
      expect(o.rateLimitTier ?? null, query).toBeNull();
      expect(d.issues.length, query).toBeGreaterThan(0);
    }
  });
});
