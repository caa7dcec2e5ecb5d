import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  fittingConfigurations,
  usableBytesPerDevice,
  weightBytes,
} from '../../../src/engine';

/** The configurations the option picker offers (ADR-30): loadable, and on the fewest devices. */
describe('fittingConfigurations', () => {
  const models = ['llama-3.1-8b-instruct', 'llama-3.3-70b-instruct'];

  it.each(models)(
    '%s: every configuration holds its weights on its devices, and on no fewer',
    (id) => {
      const model = catalog.byId.openModels[id]!;
      const configs = fittingConfigurations(catalog, id);
      expect(configs.length).toBeGreaterThan(0);
      for (const c of configs) {
        const quant = catalog.byId.quants[c.quantId]!;
        const engine = catalog.byId.engines[c.engineId]!;
        const hw = catalog.byId.hardware[c.hardwareId]!;
        expect(quant.engineIds).toContain(c.engineId);
        expect(engine.hardwareKinds).toContain(hw.kind);
        const usable = usableBytesPerDevice(hw, engine);
        expect(weightBytes(model, quant) / c.fewestDevices).toBeLessThan(
          usable,
        );
        if (c.fewestDevices > 1)
          expect(
            weightBytes(model, quant) / (c.fewestDevices / 2),
          ).toBeGreaterThanOrEqual(usable);
        expect(c.fewestDevices).toBeLessThanOrEqual(hw.maxPerNode);
      }
    },
  );

  it('a larger model needs at least as many devices on the same device, quant and engine', () => {
    const small = fittingConfigurations(catalog, models[0]!);
    const large = fittingConfigurations(catalog, models[1]!);
    let compared = 0;
    for (const l of large) {
      const s = small.find(
        (c) =>
          c.quantId === l.quantId &&
          c.engineId === l.engineId &&
          c.hardwareId === l.hardwareId,
      );
      // Whatever loads the 70B loads the 8B.
      expect(s).toBeDefined();
      expect(l.fewestDevices).toBeGreaterThanOrEqual(s!.fewestDevices);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
    expect(large.length).toBeLessThan(small.length);
  });

  it('fewer bits need no more devices', () => {
    const configs = fittingConfigurations(catalog, 'llama-3.3-70b-instruct');
    const at = (quantId: string) =>
      configs.find(
        (c) =>
          c.quantId === quantId &&
          c.engineId === 'vllm' &&
          c.hardwareId === 'h100-sxm-80gb',
      )!;
    expect(at('fp8').fewestDevices).toBeLessThanOrEqual(
      at('bf16').fewestDevices,
    );
    expect(at('bf16').fewestDevices).toBe(2);
  });

  it('is empty for an unknown model', () => {
    expect(fittingConfigurations(catalog, 'no-such-model')).toEqual([]);
  });
});
