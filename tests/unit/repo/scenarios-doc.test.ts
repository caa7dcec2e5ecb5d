/**
 * docs/scenarios.md is generated (`npm run scenarios`) from the eight
 * scenarios of the review (scripts/scenarios/definitions.ts): it must match
 * what the engine says today, and every scenario must be the page's own
 * inputs — a link that decodes back to them, options the catalog knows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { decodeLink, encodeLink } from '../../../src/url';
import {
  COMMENTARY_DOC,
  generateScenariosMarkdown,
  SCENARIOS_DOC,
} from '../../../scripts/scenarios';
import { SCENARIOS } from '../../../scripts/scenarios/definitions';
import {
  evaluateDefinition,
  parseCommentary,
} from '../../../scripts/scenarios/render';

describe('docs/scenarios.md', () => {
  it('is up to date (run `npm run scenarios` after a change that moves a number)', async () => {
    const { markdown } = await generateScenariosMarkdown(catalog);
    expect(readFileSync(SCENARIOS_DOC, 'utf8')).toBe(markdown);
  }, 60_000);

  it('has eight scenarios with distinct ids, each with hand-written commentary', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    const commentary = parseCommentary(readFileSync(COMMENTARY_DOC, 'utf8'));
    for (const id of ids)
      expect(commentary.get(id)?.length ?? 0).toBeGreaterThan(80);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: the catalog knows every option, the link round-trips and the page gives a verdict',
    (_id, definition) => {
      const e = evaluateDefinition(definition, catalog);
      expect(e.inputs.options.length).toBeGreaterThanOrEqual(3);
      expect(e.result.api.length + e.result.selfHost.length).toBe(
        e.inputs.options.length + e.result.comparators.length,
      );
      const decoded = decodeLink(encodeLink(e.inputs, { catalog }), {
        catalog,
      });
      expect(decoded.inputs).toEqual(e.inputs);
      // Every option is costed or says why not.
      for (const s of e.result.selfHost)
        if (!s.feasible) expect(s.reasons.length).toBeGreaterThan(0);
    },
  );
});
