import './bundle-start';
import './zod-config';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { catalog } from '../catalog';
import { createParentBridge, embedConfigFrom } from '../embed';
import {
  CalculatorProvider,
  createCalculatorStore,
  inThreadEvaluator,
  type ResultEvaluator,
} from '../state';
import { appBaseUrl, decodeLink } from '../url';
import { App } from './app';
import { FullAppRoot } from './app-services';
import { PRICE_OVERRIDE_KEY } from '../features/price-import';
import { formattedProbe } from './prerender-probe';
import { EmbedApp } from './embed-app';
import { browserStore } from './persisted';
import { applyTheme, loadTheme } from './theme';
import { takeUnwrittenLink } from './quiet-writer';
import { startUrlSync } from './url-sync';
import {
  canStartEngineWorker,
  createWorkerEvaluator,
  type EngineWorker,
} from './worker-evaluator';
import './styles.css';

/** The full page's sessionStorage, or null (the embed keeps nothing; storage may be refused). */
function carryStorage(): Storage | null {
  try {
    return new URLSearchParams(window.location.search).has('embed')
      ? null
      : window.sessionStorage;
  } catch {
    return null;
  }
}
const carry = carryStorage();
// A reload that came before the quiet URL write reloaded the older address:
// the write waiting then was noted on the way out (ADR-33).
if (carry)
  takeUnwrittenLink(
    window,
    carry,
    (
      performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined
    )?.type === 'reload',
  );

// The link is the scenario (ADR-1): decode it once, seed the store, then let
// the URL follow the store.
const decoded = decodeLink(window.location.search, { catalog });
const embed = embedConfigFrom(decoded.view, window);
const store = createCalculatorStore(decoded.inputs, catalog);
const baseUrl = () => appBaseUrl(window.location.href);

// Only a framed embed talks to a parent, and only by posting (ADR-4).
const bridge =
  embed.embed && window.parent !== window
    ? createParentBridge(window.parent, embed.parentOrigin)
    : null;

const urlSync = startUrlSync({
  store,
  catalog,
  initial: decoded,
  window,
  ...(carry ? { carry } : {}),
  ...(bridge ? { onWrite: bridge.scenarioChanged } : {}),
});

if (!embed.embed) applyTheme(loadTheme());

/**
 * The engine runs in a module worker started from the page's own chunks, so
 * no evaluation sits in the main thread between two key presses (ADR-28);
 * from disk (the single-file build), or wherever the worker fails, in this
 * thread after each paint.
 */
function engineEvaluator(): ResultEvaluator {
  // Where the engine runs, for tests and diagnostics: <html data-engine>.
  const said = (where: 'worker' | 'in-thread') => {
    document.documentElement.dataset['engine'] = where;
  };
  if (window.location.protocol === 'file:' || typeof Worker !== 'function') {
    said('in-thread');
    return inThreadEvaluator;
  }
  const evaluator = createWorkerEvaluator({
    builtInCatalog: catalog,
    onStatus: said,
    start: async (): Promise<EngineWorker> => {
      const { engineWorkerUrl } = await import('./engine-worker');
      if (!canStartEngineWorker(engineWorkerUrl, window.location.href))
        throw new Error('no engine worker on this page');
      return new Worker(engineWorkerUrl, {
        type: 'module',
        name: 'crossover-engine',
      });
    },
  });
  // Started once the page has loaded, so the first key press finds it ready.
  const warm = () => setTimeout(evaluator.warm, 300);
  if (document.readyState === 'complete') warm();
  else window.addEventListener('load', warm, { once: true });
  return evaluator;
}
const evaluator = engineEvaluator();

const root = document.getElementById('root');
const storage = browserStore();

/**
 * index.html holds the default page, prerendered at build time (ADR-21).
 * Hydrate it when this visit renders exactly that: the full page, no link,
 * no imported prices, numbers formatted as the build did. Otherwise render
 * afresh over it.
 */
function rendersThePrerenderedPage(el: HTMLElement): boolean {
  return (
    !embed.embed &&
    el.dataset['prerendered'] === formattedProbe() &&
    window.location.search === '' &&
    storage.get(PRICE_OVERRIDE_KEY) === null
  );
}

let committed = () => {};
/**
 * Settles once the app's first render is on the page, its fields' listeners
 * attached (boot.ts hands it what the reader did before: early-input.ts).
 * Settled in a layout effect, the last of that commit's: boot.ts's hand-over
 * runs before the browser takes another input.
 */
export const firstCommit = new Promise<void>((resolve) => {
  committed = resolve;
});
function FirstCommit() {
  useLayoutEffect(() => committed(), []);
  return null;
}

/**
 * Whether React takes the prerendered nodes as they are (hydration), so its
 * own listeners see an input from now on; else the prerendered page stays,
 * and works as plain HTML, until the commit that puts the app's in its place.
 */
export const hydrates = root !== null && rendersThePrerenderedPage(root);

if (!root) committed();
else {
  const page = (
    <StrictMode>
      {embed.embed ? (
        // The embed always shows the built-in prices and keeps nothing in storage.
        <CalculatorProvider
          catalog={catalog}
          initialInputs={decoded.inputs}
          store={store}
          evaluator={evaluator}
        >
          <EmbedApp
            config={embed}
            urlSync={urlSync}
            bridge={bridge}
            baseUrl={baseUrl()}
          />
        </CalculatorProvider>
      ) : (
        <FullAppRoot
          baseCatalog={catalog}
          store={store}
          urlSync={urlSync}
          storage={storage}
          baseUrl={baseUrl}
          evaluator={evaluator}
        >
          {(current) => <App catalog={current} />}
        </FullAppRoot>
      )}
      <FirstCommit />
    </StrictMode>
  );
  if (hydrates) hydrateRoot(root, page);
  // React removes the prerendered nodes in the commit that puts the app's
  // page in (clearContainerSparingly: the root holds no script, style or
  // stylesheet link to keep); until then a reader's input on them is held
  // by boot.ts and handed over, not lost on an empty page.
  else createRoot(root).render(page);
}
