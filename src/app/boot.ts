/**
 * The page's entry script (ADR-21): the prerendered first screen paints
 * before any of the app's JavaScript runs. A module script runs as soon as
 * the document is parsed, often before the first frame, and the app's first
 * run (hydration) holds the frame back for as long as it takes; so this
 * waits for one frame to be painted and only then imports the app. The
 * app's chunks are fetched meanwhile (index.html preloads them).
 */
// The page's styles are the entry's: a stylesheet link in index.html's head,
// so the first paint is styled (the app's chunk would load them late).
import './styles.css';

function afterFirstPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  // A hidden tab paints no frame: do not wait for one.
  if (document.visibilityState !== 'visible') {
    setTimeout(run, 0);
    return;
  }
  // rAF runs just before the paint; a task queued from it runs just after.
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 250);
}

afterFirstPaint(() => {
  void import('./main');
});
