import { BOUNDS } from '../state';
import { issue, quote, type DecodeRun } from './decode-context';
import { INPUT_KEYS } from './keys';

/**
 * `qf`: the quality floor in Artificial Analysis index points, one decimal
 * (issue 10 item 2). Written only when a floor is set; absent — every link
 * made before the key existed — means off. A value that is not a number in
 * 0–100 turns the floor off, with a note.
 */
export function decodeQualityFloorIndex(
  run: DecodeRun,
  raw: string | undefined,
): number | null {
  if (raw === undefined) return null;
  const { min, max } = BOUNDS.qualityFloorIndex;
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (Number.isFinite(value) && value >= min && value <= max)
    return Math.round(value * 10) / 10;
  issue(
    run,
    INPUT_KEYS.qualityFloorIndex,
    Number.isFinite(value) ? 'out-of-range' : 'invalid',
    `Quality floor: ${quote(raw)} is not an index between ${min} and ${max}; no floor is set.`,
  );
  return null;
}

/** The `qf` value of a floor: one decimal, no trailing zeros. */
export function encodeQualityFloorIndex(index: number): string {
  return String(Math.round(index * 10) / 10);
}
