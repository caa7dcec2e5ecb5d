/**
 * Runs `fn` once the page's first contentful paint has reached the screen
 * (ADR-34): boot.ts starts the app from here, so neither its download nor
 * its hydration competes with the prerendered page's first frame.
 */

/**
 * Without Paint Timing (older Safari): one frame, then a task. A stall this
 * long with no paint reported (ms) starts the app anyway.
 */
export const FIRST_PAINT_FALLBACK_MS = 1500;

type Run = () => void;

/** What the function reads of the page; `window` and `document` in the browser. */
export type PaintEnvironment = {
  readonly document: Pick<
    Document,
    'visibilityState' | 'addEventListener' | 'removeEventListener'
  >;
  readonly performance: Pick<Performance, 'getEntriesByName'>;
  readonly PerformanceObserver: typeof PerformanceObserver | undefined;
  readonly requestAnimationFrame: (cb: () => void) => unknown;
  readonly setTimeout: (cb: () => void, ms: number) => unknown;
};

const painted = (env: PaintEnvironment) =>
  env.performance.getEntriesByName('first-contentful-paint').length > 0;

/** False where the browser does not report paints (no Paint Timing). */
function onFirstContentfulPaint(env: PaintEnvironment, run: Run): boolean {
  const Observer = env.PerformanceObserver;
  if (!Observer?.supportedEntryTypes?.includes('paint')) return false;
  if (painted(env)) {
    env.setTimeout(run, 0);
    return true;
  }
  const observer = new Observer(() => {
    if (!painted(env)) return;
    observer.disconnect();
    // A task after the entry: the frame is on screen by then.
    env.setTimeout(run, 0);
  });
  observer.observe({ type: 'paint' });
  return true;
}

/** The page's own: `window` and `document`. */
const browser = (): PaintEnvironment => ({
  document,
  performance,
  PerformanceObserver:
    typeof PerformanceObserver === 'function' ? PerformanceObserver : undefined,
  requestAnimationFrame: (cb) => requestAnimationFrame(cb),
  setTimeout: (cb, ms) => setTimeout(cb, ms),
});

export function afterFirstPaint(
  fn: Run,
  env: PaintEnvironment = browser(),
): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    env.document.removeEventListener('visibilitychange', onHidden);
    fn();
  };
  // A hidden tab paints no frame: do not wait for one.
  const onHidden = () => {
    if (env.document.visibilityState !== 'visible') run();
  };
  if (env.document.visibilityState !== 'visible') {
    env.setTimeout(run, 0);
    return;
  }
  env.document.addEventListener('visibilitychange', onHidden);
  if (!onFirstContentfulPaint(env, run))
    // rAF runs just before the paint; a task queued from it runs just after.
    env.requestAnimationFrame(() => env.setTimeout(run, 0));
  env.setTimeout(run, FIRST_PAINT_FALLBACK_MS);
}
