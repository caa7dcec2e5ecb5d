/**
 * `qf` (issue 10 item 2): the quality floor is off by default and written
 * only when set; links made before the key existed mean off.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { defaultInputs } from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';
import { LEGACY_URLS } from '../../fixtures/legacy-urls';

const TODAY = '2026-11-27';
const context = { catalog, catalogVersion: TODAY };

describe('qf: the quality floor', () => {
  it('is off in the default scenario, which stays the bare URL', () => {
    const d = defaultInputs(catalog);
    expect(d.qualityFloorIndex).toBeNull();
    expect(encodeLink(d, context)).toBe('');
    expect(decodeLink('', context).inputs.qualityFloorIndex).toBeNull();
  });

  it('writes qf=6.9 when set, and reads it back', () => {
    const set = { ...defaultInputs(catalog), qualityFloorIndex: 6.9 };
    const query = encodeLink(set, context);
    expect(query).toBe(`v=2&cat=${TODAY}&qf=6.9`);
    const d = decodeLink(query, context);
    expect(d.issues).toEqual([]);
    expect(d.inputs).toEqual(set);
  });

  it('reads a value outside 0–100 or not a number as off, with a note', () => {
    const high = decodeLink('v=1&qf=120', context);
    expect(high.inputs.qualityFloorIndex).toBeNull();
    expect(high.issues.map((i) => [i.key, i.kind])).toEqual([
      ['qf', 'out-of-range'],
    ]);
    const bad = decodeLink('v=1&qf=gpt', context);
    expect(bad.inputs.qualityFloorIndex).toBeNull();
    expect(bad.issues.map((i) => [i.key, i.kind])).toEqual([['qf', 'invalid']]);
  });

  it('a frozen v1 link (without qf) means off', () => {
    for (const legacy of LEGACY_URLS) {
      const d = decodeLink(legacy.query, {
        ...context,
        ...(legacy.retiredIds ? { retiredIds: legacy.retiredIds } : {}),
      });
      expect(d.inputs.qualityFloorIndex).toBeNull();
    }
  });
});
