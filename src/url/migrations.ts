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
 * The chat options a version-1 link meant when it left `o` out, and what its
 * bare `a1` … `s3` tokens referred to (the 2024 first-visit set), written out
 * in full. Frozen: this is what those links meant, whatever the first-visit
 * options are today.
 */
const V1_CHAT_DEFAULTS: Readonly<Record<string, string>> = {
  a1: 'a1:gpt-4o:c0',
  a2: 'a2:gpt-4o-mini:c1',
  s1: 's1:llama-3.3-70b-instruct:fp8:vllm:h100-sxm-80gb:c2:g2:pod',
  s2: 's2:llama-3.1-8b-instruct:fp8:vllm:h100-sxm-80gb:c3:g1:pod',
  s3: 's3:llama-3.1-8b-instruct:gguf-q4-k-m:ollama:apple-m4-max-128gb:c4:g1:pdk',
};

/**
 * 1 → 2 (ADR-24): the first-visit chat options became today's models. A v1
 * link without `o` gets the v1 options explicitly, and its bare default
 * tokens are expanded; the embeddings use case (`uc=embed`) kept its
 * defaults, so its links are left as they are.
 */
function v1ChatDefaultsExplicit(params: ParamList): ParamList {
  const uc = params.find(([k]) => k === 'uc')?.[1];
  if (uc === 'embed') return params;
  const o = params.find(([k]) => k === 'o');
  if (!o) return [...params, ['o', Object.values(V1_CHAT_DEFAULTS).join(',')]];
  const tokens = o[1]
    .split(',')
    .map((token) => V1_CHAT_DEFAULTS[token] ?? token)
    .join(',');
  return params.map(([k, v]) => (k === 'o' ? [k, tokens] : [k, v]));
}

/**
 * Migrations by the version they upgrade *from*. To make a breaking change:
 * bump `URL_VERSION`, add `[old]: (p) => …` here, and freeze links of the old
 * version in tests/fixtures/legacy-urls.ts with the state they must decode to.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: v1ChatDefaultsExplicit,
};

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
