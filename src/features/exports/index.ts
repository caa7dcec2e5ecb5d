/** Exports: CSV and JSON of the result, every chart as SVG and PNG, the printed report's parts. */
export type { ExportsDialogProps } from './exports-dialog';
export type { FigureFooter, LegendEntry } from './figure-image';

/** The dialog's code, loaded on first open. */
export const loadExportsDialog = () =>
  import('./exports-dialog').then((m) => ({ default: m.ExportsDialog }));

/** The printed report's heading and assumptions (report-parts.tsx), loaded for print. */
export const loadReportParts = () => import('./report-parts');
