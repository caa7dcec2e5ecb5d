import { lazy, useState } from 'react';
import { loadExportsDialog } from '../features/exports';
import { loadPriceImportDialog, overrideLabel } from '../features/price-import';
import { loadSavedScenariosDialog } from '../features/saved-scenarios';
import { LinkNotice, loadShareDialog } from '../features/share-and-embed';
import { useAppServices, useLinkState } from './app-services';
import { ClientOnly, ToolDialog } from '../ui';
import { ReportSlot } from './print-report';
import './scenario-tools.css';

// Each dialog's code loads on first open: the first page load stays small.
const ShareDialog = lazy(loadShareDialog);
const SavedScenariosDialog = lazy(loadSavedScenariosDialog);
const ExportsDialog = lazy(loadExportsDialog);
const PriceImportDialog = lazy(loadPriceImportDialog);

type Tool = 'share' | 'saved' | 'export' | 'prices';

/** The header's buttons, one per tool; each opens its dialog. */
function ToolButtons({
  pricesImported,
  onOpen,
}: {
  readonly pricesImported: boolean;
  readonly onOpen: (tool: Tool) => void;
}) {
  return (
    <div className="scenario-tools" role="group" aria-label="Scenario tools">
      <button type="button" onClick={() => onOpen('share')}>
        Share
      </button>
      <button type="button" onClick={() => onOpen('saved')}>
        Saved scenarios
      </button>
      <button type="button" onClick={() => onOpen('export')}>
        Export
      </button>
      <button type="button" onClick={() => onOpen('prices')}>
        {pricesImported ? 'Prices: imported' : 'Update prices'}
      </button>
    </div>
  );
}

/** The header's scenario tools (share and embed, saved scenarios, exports, prices) and their dialogs. */
export function ScenarioTools() {
  const services = useAppServices();
  const link = useLinkState(services?.urlSync ?? null);
  const [open, setOpen] = useState<Tool | null>(null);
  const [printRequests, setPrintRequests] = useState(0);
  if (!services) return null;
  const { urlSync, baseUrl, prices } = services;
  const close = () => setOpen(null);
  const shareLink = () => `${baseUrl()}${urlSync.currentQuery()}`;
  const imported = prices.override ? overrideLabel(prices.override) : null;
  const openTool = (tool: Tool) => {
    // Each tool reads or shows the link: the address bar is written first (ADR-33).
    urlSync.flush();
    setOpen(tool);
  };
  return (
    <>
      <ToolButtons pricesImported={imported !== null} onOpen={openTool} />
      {/* Stored prices that failed to read are said on the page, not only in their dialog: the
          numbers would otherwise change without a word. Client-only: the prerendered page has none. */}
      <ClientOnly fallback={null}>
        {prices.unreadableReason !== null ? (
          <p className="warning-line stored-prices-warning" role="status">
            Prices imported in this browser earlier could not be read (
            {prices.unreadableReason}): the built-in prices are used, and the
            saved file is kept.{' '}
            <button type="button" onClick={() => openTool('prices')}>
              Review prices
            </button>
          </p>
        ) : null}
      </ClientOnly>
      {open === 'share' ? (
        <ToolDialog title="Share this scenario" onClose={close}>
          <ShareDialog
            baseUrl={baseUrl()}
            name={link.name}
            onNameChange={urlSync.setName}
            importedPricesLabel={imported}
          />
        </ToolDialog>
      ) : null}
      {open === 'saved' ? (
        <ToolDialog title="Saved scenarios" onClose={close}>
          <SavedScenariosDialog
            storage={services.storage}
            currentQuery={urlSync.currentQuery().replace(/^\?/, '')}
            currentName={link.name}
            baseUrl={baseUrl()}
            onOpen={(inputs, name) => {
              urlSync.navigate(inputs, name);
              close();
            }}
          />
        </ToolDialog>
      ) : null}
      {open === 'export' ? (
        <ToolDialog title="Export" onClose={close}>
          <ExportsDialog
            link={shareLink()}
            name={link.name}
            importedPrices={imported}
            figuresRootId="figure-stage"
            onPrint={() => {
              close();
              setPrintRequests((n) => n + 1);
            }}
          />
        </ToolDialog>
      ) : null}
      {open === 'prices' ? (
        <ToolDialog title="Use today’s prices" onClose={close}>
          <PriceImportDialog
            baseCatalog={services.baseCatalog}
            current={prices.override}
            unreadableReason={prices.unreadableReason}
            onApply={(o) => {
              const problem = prices.apply(o);
              if (problem === null) close();
              return problem;
            }}
            onReset={prices.reset}
          />
        </ToolDialog>
      ) : null}
      {/* The printed report and the export figures: client-only, lazy (ADR-29). */}
      <ClientOnly fallback={null}>
        <ReportSlot
          getLink={shareLink}
          stage={open === 'export'}
          printRequests={printRequests}
          name={link.name}
          importedPrices={imported}
        />
      </ClientOnly>
    </>
  );
}

/** The dismissible notice about the link the page was opened with. */
export function LinkNoticeSlot() {
  const urlSync = useAppServices()?.urlSync ?? null;
  const link = useLinkState(urlSync);
  if (!urlSync || link.issuesDismissed) return null;
  return <LinkNotice issues={link.issues} onDismiss={urlSync.dismissIssues} />;
}
