import type { Catalog, MeasuredErrorKind, MeasuredSpread } from '../catalog';

/**
 * Where a measured error comes from, narrowest first (docs/methods.md
 * §20.10): the option's GPU line with its engine, the GPU line, its
 * generation with the engine, the generation, all cases of that kind.
 */
export type MeasuredErrorLevel =
  | 'gpu-line-and-engine'
  | 'gpu-line'
  | 'generation-and-engine'
  | 'generation'
  | 'all';

/**
 * A group is used only with at least this many cases from at least two
 * publications: one case, or one publication's cases, says how one setup
 * went, not how wrong the estimator is (a leave-one-source-out group from a
 * single source is that source's own error).
 */
export const MEASURED_ERROR_MIN_CASES = 3;
export const MEASURED_ERROR_MIN_PUBLICATIONS = 2;

export type MeasuredErrorFor = {
  readonly kind: MeasuredErrorKind;
  readonly level: MeasuredErrorLevel;
  /** The group's name in docs/fidelity.md ("h100 · vllm", "hopper", "all"). */
  readonly group: string;
  readonly spread: MeasuredSpread;
};

const enough = (s: MeasuredSpread | undefined): s is MeasuredSpread =>
  s !== undefined &&
  s.cases >= MEASURED_ERROR_MIN_CASES &&
  s.publications >= MEASURED_ERROR_MIN_PUBLICATIONS;

/**
 * The measured out-of-sample error of the estimator for one kind of speed
 * on this hardware and engine, at the narrowest level with enough cases
 * (§20.10); null when the catalog carries no measured error. Pure lookup.
 *
 * @example measuredErrorFor(catalog, 'h100-sxm-80gb', 'vllm', 'throughput')?.level // 'generation' when H100 · vLLM has too few cases
 */
export function measuredErrorFor(
  catalog: Catalog,
  hardwareId: string,
  engineId: string,
  kind: MeasuredErrorKind,
): MeasuredErrorFor | null {
  const table = catalog.measuredError;
  const t = table?.kinds[kind];
  if (!table || !t) return null;
  const hw = table.hardware[hardwareId];
  const levels: [MeasuredErrorLevel, string, MeasuredSpread | undefined][] = hw
    ? [
        [
          'gpu-line-and-engine',
          `${hw.family} · ${engineId}`,
          t.byFamilyEngine[`${hw.family} · ${engineId}`],
        ],
        ['gpu-line', hw.family, t.byFamily[hw.family]],
        [
          'generation-and-engine',
          `${hw.generation} · ${engineId}`,
          t.byGenerationEngine[`${hw.generation} · ${engineId}`],
        ],
        ['generation', hw.generation, t.byGeneration[hw.generation]],
      ]
    : [];
  for (const [level, group, spread] of levels)
    if (enough(spread)) return { kind, level, group, spread };
  return { kind, level: 'all', group: 'all', spread: t.overall };
}
