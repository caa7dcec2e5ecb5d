// Made by scripts/catalog-sources/plugin.ts: every catalog source text by key.
declare module 'virtual:catalog-sources' {
  export const texts: Readonly<Record<string, string>>;
}
