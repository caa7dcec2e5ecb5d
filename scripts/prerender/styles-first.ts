import type { Plugin } from 'vite';

type ChunkLike = {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly facadeModuleId?: string | null;
  readonly imports?: readonly string[];
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
};

const STYLESHEET = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g;

/**
 * The head of the built index.html, ordered for the first paint (ADR-21,
 * ADR-34). index.html's entry is src/app/boot.ts, which imports the app only
 * after the prerendered page has painted. This plugin
 *
 * - links every stylesheet the app's first screen uses (the entry's and the
 *   app chunks') as render-blocking links, and puts them first in the head,
 *   before any script, so the browser asks for them before anything else;
 * - adds no `modulepreload` for the app's chunks: fetched from the head,
 *   their ~800 kB were downloaded and parsed while the first frame was laid
 *   out and rastered, on the same few cores (a measured 5–30 % of a 2-core
 *   machine's first paint). boot.ts's dynamic import fetches them all at once
 *   after the first paint (Vite's preload helper lists the whole graph, so
 *   there is no request waterfall). `scripts/initial-size.ts` counts them
 *   from the build manifest.
 *
 * The `modulepreload` links Vite writes for the entry's own static imports
 * (the boot chunks, a few kB) stay: boot.ts needs them before it can run.
 */
export function stylesFirst(appModule: string): Plugin {
  return {
    name: 'crossover-styles-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle as Record<string, ChunkLike> | undefined;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(appModule));
        // The single-file build inlines everything: nothing to order.
        if (!app) return html;
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const files: string[] = [];
        const visit = (name: string) => {
          if (files.includes(name)) return;
          files.push(name);
          for (const dep of byName.get(name)?.imports ?? []) visit(dep);
        };
        visit(app.fileName);
        const appCss = new Set(
          files.flatMap((f) => [
            ...(byName.get(f)?.viteMetadata?.importedCss ?? []),
          ]),
        );
        const linked = [...html.matchAll(STYLESHEET)].map((m) => m[0].trim());
        const styles = [
          ...linked,
          ...[...appCss]
            .filter((f) => !linked.some((l) => l.includes(`/${f}"`)))
            .map((f) => `<link rel="stylesheet" crossorigin href="./${f}">`),
        ];
        const rest = html.replace(STYLESHEET, '');
        const head = styles.map((l) => `    ${l}\n`).join('');
        const at = rest.search(/[ \t]*<script type="module"/);
        if (at < 0) return rest.replace('  </head>', `${head}  </head>`);
        return rest.slice(0, at) + head + rest.slice(at);
      },
    },
  };
}
