import { useId, useMemo, useState } from 'react';
import { CATALOG_VERSION } from '../../catalog';
import {
  buildEmbedSnippet,
  EMBED_PANELS,
  LOCKABLE_INPUTS,
  originOrNull,
  type EmbedPanel,
  type EmbedTheme,
  type LockableInput,
} from '../../embed';
import { selectInputs, useCalculatorStore, useCatalog } from '../../state';
import {
  buildEmbedUrl,
  buildShareUrl,
  cleanName,
  NAME_MAX_LENGTH,
} from '../../url';
import { CopyButton } from './copy-button';

export type ShareDialogProps = {
  /** The calculator's own address (origin + path), so links work under any sub-path. */
  readonly baseUrl: string;
  readonly name: string | null;
  readonly onNameChange: (name: string | null) => void;
  /** Set when this browser uses imported prices that a link does not carry. */
  readonly importedPricesLabel: string | null;
};

const PANEL_LABELS: Record<EmbedPanel, string> = {
  verdict: 'Recommendation',
  chart: 'Cost chart',
  sliders: 'Key sliders',
};
const LOCK_LABELS: Record<LockableInput, string> = {
  tpm: 'Monthly tokens',
  is: 'Input : output',
  uc: 'Use case',
};
/** Rough heights of the embed's panels, for the snippet's starting height. */
const PANEL_HEIGHTS: Record<EmbedPanel, number> = {
  verdict: 190,
  chart: 560,
  sliders: 240,
};

function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

function toggle<T>(
  list: readonly T[],
  item: T,
  on: boolean,
  order: readonly T[],
): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((x) => set.has(x));
}

/** Share: the link (with an optional name) and the embed snippet generator. */
export function ShareDialog({
  baseUrl,
  name,
  onNameChange,
  importedPricesLabel,
}: ShareDialogProps) {
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  const ids = useId();
  const link = useMemo(
    () => buildShareUrl(baseUrl, inputs, { catalog, name }),
    [baseUrl, inputs, catalog, name],
  );

  const [panels, setPanels] = useState<EmbedPanel[]>([...EMBED_PANELS]);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [locked, setLocked] = useState<LockableInput[]>([]);
  const [live, setLive] = useState(false);
  const [autoResize, setAutoResize] = useState(true);
  const [hostOrigin, setHostOrigin] = useState('');
  const [title, setTitle] = useState(
    'Crossover: LLM API or self-hosting cost calculator',
  );
  const origin =
    hostOrigin.trim() === '' ? null : originOrNull(hostOrigin.trim());
  const originInvalid = hostOrigin.trim() !== '' && origin === null;

  const embedUrl = useMemo(
    () =>
      buildEmbedUrl(baseUrl, inputs, {
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
      }),
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
    <div className="share-dialog">
      <section aria-labelledby={`${ids}-link`}>
        <h3 id={`${ids}-link`}>Link to this scenario</h3>
        <div className="field">
          <label htmlFor={`${ids}-name`}>
            Name (optional, shown as plain text)
          </label>
          <input
            id={`${ids}-name`}
            type="text"
            maxLength={NAME_MAX_LENGTH}
            value={name ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onNameChange(v.trim() === '' ? null : v);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-url`}>Link</label>
          <textarea
            id={`${ids}-url`}
            className="code-box"
            readOnly
            rows={3}
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <div className="button-row">
          <CopyButton text={link} label="Copy link" />
          <span className="field-hint">
            {link.length} characters · catalog version {CATALOG_VERSION}
          </span>
        </div>
        {importedPricesLabel ? (
          <p className="warning-line">
            This browser uses imported prices ({importedPricesLabel}). The link
            does not carry them: people who open it see the built-in prices.
          </p>
        ) : null}
      </section>

      <section aria-labelledby={`${ids}-embed`}>
        <h3 id={`${ids}-embed`}>Embed on your site</h3>
        <fieldset>
          <legend>Show</legend>
          {EMBED_PANELS.map((p) => (
            <Checkbox
              key={p}
              label={PANEL_LABELS[p]}
              checked={panels.includes(p)}
              onChange={(on) => {
                const next = toggle(panels, p, on, EMBED_PANELS);
                if (next.length > 0) setPanels(next);
              }}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>Lock (readers cannot change)</legend>
          {LOCKABLE_INPUTS.map((k) => (
            <Checkbox
              key={k}
              label={LOCK_LABELS[k]}
              checked={locked.includes(k)}
              onChange={(on) =>
                setLocked(toggle(locked, k, on, LOCKABLE_INPUTS))
              }
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>Prices</legend>
          <label className="check">
            <input
              type="radio"
              name={`${ids}-prices`}
              checked={!live}
              onChange={() => setLive(false)}
            />
            Pinned to {CATALOG_VERSION} (notes when prices change)
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${ids}-prices`}
              checked={live}
              onChange={() => setLive(true)}
            />
            Live (always today’s prices)
          </label>
        </fieldset>
        <div className="pair-row">
          <div className="field">
            <label htmlFor={`${ids}-theme`}>Theme</label>
            <select
              id={`${ids}-theme`}
              value={theme}
              onChange={(e) => setTheme(e.currentTarget.value as EmbedTheme)}
            >
              <option value="auto">Follow the reader’s system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-title`}>
              Frame title (for screen readers)
            </label>
            <input
              id={`${ids}-title`}
              type="text"
              value={title}
              maxLength={NAME_MAX_LENGTH}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-origin`}>
            Your site’s origin (optional, to receive scenario-changed messages)
          </label>
          <input
            id={`${ids}-origin`}
            type="url"
            placeholder="https://docs.example.org"
            value={hostOrigin}
            aria-invalid={originInvalid}
            aria-describedby={`${ids}-origin-hint`}
            onChange={(e) => setHostOrigin(e.currentTarget.value)}
          />
          <p id={`${ids}-origin-hint`} className="field-hint">
            {originInvalid
              ? 'Not an origin: use the form https://host or https://host:port, without a path.'
              : 'The embed sends the reader’s scenario only to this origin, never to any other page.'}
          </p>
        </div>
        <Checkbox
          label="Resize the frame to its content (adds a few lines of script)"
          checked={autoResize}
          onChange={setAutoResize}
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
    </div>
  );
}
