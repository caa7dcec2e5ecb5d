/**
 * The catalog's source texts. In the client build they are not in the data
 * (scripts/catalog-sources/plugin.ts puts a key `@@file#n@@` in each `source`
 * and the texts in a chunk of their own, out of the first load); everywhere
 * else the data holds the texts and sourceText returns them as they are.
 * Parts that print a source load them first: loadCatalogSources().
 */
const KEY = /@@([a-z0-9-]+#\d+)@@/g;

let texts: Readonly<Record<string, string>> | null = null;
let loading: Promise<void> | null = null;

/** Fetches the source texts once; resolves when sourceText can answer. */
export function loadCatalogSources(): Promise<void> {
  // The server render (prerender) reads plain data: nothing to fetch.
  if (import.meta.env?.SSR !== false) return Promise.resolve();
  loading ??= import('virtual:catalog-sources').then((m) => {
    texts = m.texts;
  });
  return loading;
}

/** A `source` field (or a text quoting one) with its keys replaced by their texts. */
export function sourceText(source: string): string {
  const t = texts;
  if (!t || !source.includes('@@')) return source;
  return source.replace(KEY, (key, id: string) => t[id] ?? key);
}
