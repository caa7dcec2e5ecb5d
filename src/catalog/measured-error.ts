import type { MeasuredError } from './schema';
import type { Catalog } from './load-catalog';

let loaded: MeasuredError | undefined;

/**
 * Loads the estimator's measured error (docs/methods.md §20.10), a generated
 * table kept out of the first load: its own chunk, fetched by the
 * uncertainty analysis and "How accurate is this?" before they run.
 */
export function loadMeasuredError(): Promise<MeasuredError> {
  return import('./data/fidelity-oos-generated').then(
    (m) => (loaded = m.MEASURED_ERROR),
  );
}

const attached = new WeakMap<Catalog, Catalog>();

/**
 * The catalog with the measured error attached: `table`, else the one
 * `loadMeasuredError` has loaded; unchanged when neither (the assumed ranges
 * stay) or when it already carries one. One object per catalog, so derived
 * caches keep their keys.
 */
export function withMeasuredError(
  catalog: Catalog,
  table: MeasuredError | undefined = loaded,
): Catalog {
  if (catalog.measuredError || !table) return catalog;
  let out = attached.get(catalog);
  if (!out || out.measuredError !== table) {
    out = Object.freeze({ ...catalog, measuredError: table });
    attached.set(catalog, out);
  }
  return out;
}
