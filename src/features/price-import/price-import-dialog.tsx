import { useId, useRef, useState } from 'react';
import type { Catalog } from '../../catalog';
import { PriceFilePreview } from './price-file-preview';
import { overrideFrom, type PriceOverride } from './price-override';
import { PriceSourceNotice } from './price-source-notice';
import { usePriceFilePreview } from './use-price-file-preview';

export { readPriceFile } from './read-price-file';

export type PriceImportDialogProps = {
  /** The built-in catalog (imports are always compared with it). */
  readonly baseCatalog: Catalog;
  readonly current: PriceOverride | null;
  /** Set when stored prices exist but could not be read. */
  readonly unreadableReason: string | null;
  /** Uses the prices; returns why it could not (shown, the dialog stays open), or null. */
  readonly onApply: (override: PriceOverride) => string | null;
  readonly onReset: () => void;
};

/** Load today's prices from a file, see what changes, use them here, or go back. */
export function PriceImportDialog({
  baseCatalog,
  current,
  unreadableReason,
  onApply,
  onReset,
}: PriceImportDialogProps) {
  const ids = useId();
  const { preview, error, fileChosen, cancelled } =
    usePriceFilePreview(baseCatalog);
  const name = (id: string) => baseCatalog.byId.apiModels[id]?.name ?? id;
  // "Use these prices" never fails silently (issue 15, D4).
  const [applyProblem, setApplyProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [loadedName, setLoadedName] = useState<string | null>(null);

  return (
    <div className="price-import-dialog">
      <PriceSourceNotice
        current={current}
        unreadableReason={unreadableReason}
        onReset={onReset}
        catalogVersion={baseCatalog.version}
      />

      {/* A styled button and the loaded file's name: the native control said
          "No file chosen" after a file was read (issue 14 item 8), because it
          is cleared so that the same file can be chosen again. */}
      <div className="field file-field">
        <span id={`${ids}-file-label`}>
          Price file (LiteLLM or OpenRouter JSON)
        </span>
        <div className="button-row">
          <button
            type="button"
            aria-describedby={`${ids}-file-label ${ids}-file-name`}
            onClick={() => fileInput.current?.click()}
          >
            {loadedName ? 'Choose another file…' : 'Choose a price file…'}
          </button>
          <span id={`${ids}-file-name`} className="file-name">
            {loadedName ? `Loaded: ${loadedName}` : 'No file loaded yet'}
          </span>
        </div>
        <input
          ref={fileInput}
          id={`${ids}-file`}
          className="visually-hidden"
          tabIndex={-1}
          aria-labelledby={`${ids}-file-label`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so that choosing the same file again reads it again.
            e.currentTarget.value = '';
            setApplyProblem(null);
            if (file) setLoadedName(file.name);
            fileChosen(file);
          }}
        />
      </div>
      {error ? (
        <p className="warning-line" role="alert">
          {error}
        </p>
      ) : null}

      {preview ? (
        <PriceFilePreview
          preview={preview}
          headingId={`${ids}-summary`}
          modelName={name}
          catalogVersion={baseCatalog.version}
          onUse={() =>
            setApplyProblem(
              onApply(
                overrideFrom(
                  preview.update,
                  preview.result,
                  preview.fileName,
                  new Date(),
                ),
              ),
            )
          }
          onCancel={cancelled}
        />
      ) : null}
      {applyProblem ? (
        <p className="warning-line" role="alert">
          {applyProblem}
        </p>
      ) : null}
    </div>
  );
}
