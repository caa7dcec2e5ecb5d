import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The page never turns a schema into JSON Schema (only the CLI does, in
 * scripts/cli/scenario-schema.ts, which Vite does not build). But zod's
 * classic API gives every schema a `.toJSONSchema()` method and a JSON
 * Schema "processor", so its JSON Schema generator (core/to-json-schema.js,
 * core/json-schema-processors.js, core/json-schema-generator.js) rode in
 * the first load: about 4 kB gzip (issue 13's 200 kB budget, ADR-34). In the
 * page's build those three modules are replaced by stubs with the same
 * export names, read from the installed zod, so the build follows zod's
 * version: a `create…Method` stub returns a method, every other export is a
 * function, and each of them throws when called. Parsing is untouched: the
 * page's tests parse every link, file and stored value through these same
 * schemas. Only `vite build` (the page, its worker and the single-file
 * build); vitest and the CLI keep the real modules.
 */
const STUBBED =
  /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors|json-schema-generator)\.js$/;
const PREFIX = '\0crossover-zod-no-json-schema:';

/** The names a module exports: `export function a`, `export const b`, `export { c as d }`, `export class E`. */
export function exportNames(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(
    /^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm,
  ))
    names.add(m[1]!);
  for (const m of code.matchAll(/^export\s*\{([^}]*)\}(?!\s*from)/gm))
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  return [...names];
}

/** A module with the same export names, none of which can make JSON Schema. */
export function stubModule(names: readonly string[]): string {
  const lines = [
    'function unavailable() {',
    "  throw new Error('JSON Schema generation is not part of the page build (scripts/build/zod-without-json-schema.ts).');",
    '}',
  ];
  for (const name of names)
    lines.push(
      name.startsWith('create')
        ? `export const ${name} = () => unavailable;`
        : `export const ${name} = unavailable;`,
    );
  return lines.join('\n');
}

export function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'crossover-zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/[\\/]node_modules[\\/]zod[\\/]/.test(importer))
        return null;
      const resolved = await this.resolve(source, importer, {
        ...options,
        skipSelf: true,
      });
      return resolved && STUBBED.test(resolved.id)
        ? `${PREFIX}${resolved.id}`
        : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      return stubModule(exportNames(readFileSync(file, 'utf8')));
    },
  };
}
