import { z } from 'zod';
import type { ProcurementChoice, WorkloadPresetId } from '../state';
import { PRESET_CODES, PROCUREMENT_CODES } from './keys';

/**
 * zod schemas for the link's non-numeric keys (numbers go through
 * `readNumber`, which snaps them to their bound). Each is used with
 * `safeParse` so a bad value falls back on its own and says why.
 */

function invert<K extends string, V extends string>(
  map: Record<K, V>,
): Record<V, K> {
  const out = {} as Record<V, K>;
  for (const k of Object.keys(map) as K[]) out[map[k]] = k;
  return out;
}

const presetByCode = invert(PRESET_CODES);
const procurementByCode = invert(PROCUREMENT_CODES);

/** `v`: a positive integer, written without leading zeros. */
export const urlVersionSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}$/, 'is not a version number')
  .transform(Number);

/** `cat`: the catalog version (ISO date) the link was made with. */
export const catalogVersionSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)');

/** `uc`: a use-case preset code (`chat`, `rag`, …) or `custom`. */
export const presetCodeSchema = z
  .string()
  .refine((s) => Object.hasOwn(presetByCode, s), 'is not a use case')
  .transform(
    (s) =>
      presetByCode[s as keyof typeof presetByCode] as
        WorkloadPresetId | 'custom',
  );

/** `p` inside a self-hosted option: a procurement code (`od`, `rs`, `sp`, `ow`, `dk`). */
export const procurementCodeSchema = z
  .string()
  .refine((s) => Object.hasOwn(procurementByCode, s), 'is not a procurement')
  .transform(
    (s) =>
      procurementByCode[
        s as keyof typeof procurementByCode
      ] as ProcurementChoice,
  );

/** A catalog id as it may appear in a link: a kebab-case slug with dots. */
export const catalogIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, 'is not a catalog id');

/** An option token's header: `a` or `s` and a number (`a1`, `s12`). */
export const optionHeaderSchema = z
  .string()
  .regex(/^[as][1-9]\d{0,2}$/, 'is not an option id (a1, s2, …)')
  .transform(
    (id) => ({ kind: id[0] === 'a' ? 'api' : 'self-host', id }) as const,
  );

/** `c` inside an option: a palette index 0–7. */
export const colorIndexSchema = z
  .string()
  .regex(/^[0-7]$/, 'is not a colour (0–7)')
  .transform(Number);

/** `b` inside an API option: 0 or 1. */
export const flagSchema = z
  .string()
  .regex(/^[01]$/, 'is not 0 or 1')
  .transform((s) => s === '1');

/** `g` inside a self-hosted option: 0 (auto) or 1–8 GPUs. */
export const gpusPerReplicaSchema = z
  .string()
  .regex(/^[0-8]$/, 'is not 0 (auto) or 1–8')
  .transform(Number);

/** The first problem zod found, as a short phrase for a notice. */
export function reasonOf(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is not valid';
}
