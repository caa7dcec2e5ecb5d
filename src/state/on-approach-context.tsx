import { startTransition, useEffect, useState, type ReactNode } from 'react';
import {
  ResultOverride,
  useResultContextValue,
  type DeferredResult,
} from './calculator-store-context';

/** How far outside the viewport a subtree starts following the results again. */
const APPROACH_MARGIN = '200px 0px';
/** Quiet time after which a subtree off screen catches up anyway, ms. */
const CATCH_UP_MS = 400;

/** Whether the element is on screen or within APPROACH_MARGIN of it (true without IntersectionObserver). */
function useNearViewport(el: Element | null): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    if (!el || typeof IntersectionObserver !== 'function') return;
    const io = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setNear(last.isIntersecting);
      },
      { rootMargin: APPROACH_MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [el]);
  return near;
}

/**
 * Panels below the fold do no work while a slider moves (ADR-21): off
 * screen, the subtree keeps the result it last rendered and catches up once
 * the inputs have been quiet for CATCH_UP_MS, or as soon as it comes within
 * APPROACH_MARGIN of the viewport, or takes focus — so what a reader or a
 * screen reader reaches is current. The wrapper also skips layout and paint
 * off screen (content-visibility in styles.css).
 */
export function ResultsOnApproach({
  className,
  children,
}: {
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const live = useResultContextValue();
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const near = useNearViewport(el);
  const [shown, setShown] = useState<DeferredResult | null>(live);
  // Near the viewport the subtree follows in the same render (derived state).
  if (near && shown !== live) setShown(live);
  useEffect(() => {
    if (near || shown === live) return;
    // A whole panel's re-render: interruptible by the next key press.
    const t = setTimeout(
      () => startTransition(() => setShown(live)),
      CATCH_UP_MS,
    );
    return () => clearTimeout(t);
  }, [near, shown, live]);
  return (
    <div
      ref={setEl}
      className={`on-approach ${className ?? ''}`.trim()}
      onFocus={() => setShown(live)}
    >
      {shown ? (
        <ResultOverride value={shown}>{children}</ResultOverride>
      ) : (
        children
      )}
    </div>
  );
}
