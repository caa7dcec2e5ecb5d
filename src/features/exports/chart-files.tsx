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

/**
 * The export figures under the element with `rootId`, as they arrive and as
 * they change: the figures are drawn lazily (the cost chart's chunk, the
 * worker's band) and retitled when the volume moves, so the list follows the
 * DOM for as long as the dialog is open, not for a fixed time. Compared by
 * title, not count: one chart can replace another.
 */
function useFigures(rootId: string): PageFigure[] {
  const [figures, setFigures] = useState<PageFigure[]>([]);
  useEffect(() => {
    let key: string | null = null;
    let frame = 0;
    const look = () => {
      frame = 0;
      const root = document.getElementById(rootId);
      const found = root ? findFigures(root) : [];
      const next = found.map((f) => f.title).join('\n');
      if (next !== key) {
        key = next;
        setFigures(found);
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(look);
    };
    // The root may itself arrive late: watch the body until it is there.
    const observer = new MutationObserver(schedule);
    observer.observe(document.getElementById(rootId) ?? document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-export-figure'],
    });
    // Also a slow poll, in case the root appears outside what is watched.
    const timer = setInterval(look, 1000);
    look();
    return () => {
      observer.disconnect();
      clearInterval(timer);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
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
