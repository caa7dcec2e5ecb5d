import type { Plugin } from 'vite';

type ModuleInfoLike = { readonly importedIds: readonly string[] } | null;

const STYLE = /\.css($|\?)/;

/**
 * One chunk for the page's own first-load code (issue 13's 200 kB budget).
 * The app module is imported dynamically by boot.ts, and several lazy parts
 * (the printed report, the engine worker, dialogs) import modules the first
 * screen imports too; the bundler then cuts those shared modules into a
 * dozen small chunks (format, ui, the verdict words, the cost table …), each
 * gzipped on its own, which cost about 4 kB of the first load in compression
 * alone. This plugin collects the modules the app module reaches by static
 * imports and puts them in one chunk named `app`, except the ones the engine
 * worker reaches (catalog, engine, state): those stay in their shared
 * chunks, so the worker loads no page code. Lazy parts import from `app`,
 * which is always loaded before them. Nothing moves into the first load that
 * was not in it already: the group only captures statically reached modules.
 */
export function firstLoadChunk(
  appModule: string,
  workerModule: string,
): Plugin {
  const captured = new Set<string>();
  return {
    name: 'crossover-first-load-chunk',
    apply: 'build',
    config(config) {
      // The single-file build turns code splitting off: leave it off.
      const output = config.build?.rolldownOptions?.output;
      if (!Array.isArray(output) && output?.codeSplitting === false) return;
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: 'app',
                    test: (id: string) => captured.has(id),
                    // Only the captured modules: the worker's stay out.
                    includeDependenciesRecursively: false,
                  },
                ],
              },
            },
          },
        },
      };
    },
    buildEnd() {
      captured.clear();
      const ids = [...this.getModuleIds()];
      const find = (suffix: string) => ids.find((id) => id.endsWith(suffix));
      const closure = (start: string | undefined) => {
        const seen = new Set<string>();
        const stack = start ? [start] : [];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          const info = this.getModuleInfo(id) as ModuleInfoLike;
          for (const dep of info?.importedIds ?? []) stack.push(dep);
        }
        return seen;
      };
      const app = closure(find(appModule));
      // The single-file build has no separate app module: nothing to group.
      if (app.size === 0) return;
      const worker = closure(find(workerModule));
      // Style modules stay out: their JavaScript is empty, but boot.ts
      // imports styles.css too, and a style module inside `app` made the
      // entry import the whole app chunk statically — every first-load chunk
      // fetched and compiled before the first paint (ADR-34).
      for (const id of app)
        if (!worker.has(id) && !STYLE.test(id)) captured.add(id);
    },
  };
}
