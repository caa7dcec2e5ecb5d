/** Share and embed: the link notice, the share dialog (lazy), the embed's controls and out-link. */
export { LinkNotice } from './link-notice';
export { EmbedControls, type EmbedLock } from './embed-controls';
export { OpenInCrossoverLink } from './open-in-crossover';
export type { ShareDialogProps } from './share-dialog';

/** The share dialog's code, loaded on first open (keeps the first load small). */
export const loadShareDialog = () =>
  import('./share-dialog').then((m) => ({ default: m.ShareDialog }));
