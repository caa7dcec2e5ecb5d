import { KV_CACHE_PRECISIONS, type Catalog } from '../../catalog';
import { defaultKvBytesPerValue, kvCacheBytesPerValueFor } from '../../engine';
import type { SelfHostOptionState } from '../../state';

/**
 * An engine default's label from its bytes per value: defaults are 16-bit or
 * FP8 (a quant's `kvCacheBytesPerValue`), so only those two are matched.
 */
export function precisionLabelForBytes(bytesPerValue: number): string {
  const match = [KV_CACHE_PRECISIONS['16-bit'], KV_CACHE_PRECISIONS.fp8].find(
    (p) => p.bytesPerValue === bytesPerValue,
  );
  return match?.label ?? `${bytesPerValue} bytes per value`;
}

/**
 * What the option's KV cache is kept in, in words (docs/methods.md §20.9):
 * "FP8, the engine's default" or "Q8_0 (8-bit), chosen". Empty when an id is
 * unknown (the engine reports that).
 */
export function kvCacheWords(
  option: SelfHostOptionState,
  catalog: Catalog,
): string {
  const engine = catalog.byId.engines[option.engineId];
  const quant = catalog.byId.quants[option.quantId];
  if (!engine || !quant) return '';
  const hardware = catalog.byId.hardware[option.hardwareId];
  const bytes = kvCacheBytesPerValueFor(
    engine,
    quant,
    hardware,
    option.kvCachePrecision,
  );
  const choice = option.kvCachePrecision;
  if (choice !== 'default' && bytes !== defaultKvBytesPerValue(engine, quant))
    return `${KV_CACHE_PRECISIONS[choice].label}, chosen`;
  return `${precisionLabelForBytes(bytes)}, ${engine.name}’s default`;
}
