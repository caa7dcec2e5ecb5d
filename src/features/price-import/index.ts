/** Today's prices from a LiteLLM or OpenRouter file, for this browser only, with a way back. */
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
  import('./price-import-dialog').then((m) => ({
    default: m.PriceImportDialog,
  }));
