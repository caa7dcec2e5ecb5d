/**
 * The efficiencies' ranges in the tornado and band from the estimator's
 * measured out-of-sample error, not assumed (docs/methods.md §20.11,
 * ADR-27): ηbw between the effective ηbw × the 10th and 90th percentile of
 * measured ÷ estimated saturated throughput for the option's GPU line and
 * engine (or the nearest broader group, §20.10), ηpf likewise from prompt
 * processing. Speed is proportional to each efficiency where it binds, so
 * the ratio of speeds is the ratio of efficiencies; capped at 1.
 */
import type { Catalog, Hardware, ServingEngine } from '../catalog';
import { measuredErrorFor, type MeasuredErrorFor } from './measured-error';
import {
  FALLBACK_BANDWIDTH_EFFICIENCY,
  FALLBACK_PREFILL_EFFICIENCY,
  generationEfficiency,
} from './performance';

/**
 * The efficiencies the physics uses on this device, as performance.ts
 * resolves them: the generation's measured factor (§20.7), else the
 * hardware kind's, else the fallback.
 */
export function effectiveEfficiencies(
  engine: ServingEngine,
  hardware: Hardware,
): { readonly bandwidth: number; readonly prefill: number } {
  const g = generationEfficiency(engine, hardware);
  return {
    bandwidth:
      g?.bandwidth ??
      engine.bandwidthEfficiency[hardware.kind] ??
      FALLBACK_BANDWIDTH_EFFICIENCY,
    prefill:
      g?.prefill ??
      engine.prefillEfficiency[hardware.kind] ??
      FALLBACK_PREFILL_EFFICIENCY,
  };
}

/** Which measured groups set the two ranges; null where the catalog has none (assumed ranges stay). */
export type MeasuredRangeBasis = {
  readonly bandwidth: MeasuredErrorFor | null;
  readonly prefill: MeasuredErrorFor | null;
};

const cap = (x: number) => Math.min(1, x);

/** The measured ranges of ηbw and ηpf around their effective values, and their basis. */
export function measuredEfficiencyRanges(
  catalog: Catalog,
  engine: ServingEngine,
  hardware: Hardware,
): {
  readonly ranges: {
    readonly 'bandwidth-efficiency'?: { low: number; high: number };
    readonly 'prefill-efficiency'?: { low: number; high: number };
  };
  readonly basis: MeasuredRangeBasis;
} {
  const base = effectiveEfficiencies(engine, hardware);
  const throughput = measuredErrorFor(
    catalog,
    hardware.id,
    engine.id,
    'throughput',
  );
  const prefill = measuredErrorFor(catalog, hardware.id, engine.id, 'prefill');
  const around = (b: number, m: MeasuredErrorFor) => ({
    low: cap(b * m.spread.speedRatio.p10),
    high: cap(b * m.spread.speedRatio.p90),
  });
  return {
    ranges: {
      ...(throughput
        ? { 'bandwidth-efficiency': around(base.bandwidth, throughput) }
        : {}),
      ...(prefill
        ? { 'prefill-efficiency': around(base.prefill, prefill) }
        : {}),
    },
    basis: { bandwidth: throughput, prefill },
  };
}
