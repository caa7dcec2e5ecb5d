/**
 * The engine's own batch cap on a device (docs/methods.md §20.5): the most
 * sequences it runs at once when the user sets nothing. vLLM's default depends
 * on the device (1,024 on ≥ 70 GiB GPUs other than the A100, else 256), so the
 * cap is a function of engine and hardware, read from the catalog.
 */
import type { Hardware, ServingEngine } from '../catalog';

export function engineBatchCap(
  engine: ServingEngine,
  hardware: Hardware,
): number {
  const large = engine.maxConcurrentSequencesOnLargeDevices;
  if (
    large &&
    hardware.memoryGb >= large.minDeviceMemoryGib &&
    !large.exceptHardwareIdPrefixes.some((p) => hardware.id.startsWith(p))
  )
    return large.value;
  return engine.maxConcurrentSequences;
}

/** The option's cap if it sets one, else the engine's own on this device. */
export function batchCapFor(
  engine: ServingEngine,
  hardware: Hardware,
  optionCap: number | undefined,
): number {
  return optionCap !== undefined &&
    Number.isInteger(optionCap) &&
    optionCap >= 1
    ? optionCap
    : engineBatchCap(engine, hardware);
}
