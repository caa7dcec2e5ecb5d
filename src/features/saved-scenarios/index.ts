/** Saved scenarios: kept in this browser, compared side by side, exported and imported as JSON. */
export type { SavedScenariosDialogProps } from './saved-dialog';
export type { KeyValueStoreLike, SavedScenario } from './saved-store';

/** The dialog's code, loaded on first open. */
export const loadSavedScenariosDialog = () =>
  import('./saved-dialog').then((m) => ({ default: m.SavedScenariosDialog }));
