import { useMemo, type ReactNode } from 'react';
import { downloadText } from '../lib/download';
import { RecoveryProvider } from '../ui';
import { useAppServices } from './app-services';
import type { KeyValueStore } from './persisted';

/**
 * Everything Crossover keeps in this browser, verbatim (each value exactly as
 * stored, unparsed: a broken or hostile value cannot fail its own export).
 */
export function storedDataFile(storage: KeyValueStore, now: Date): string {
  const values: Record<string, string> = {};
  for (const key of storage.keys())
    if (key.startsWith('crossover:')) {
      const v = storage.get(key);
      if (v !== null) values[key] = v;
    }
  return JSON.stringify(
    { format: 'crossover-stored-data', exportedAt: now.toISOString(), values },
    null,
    2,
  );
}

/** Gives every error boundary on the page its "export what's stored" action (issue 15). */
export function PageRecovery({ children }: { readonly children: ReactNode }) {
  const storage = useAppServices()?.storage ?? null;
  const actions = useMemo(
    () => ({
      exportStored: storage
        ? () =>
            downloadText(
              `crossover-stored-data-${new Date().toISOString().slice(0, 10)}.json`,
              storedDataFile(storage, new Date()),
              'application/json',
            )
        : null,
    }),
    [storage],
  );
  return <RecoveryProvider value={actions}>{children}</RecoveryProvider>;
}
