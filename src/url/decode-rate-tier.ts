import { rateLimitLadderFor } from '../state';
import type { Catalog } from '../catalog';
import { issue, quote, type DecodeRun } from './decode-context';

/** `t<rank>` of an API token: the tier's rank on its provider's ladder (docs/methods.md §17.4). */
export function rateTierCode(
  catalog: Pick<Catalog, 'rateLimitTiers' | 'byId'>,
  apiModelId: string,
  tier: string | null | undefined,
): string | null {
  if (!tier) return null;
  const t = rateLimitLadderFor(catalog, apiModelId).find(
    (x) => x.tier === tier,
  );
  return t ? `t${t.rank}` : null;
}

/**
 * The tier a `t<rank>` names, when the model's provider has a ladder with that
 * rank; otherwise null (the tier the spend reaches), with a note. Absent =
 * by spend, as links before it.
 */
export function readRateTier(
  run: DecodeRun,
  label: string,
  raw: string | undefined,
  apiModelId: string,
): string | null {
  if (raw === undefined) return null;
  const ladder = rateLimitLadderFor(run.catalog, apiModelId);
  const tier = /^\d{1,2}$/.test(raw)
    ? ladder.find((t) => t.rank === Number(raw))
    : undefined;
  if (tier) return tier.tier;
  issue(
    run,
    'o',
    'invalid',
    ladder.length === 0
      ? `${label}: this model's provider has no rate-limit ladder in the catalog; tier ${quote(raw)} ignored.`
      : `${label}: rate-limit tier ${quote(raw)} is not one of ${ladder.map((t) => t.rank).join(', ')}; used the tier the spend reaches.`,
  );
  return null;
}
