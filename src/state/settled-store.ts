/**
 * Runs `fn` once the browser has painted the current frame: a key press
 * paints its slider first, and the results follow in the next frame
 * (ADR-21). Without frames (a hidden tab, jsdom, node) it runs on the next
 * task. Returns a cancel function.
 */
export function afterNextPaint(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const canWaitForFrame =
    typeof requestAnimationFrame === 'function' &&
    typeof document !== 'undefined' &&
    document.visibilityState === 'visible';
  if (!canWaitForFrame) {
    const t = setTimeout(run, 0);
    return () => {
      done = true;
      clearTimeout(t);
    };
  }
  // rAF runs just before the paint; a task queued from it runs just after.
  // (A timer, not a MessageChannel: the page listens for no messages, ADR-4.)
  let afterPaint: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    afterPaint = setTimeout(run, 0);
  });
  // A frame that never comes (the tab hidden meanwhile) must not hold results back.
  const fallback = setTimeout(run, 250);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (afterPaint !== undefined) clearTimeout(afterPaint);
  };
}

/**
 * Whether this page paints frames (a browser, not jsdom or node): results
 * then follow a key press in an interruptible transition, a frame later.
 */
export function pagePaints(): boolean {
  // Asked on every key press (defaultSchedule): read once per page.
  paints ??=
    typeof navigator !== 'undefined' &&
    !/jsdom/i.test(navigator.userAgent) &&
    typeof requestAnimationFrame === 'function';
  return paints;
}
let paints: boolean | undefined;

/**
 * After the next paint where the page paints; where nothing is painted
 * (jsdom, node) "after the next paint" is now, so results follow the store
 * at once, as they did before ADR-21.
 */
export function defaultSchedule(fn: () => void): () => void {
  if (pagePaints()) return afterNextPaint(fn);
  fn();
  return () => {};
}
