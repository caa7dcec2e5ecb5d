import { BOUNDS, clampToBound, type Bound, type BoundKey } from '../state';
import { NAME_MAX_BYTES, NAME_MAX_LENGTH } from './keys';

/**
 * Value codecs shared by the encoder and decoder. Every number a link carries
 * is first snapped to its control's step (`BOUNDS`), so writing and reading
 * invert each other exactly — no `0.30000000000000004` (nuqs).
 */

/** Decimal places of a step: 0.05 → 2, 0.5 → 1, 100 → 0. */
export function stepDecimals(step: number): number {
  if (step >= 1) return 0;
  return Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
}

/** Snaps to the bound's range and step: the store's own `clampToBound`, so both agree. */
export function quantise(bound: BoundKey, value: number): number {
  return clampToBound(bound, value);
}

/** `2.50` → `2.5`, `20000` → `20000`: the step's decimals, trailing zeros dropped. */
export function formatDecimal(value: number, step: number): string {
  const fixed = value.toFixed(stepDecimals(step));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

const COMPACT_UNITS = [
  ['T', 1e12],
  ['B', 1e9],
  ['M', 1e6],
  ['K', 1e3],
] as const;

/**
 * An integer with a K/M/B/T suffix when that is exact and shorter:
 * 50000000 → `50M`, 1230000000 → `1.23B`, 123456 → `123456`.
 */
export function formatCompactInteger(value: number): string {
  const plain = String(Math.round(value));
  let best = plain;
  for (const [suffix, unit] of COMPACT_UNITS) {
    if (Math.abs(value) < unit) continue;
    const candidate = `${Number((value / unit).toPrecision(15))}${suffix}`;
    if (
      parseCompactNumber(candidate) === value &&
      candidate.length < best.length
    )
      best = candidate;
  }
  return best;
}

const DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;
const COMPACT = /^(\d{1,15}(?:\.\d{1,15})?)([KMBT])?$/i;
const EXPONENT: Record<string, number> = { K: 3, M: 6, B: 9, T: 12 };

/** Parses a plain decimal (`2.5`, `-1`); anything else (`1e3`, `0x10`, ``) is null. */
export function parseDecimal(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Parses `50M`, `1.23b`, `123456`; null when it is not one of those forms. */
export function parseCompactNumber(text: string): number | null {
  const m = COMPACT.exec(text);
  if (!m) return null;
  const exponent = m[2] ? EXPONENT[m[2].toUpperCase()]! : 0;
  // "1.23e9" is parsed with correct rounding, so exact integers stay exact.
  const n = Number(`${m[1]}e${exponent}`);
  return Number.isFinite(n) ? n : null;
}

/** Writes a bounded number the way its field says. */
export function writeNumber(
  bound: BoundKey,
  format: 'decimal' | 'compact',
  value: number,
): string {
  const b: Bound = BOUNDS[bound];
  const q = quantise(bound, value);
  return format === 'compact'
    ? formatCompactInteger(q)
    : formatDecimal(q, b.step);
}

/** The outcome of reading one value: a value, and why it was changed or refused. */
export type Read<T> =
  | { readonly ok: true; readonly value: T; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

/** Reads a bounded number: refuses junk, clamps out-of-range values (with a note), snaps to the step. */
export function readNumber(
  bound: BoundKey,
  format: 'decimal' | 'compact',
  text: string,
): Read<number> {
  const b: Bound = BOUNDS[bound];
  const n =
    format === 'compact' ? parseCompactNumber(text) : parseDecimal(text);
  if (n === null) return { ok: false, reason: 'is not a number' };
  const q = quantise(bound, n);
  if (n < b.min || n > b.max) {
    return {
      ok: true,
      value: q,
      note: `is outside ${formatDecimal(b.min, b.step)}–${formatDecimal(b.max, b.step)} ${b.unit}; used ${formatDecimal(q, b.step)}`,
    };
  }
  return { ok: true, value: q };
}

/* eslint-disable no-control-regex -- removing control characters is the point */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and isolates can make text read differently from what it is. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/* eslint-enable no-control-regex */

const utf8 = new TextEncoder();

/**
 * Cleans a user-chosen name so it can only ever be shown as short plain
 * text: control and bidi-override characters removed, whitespace collapsed,
 * trimmed, cut to `NAME_MAX_LENGTH` characters (code points) and
 * `NAME_MAX_BYTES` UTF-8 bytes. Idempotent. React renders it as a text node,
 * never as markup.
 */
export function cleanName(raw: string): string {
  const collapsed = raw
    .replace(CONTROL, ' ')
    .replace(BIDI, '')
    .replace(/\s+/g, ' ')
    .trim();
  const kept: string[] = [];
  let bytes = 0;
  for (const ch of collapsed) {
    // A lone surrogate cannot be encoded into a link; drop it.
    if (/^[\ud800-\udfff]$/.test(ch)) continue;
    const size = utf8.encode(ch).length;
    if (kept.length >= NAME_MAX_LENGTH || bytes + size > NAME_MAX_BYTES) break;
    kept.push(ch);
    bytes += size;
  }
  return kept.join('').trim();
}

/**
 * Percent-encodes a query value, leaving `,` and `:` readable: both are
 * legal in a query (RFC 3986 sub-delims / pchar) and are the option token's
 * separators, so escaping them would only make links longer.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** Shows at most `max` characters of untrusted text in a notice. */
export function snippet(text: string, max = 40): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
