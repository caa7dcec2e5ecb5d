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
  /** The element the app draws the export figures in, off screen. */
  readonly figuresRootId: string;
};

/** Files of the current result: CSV, JSON, the charts as SVG and PNG, and a printable report. */
export function ExportsDialog({
  link,
  name,
  importedPrices,
  onPrint,
  figuresRootId,
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
      <ChartFiles
        figuresRootId={figuresRootId}
        footer={() => ({
          date:
            new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
          link,
          prices: `catalog ${CATALOG_VERSION}${importedPrices ? `, API prices imported from ${importedPrices}` : ''}`,
        })}
      />
      <h3>Report</h3>
      <p>
        A report for readers who will not open the page: the scenario, the
        verdict with its reasons, the cost chart and table, the assumptions and
        their sources, the link and the date, on two or three A4 pages. Use
        “Save as PDF” in the print dialog for a file.
      </p>
      <button type="button" onClick={onPrint}>
        Print report
      </button>
    </div>
  );
}
