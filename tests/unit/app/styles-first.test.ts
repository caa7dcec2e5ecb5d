import { describe, expect, it } from 'vitest';
import { stylesFirst } from '../../../scripts/prerender/styles-first';

// ADR-34: index.html's head asks for the first screen's styles before any
// script, and preloads none of the app's chunks (boot.ts fetches them after
// the first paint).

const viteHtml = `<html>
  <head>
    <title>x</title>
    <script type="module" crossorigin src="./assets/index-E.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/boot-B.js">
    <link rel="stylesheet" crossorigin href="./assets/main-S.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const chunk = (
  fileName: string,
  imports: string[],
  css: string[] = [],
  facadeModuleId: string | null = null,
) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'index-E.js': chunk('assets/index-E.js', ['assets/boot-B.js']),
  'boot-B.js': chunk('assets/boot-B.js', []),
  'main-M.js': chunk(
    'assets/main-M.js',
    ['assets/boot-B.js', 'assets/app-A.js'],
    [],
    '/repo/src/app/main.tsx',
  ),
  'app-A.js': chunk(
    'assets/app-A.js',
    ['assets/catalog-C.js'],
    ['assets/tools-T.css'],
  ),
  'catalog-C.js': chunk('assets/catalog-C.js', []),
};

function transform(html: string, b: object | undefined): string {
  const plugin = stylesFirst('src/app/main.tsx');
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, ctx: { bundle?: object | undefined }) => string;
  };
  return hook.handler(html, { bundle: b });
}

describe('stylesFirst', () => {
  const out = transform(viteHtml, bundle);
  const at = (s: string) => out.indexOf(s);

  it('links every first-screen stylesheet, the app chunks’ too, before any script', () => {
    expect(at('main-S.css')).toBeGreaterThan(0);
    expect(at('tools-T.css')).toBeGreaterThan(0);
    expect(at('main-S.css')).toBeLessThan(at('<script'));
    expect(at('tools-T.css')).toBeLessThan(at('<script'));
    expect(out.match(/rel="stylesheet"/g)).toHaveLength(2);
  });

  it('preloads none of the app’s chunks, and keeps the entry’s own', () => {
    expect(out).not.toContain('app-A.js');
    expect(out).not.toContain('catalog-C.js');
    expect(out).not.toContain('main-M.js');
    expect(out).toContain(
      '<link rel="modulepreload" crossorigin href="./assets/boot-B.js">',
    );
  });

  it('leaves a build without the app module (the single file) alone', () => {
    const single = { 'index.js': chunk('assets/index.js', []) };
    expect(transform(viteHtml, single)).toBe(viteHtml);
    expect(transform(viteHtml, undefined)).toBe(viteHtml);
  });
});
