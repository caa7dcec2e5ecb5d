/** Share and embed: the link notice, the share dialog (lazy) and the embed's out-link (its controls are the workload's, composed in app/embed-app.tsx). */
export { LinkNotice } from './link-notice';
export { OpenInCrossoverLink } from './open-in-crossover';
export type { ShareDialogProps } from './share-dialog';

/** The share dialog's code, loaded on first open (keeps the first load small). */
export const loadShareDialog = () =>
  import('./share-dialog').then((m) => ({ default: m.ShareDialog }));
