import { URL_VERSION } from './keys';

/** A link's parameters as an ordered list of key/value pairs (first occurrence of each key). */
export type ParamList = ReadonlyArray<readonly [string, string]>;

/**
 * A pure step that rewrites a version-`n` link into a version-`n + 1` one
 * (OWID's GrapherUrlMigrations). It must never throw; a value it cannot
 * translate is left for the decoder to refuse field by field.
 */
export type Migration = (params: ParamList) => ParamList;

/**
 * Migrations by the version they upgrade *from*. Version 1 is the first
 * published contract, so none exists yet. To make a breaking change: bump
 * `URL_VERSION`, add `[old]: (p) => …` here, and freeze links of the old
 * version in tests/fixtures/legacy-urls.ts with the state they must decode to.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/**
 * Runs every migration from `fromVersion` up to `toVersion` in order. A gap
 * (no step for a version in between) stops the run there: the decoder then
 * reads what it can, each unknown field reported on its own.
 *
 * @example migrateParams([['tokens', '5']], 1, 2, { 1: (p) => p.map(([k, v]) => [k === 'tokens' ? 'tpm' : k, v]) })
 * // → [['tpm', '5']]
 */
export function migrateParams(
  params: ParamList,
  fromVersion: number,
  toVersion: number = URL_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): { params: ParamList; reachedVersion: number } {
  let current = params;
  let version = fromVersion;
  while (version < toVersion) {
    const step = migrations[version];
    if (!step) break;
    try {
      current = step(current);
    } catch {
      break;
    }
    version++;
  }
  return { params: current, reachedVersion: version };
}
