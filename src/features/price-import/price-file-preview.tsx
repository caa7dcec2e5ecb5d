import type { PriceUpdate } from '../../catalog/import';
import { formatUsd } from '../../lib/format';
import { countOf } from '../../lib/plural';
import type { PricePreview } from './use-price-file-preview';

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

/** The file's format and date, then how many models change, stay, are missing, conflict, are skipped or are new. */
function PreviewCounts({ preview }: { readonly preview: PricePreview }) {
  const { result, update } = preview;
  const changed = update.changes.changed.length;
  return (
    <p>
      {result.format === 'litellm' ? 'LiteLLM' : 'OpenRouter'} file “
      {preview.fileName}”, prices as of {result.asOf}:{' '}
      <strong>
        {changed === 0
          ? 'no price differs from the built-in catalog'
          : `${countOf(changed, 'model changes', 'models change')} price`}
      </strong>
      , {update.unchanged.length} unchanged, {update.changes.removed.length} not
      in the file (kept as built in),{' '}
      {countOf(update.conflicts.length, 'conflict')},{' '}
      {countOf(result.skipped.length, 'file entry', 'file entries')} skipped,{' '}
      {countOf(update.changes.added.length, 'model')} in the file that the
      catalog does not list.
    </p>
  );
}

/**
 * A price file dated before the built-in catalog may hold older prices than
 * the ones it would replace (issue 14 item 8): said before it is used, and
 * while it is in use.
 */
export function OlderThanCatalog({
  asOf,
  catalogVersion,
}: {
  readonly asOf: string;
  readonly catalogVersion: string;
}) {
  if (asOf >= catalogVersion) return null;
  return (
    <p className="warning-line" role="note">
      This file’s prices are as of {asOf}, older than the built-in catalog (
      {catalogVersion}): a price it changes may be the older one. Check the
      changes below against the providers’ pages, or load a newer file.
    </p>
  );
}

/** Each changed model with its old and new prices, field by field. */
function PriceChangeTable({
  changed,
  modelName,
}: {
  readonly changed: PriceUpdate['changes']['changed'];
  readonly modelName: (id: string) => string;
}) {
  return (
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
        {changed.map((c) => (
          <tr key={c.id}>
            <th scope="row">{modelName(c.id)}</th>
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
  );
}

/** What a read file would change, with the buttons to use its prices or cancel. */
export function PriceFilePreview({
  preview,
  headingId,
  modelName,
  catalogVersion,
  onUse,
  onCancel,
}: {
  readonly preview: PricePreview;
  readonly headingId: string;
  readonly modelName: (id: string) => string;
  readonly catalogVersion: string;
  readonly onUse: () => void;
  readonly onCancel: () => void;
}) {
  const { changed } = preview.update.changes;
  const { conflicts } = preview.update;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>What this file changes</h3>
      <PreviewCounts preview={preview} />
      <OlderThanCatalog
        asOf={preview.result.asOf}
        catalogVersion={catalogVersion}
      />
      {changed.length > 0 ? (
        <PriceChangeTable changed={changed} modelName={modelName} />
      ) : null}
      {conflicts.length > 0 ? (
        <details>
          <summary>Conflicts ({conflicts.length})</summary>
          <ul>
            {conflicts.map((c) => (
              <li key={c.id + c.message}>
                {modelName(c.id)}: {c.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="button-row">
        <button type="button" disabled={changed.length === 0} onClick={onUse}>
          Use these prices in this browser
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
