/**
 * `sm` (issue 10): the same model, hosted, is on by default and written
 * only when off (`sm=0`); links made before the key existed mean on.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { defaultInputs } from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';
import { LEGACY_URLS } from '../../fixtures/legacy-urls';

const TODAY = '2026-11-27';
const context = { catalog, catalogVersion: TODAY };

describe('sm: the same model, hosted', () => {
  it('is on in the default scenario, which stays the bare URL', () => {
    const d = defaultInputs(catalog);
    expect(d.compareSameModelHosted).toBe(true);
    expect(encodeLink(d, context)).toBe('');
    expect(decodeLink('', context).inputs.compareSameModelHosted).toBe(true);
  });

  it('writes sm=0 when off, and reads it back', () => {
    const off = { ...defaultInputs(catalog), compareSameModelHosted: false };
    const query = encodeLink(off, context);
    expect(query).toBe(`v=2&cat=${TODAY}&sm=0`);
    const d = decodeLink(query, context);
    expect(d.issues).toEqual([]);
    expect(d.inputs).toEqual(off);
  });

  it('reads sm=1 as on (never written) and anything else as on, with a note', () => {
    expect(decodeLink('v=1&sm=1', context).inputs.compareSameModelHosted).toBe(
      true,
    );
    const bad = decodeLink('v=1&sm=no', context);
    expect(bad.inputs.compareSameModelHosted).toBe(true);
    expect(bad.issues.map((i) => [i.key, i.kind])).toEqual([['sm', 'invalid']]);
  });

  it('a frozen v1 link (without sm) means on', () => {
    for (const legacy of LEGACY_URLS) {
      const d = decodeLink(legacy.query, {
        ...context,
        ...(legacy.retiredIds ? { retiredIds: legacy.retiredIds } : {}),
      });
      expect(d.inputs.compareSameModelHosted).toBe(true);
    }
  });
});
