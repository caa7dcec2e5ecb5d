import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/** How long a fallback may show before the boundary is mounted afresh, ms. */
export const SUSPENSE_RETRY_MS = 2000;

/** The fallback, with a timer that asks for a fresh boundary while it shows. */
function Waiting({
  children,
  onStuck,
  everyMs,
}: {
  readonly children: ReactNode;
  readonly onStuck: () => void;
  readonly everyMs: number;
}) {
  useEffect(() => {
    const timer = setInterval(onStuck, everyMs);
    return () => clearInterval(timer);
  }, [onStuck, everyMs]);
  return children;
}

/** Its children, telling the boundary once they have been on screen. */
function Arrived({
  children,
  onArrive,
}: {
  readonly children: ReactNode;
  readonly onArrive: () => void;
}) {
  useLayoutEffect(onArrive, [onArrive]);
  return children;
}

/**
 * A Suspense boundary that does not wait forever on a retry React never
 * makes. A lazy dialog opened by a click replayed while the page hydrated
 * (boot.ts) was seen to stay on its fallback although its chunk had arrived
 * (ADR-33, ADR-34); so while the fallback shows, the boundary is mounted
 * afresh every `everyMs`. A module that has arrived then renders at once; one
 * still on its way suspends again, which costs nothing. Once the content
 * has shown, the boundary is never remounted: a later suspension inside it
 * keeps the content's state (React hides it behind the fallback) however
 * long it takes.
 */
export function RetryingSuspense({
  fallback,
  children,
  everyMs = SUSPENSE_RETRY_MS,
}: {
  readonly fallback: ReactNode;
  readonly children: ReactNode;
  readonly everyMs?: number;
}) {
  const [attempt, setAttempt] = useState(0);
  const arrived = useRef(false);
  const retry = useCallback(() => {
    if (!arrived.current) setAttempt((n) => n + 1);
  }, []);
  const arrive = useCallback(() => {
    arrived.current = true;
  }, []);
  return (
    <Suspense
      key={attempt}
      fallback={
        <Waiting onStuck={retry} everyMs={everyMs}>
          {fallback}
        </Waiting>
      }
    >
      <Arrived onArrive={arrive}>{children}</Arrived>
    </Suspense>
  );
}
