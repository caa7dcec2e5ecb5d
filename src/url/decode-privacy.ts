import { issue, quote, type DecodeRun } from './decode-context';
import { resolveId } from './decode-values';
import { INPUT_KEYS } from './keys';

/** At most this many privacy rules are read (the catalog lists far fewer). */
const MAX_RULES_READ = 50;

/**
 * `pv`: the privacy requirements, catalog rule ids in order. Unknown ids are
 * ignored and repeats dropped, each with a note; retired ids follow their
 * successor.
 */
export function decodePrivacy(
  run: DecodeRun,
  raw: string | undefined,
): string[] {
  if (raw === undefined || raw === '') return [];
  const key = INPUT_KEYS.privacyRuleIds;
  const index: Record<string, true> = {};
  for (const r of run.catalog.privacyRules) index[r.id] = true;
  const out: string[] = [];
  for (const part of raw.split(',').slice(0, MAX_RULES_READ)) {
    const id = resolveId(
      run,
      key,
      part,
      index,
      'Privacy requirement',
      'ignored',
    );
    if (id === null) continue;
    if (out.includes(id)) {
      issue(
        run,
        key,
        'duplicate',
        `Privacy requirement ${quote(id)} appears twice.`,
      );
      continue;
    }
    out.push(id);
  }
  return out;
}
