import type {
  EngineKvCacheChoice,
  Hardware,
  KvCachePrecision,
  Quant,
  ServingEngine,
} from '../catalog';
import { defaultKvBytesPerValue } from './memory';

/**
 * An option's KV-cache precision (docs/methods.md §20.9): 'default' = what
 * the engine does unless told (`defaultKvBytesPerValue`), or one of the
 * precisions the engine can be set to (catalog `engine.kvCache.choices`).
 */
export type KvCacheChoice = 'default' | KvCachePrecision;

/**
 * The precisions an option may choose on this engine and hardware: the
 * engine's documented choices, less those whose format the hardware's tensor
 * cores do not run (NVFP4 KV needs Blackwell). Catalog order.
 */
export function kvCacheChoicesFor(
  engine: ServingEngine,
  hardware: Hardware | undefined,
): readonly EngineKvCacheChoice[] {
  return (engine.kvCache.choices ?? []).filter(
    (c) =>
      c.needsNativeFormat === undefined ||
      (hardware?.nativeBlockScaledFormats ?? []).includes(c.needsNativeFormat),
  );
}

/**
 * Bytes per cached key/value element for an option's choice (§20.9): the
 * chosen precision's bytes (scales included) when the engine offers it on
 * this hardware, else the engine's default for the quant — so a choice the
 * engine cannot make (a stale link, an engine switched under it) costs what
 * the engine really does, never a precision it lacks.
 *
 * @example kvCacheBytesPerValueFor(vllm, fp8Quant, h100, 'default') // 1 (FP8 checkpoint → FP8 cache)
 * @example kvCacheBytesPerValueFor(llamaCpp, q4km, rtx4090, 'q8_0') // 1.0625 (34 bytes per 32 values)
 */
export function kvCacheBytesPerValueFor(
  engine: ServingEngine,
  quant: Quant,
  hardware: Hardware | undefined,
  choice: KvCacheChoice,
): number {
  if (choice !== 'default') {
    const chosen = kvCacheChoicesFor(engine, hardware).find(
      (c) => c.precision === choice,
    );
    if (chosen) return chosen.bytesPerValue;
  }
  return defaultKvBytesPerValue(engine, quant);
}
