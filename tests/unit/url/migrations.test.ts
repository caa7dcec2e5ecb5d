import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  decodeLink,
  migrateParams,
  MIGRATIONS,
  URL_VERSION,
} from '../../../src/url';

// A made-up breaking change, to prove the machinery: version 1 called monthly
// tokens `tokens` (in millions) and version 2 calls them `tpm` (in tokens).
const renameTokens = {
  1: (p: ReadonlyArray<readonly [string, string]>) =>
    p.map(([k, v]) =>
      k === 'tokens' ? (['tpm', `${v}M`] as const) : ([k, v] as const),
    ),
};

describe('migrateParams', () => {
  it('has one step for every version before the current one', () => {
    for (let v = 1; v < URL_VERSION; v++)
      expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('runs the steps in order up to the target version', () => {
    const r = migrateParams(
      [
        ['tokens', '5'],
        ['is', '50'],
      ],
      1,
      2,
      renameTokens,
    );
    expect(r).toEqual({
      params: [
        ['tpm', '5M'],
        ['is', '50'],
      ],
      reachedVersion: 2,
    });
  });

  it('stops at a gap and at a step that throws, without throwing', () => {
    expect(migrateParams([['a', '1']], 1, 3, renameTokens).reachedVersion).toBe(
      2,
    );
    const boom = {
      1: () => {
        throw new Error('bad step');
      },
    };
    expect(migrateParams([['a', '1']], 1, 2, boom)).toEqual({
      params: [['a', '1']],
      reachedVersion: 1,
    });
  });

  it('is applied by decodeLink before the keys are read', () => {
    const d = decodeLink('v=1&tokens=5', {
      catalog,
      urlVersion: 2,
      migrations: renameTokens,
    });
    expect(d.issues).toEqual([]);
    expect(d.inputs.workload.tokensPerMonth).toBe(5_000_000);
  });
});
