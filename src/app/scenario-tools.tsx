import { lazy, useState } from 'react';
import { loadSavedScenariosDialog } from '../features/saved-scenarios';
import { LinkNotice, loadShareDialog } from '../features/share-and-embed';
import { useAppServices, useLinkState } from './app-services';
import { ToolDialog } from './tool-dialog';
import './scenario-tools.css';

const ShareDialog = lazy(loadShareDialog);
const SavedScenariosDialog = lazy(loadSavedScenariosDialog);

type Tool = 'share' | 'saved';

/** The header's scenario tools: share (with embed), and the dialogs they open. */
export function ScenarioTools() {
  const services = useAppServices();
  const link = useLinkState(services?.urlSync ?? null);
  const [open, setOpen] = useState<Tool | null>(null);
  if (!services) return null;
  const { urlSync, baseUrl } = services;
  const close = () => setOpen(null);
  return (
    <div className="scenario-tools" role="group" aria-label="Scenario tools">
      <button type="button" onClick={() => setOpen('share')}>
        Share
      </button>
      <button type="button" onClick={() => setOpen('saved')}>
        Saved scenarios
      </button>
      {open === 'share' ? (
        <ToolDialog title="Share this scenario" onClose={close}>
          <ShareDialog
            baseUrl={baseUrl()}
            name={link.name}
            onNameChange={urlSync.setName}
            importedPricesLabel={null}
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
    </div>
  );
}

/** The dismissible notice about the link the page was opened with. */
export function LinkNoticeSlot() {
  const urlSync = useAppServices()?.urlSync ?? null;
  const link = useLinkState(urlSync);
  if (!urlSync || link.issuesDismissed) return null;
  return <LinkNotice issues={link.issues} onDismiss={urlSync.dismissIssues} />;
}
