import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogSources } from '../../../scripts/catalog-sources/plugin';
import { catalog, sourceText } from '../../../src/catalog';

const dataDir = fileURLToPath(
  new URL('../../../src/catalog/data', import.meta.url),
);
const KEY = /'@@([a-z0-9-]+#\d+)@@'/g;

type Hooks = {
  configResolved: (c: { command: string }) => void;
  transform: (
    code: string,
    id: string,
    o?: { ssr?: boolean },
  ) => { code: string } | null;
  load: (id: string) => string | null;
};

function plugin(command: 'build' | 'serve'): Hooks {
  const p = catalogSources(dataDir) as unknown as Hooks;
  p.configResolved({ command });
  return p;
}

/** Every catalog `source` value, in the order the data states them. */
function allSources(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) allSources(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && typeof v === 'string') out.push(v);
      else allSources(v, out);
    }
  return out;
}

describe('catalog source texts out of the first load (scripts/catalog-sources)', () => {
  const texts = JSON.parse(
    (plugin('build').load('\0virtual:catalog-sources') ?? '').replace(
      /^export const texts = |;$/g,
      '',
    ),
  ) as Record<string, string>;

  it('the client build keeps keys only, and every key has its text', () => {
    const p = plugin('build');
    let keys = 0;
    for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.ts'))) {
      const file = join(dataDir, name);
      const code = readFileSync(file, 'utf8');
      const out = p.transform(code, file, { ssr: false })?.code ?? code;
      for (const m of out.matchAll(KEY)) {
        keys += 1;
        expect(texts[m[1]!], m[1]).toBeTruthy();
      }
      // Only computed sources (template literals with \${…}) stay inline.
      expect(out).not.toMatch(/\bsource:\s*['"](?!@@)/);
    }
    expect(keys).toBe(Object.keys(texts).length);
  });

  it("the moved texts are the catalog's own sources", () => {
    const stated = allSources(catalog);
    const moved = Object.values(texts);
    const statedSet = new Set(stated);
    // The rest are the sources of exported constants (tolerances, defaults).
    const inCatalog = moved.filter((s) => statedSet.has(s));
    expect(inCatalog.length).toBeGreaterThan(moved.length * 0.8);
  });

  it('the server render and the dev server keep the plain strings', () => {
    const file = join(dataDir, 'providers.ts');
    const code = readFileSync(file, 'utf8');
    expect(plugin('build').transform(code, file, { ssr: true })).toBeNull();
    expect(plugin('serve').transform(code, file, {})).toBeNull();
  });

  it('sourceText leaves a plain source as it is', () => {
    const s = catalog.providers[0]!.source;
    expect(sourceText(s)).toBe(s);
  });
});
