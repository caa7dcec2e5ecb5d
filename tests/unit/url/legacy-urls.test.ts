import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  decodeLink,
  encodeLink,
  inputsProblems,
  URL_VERSION,
} from '../../../src/url';
import { LEGACY_URLS } from '../../fixtures/legacy-urls';

const TODAY = '2026-11-27';

describe('frozen legacy links', () => {
  it.each(LEGACY_URLS.map((l) => [l.name, l] as const))('%s', (_, legacy) => {
    const d = decodeLink(legacy.query, {
      catalog,
      catalogVersion: TODAY,
      ...(legacy.retiredIds ? { retiredIds: legacy.retiredIds } : {}),
    });
    const e = legacy.expect;
    expect(d.issues.map((i) => i.kind)).toEqual(e.issueKinds);
    expect(inputsProblems(d.inputs, catalog)).toEqual([]);
    if (e.workload) expect(d.inputs.workload).toMatchObject(e.workload);
    if (e.optionIds)
      expect(d.inputs.options.map((o) => o.id)).toEqual(e.optionIds);
    for (const [id, fields] of Object.entries(e.options ?? {}))
      expect(d.inputs.options.find((o) => o.id === id)).toMatchObject(fields);
    if (e.privacyRuleIds)
      expect(d.inputs.privacyRuleIds).toEqual(e.privacyRuleIds);
    if (e.hybrid) expect(d.inputs.hybrid).toEqual(e.hybrid);
    if (e.usdPerFteMonth !== undefined)
      expect(d.inputs.usdPerFteMonth).toBe(e.usdPerFteMonth);
    if (e.name !== undefined) expect(d.name).toBe(e.name);
  });

  it('re-encodes every clean v1 link to a current link that means the same (v2 writes the v1 default options out, ADR-24)', () => {
    for (const legacy of LEGACY_URLS) {
      if (
        legacy.expect.issueKinds.length > 0 ||
        !legacy.query.startsWith('v=1&cat=2026-11-27')
      )
        continue;
      const d = decodeLink(legacy.query, { catalog, catalogVersion: TODAY });
      const again = encodeLink(d.inputs, {
        catalog,
        catalogVersion: TODAY,
        name: d.name,
      });
      expect(again.startsWith(`v=${URL_VERSION}&`), again).toBe(true);
      const back = decodeLink(again, { catalog, catalogVersion: TODAY });
      expect(back.issues, again).toEqual([]);
      expect(back.inputs).toEqual(d.inputs);
    }
  });
});
