import type { Catalog } from '../catalog';
import {
  DEFAULT_WORKLOAD,
  defaultInputs,
  embeddingOptions,
  WORKLOAD_PRESETS,
  type CalculatorInputs,
  type OptionState,
  type WorkloadInputs,
  type WorkloadPresetId,
} from '../state';

/**
 * What an omitted key means. Workload fields default to the values of the
 * link's use case (`uc`), so `?uc=rag` alone is the whole RAG workload; the
 * rest default to the calculator's first-visit scenario. These values are
 * part of the URL contract: tests/unit/url/url-defaults.test.ts freezes them.
 */
export function workloadBase(
  presetId: WorkloadPresetId | 'custom',
): WorkloadInputs {
  const preset = WORKLOAD_PRESETS.find((p) => p.id === presetId);
  return { ...DEFAULT_WORKLOAD, ...(preset?.values ?? {}), presetId };
}

/**
 * The options a link without `o` stands for, and that `a1`-style tokens refer
 * to: the embeddings use case compares embedding models, every other use case
 * the first-visit chat options.
 */
export function defaultOptionsFor(
  catalog: Catalog,
  presetId: WorkloadPresetId | 'custom',
): OptionState[] {
  return presetId === 'embeddings'
    ? embeddingOptions(catalog)
    : [...defaultInputs(catalog).options];
}

/** The scenario a bare link stands for. */
export function defaultScenario(catalog: Catalog): CalculatorInputs {
  return defaultInputs(catalog);
}

/** Field-by-field equality of two options (they are flat records). */
export function sameOption(a: OptionState, b: OptionState): boolean {
  const ka = Object.keys(a) as (keyof OptionState)[];
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => Object.is(a[k], (b as Record<string, unknown>)[k]))
  );
}

export function sameOptions(
  a: readonly OptionState[],
  b: readonly OptionState[],
): boolean {
  return a.length === b.length && a.every((o, i) => sameOption(o, b[i]!));
}
