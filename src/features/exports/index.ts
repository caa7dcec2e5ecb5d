/** Exports: CSV and JSON of the result, the charts as SVG and PNG, a printable report. */
export { PrintReport, type PrintReportProps } from './print-report';
export type { ExportsDialogProps } from './exports-dialog';

/** The dialog's code, loaded on first open. */
export const loadExportsDialog = () =>
  import('./exports-dialog').then((m) => ({ default: m.ExportsDialog }));
