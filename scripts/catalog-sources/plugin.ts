import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The catalog's `source` strings out of the first load (issue 13's 200 kB
 * budget): they are about a quarter of its gzip bytes, and only the parts
 * shown below the fold or on demand print them ("How is this computed?",
 * quality tooltips, Learn more, Privacy, price import). In the client build
 * each `source: '…'` in src/catalog/data becomes a short key `@@file#n@@`;
 * the texts are one lazily imported module (`virtual:catalog-sources`, loaded
 * by loadCatalogSources before those parts render; sourceText resolves keys).
 * The server render (prerender), tests and the CLI keep the plain strings.
 */
const VIRTUAL_ID = 'virtual:catalog-sources';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

type Found = { start: number; end: number; key: string; text: string };

/** Every `source: <string literal>` property in one data file, in order. */
function findSources(file: string, code: string): Found[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const stem = basename(file, '.ts');
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'source' &&
      (ts.isStringLiteral(node.initializer) ||
        ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      found.push({
        start: node.initializer.getStart(sf),
        end: node.initializer.getEnd(),
        key: `${stem}#${found.length}`,
        text: node.initializer.text,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export function catalogSources(dataDir: string): Plugin {
  let build = false;
  return {
    name: 'crossover:catalog-sources',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // Read from disk, not from the transforms: the same parse gives the same keys.
      const texts: Record<string, string> = {};
      for (const name of readdirSync(dataDir)) {
        if (!name.endsWith('.ts')) continue;
        const path = join(dataDir, name);
        for (const f of findSources(path, readFileSync(path, 'utf8'))) {
          texts[f.key] = f.text;
        }
      }
      return `export const texts = ${JSON.stringify(texts)};`;
    },
    transform(code, id, options) {
      const file = id.split('?')[0] ?? id;
      if (!build || options?.ssr) return null;
      if (!file.startsWith(dataDir) || !file.endsWith('.ts')) return null;
      const found = findSources(file, code);
      if (found.length === 0) return null;
      let out = code;
      for (const f of [...found].reverse()) {
        out = `${out.slice(0, f.start)}'@@${f.key}@@'${out.slice(f.end)}`;
      }
      return { code: out, map: null };
    },
  };
}
