import { useMemo, useState } from 'react';
import { CATALOG_VERSION } from '../../catalog';
import { evaluateScenario } from '../../engine';
import {
  optionShortLabel,
  scenarioFromInputs,
  selectInputs,
  useCalculatorStore,
  useCatalog,
} from '../../state';
import { URL_VERSION } from '../../url';
import { chartToPng, findCharts, serialiseChart, slug } from './chart-image';
import { downloadBlob, downloadText } from './download';
import {
  breakdownCsv,
  curvesCsv,
  exportFilename,
  resultJson,
  type ExportMeta,
} from './export-data';

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
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  const [charts] = useState(() => findCharts());
  const [status, setStatus] = useState('');
  const result = useMemo(
    () => evaluateScenario(scenarioFromInputs(inputs, catalog), catalog),
    [inputs, catalog],
  );
  const labels = useMemo(
    () =>
      new Map(inputs.options.map((o) => [o.id, optionShortLabel(o, catalog)])),
    [inputs.options, catalog],
  );
  const meta = (): ExportMeta => ({
    link,
    generatedAt: new Date().toISOString(),
    catalogVersion: CATALOG_VERSION,
    urlVersion: URL_VERSION,
    name,
    importedPrices,
  });
  const file = (what: string, ext: string) =>
    exportFilename(new Date().toISOString(), what, ext);

  return (
    <div className="exports-dialog">
      <h3>Data</h3>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadText(
              file('curves', 'csv'),
              curvesCsv(result, labels, meta()),
              'text/csv',
            )
          }
        >
          Cost curves (CSV)
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              file('breakdown', 'csv'),
              breakdownCsv(result, labels, meta()),
              'text/csv',
            )
          }
        >
          Cost breakdown (CSV)
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              file('result', 'json'),
              resultJson(inputs, result, meta()),
              'application/json',
            )
          }
        >
          Full result (JSON)
        </button>
      </div>
      <p className="field-hint">
        Every file carries the link that reproduces it, the date and the prices
        used (catalog {CATALOG_VERSION}
        {importedPrices ? `, with imported prices: ${importedPrices}` : ''}).
      </p>

      <h3>Charts</h3>
      {charts.length === 0 ? (
        <p>
          No chart is drawn right now: show the cost comparison as a chart to
          export it.
        </p>
      ) : (
        <ul className="plain-list">
          {charts.map((chart) => (
            <li key={chart.name} className="button-row">
              <span>{chart.name}</span>
              <button
                type="button"
                aria-label={`${chart.name} as SVG`}
                onClick={() =>
                  downloadText(
                    file(slug(chart.name), 'svg'),
                    serialiseChart(chart).svg,
                    'image/svg+xml',
                  )
                }
              >
                SVG
              </button>
              <button
                type="button"
                aria-label={`${chart.name} as PNG`}
                onClick={() => {
                  setStatus('Drawing the PNG…');
                  chartToPng(chart)
                    .then((blob) => {
                      downloadBlob(file(slug(chart.name), 'png'), blob);
                      setStatus('');
                    })
                    .catch((e: unknown) =>
                      setStatus(
                        `Could not draw the PNG: ${e instanceof Error ? e.message : String(e)}.`,
                      ),
                    );
                }}
              >
                PNG
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="saved-status">
        {status}
      </p>

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
