import { useEffect } from 'react';
import type { ParentBridge } from './parent-bridge';

/**
 * Sends `crossover:ready` once, then `crossover:resize` whenever the
 * content's height changes, so a host can size its iframe to the content
 * at once (issue 14 item 5). Late layout changes move the height without a
 * click: a lazy chart chunk, web fonts, images. So the element and the
 * document are both observed (ResizeObserver), the height is re-measured
 * when the fonts are ready and on `load`, and the larger of the element's
 * box and the document's scroll height is sent — content that overflows
 * its box (a legend below a fixed-height chart) counts too. A height is
 * sent only when it changed.
 */
export function useAutoResize(
  element: HTMLElement | null,
  bridge: ParentBridge | null,
): void {
  useEffect(() => {
    if (!element || !bridge) return;
    const doc = element.ownerDocument;
    const height = () =>
      Math.ceil(
        Math.max(
          element.getBoundingClientRect().height,
          element.scrollHeight,
          doc.documentElement.scrollHeight,
        ),
      );
    let last = height();
    bridge.ready(last);
    const update = () => {
      const h = height();
      if (h === last) return;
      last = h;
      bridge.resize(h);
    };
    let frame = 0;
    // Coalesce a burst of changes into one message per frame.
    const schedule = () => {
      if (frame !== 0 || typeof requestAnimationFrame === 'undefined') {
        if (frame === 0) update();
        return;
      }
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    const view = doc.defaultView;
    view?.addEventListener('load', schedule);
    view?.addEventListener('resize', schedule);
    let live = true;
    void doc.fonts?.ready.then(() => {
      if (live) schedule();
    });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(schedule);
    observer?.observe(element);
    if (doc.body) observer?.observe(doc.body);
    return () => {
      live = false;
      observer?.disconnect();
      view?.removeEventListener('load', schedule);
      view?.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [element, bridge]);
}
