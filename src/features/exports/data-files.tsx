import { useMemo } from 'react';
import { CATALOG_VERSION } from '../../catalog';
import { downloadText } from '../../lib/download';
import {
  optionStandings,
  resultOptionLabel,
  resultFor,
  standingText,
  selectInputs,
  useCalculatorStore,
  useCatalog,
} from '../../state';
import {
  breakdownCsv,
  curvesCsv,
  exportFilenameNow,
  resultJson,
  type ExportMeta,
} from './export-data';

type DataFilesProps = {
  /** Who made the file and from what, as of the click. */
  readonly meta: () => ExportMeta;
  readonly importedPrices: string | null;
};

/** "Data": the cost curves and breakdown as CSV and the full result as JSON, of the current inputs. */
export function DataFiles({ meta, importedPrices }: DataFilesProps) {
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  const result = resultFor(inputs, catalog, { curve: 'full' });
  // The user's options and the comparators the page added (the same model, hosted).
  const labels = useMemo(
    () =>
      new Map(
        [...result.api, ...result.selfHost].map((r) => [
          r.id,
          resultOptionLabel(r.id, inputs.options, result.comparators, catalog),
        ]),
      ),
    [result, inputs.options, catalog],
  );
  const standings = useMemo(
    () =>
      new Map(
        [...optionStandings(result, catalog)].map(([id, s]) => [
          id,
          standingText(s),
        ]),
      ),
    [result, catalog],
  );
  return (
    <>
      <h3>Data</h3>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadText(
              exportFilenameNow('curves', 'csv'),
              curvesCsv(result, labels, meta(), standings),
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
              exportFilenameNow('breakdown', 'csv'),
              breakdownCsv(result, labels, meta(), standings),
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
              exportFilenameNow('result', 'json'),
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
    </>
  );
}
