import type { Catalog } from '../catalog';
import { kvCacheChoicesFor } from '../engine';
import type { OptionState } from './calculator-inputs';

/**
 * Keeps an option's engine settings valid after a change (ADR-27,
 * docs/methods.md §20.9, §20.5): a KV-cache precision the engine cannot be
 * set to on this hardware falls back to the engine's default, and a batch cap
 * set for one engine goes back to the new engine's default when the engine
 * changes (vLLM's 256 means nothing to llama.cpp's slots).
 */
export function withValidServingChoices(
  next: OptionState,
  previous: OptionState,
  catalog: Catalog,
): OptionState {
  if (next.kind !== 'self-host') return next;
  const engine = catalog.byId.engines[next.engineId];
  const kvOk =
    next.kvCachePrecision === 'default' ||
    (engine !== undefined &&
      kvCacheChoicesFor(engine, catalog.byId.hardware[next.hardwareId]).some(
        (c) => c.precision === next.kvCachePrecision,
      ));
  const engineChanged =
    previous.kind === 'self-host' && previous.engineId !== next.engineId;
  if (kvOk && !(engineChanged && next.maxConcurrentSequences !== 0))
    return next;
  return {
    ...next,
    ...(kvOk ? {} : { kvCachePrecision: 'default' as const }),
    ...(engineChanged ? { maxConcurrentSequences: 0 } : {}),
  };
}

/** `patch` followed by `withValidServingChoices` (what the store applies on every option change). */
export function servingChecked<P>(
  patch: (o: OptionState, p: P, catalog: Catalog) => OptionState,
): (o: OptionState, p: P, catalog: Catalog) => OptionState {
  return (o, p, catalog) =>
    withValidServingChoices(patch(o, p, catalog), o, catalog);
}
