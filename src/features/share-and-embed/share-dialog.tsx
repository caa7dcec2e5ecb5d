import { useId, useMemo } from 'react';
import { CATALOG_VERSION } from '../../catalog';
import { selectInputs, useCalculatorStore, useCatalog } from '../../state';
import { buildShareUrl, NAME_MAX_LENGTH } from '../../url';
import { CopyButton } from './copy-button';
import { EmbedSection } from './embed-section';

export type ShareDialogProps = {
  /** The calculator's own address (origin + path), so links work under any sub-path. */
  readonly baseUrl: string;
  readonly name: string | null;
  readonly onNameChange: (name: string | null) => void;
  /** Set when this browser uses imported prices that a link does not carry. */
  readonly importedPricesLabel: string | null;
};

/** Share: the link (with an optional name) and the embed snippet generator. */
export function ShareDialog(props: ShareDialogProps) {
  return (
    <div className="share-dialog">
      <LinkSection {...props} />
      <EmbedSection baseUrl={props.baseUrl} />
    </div>
  );
}

/** The link to this scenario: an optional name, the link to copy, and what it does not carry. */
function LinkSection({
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
  return (
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
  );
}
