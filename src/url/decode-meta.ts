import { cleanName } from './codecs';
import { issue, quote, type DecodeRun } from './decode-context';
import {
  IGNORED_KEY_PATTERN,
  META_KEYS,
  SCENARIO_KEY_ORDER,
  VIEW_KEYS,
  type ViewKey,
} from './keys';
import { migrateParams, type ParamList } from './migrations';
import {
  catalogVersionSchema,
  reasonOf,
  urlVersionSchema,
} from './params-schema';

/**
 * The keys about the link rather than the scenario: the version `v` (and the
 * migrations it calls for), the catalog version `cat`, the name `n`; and the
 * sorting of every key into scenario keys, view keys (for src/embed),
 * tracking keys (dropped) and unknown keys (listed, ignored).
 */

/** Longer values are refused outright: no real link comes near it. */
const MAX_VALUE_LENGTH = 4000;
/** At most this many unknown keys are listed by name. */
const MAX_UNKNOWN_LISTED = 5;

const KNOWN_KEYS = new Set<string>(SCENARIO_KEY_ORDER);
const VIEW_KEY_SET = new Set<string>(VIEW_KEYS);

/** First occurrence of each key, in order; never throws. */
export function paramListFrom(search: string | URLSearchParams): ParamList {
  const params =
    typeof search === 'string'
      ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
      : search;
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [k, v] of params) {
    if (seen.has(k)) continue;
    seen.add(k);
    out.push([k, v]);
  }
  return out;
}

/** The version the link says it was made under (`v`); today's when absent, bad or newer. */
function linkVersion(run: DecodeRun, list: ParamList): number {
  const vRaw = list.find(([k]) => k === META_KEYS.version)?.[1];
  if (vRaw === undefined) return run.urlVersion;
  const parsed = urlVersionSchema.safeParse(vRaw);
  if (!parsed.success) {
    issue(
      run,
      META_KEYS.version,
      'invalid',
      `v=${quote(vRaw)} ${reasonOf(parsed.error)}; read as version ${run.urlVersion}.`,
    );
    return run.urlVersion;
  }
  if (parsed.data > run.urlVersion) {
    issue(
      run,
      META_KEYS.version,
      'newer-version',
      `This link was made by a newer Crossover (link version ${parsed.data}); anything this version does not know was ignored.`,
    );
    return run.urlVersion;
  }
  return parsed.data;
}

/**
 * The link's keys rewritten into today's version. Version first: migrations
 * rewrite old links into today's keys (OWID).
 */
export function upgradedParams(run: DecodeRun, list: ParamList): ParamList {
  const version = linkVersion(run, list);
  if (version >= run.urlVersion) return list;
  const migrated = migrateParams(list, version, run.urlVersion, run.migrations);
  if (migrated.reachedVersion < run.urlVersion)
    issue(
      run,
      META_KEYS.version,
      'invalid',
      `Links of version ${migrated.reachedVersion} cannot be upgraded; read as version ${run.urlVersion}.`,
    );
  return migrated.params;
}

/** The keys a link carries, sorted by what reads them. */
export type SortedKeys = {
  /** Scenario and meta keys (value at most MAX_VALUE_LENGTH characters). */
  readonly scenario: ReadonlyMap<string, string>;
  /** View parameters (embed=, panels=, …), passed through untouched for src/embed. */
  readonly view: Readonly<Partial<Record<ViewKey, string>>>;
};

function noteUnknownKeys(run: DecodeRun, unknown: readonly string[]): void {
  if (unknown.length === 0) return;
  const listed = unknown.slice(0, MAX_UNKNOWN_LISTED).map(quote).join(', ');
  const more =
    unknown.length > MAX_UNKNOWN_LISTED
      ? ` and ${unknown.length - MAX_UNKNOWN_LISTED} more`
      : '';
  issue(
    run,
    unknown[0]!,
    'unknown-key',
    `Unknown ${unknown.length === 1 ? 'key' : 'keys'} ${listed}${more} ignored.`,
  );
}

/**
 * Sorts keys: view keys kept for src/embed, tracking keys dropped silently,
 * unknown keys listed in one issue, over-long values refused.
 */
export function sortKeys(run: DecodeRun, list: ParamList): SortedKeys {
  const scenario = new Map<string, string>();
  const view: Partial<Record<ViewKey, string>> = {};
  const unknown: string[] = [];
  for (const [k, v] of list) {
    if (VIEW_KEY_SET.has(k)) {
      view[k as ViewKey] = v.slice(0, 500);
      continue;
    }
    if (IGNORED_KEY_PATTERN.test(k)) continue;
    if (!KNOWN_KEYS.has(k)) {
      unknown.push(k);
      continue;
    }
    if (v.length > MAX_VALUE_LENGTH) {
      issue(
        run,
        k,
        'invalid',
        `${k}= is ${v.length} characters long; ignored.`,
      );
      continue;
    }
    scenario.set(k, v);
  }
  noteUnknownKeys(run, unknown);
  return { scenario, view };
}

/**
 * `cat`: the catalog version the link was made under, or null. An older one
 * means today's prices are shown (ADR-3); a newer one is noted too.
 */
export function decodeCatalogVersion(
  run: DecodeRun,
  raw: string | undefined,
): string | null {
  if (raw === undefined) return null;
  const key = META_KEYS.catalogVersion;
  const parsed = catalogVersionSchema.safeParse(raw);
  if (!parsed.success) {
    issue(
      run,
      key,
      'invalid',
      `cat=${quote(raw)} ${reasonOf(parsed.error)}; ignored.`,
    );
    return null;
  }
  if (parsed.data < run.catalogVersion)
    issue(
      run,
      key,
      'prices-changed',
      `Prices changed since this link was made (prices of ${parsed.data}); it now shows today's prices (${run.catalogVersion}).`,
    );
  else if (parsed.data > run.catalogVersion)
    issue(
      run,
      key,
      'newer-catalog',
      `This link was made with newer prices (${parsed.data}) than this copy of Crossover has (${run.catalogVersion}).`,
    );
  return parsed.data;
}

/** `n`: the scenario's name as plain text, cleaned; null when absent or empty. */
export function decodeName(
  run: DecodeRun,
  raw: string | undefined,
): string | null {
  if (raw === undefined) return null;
  const cleaned = cleanName(raw);
  if (cleaned !== raw)
    issue(
      run,
      META_KEYS.name,
      'name-cleaned',
      'The scenario name was cleaned up (control characters removed, spaces trimmed or shortened).',
    );
  return cleaned === '' ? null : cleaned;
}
