import { useEffect, useState } from 'react';
import {
  useAutoResize,
  type EmbedConfig,
  type LockableInput,
  type ParentBridge,
} from '../embed';
import { CostChartPanel } from '../features/cost-chart';
import { VerdictPanel } from '../features/recommendation';
import { LinkNotice, OpenInCrossoverLink } from '../features/share-and-embed';
import {
  InputShareSlider,
  MonthlyTokensSlider,
  UseCaseSelect,
} from '../features/workload-inputs';
import { Panel } from '../ui';
import { useLinkState } from './app-services';
import type { UrlSync } from './url-sync';
import './scenario-tools.css';

type EmbedAppProps = {
  readonly config: EmbedConfig;
  readonly urlSync: UrlSync;
  readonly bridge: ParentBridge | null;
  readonly baseUrl: string;
};

/**
 * The embed's key sliders: the workload panel's use case, volume and
 * input:output controls. An input the host locked (`lock=`) is shown as a
 * fixed value, not a control.
 */
export function EmbedControls({
  locked,
}: {
  readonly locked: readonly LockableInput[];
}) {
  return (
    <Panel id="embed-inputs" title="Your workload" className="embed-controls">
      <div className="embed-controls-grid">
        <UseCaseSelect locked={locked.includes('uc')} />
        <MonthlyTokensSlider locked={locked.includes('tpm')} />
        <InputShareSlider locked={locked.includes('is')} />
      </div>
    </Panel>
  );
}

/**
 * The compact shell for `?embed=1` (ADR-13): no header, share
 * dialog or footer; the panels the host asked for; an out-link to the full
 * calculator in a new tab. Theme comes from the URL and is not saved, so an
 * embed never changes the reader's choice on the full site.
 */
export function EmbedApp({ config, urlSync, bridge, baseUrl }: EmbedAppProps) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const link = useLinkState(urlSync);
  useAutoResize(root, bridge);
  useEffect(() => {
    const html = document.documentElement;
    if (config.theme === 'auto') html.removeAttribute('data-theme');
    else html.setAttribute('data-theme', config.theme);
  }, [config.theme]);
  const show = (p: EmbedConfig['panels'][number]) => config.panels.includes(p);
  return (
    <div ref={setRoot} className="embed-root">
      <header className="embed-bar">
        <p className="site-name">Crossover</p>
        <OpenInCrossoverLink baseUrl={baseUrl} />
      </header>
      <main id="main" className="embed-main">
        <h1 className="visually-hidden">
          Crossover: LLM API or self-hosted cost calculator
        </h1>
        {link.issuesDismissed ? null : (
          <LinkNotice
            compact
            issues={link.issues}
            onDismiss={urlSync.dismissIssues}
          />
        )}
        {show('verdict') ? <VerdictPanel /> : null}
        {show('sliders') ? <EmbedControls locked={config.locked} /> : null}
        {show('chart') ? <CostChartPanel /> : null}
      </main>
    </div>
  );
}
