import { useEffect, useState } from 'react';
import { downloadBlob, downloadText } from '../../lib/download';
import { exportFilenameNow } from './export-data';
import {
  composeFigure,
  findFigures,
  slug,
  type FigureFooter,
  type PageFigure,
} from './figure-image';
import { figureToPng } from './figure-png';

/** How long the dialog looks for the figures the app draws off screen (they load lazily). */
const FIND_TRIES = 60;
const FIND_EVERY_MS = 250;

/** The export figures under the element with `rootId`, as they arrive. */
function useFigures(rootId: string): PageFigure[] {
  const [figures, setFigures] = useState<PageFigure[]>([]);
  useEffect(() => {
    let tries = 0;
    let count = -1;
    const look = () => {
      const root = document.getElementById(rootId);
      const found = root ? findFigures(root) : [];
      if (found.length !== count) {
        count = found.length;
        setFigures(found);
      }
      tries += 1;
      if (tries >= FIND_TRIES) clearInterval(timer);
    };
    const timer = setInterval(look, FIND_EVERY_MS);
    look();
    return () => clearInterval(timer);
  }, [rootId]);
  return figures;
}

/**
 * "Charts": every chart (cost, breakdown, what moves it, latency) as SVG or
 * PNG, each with its title, legend, axis titles, the date and the link —
 * whichever view the page shows.
 */
export function ChartFiles({
  figuresRootId,
  footer,
}: {
  /** Where the app draws the export figures. */
  figuresRootId: string;
  /** Date, link and prices, as of the click. */
  footer: () => FigureFooter;
}) {
  const figures = useFigures(figuresRootId);
  const [status, setStatus] = useState('');
  // Looked up again at the click: the figure may have re-rendered since.
  const current = (title: string) =>
    findFigures(document.getElementById(figuresRootId) ?? document).find(
      (f) => f.title === title,
    );
  return (
    <>
      <h3>Charts</h3>
      {figures.length === 0 ? (
        <p className="loading">Drawing the charts…</p>
      ) : (
        <ul className="plain-list">
          {figures.map((f) => (
            <li key={f.title} className="button-row">
              <span>{f.title}</span>
              <button
                type="button"
                aria-label={`${f.title} as SVG`}
                onClick={() => {
                  const figure = current(f.title);
                  if (!figure) return;
                  downloadText(
                    exportFilenameNow(slug(f.title), 'svg'),
                    composeFigure(figure, footer()).svg,
                    'image/svg+xml',
                  );
                }}
              >
                SVG
              </button>
              <button
                type="button"
                aria-label={`${f.title} as PNG`}
                onClick={() => {
                  const figure = current(f.title);
                  if (!figure) return;
                  setStatus('Drawing the PNG…');
                  figureToPng(composeFigure(figure, footer()))
                    .then((blob) => {
                      downloadBlob(
                        exportFilenameNow(slug(f.title), 'png'),
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
