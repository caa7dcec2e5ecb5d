import type { KeyValueStoreLike } from '../../../src/features/saved-scenarios/saved-store';

/** An in-memory store for the saved-scenarios tests; `refuse` makes writes fail (quota) past a size. */
export function memory(
  initial: Record<string, string> = {},
  quotaChars = Infinity,
) {
  const data = new Map(Object.entries(initial));
  const size = () =>
    [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const store: KeyValueStoreLike & { data: Map<string, string> } = {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => {
      const before = data.get(k);
      if (size() - (before?.length ?? -k.length) + v.length > quotaChars)
        return false;
      data.set(k, v);
      return true;
    },
    remove: (k) => {
      data.delete(k);
    },
    keys: () => [...data.keys()],
  };
  return store;
}
