/**
 * The self-hosted configurations the catalog can run: open model ×
 * quantisation × serving engine × hardware where the engine supports the
 * quant and the hardware kind, runs the quant on that hardware (natively or
 * with dequantising kernels), and the weights fit on at most one node's
 * devices (docs/methods.md §4.1, §4.3). The option picker lists these, so a
 * user can only add what the estimator can at least load; whether it then
 * serves the workload within its targets is the estimate's job.
 */
import type { Catalog } from '../catalog';
import { usableBytesPerDevice, weightBytes } from './memory';
import {
  runsOnThisHardware,
  TENSOR_PARALLEL_CHOICES,
} from './replica-candidates';

/** One loadable configuration and the fewest devices that hold its weights. */
export type FittingConfiguration = {
  readonly openModelId: string;
  readonly quantId: string;
  readonly engineId: string;
  readonly hardwareId: string;
  /** Fewest devices per replica (1, 2, 4 or 8, within the node) whose usable memory holds the weights. */
  readonly fewestDevices: number;
  /** Resident weight bytes at this quantisation (§4.1). */
  readonly weightBytes: number;
};

/**
 * Every configuration of one open model that loads, in catalog order
 * (quant, then engine, then hardware). Empty for an unknown model id.
 *
 * @example fittingConfigurations(catalog, 'llama-3.1-8b-instruct').some((c) => c.hardwareId === 'h100-sxm-80gb') // true
 */
export function fittingConfigurations(
  catalog: Catalog,
  openModelId: string,
): FittingConfiguration[] {
  const model = catalog.byId.openModels[openModelId];
  if (!model) return [];
  const out: FittingConfiguration[] = [];
  for (const quant of catalog.quants) {
    const weights = weightBytes(model, quant);
    for (const engineId of quant.engineIds) {
      const engine = catalog.byId.engines[engineId];
      if (!engine) continue;
      for (const hardware of catalog.hardware) {
        if (!engine.hardwareKinds.includes(hardware.kind)) continue;
        if (!runsOnThisHardware(quant, hardware, engine)) continue;
        const usable = usableBytesPerDevice(hardware, engine);
        if (!(usable > 0)) continue;
        const fewest = TENSOR_PARALLEL_CHOICES.find(
          (t) => t <= hardware.maxPerNode && weights / t < usable,
        );
        if (fewest === undefined) continue;
        out.push({
          openModelId,
          quantId: quant.id,
          engineId,
          hardwareId: hardware.id,
          fewestDevices: fewest,
          weightBytes: weights,
        });
      }
    }
  }
  return out;
}
