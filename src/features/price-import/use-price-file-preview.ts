import { useState } from 'react';
import type { Catalog } from '../../catalog';
import {
  applyPriceUpdates,
  type ImportResult,
  type PriceUpdate,
} from '../../catalog/import';
import { PRICE_FILE_LIMITS, readPriceFile } from './read-price-file';

/** A read price file and what it would change in the built-in catalog. */
export type PricePreview = {
  readonly fileName: string;
  readonly result: ImportResult;
  readonly update: PriceUpdate;
};

/**
 * Reads a chosen price file in the browser and compares it with the built-in
 * catalog: the preview, or the reason it could not be read. A file without a
 * date of its own is dated by its last-modified day.
 */
export function usePriceFilePreview(baseCatalog: Catalog) {
  const [preview, setPreview] = useState<PricePreview | null>(null);
  const [error, setError] = useState('');
  const fileChosen = (file: File | undefined) => {
    setPreview(null);
    setError('');
    if (!file) return;
    // Refused before it is loaded into memory (a 74 MB file, issue 15).
    if (file.size > PRICE_FILE_LIMITS.maxChars) {
      setError(
        `Could not read “${file.name}”: it is larger than ${PRICE_FILE_LIMITS.maxChars / 1e6} MB; price files are a few MB at most.`,
      );
      return;
    }
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
  };
  return {
    preview,
    error,
    fileChosen,
    cancelled: () => setPreview(null),
  };
}
