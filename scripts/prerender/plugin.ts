import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * Puts the default page's first screen into the built index.html (ADR-21):
 * after the bundle is written, renders src/app/prerender.tsx with
 * react-dom/static (waiting for its lazy parts) through a throwaway Vite SSR loader (it handles the CSS
 * imports and the aliases as the build does) and fills `<div id="root">`.
 * The page paints before its JavaScript runs; main.tsx hydrates it. Also in
 * the single-file build (its index.html is written the same way).
 */
export function prerenderDefaultPage(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'crossover-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        plugins: [react()],
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null },
      });
      try {
        const mod = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          renderDefaultPage: () => Promise<{ html: string; formatted: string }>;
        };
        const { html, formatted } = await mod.renderDefaultPage();
        const file = resolve(outDir, 'index.html');
        const page = await readFile(file, 'utf8');
        if (!page.includes(ROOT_ELEMENT))
          this.error(`prerender: ${ROOT_ELEMENT} not found in ${file}`);
        await writeFile(
          file,
          page.replace(
            ROOT_ELEMENT,
            () =>
              `<div id="root" data-prerendered="${formatted}">${html}</div>`,
          ),
        );
      } finally {
        await server.close();
      }
    },
  };
}
