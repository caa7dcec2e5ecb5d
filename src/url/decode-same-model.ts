import { issue, quote, type DecodeRun } from './decode-context';
import { INPUT_KEYS } from './keys';

/**
 * `sm`: set the same open model, hosted, beside each self-hosted option
 * (issue 10). Written only as `sm=0` (off); absent — every link made before
 * the key existed — means on. `1` is read too; anything else keeps the
 * default, with a note.
 */
export function decodeCompareSameModelHosted(
  run: DecodeRun,
  raw: string | undefined,
): boolean {
  if (raw === undefined || raw === '1') return true;
  if (raw === '0') return false;
  issue(
    run,
    INPUT_KEYS.compareSameModelHosted,
    'invalid',
    `Same model, hosted: ${quote(raw)} is not 0 or 1; comparing with hosts.`,
  );
  return true;
}
