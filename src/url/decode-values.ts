import type { ZodType } from 'zod';
import { readNumber, writeNumber } from './codecs';
import { issue, quote, type DecodeRun } from './decode-context';
import { KEY_LABELS, type NumberField } from './keys';
import { catalogIdSchema, reasonOf } from './params-schema';

/**
 * Readers for one value of a link — a bounded number, a schema-checked code,
 * a catalog id. Each falls back on its own (default, clamp or drop) and
 * records why, so one bad value never spoils the rest of the link.
 */

/**
 * Resolves a catalog id, following `RETIRED_IDS` to a successor. Unknown ids
 * are refused with a reason; a retired one is replaced and noted.
 */
export function resolveId(
  run: DecodeRun,
  key: string,
  raw: string,
  index: Readonly<Record<string, unknown>>,
  what: string,
  consequence: string,
): string | null {
  const parsed = catalogIdSchema.safeParse(raw);
  if (!parsed.success) {
    issue(
      run,
      key,
      'invalid',
      `${what} ${quote(raw)} ${reasonOf(parsed.error)}.`,
    );
    return null;
  }
  if (Object.hasOwn(index, raw)) return raw;
  let id = raw;
  for (let hops = 0; hops < 10 && Object.hasOwn(run.retiredIds, id); hops++)
    id = run.retiredIds[id]!;
  if (id !== raw && Object.hasOwn(index, id)) {
    issue(
      run,
      key,
      'retired-id',
      `${what} ${quote(raw)} was retired; using its successor ${quote(id)}.`,
    );
    return id;
  }
  issue(
    run,
    key,
    'unknown-id',
    `${what} ${quote(raw)} is not in this catalog (${run.catalogVersion}); ${consequence}.`,
  );
  return null;
}

/** "Monthly tokens (tpm=“lots”)": the plain name first, then what the link said. */
function described(key: string, raw: string): string {
  const label = KEY_LABELS[key];
  return label ? `${label} (${key}=${quote(raw)})` : `${key}=${quote(raw)}`;
}

/**
 * A bounded number, snapped to its step; `fallback` when absent or unreadable.
 * With a `label` it is a sub-field of an option token, reported under `o`.
 */
export function readField(
  run: DecodeRun,
  field: NumberField,
  raw: string | undefined,
  fallback: number,
  label?: string,
): number {
  if (raw === undefined) return fallback;
  const what = label ? `${label} ${quote(raw)}` : described(field.key, raw);
  const r = readNumber(field.bound, field.format, raw);
  if (!r.ok) {
    issue(
      run,
      label ? 'o' : field.key,
      'invalid',
      `${what} ${r.reason}; kept ${writeNumber(field.bound, field.format, fallback)}.`,
    );
    return fallback;
  }
  if (r.note)
    issue(run, label ? 'o' : field.key, 'out-of-range', `${what} ${r.note}.`);
  return r.value;
}

/** A sub-field of an option token checked by a zod schema; `fallback` when absent or bad. */
export function readSchema<T>(
  run: DecodeRun,
  label: string,
  raw: string | undefined,
  schema: ZodType<T>,
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  issue(
    run,
    'o',
    'invalid',
    `${label} ${quote(raw)} ${reasonOf(r.error)}; used the default.`,
  );
  return fallback;
}
