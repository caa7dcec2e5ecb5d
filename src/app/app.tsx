import { lazy, useSyncExternalStore } from 'react';
import { loadCatalogSources, type Catalog } from '../catalog';
import { CostChartPanel } from '../features/cost-chart';
import { VerdictPanel } from '../features/recommendation';
import { WorkloadPanel } from '../features/workload-inputs';
import { ResultsOnApproach, SettledScope } from '../state';
import { ClientOnly, ErrorBoundary, RetryingSuspense, Term } from '../ui';
import { PageRecovery } from './recovery';
import { LinkNoticeSlot, ScenarioTools } from './scenario-tools';
import {
  applyTheme,
  loadTheme,
  subscribeTheme,
  type ThemeChoice,
} from './theme';

// Below the fold: loaded after the first paint, so the first load carries only
// the verdict, the workload and the chart (`npm run size`). None of them is in
// the prerendered page (ClientOnly): index.html carries the first screen only,
// and the options panel's 20 kB of cards, laid out in the first frame though
// off screen, cost that frame more than the rest of the page (ADR-34).
// Panels that print catalog sources wait for their texts too (catalog/sources.ts).
const OptionsPanel = lazy(() =>
  Promise.all([import('../features/options'), loadCatalogSources()]).then(
    ([m]) => ({ default: m.OptionsPanel }),
  ),
);
const LearnMorePanel = lazy(() =>
  Promise.all([import('../features/learn-more'), loadCatalogSources()]).then(
    ([m]) => ({ default: m.LearnMorePanel }),
  ),
);
const LatencyPanel = lazy(() =>
  import('../features/latency-panel').then((m) => ({
    default: m.LatencyPanel,
  })),
);
const PrivacyPanel = lazy(() =>
  Promise.all([
    import('../features/privacy-checklist'),
    loadCatalogSources(),
  ]).then(([m]) => ({
    default: m.PrivacyPanel,
  })),
);
const HybridPanel = lazy(() =>
  import('../features/hybrid-patterns').then((m) => ({
    default: m.HybridPanel,
  })),
);

/** Holds a lazy panel's place (its height reserved in CSS) until its code arrives. */
function PanelLoading({ title }: { readonly title: string }) {
  return (
    <section className="panel panel-loading" aria-busy="true">
      <h2>{title}</h2>
      <p className="loading">Loading…</p>
    </section>
  );
}

function newestPriceDate(catalog: Catalog): string {
  return catalog.apiModels.reduce(
    (d, m) => (m.asOf > d ? m.asOf : d),
    '0000-00-00',
  );
}

/** "System" on the server: the prerendered page hydrates with it, then shows the saved choice (ADR-21). */
const serverTheme = (): ThemeChoice => 'system';

function ThemeSwitch() {
  const theme = useSyncExternalStore(subscribeTheme, loadTheme, serverTheme);
  return (
    <label className="theme-switch">
      <span>Theme</span>
      <select
        value={theme}
        onChange={(e) => {
          applyTheme(e.currentTarget.value as ThemeChoice);
        }}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

/** The full page: verdict first, then the inputs and the reasoning (ADR-14). */
export function App({ catalog }: { catalog: Catalog }) {
  // Each panel and the header's tools fail alone (issue 15): an error in one
  // leaves the others working, with "reset this part" and "export what's stored".
  return (
    <PageRecovery>
      <a className="skip-link" href="#main">
        Skip to the calculator
      </a>
      <header className="site-header">
        <div className="brand">
          {/* Two cost lines crossing, not a "×": on a phone the glyph read as a close button (issue 14 item 8). */}
          <svg
            className="logo"
            viewBox="0 0 36 36"
            width="36"
            height="36"
            aria-hidden="true"
            focusable="false"
          >
            <rect width="36" height="36" rx="8" fill="var(--accent)" />
            {/* Axes, a flat API line and a rising self-hosted one, their crossover dotted. */}
            <path
              d="M8 7 V28 H30"
              stroke="var(--accent-text)"
              strokeWidth="2"
              strokeLinecap="round"
              fill="none"
              opacity="0.6"
            />
            <path
              d="M10 24 L29 11"
              stroke="var(--accent-text)"
              strokeWidth="2.5"
              strokeLinecap="round"
              fill="none"
            />
            <path
              d="M10 14 L29 20"
              stroke="var(--accent-text)"
              strokeWidth="2.5"
              strokeLinecap="round"
              strokeDasharray="3.5 2.5"
              fill="none"
            />
            <circle cx="19.6" cy="17.4" r="2.6" fill="var(--accent-text)" />
          </svg>
          <div>
            <p className="site-name">Crossover</p>
            <p className="tagline">
              APIs vs local models: what each costs for your tokens, and where
              they cross.
            </p>
          </div>
        </div>
        <div className="header-tools">
          {/* Two dates, each said (issue 14 item 8): the newest API price checked, and the catalog's last edit that share links record. */}
          <p className="prices-as-of">
            <Term explain="The newest date any API price in use was checked: against the provider’s page, or the date of the price file you imported.">
              Prices as of
            </Term>{' '}
            <time dateTime={newestPriceDate(catalog)}>
              {newestPriceDate(catalog)}
            </time>{' '}
            ·{' '}
            <Term explain="The built-in catalog’s version: the date of its last edit of prices, specs or privacy facts. Share links record it, so an old link says which catalog it was made with.">
              catalog
            </Term>{' '}
            <time dateTime={catalog.version}>{catalog.version}</time>
          </p>
          <ErrorBoundary part="Scenario tools">
            <ScenarioTools />
          </ErrorBoundary>
          <ThemeSwitch />
        </div>
        <ErrorBoundary part="Link notice">
          <LinkNoticeSlot />
        </ErrorBoundary>
      </header>
      <main id="main">
        <h1 className="visually-hidden">
          Crossover: LLM API or self-hosted cost calculator
        </h1>
        <div className="top-grid">
          <ErrorBoundary part="Verdict">
            {/* Reads the shown result and its own inputs: one render per result. */}
            <VerdictPanel />
          </ErrorBoundary>
          <ErrorBoundary part="Workload">
            {/* The shown inputs, each field by its own selector: a press renders none of it, a result only the fields it moved, in the results' frame (issue 13). */}
            <SettledScope>
              <WorkloadPanel />
            </SettledScope>
          </ErrorBoundary>
        </div>
        <ErrorBoundary part="Cost chart">
          <CostChartPanel />
        </ErrorBoundary>
        <ResultsOnApproach>
          <ErrorBoundary part="Options">
            <ClientOnly fallback={<PanelLoading title="Options" />}>
              <RetryingSuspense fallback={<PanelLoading title="Options" />}>
                <OptionsPanel />
              </RetryingSuspense>
            </ClientOnly>
          </ErrorBoundary>
        </ResultsOnApproach>
        <div className="pair-grid">
          <ResultsOnApproach>
            <ErrorBoundary part="Latency">
              <ClientOnly fallback={<PanelLoading title="Latency" />}>
                <RetryingSuspense fallback={<PanelLoading title="Latency" />}>
                  <LatencyPanel />
                </RetryingSuspense>
              </ClientOnly>
            </ErrorBoundary>
          </ResultsOnApproach>
          <ResultsOnApproach>
            <ErrorBoundary part="Privacy & data residency">
              <ClientOnly
                fallback={<PanelLoading title="Privacy & data residency" />}
              >
                <RetryingSuspense
                  fallback={<PanelLoading title="Privacy & data residency" />}
                >
                  <PrivacyPanel />
                </RetryingSuspense>
              </ClientOnly>
            </ErrorBoundary>
          </ResultsOnApproach>
        </div>
        <ResultsOnApproach>
          <ErrorBoundary part="Hybrid patterns">
            <ClientOnly fallback={<PanelLoading title="Hybrid patterns" />}>
              <RetryingSuspense
                fallback={<PanelLoading title="Hybrid patterns" />}
              >
                <HybridPanel />
              </RetryingSuspense>
            </ClientOnly>
          </ErrorBoundary>
        </ResultsOnApproach>
        <ResultsOnApproach>
          <ErrorBoundary part="Learn more">
            <ClientOnly fallback={<p className="loading">Loading…</p>}>
              <RetryingSuspense fallback={<p className="loading">Loading…</p>}>
                <LearnMorePanel />
              </RetryingSuspense>
            </ClientOnly>
          </ErrorBoundary>
        </ResultsOnApproach>
      </main>
      <footer className="site-footer">
        <p>
          Crossover runs entirely in your browser; nothing you enter leaves this
          page. Prices and specs carry their source and date; latency figures
          from Artificial Analysis.
        </p>
      </footer>
    </PageRecovery>
  );
}
