/** Today's prices from a LiteLLM or OpenRouter file, for this browser only, with a way back. */
import { loadCatalogSources } from '../../catalog';
export {
  PRICE_OVERRIDE_KEY,
  catalogWithOverride,
  overrideLabel,
  readStoredOverride,
  type PriceOverride,
  type StoredOverride,
} from './price-override';
export type { PriceImportDialogProps } from './price-import-dialog';

/** The dialog's code (and the importers), loaded on first open. */
export const loadPriceImportDialog = () =>
  // The import quotes the replaced prices' sources (catalog/sources.ts).
  Promise.all([import('./price-import-dialog'), loadCatalogSources()]).then(
    ([m]) => ({ default: m.PriceImportDialog }),
  );
