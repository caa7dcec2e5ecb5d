import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanName,
  encodeQueryValue,
  formatCompactInteger,
  formatDecimal,
  parseCompactNumber,
  parseDecimal,
  readNumber,
} from '../../../src/url/codecs';
import { NAME_MAX_BYTES, NAME_MAX_LENGTH } from '../../../src/url/keys';

describe('formatCompactInteger', () => {
  it.each([
    [50_000_000, '50M'],
    [1_230_000_000, '1.23B'],
    [100_000, '100K'],
    [123_456, '123456'],
    [1e12, '1T'],
    [999_999_999_999, '999999999999'],
    [2_500, '2500'],
    [25_000, '25K'],
  ])('writes %d as %s', (n, s) => expect(formatCompactInteger(n)).toBe(s));

  it('round-trips every integer up to 10^12', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (b) => {
        const n = Number(b);
        expect(parseCompactNumber(formatCompactInteger(n))).toBe(n);
      }),
    );
  });
});

describe('parseCompactNumber and parseDecimal', () => {
  it.each([
    '',
    '1e9',
    '0x10',
    ' 5',
    '5 ',
    '--1',
    'NaN',
    'Infinity',
    '1.2.3',
    '5MM',
  ])('refuse %j', (s) => {
    expect(parseCompactNumber(s)).toBeNull();
    expect(parseDecimal(s)).toBeNull();
  });
  it('accepts lower-case suffixes', () =>
    expect(parseCompactNumber('2b')).toBe(2e9));
});

describe('formatDecimal', () => {
  it.each([
    [2.5, 0.5, '2.5'],
    [2, 0.5, '2'],
    [0.3, 0.1, '0.3'],
    [1.15, 0.05, '1.15'],
    [0.001, 0.001, '0.001'],
    [20_000, 500, '20000'],
  ])('writes %d at step %d as %s', (v, step, s) =>
    expect(formatDecimal(v, step)).toBe(s),
  );
});

describe('readNumber', () => {
  it('snaps to the step silently', () => {
    expect(readNumber('peakToAverage', 'decimal', '2.3')).toEqual({
      ok: true,
      value: 2.5,
    });
  });
  it('clamps out-of-range values with a note', () => {
    const r = readNumber('inputSharePercent', 'decimal', '120');
    expect(r).toMatchObject({ ok: true, value: 100 });
    expect(r.ok && r.note).toMatch(/outside 5–100/);
  });
  it('refuses what is not a number', () => {
    expect(readNumber('tokensPerMonth', 'compact', 'lots')).toEqual({
      ok: false,
      reason: 'is not a number',
    });
  });
});

describe('cleanName', () => {
  it('removes control and bidi characters and collapses spaces', () => {
    expect(cleanName('  Q3\u0000 plan\n\t\u202Eevil ')).toBe('Q3 plan evil');
  });
  it('keeps markup as literal text (React renders it as text)', () => {
    expect(cleanName('<img src=x onerror=alert(1)>')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
  it('limits the length in characters, not UTF-16 units', () => {
    expect(Array.from(cleanName('é'.repeat(200)))).toHaveLength(
      NAME_MAX_LENGTH,
    );
  });
  it('limits the length in UTF-8 bytes too, so links stay short', () => {
    const emoji = cleanName('🙂'.repeat(200));
    expect(new TextEncoder().encode(emoji).length).toBe(NAME_MAX_BYTES);
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(cleanName(cleanName(s))).toBe(cleanName(s));
      }),
    );
  });
});

describe('encodeQueryValue', () => {
  it('keeps , and : readable but escapes what a query parser would change', () => {
    expect(encodeQueryValue('a,b:c d+e&f=g#h%')).toBe(
      'a,b:c%20d%2Be%26f%3Dg%23h%25',
    );
  });
  it('round-trips through URLSearchParams', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        // Lone surrogates cannot be percent-encoded; names are cleaned before.
        fc.pre(
          !/[\ud800-\udfff]/.test(
            s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''),
          ),
        );
        expect(new URLSearchParams(`k=${encodeQueryValue(s)}`).get('k')).toBe(
          s,
        );
      }),
    );
  });
});
