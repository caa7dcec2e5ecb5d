import { CATALOG_VERSION } from '../../catalog';
import { URL_VERSION } from '../../url';
import { ChartFiles } from './chart-files';
import { DataFiles } from './data-files';
import type { ExportMeta } from './export-data';

export type ExportsDialogProps = {
  /** The share link of the current scenario. */
  readonly link: string;
  readonly name: string | null;
  readonly importedPrices: string | null;
  /** Closes the dialog and opens the browser's print dialog. */
  readonly onPrint: () => void;
};

/** Files of the current result: CSV, JSON, the charts as SVG and PNG, and a printable report. */
export function ExportsDialog({
  link,
  name,
  importedPrices,
  onPrint,
}: ExportsDialogProps) {
  const meta = (): ExportMeta => ({
    link,
    generatedAt: new Date().toISOString(),
    catalogVersion: CATALOG_VERSION,
    urlVersion: URL_VERSION,
    name,
    importedPrices,
  });
  return (
    <div className="exports-dialog">
      <DataFiles meta={meta} importedPrices={importedPrices} />
      <ChartFiles />
      <h3>Report</h3>
      <p>
        Prints the page as a report, headed with the link, the date and the
        prices used. Use “Save as PDF” in the print dialog for a file.
      </p>
      <button type="button" onClick={onPrint}>
        Print report
      </button>
    </div>
  );
}
