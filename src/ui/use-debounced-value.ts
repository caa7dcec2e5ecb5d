import { useEffect, useState } from 'react';

/**
 * The value, once it has stopped changing for `delayMs`: for secondary work
 * (sensitivity bands) that should not run on every step of a drag.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
