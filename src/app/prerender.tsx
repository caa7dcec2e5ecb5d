import './zod-config';
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { catalog } from '../catalog';
import { createCalculatorStore } from '../state';
import { decodeLink } from '../url';
import { App } from './app';
import { FullAppRoot } from './app-services';
import { formattedProbe } from './prerender-probe';
import type { KeyValueStore } from './persisted';
import type { UrlSync } from './url-sync';

/**
 * The default page's HTML, rendered at build time from the real components
 * with the default inputs (ADR-21): the build plugin
 * (scripts/prerender/plugin.ts) puts it into index.html, and main.tsx
 * hydrates it when the visit is the default one. Never committed: it follows
 * the code and catalog of each build. Lazy parts render their fallbacks (the
 * chart's frame, "Loading…").
 */

const noStorage: KeyValueStore = {
  get: () => null,
  set: () => false,
  remove: () => {},
  keys: () => [],
};

const noLink = { issues: [], issuesDismissed: true, name: null } as const;

const idleUrlSync: UrlSync = {
  getSnapshot: () => noLink,
  subscribe: () => () => {},
  dismissIssues: () => {},
  setName: () => {},
  navigate: () => {},
  currentQuery: () => '',
  flush: () => {},
  stop: () => {},
};

/** The same tree main.tsx renders for a visit with no link and nothing stored. */
export function defaultPage(): ReactNode {
  const decoded = decodeLink('', { catalog });
  const store = createCalculatorStore(decoded.inputs, catalog);
  return (
    <StrictMode>
      <FullAppRoot
        baseCatalog={catalog}
        store={store}
        urlSync={idleUrlSync}
        storage={noStorage}
        baseUrl={() => ''}
      >
        {(current) => <App catalog={current} />}
      </FullAppRoot>
    </StrictMode>
  );
}

/**
 * Waits for every lazy part the first screen renders (prerender, not
 * renderToString: a boundary left on its fallback would be thrown away on
 * hydration with an error). Parts under ClientOnly stay their fallbacks.
 */
export async function renderDefaultPage(): Promise<{
  html: string;
  formatted: string;
}> {
  // prerender waits for every lazy import the page reaches; then
  // renderToString finds them loaded and writes them in place, with no
  // streamed segments and so no inline scripts (the CSP allows none).
  await new Response((await prerender(defaultPage())).prelude).text();
  const html = renderToString(defaultPage());
  if (html.includes('<!--$!-->') || html.includes('<script'))
    throw new Error('prerender: a lazy part of the page did not load');
  return {
    html,
    formatted: formattedProbe(),
  };
}
