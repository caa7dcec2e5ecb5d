import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  appBaseUrl,
  decodeLink,
  encodeLink,
  inputsProblems,
  INPUT_KEYS,
  META_KEYS,
  VIEW_KEYS,
  WORKLOAD_FIELDS,
  HYBRID_FIELDS,
} from '../../../src/url';
import { inputsArb, nameArb } from './arbitraries';

const runs = { numRuns: 400 };

describe('decodeLink ∘ encodeLink', () => {
  it('gives back every valid scenario exactly, with its name and no issues', () => {
    fc.assert(
      fc.property(inputsArb(catalog), nameArb, (inputs, name) => {
        const query = encodeLink(inputs, { catalog, name });
        const decoded = decodeLink(query, { catalog });
        expect(decoded.issues).toEqual([]);
        expect(decoded.inputs).toEqual(inputs);
        expect(decoded.name).toBe(name);
      }),
      runs,
    );
  });

  it('writes the default scenario as the bare URL', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const d = decodeLink('', { catalog });
        expect(encodeLink(d.inputs, { catalog })).toBe('');
        expect(d.issues).toEqual([]);
      }),
      { numRuns: 1 },
    );
  });

  it('is canonical: encoding what any link decodes to is a fixed point', () => {
    const keys = [
      ...Object.values(META_KEYS),
      INPUT_KEYS.workload.presetId,
      ...Object.values(WORKLOAD_FIELDS).map((f) => f.key),
      ...Object.values(HYBRID_FIELDS).map((f) => f.key),
      INPUT_KEYS.options,
      INPUT_KEYS.privacyRuleIds,
      INPUT_KEYS.usdPerFteMonth,
      INPUT_KEYS.compareSameModelHosted,
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...keys, 'zz'),
            fc.oneof(fc.string(), fc.stringMatching(/^[0-9.]{1,8}[KMB]?$/)),
          ),
        ),
        (pairs) => {
          const first = decodeLink(new URLSearchParams(pairs), { catalog });
          const q1 = encodeLink(first.inputs, { catalog, name: first.name });
          const second = decodeLink(q1, { catalog });
          expect(second.issues).toEqual([]);
          expect(
            encodeLink(second.inputs, { catalog, name: second.name }),
          ).toBe(q1);
        },
      ),
      runs,
    );
  });
});

describe('decodeLink on anything', () => {
  const valid = (search: string | URLSearchParams) => {
    const d = decodeLink(search, { catalog });
    expect(inputsProblems(d.inputs, catalog)).toEqual([]);
    for (const i of d.issues) expect(typeof i.message).toBe('string');
  };

  it('never throws and always yields a valid scenario for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), valid), runs);
  });

  it('never throws on any well-formed query of arbitrary keys and values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string({ unit: 'binary' }))),
        (pairs) => valid(new URLSearchParams(pairs)),
      ),
      runs,
    );
  });

  it('survives mangled option tokens built from real pieces', () => {
    const pieces = [
      'a1',
      's1',
      's9',
      'a2',
      'gpt-4o',
      'llama-3.1-8b-instruct',
      'fp8',
      'vllm',
      'h100-sxm-80gb',
      'g0',
      'g9',
      'pdk',
      'pzz',
      'h-1',
      'd1e9',
      'f',
      'u',
      'c9',
      'c3',
      'b1',
      'i0',
      'o99999',
      '',
      ':',
      ',',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        (xs) => valid(`o=${xs.join(':')}&o2=${xs.join(',')}`),
      ),
      runs,
    );
  });

  it('keeps view keys for the embed without reporting them', () => {
    const d = decodeLink(
      `embed=1&theme=dark&${VIEW_KEYS.includes('lock') ? 'lock=tpm' : ''}`,
      { catalog },
    );
    expect(d.issues).toEqual([]);
    expect(d.view).toEqual({ embed: '1', theme: 'dark', lock: 'tpm' });
  });
});

describe('appBaseUrl', () => {
  it.each([
    ['https://x.org/crossover/?v=1&tpm=2B#methods', 'https://x.org/crossover/'],
    [
      'https://x.org/deep/sub/path/index.html?embed=1',
      'https://x.org/deep/sub/path/index.html',
    ],
    [
      'file:///home/me/crossover/index.html?v=1',
      'file:///home/me/crossover/index.html',
    ],
  ])('keeps the path of %s', (href, base) =>
    expect(appBaseUrl(href)).toBe(base),
  );
});
