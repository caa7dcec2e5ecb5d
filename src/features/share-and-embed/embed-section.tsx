import { useId, useMemo, useState } from 'react';
import type { Catalog } from '../../catalog';
import {
  buildEmbedSnippet,
  EMBED_PANELS,
  originOrNull,
  type EmbedPanel,
} from '../../embed';
import {
  selectInputs,
  useCalculatorStore,
  useCatalog,
  type CalculatorInputs,
} from '../../state';
import { buildEmbedUrl, cleanName } from '../../url';
import { CopyButton } from './copy-button';
import {
  Checkbox,
  HostOriginField,
  INITIAL_EMBED_CHOICES,
  LocksFieldset,
  LookFields,
  PanelsFieldset,
  PricesFieldset,
  type EmbedChoices,
} from './embed-choices';

/** Rough heights of the embed's panels, for the snippet's starting height. */
const PANEL_HEIGHTS: Record<EmbedPanel, number> = {
  verdict: 190,
  chart: 560,
  sliders: 240,
};

/** The embed URL for the reader's choices: only what differs from the embed's defaults goes in. */
function embedUrlFor(
  baseUrl: string,
  inputs: CalculatorInputs,
  catalog: Catalog,
  {
    panels,
    theme,
    locked,
    live,
  }: Pick<EmbedChoices, 'panels' | 'theme' | 'locked' | 'live'>,
  origin: string | null,
): string {
  return buildEmbedUrl(baseUrl, inputs, {
    catalog,
    live,
    view: {
      ...(panels.length < EMBED_PANELS.length
        ? { panels: panels.join(',') }
        : {}),
      ...(theme !== 'auto' ? { theme } : {}),
      ...(locked.length > 0 ? { lock: locked.join(',') } : {}),
      ...(origin ? { parentOrigin: origin } : {}),
    },
  });
}

/** Embed on your site: what to show and lock, prices, look, host origin, and the code to paste. */
export function EmbedSection({ baseUrl }: { readonly baseUrl: string }) {
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  const ids = useId();
  const [choices, setChoices] = useState<EmbedChoices>(INITIAL_EMBED_CHOICES);
  const update = (patch: Partial<EmbedChoices>) =>
    setChoices((c) => ({ ...c, ...patch }));
  const { panels, theme, locked, live, autoResize, hostOrigin, title } =
    choices;
  const origin =
    hostOrigin.trim() === '' ? null : originOrNull(hostOrigin.trim());
  const originInvalid = hostOrigin.trim() !== '' && origin === null;

  const embedUrl = useMemo(
    () =>
      embedUrlFor(
        baseUrl,
        inputs,
        catalog,
        { panels, theme, locked, live },
        origin,
      ),
    [baseUrl, inputs, catalog, live, panels, theme, locked, origin],
  );
  const height = 60 + panels.reduce((h, p) => h + PANEL_HEIGHTS[p], 0);
  const snippet = buildEmbedSnippet({
    src: embedUrl,
    title: cleanName(title) || 'Crossover',
    heightPx: height,
    autoResize,
  });

  return (
    <section aria-labelledby={`${ids}-embed`}>
      <h3 id={`${ids}-embed`}>Embed on your site</h3>
      <PanelsFieldset choices={choices} update={update} />
      <LocksFieldset choices={choices} update={update} />
      <PricesFieldset choices={choices} update={update} />
      <LookFields choices={choices} update={update} />
      <HostOriginField
        choices={choices}
        update={update}
        invalid={originInvalid}
      />
      <Checkbox
        label="Resize the frame to its content (adds a few lines of script)"
        checked={autoResize}
        onChange={(on) => update({ autoResize: on })}
      />
      <div className="field">
        <label htmlFor={`${ids}-snippet`}>Code to paste</label>
        <textarea
          id={`${ids}-snippet`}
          className="code-box"
          readOnly
          rows={autoResize ? 10 : 3}
          value={snippet.html}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="button-row">
        <CopyButton text={snippet.html} label="Copy code" />
        <a href={embedUrl} target="_blank" rel="noopener">
          Preview the embed
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
    </section>
  );
}
