/**
 * "Did you mean …": the catalog ids nearest to one that is not there, so an
 * unknown id in a scenario file or on the command line exits 2 with the ids
 * to use instead (issue 14 item 6) rather than turning an option silently
 * infeasible.
 */
import type { Catalog } from '../../src/catalog';

/** Edit distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The `count` ids nearest to `wanted`: ids that contain it (or that it
 * contains) first, then by edit distance, ties in catalog order.
 */
export function nearestIds(
  wanted: string,
  ids: readonly string[],
  count = 3,
): string[] {
  const w = wanted.toLowerCase();
  return ids
    .map((id, order) => {
      const l = id.toLowerCase();
      const contains = w.length >= 2 && (l.includes(w) || w.includes(l));
      return { id, order, score: (contains ? 0 : 1000) + editDistance(w, l) };
    })
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, count)
    .map((c) => c.id);
}

export type IdKind =
  'API model' | 'open model' | 'quant' | 'engine' | 'hardware' | 'privacy rule';

/** The catalog's ids of one kind. */
export function idsOf(kind: IdKind, catalog: Catalog): string[] {
  switch (kind) {
    case 'API model':
      return catalog.apiModels.map((m) => m.id);
    case 'open model':
      return catalog.openModels.map((m) => m.id);
    case 'quant':
      return catalog.quants.map((q) => q.id);
    case 'engine':
      return catalog.engines.map((e) => e.id);
    case 'hardware':
      return catalog.hardware.map((h) => h.id);
    case 'privacy rule':
      return catalog.privacyRules.map((r) => r.id);
  }
}

/** `unknown hardware "h100" (nearest: h100-sxm-80gb, h100-pcie-80gb, h200-141gb)`, or null when the id exists. */
export function unknownIdProblem(
  kind: IdKind,
  id: string,
  catalog: Catalog,
): string | null {
  const ids = idsOf(kind, catalog);
  if (ids.includes(id)) return null;
  return `unknown ${kind} "${id}" (nearest: ${nearestIds(id, ids).join(', ')})`;
}
