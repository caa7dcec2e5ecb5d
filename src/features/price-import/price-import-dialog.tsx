import { useId, useState } from 'react';
import {
  applyPriceUpdates,
  importLitellm,
  importOpenrouter,
  type Catalog,
  type ImportResult,
  type PriceUpdate,
} from '../../catalog';
import { formatUsd } from '../../lib/format';
import {
  overrideFrom,
  overrideLabel,
  type PriceOverride,
} from './price-override';

export type PriceImportDialogProps = {
  /** The built-in catalog (imports are always compared with it). */
  readonly baseCatalog: Catalog;
  readonly current: PriceOverride | null;
  /** Set when stored prices exist but could not be read. */
  readonly unreadableReason: string | null;
  readonly onApply: (override: PriceOverride) => void;
  readonly onReset: () => void;
};

type Preview = {
  readonly fileName: string;
  readonly result: ImportResult;
  readonly update: PriceUpdate;
};

const FIELD_LABELS: Record<string, string> = {
  usdPerMillionInputTokens: 'input',
  usdPerMillionOutputTokens: 'output',
  usdPerMillionCachedInputTokens: 'cached input',
  usdPerMillionCacheWriteTokens: 'cache write',
  'longContext.usdPerMillionInputTokens': 'long-context input',
  'longContext.usdPerMillionOutputTokens': 'long-context output',
};

function price(v: number | undefined): string {
  return v === undefined ? 'none' : formatUsd(v);
}

/** Reads a LiteLLM or OpenRouter file with the catalog importers; throws with a plain reason. */
export function readPriceFile(text: string, fileDate: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('the file is not JSON');
  }
  if (
    json &&
    typeof json === 'object' &&
    Array.isArray((json as { data?: unknown }).data)
  )
    return importOpenrouter(json, { asOf: fileDate });
  const hasDate =
    json &&
    typeof json === 'object' &&
    typeof (json as { last_updated?: unknown }).last_updated === 'string';
  return importLitellm(json, hasDate ? {} : { asOf: fileDate });
}

/** Load today's prices from a file, see what changes, use them here, or go back. */
export function PriceImportDialog({
  baseCatalog,
  current,
  unreadableReason,
  onApply,
  onReset,
}: PriceImportDialogProps) {
  const ids = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState('');
  const name = (id: string) => baseCatalog.byId.apiModels[id]?.name ?? id;

  return (
    <div className="price-import-dialog">
      {current ? (
        <div className="link-notice" role="status">
          <p>
            <strong>
              This browser uses imported API prices: {overrideLabel(current)}
            </strong>{' '}
            ({Object.keys(current.models).length} models changed, from “
            {current.fileName}”).
          </p>
          <button type="button" onClick={onReset}>
            Back to the built-in prices
          </button>
        </div>
      ) : (
        <p>
          The calculator uses its built-in prices (each with its source and
          date). You can load a newer price file instead: LiteLLM’s{' '}
          <code>model_prices_and_context_window.json</code> or OpenRouter’s{' '}
          <code>/api/v1/models</code> response, saved to your computer. The file
          is read here, in your browser; nothing is sent anywhere.
        </p>
      )}
      {unreadableReason ? (
        <p className="warning-line" role="status">
          Imported prices saved earlier could not be read ({unreadableReason});
          the built-in prices are used. They are kept until you import a new
          file or go back to the built-in prices.
        </p>
      ) : null}

      <div className="field">
        <label htmlFor={`${ids}-file`}>
          Price file (LiteLLM or OpenRouter JSON)
        </label>
        <input
          id={`${ids}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            setPreview(null);
            setError('');
            if (!file) return;
            const fileDate = new Date(file.lastModified || Date.now())
              .toISOString()
              .slice(0, 10);
            void file.text().then((text) => {
              try {
                const result = readPriceFile(text, fileDate);
                setPreview({
                  fileName: file.name,
                  result,
                  update: applyPriceUpdates(baseCatalog.apiModels, result),
                });
              } catch (err) {
                setError(
                  `Could not read “${file.name}”: ${err instanceof Error ? err.message : String(err)}.`,
                );
              }
            });
          }}
        />
      </div>
      {error ? (
        <p className="warning-line" role="alert">
          {error}
        </p>
      ) : null}

      {preview ? (
        <section aria-labelledby={`${ids}-summary`}>
          <h3 id={`${ids}-summary`}>What this file changes</h3>
          <p>
            {preview.result.format === 'litellm' ? 'LiteLLM' : 'OpenRouter'}{' '}
            file “{preview.fileName}”, prices as of {preview.result.asOf}:{' '}
            <strong>
              {preview.update.changes.changed.length === 0
                ? 'no price differs from the built-in catalog'
                : `${preview.update.changes.changed.length} ${preview.update.changes.changed.length === 1 ? 'model changes' : 'models change'} price`}
            </strong>
            , {preview.update.unchanged.length} unchanged,{' '}
            {preview.update.changes.removed.length} not in the file (kept as
            built in), {preview.update.conflicts.length} conflicts,{' '}
            {preview.result.skipped.length} file entries skipped,{' '}
            {preview.update.changes.added.length} models in the file that the
            catalog does not list.
          </p>
          {preview.update.changes.changed.length > 0 ? (
            <table className="tool-table">
              <caption className="visually-hidden">
                Price changes, USD per 1M tokens
              </caption>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Change (USD per 1M tokens)</th>
                </tr>
              </thead>
              <tbody>
                {preview.update.changes.changed.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{name(c.id)}</th>
                    <td>
                      {c.fields
                        .map(
                          (f) =>
                            `${FIELD_LABELS[f.field] ?? f.field} ${price(f.from)} → ${price(f.to)}`,
                        )
                        .join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {preview.update.conflicts.length > 0 ? (
            <details>
              <summary>Conflicts ({preview.update.conflicts.length})</summary>
              <ul>
                {preview.update.conflicts.map((c) => (
                  <li key={c.id + c.message}>
                    {name(c.id)}: {c.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              disabled={preview.update.changes.changed.length === 0}
              onClick={() =>
                onApply(
                  overrideFrom(
                    preview.update,
                    preview.result,
                    preview.fileName,
                    new Date(),
                  ),
                )
              }
            >
              Use these prices in this browser
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
