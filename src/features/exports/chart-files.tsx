import { useState } from 'react';
import { downloadBlob, downloadText } from '../../lib/download';
import { chartToPng, findCharts, serialiseChart, slug } from './chart-image';
import { exportFilenameNow } from './export-data';

/** "Charts": each chart on the page as SVG, or drawn to PNG. */
export function ChartFiles() {
  // The charts drawn when the dialog opened.
  const [charts] = useState(() => findCharts());
  const [status, setStatus] = useState('');
  return (
    <>
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
                    exportFilenameNow(slug(chart.name), 'svg'),
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
                      downloadBlob(
                        exportFilenameNow(slug(chart.name), 'png'),
                        blob,
                      );
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
    </>
  );
}
