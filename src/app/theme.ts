export type ThemeChoice = 'light' | 'dark' | 'system';

const KEY = 'crossover:theme';

/** Reads the saved theme; anything unexpected falls back to "system". */
export function loadTheme(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' || v === 'system' ? v : 'system';
  } catch {
    return 'system';
  }
}

const listeners = new Set<() => void>();

/** For useSyncExternalStore: the switch follows applyTheme. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  try {
    window.localStorage.setItem(KEY, choice);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  for (const l of listeners) l();
}
