/**
 * JSON from outside the page (localStorage, imported files), parsed only once
 * its size and nesting are known to be bounded (issue 15, D1). A stored
 * `'['.repeat(1e5)` parses in V8 but blows the stack later, in whatever walks
 * it recursively (JSON.stringify, zod, React); counting brackets first is one
 * linear pass with no recursion, so nothing deeper than `maxDepth` ever
 * becomes an object.
 */

export type BoundedJsonLimits = {
  /** Longest text accepted, in UTF-16 code units (what `string.length` counts). */
  readonly maxChars: number;
  /** Deepest nesting of arrays and objects accepted (a flat list is depth 1). */
  readonly maxDepth: number;
};

export type BoundedJsonResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly kind: 'too-large' | 'too-deep' | 'not-json';
      /** Plain words for the page. */
      readonly reason: string;
    };

/** The deepest bracket nesting of a JSON text, ignoring brackets inside strings; stops once past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}

/** Parses JSON that is no longer than `maxChars` and no deeper than `maxDepth`; never throws. */
export function parseBoundedJson(
  text: string,
  limits: BoundedJsonLimits,
): BoundedJsonResult {
  if (text.length > limits.maxChars)
    return {
      ok: false,
      kind: 'too-large',
      reason: `larger than ${formatChars(limits.maxChars)}`,
    };
  if (jsonDepth(text, limits.maxDepth) > limits.maxDepth)
    return {
      ok: false,
      kind: 'too-deep',
      reason: `nested more than ${limits.maxDepth} levels deep`,
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, kind: 'not-json', reason: 'not JSON' };
  }
}

function formatChars(n: number): string {
  return n >= 1e6
    ? `${(n / 1e6).toLocaleString('en')} MB`
    : `${(n / 1e3).toLocaleString('en')} KB`;
}
