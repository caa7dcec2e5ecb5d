import './bundle-start';
import './zod-config';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { catalog } from '../catalog';
import { createParentBridge, embedConfigFrom } from '../embed';
import { CalculatorProvider, createCalculatorStore } from '../state';
import { appBaseUrl, decodeLink } from '../url';
import { App } from './app';
import { FullAppRoot } from './app-services';
import { PRICE_OVERRIDE_KEY } from '../features/price-import';
import { formattedProbe } from './prerender-probe';
import { EmbedApp } from './embed-app';
import { browserStore } from './persisted';
import { applyTheme, loadTheme } from './theme';
import { startUrlSync } from './url-sync';
import './styles.css';

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
  ...(bridge ? { onWrite: bridge.scenarioChanged } : {}),
});

if (!embed.embed) applyTheme(loadTheme());

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

if (root) {
  const page = (
    <StrictMode>
      {embed.embed ? (
        // The embed always shows the built-in prices and keeps nothing in storage.
        <CalculatorProvider
          catalog={catalog}
          initialInputs={decoded.inputs}
          store={store}
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
        >
          {(current) => <App catalog={current} />}
        </FullAppRoot>
      )}
    </StrictMode>
  );
  if (rendersThePrerenderedPage(root)) {
    hydrateRoot(root, page);
  } else {
    root.replaceChildren();
    createRoot(root).render(page);
  }
}
