/**
 * The page build replaces zod's JSON Schema generator with stubs (issue 13's
 * first-load budget). The stubs keep every export name of the installed zod,
 * so the bundle links, and none of them can produce JSON Schema: a call
 * throws, and a `create…Method` returns a method that throws.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  exportNames,
  stubModule,
} from '../../../scripts/build/zod-without-json-schema';

const zodCore = join(
  dirname(createRequire(import.meta.url).resolve('zod/package.json')),
  'v4',
  'core',
);
const STUBBED = [
  'to-json-schema.js',
  'json-schema-processors.js',
  'json-schema-generator.js',
];

/** The stub as a module object, evaluated in this test. */
async function load(code: string): Promise<Record<string, unknown>> {
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as Record<string, unknown>;
}

describe('zod without its JSON Schema generator (page build only)', () => {
  it('reads the export names of each stubbed module, aliases included', () => {
    expect(
      exportNames(
        'export function a() {}\nexport const b = 1;\nexport class C {}\nfunction d() {}\nexport { d as process, e };\nexport { f } from "./x.js";',
      ),
    ).toEqual(['a', 'b', 'C', 'process', 'e']);
    for (const file of STUBBED) {
      const code = readFileSync(join(zodCore, file), 'utf8');
      const names = exportNames(code);
      expect(names.length, file).toBeGreaterThan(0);
      // Every `export …` line of the real module is accounted for.
      const declared = code.match(/^export\s+(?!\*|\{[^}]*\}\s*from)/gm) ?? [];
      expect(names.length, file).toBeGreaterThanOrEqual(declared.length);
    }
  });

  it('keeps the names classic zod imports from them', () => {
    const classic = readFileSync(
      join(zodCore, '..', 'classic', 'schemas.js'),
      'utf8',
    );
    const processors = exportNames(
      readFileSync(join(zodCore, 'json-schema-processors.js'), 'utf8'),
    );
    const used = [
      ...classic.matchAll(/(?<![\w-])processors\.([A-Za-z_$][\w$]*)\(/g),
    ].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const name of used) expect(processors).toContain(name);
    const toJson = exportNames(
      readFileSync(join(zodCore, 'to-json-schema.js'), 'utf8'),
    );
    expect(toJson).toEqual(
      expect.arrayContaining([
        'createToJSONSchemaMethod',
        'createStandardJSONSchemaMethod',
      ]),
    );
  });

  it('a stub can make no JSON Schema: calls throw, a created method throws when used', async () => {
    const stub = await load(
      stubModule(['toJSONSchema', 'createToJSONSchemaMethod', 'allProcessors']),
    );
    expect(() => (stub['toJSONSchema'] as () => unknown)()).toThrow(
      /not part of the page build/,
    );
    const method = (stub['createToJSONSchemaMethod'] as () => () => unknown)();
    expect(() => method()).toThrow(/not part of the page build/);
    // The real zod, as the CLI and the tests use it, still makes JSON Schema.
    expect(z.toJSONSchema(z.object({ a: z.string() }))).toMatchObject({
      type: 'object',
    });
  });
});
