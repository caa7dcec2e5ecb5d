import type { Plugin } from 'vite';

type ChunkLike = {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly facadeModuleId?: string | null;
  readonly imports?: readonly string[];
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
};

/**
 * index.html's entry is src/app/boot.ts, which imports the app only after the
 * first paint (ADR-21). Vite preloads an entry's static imports only, so
 * this adds `<link rel="modulepreload">` for the app module and everything it
 * imports statically: the browser fetches and compiles them while the page
 * paints, as it did when the app was the entry (no request waterfall), and
 * links their styles. `scripts/initial-size.ts` reads these links, so the
 * first-load figure still counts them.
 */
export function preloadApp(appModule: string): Plugin {
  return {
    name: 'crossover-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle as Record<string, ChunkLike> | undefined;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(appModule));
        // The single-file build inlines everything: nothing to preload.
        if (!app) return html;
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const files: string[] = [];
        const visit = (name: string) => {
          if (files.includes(name)) return;
          files.push(name);
          for (const dep of byName.get(name)?.imports ?? []) visit(dep);
        };
        visit(app.fileName);
        // Their styles too, as render-blocking links: the first paint is of
        // the prerendered page styled as the app styles it.
        const css = new Set(
          files.flatMap((f) => [
            ...(byName.get(f)?.viteMetadata?.importedCss ?? []),
          ]),
        );
        const absent = (f: string) => !html.includes(`/${f}"`);
        const links = [
          ...[...css]
            .filter(absent)
            .map((f) => `<link rel="stylesheet" crossorigin href="./${f}">`),
          ...files
            .filter(absent)
            .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
        ]
          .map((l) => `    ${l}\n`)
          .join('');
        return html.replace('  </head>', `${links}  </head>`);
      },
    },
  };
}
