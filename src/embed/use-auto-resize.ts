import { useEffect } from 'react';
import type { ParentBridge } from './parent-bridge';

/**
 * Sends `crossover:ready` once, then `crossover:resize` whenever the
 * element's height changes (ResizeObserver), so a host can size its iframe
 * to the content.
 */
export function useAutoResize(
  element: HTMLElement | null,
  bridge: ParentBridge | null,
): void {
  useEffect(() => {
    if (!element || !bridge) return;
    const height = () => Math.ceil(element.getBoundingClientRect().height);
    bridge.ready(height());
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => bridge.resize(height()));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, bridge]);
}
