/**
 * The page's entry script (ADR-21, ADR-34): the prerendered first screen
 * paints before any of the app's JavaScript is fetched or runs. A module
 * script runs as soon as the document is parsed, often before the first
 * frame, and the app's first run (hydration) would hold that frame back; its
 * ~800 kB of chunks, fetched and parsed meanwhile, would compete with the
 * frame's layout and raster for the same cores. So this waits until the
 * first contentful paint is on screen, then imports the app; Vite's preload
 * helper fetches all of the app's chunks at once.
 */
// The page's styles are the entry's: a stylesheet link in index.html's head,
// so the first paint is styled (the app's chunk would load them late).
import './styles.css';
import { afterFirstPaint } from './after-first-paint';

afterFirstPaint(
  () => {
    void import('./main');
  },
  {
    document,
    performance,
    PerformanceObserver:
      typeof PerformanceObserver === 'function'
        ? PerformanceObserver
        : undefined,
    requestAnimationFrame: (cb) => requestAnimationFrame(cb),
    setTimeout: (cb, ms) => setTimeout(cb, ms),
  },
);
