import { useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => {};

/**
 * Its children in the browser, `fallback` on the server and during
 * hydration: for lazy parts of a prerendered page (ADR-21), which a
 * server render cannot wait for. Hydration sees the same fallback the
 * server wrote, then the children replace it in the next render.
 */
export function ClientOnly({
  fallback,
  children,
}: {
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return inBrowser ? children : fallback;
}
