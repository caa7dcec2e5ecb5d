/**
 * The self-hosted picker's choices (ADR-30): open models of one mode, and for
 * the chosen model only the quant × engine × hardware combinations whose
 * weights load (`fittingConfigurations`, docs/methods.md §4.1, §4.3), each
 * with the price a new option would start from and whether it would
 * duplicate an option already compared. Pure, so it is tested without
 * rendering.
 */
import type { Catalog, OpenModel } from '../../catalog';
import { fittingConfigurations, type FittingConfiguration } from '../../engine';
import {
  defaultOnDemandUsdPerGpuHour,
  deskable,
  type OptionState,
  type ProcurementChoice,
} from '../../state';

export type OpenModelRow = {
  readonly id: string;
  readonly name: string;
  readonly family: string;
  readonly paramsTotal: number;
  readonly paramsActive: number;
  readonly moe: boolean;
  readonly qualityIndex: number | undefined;
  readonly maxContextTokens: number;
  /** Loadable configurations not yet compared. */
  readonly newConfigurations: number;
};

/** A configuration as the picker offers it: what it costs to start with and how it is bought. */
export type PickerConfiguration = FittingConfiguration & {
  readonly procurement: ProcurementChoice;
  /** Rented: default cloud price per GPU-hour; null when no cloud lists the device. */
  readonly usdPerGpuHour: number | null;
  /** Desk or owned: the catalog's purchase price per device. */
  readonly purchaseUsd: number | null;
  /** Same model, quant, engine and hardware as an option already compared. */
  readonly duplicate: boolean;
};

export type SelfHostChoice = {
  readonly quantId: string;
  readonly engineId: string;
  readonly hardwareId: string;
};

const key = (c: { openModelId: string } & SelfHostChoice) =>
  `${c.openModelId}|${c.quantId}|${c.engineId}|${c.hardwareId}`;

function existingKeys(options: readonly OptionState[]): Set<string> {
  return new Set(
    options.flatMap((o) => (o.kind === 'self-host' ? [key(o)] : [])),
  );
}

/** Rented where a cloud lists the device; else on a desk where it can stand on one; else bought for a rack. */
function procurementFor(
  catalog: Catalog,
  hardwareId: string,
): Pick<PickerConfiguration, 'procurement' | 'usdPerGpuHour' | 'purchaseUsd'> {
  const hourly = defaultOnDemandUsdPerGpuHour(catalog, hardwareId);
  const purchase = catalog.byId.hardware[hardwareId]?.purchaseUsd ?? null;
  if (hourly !== null)
    return {
      procurement: 'on-demand',
      usdPerGpuHour: hourly,
      purchaseUsd: purchase,
    };
  return {
    procurement: deskable(catalog, hardwareId) ? 'desk' : 'owned',
    usdPerGpuHour: null,
    purchaseUsd: purchase,
  };
}

/** Rented first, cheapest per hour for the devices the weights need; then bought, cheapest first. */
function costOrder(a: PickerConfiguration, b: PickerConfiguration): number {
  const hourly = (c: PickerConfiguration) =>
    c.usdPerGpuHour === null ? Infinity : c.usdPerGpuHour * c.fewestDevices;
  const bought = (c: PickerConfiguration) =>
    (c.purchaseUsd ?? Infinity) * c.fewestDevices;
  return hourly(a) - hourly(b) || bought(a) - bought(b);
}

/** Every loadable configuration of a model, priced, duplicates marked, cheapest to start first. */
export function pickerConfigurations(
  catalog: Catalog,
  openModelId: string,
  options: readonly OptionState[],
): PickerConfiguration[] {
  const taken = existingKeys(options);
  return fittingConfigurations(catalog, openModelId)
    .map((c) => ({
      ...c,
      ...procurementFor(catalog, c.hardwareId),
      duplicate: taken.has(key(c)),
    }))
    .sort(costOrder);
}

/** Open models of one mode, by family as the catalog lists them. */
export function openModelRows(
  catalog: Catalog,
  mode: OpenModel['mode'],
  options: readonly OptionState[],
): OpenModelRow[] {
  return catalog.openModels
    .filter((m) => m.mode === mode)
    .map((m) => ({
      id: m.id,
      name: m.name,
      family: m.family,
      paramsTotal: m.paramsTotal,
      paramsActive: m.paramsActive,
      moe: m.moe !== undefined,
      qualityIndex: m.qualityIndex,
      maxContextTokens: m.maxContextTokens,
      newConfigurations: pickerConfigurations(catalog, m.id, options).filter(
        (c) => !c.duplicate,
      ).length,
    }));
}

/** Whether a model row matches every word of a search. */
export function openModelMatches(row: OpenModelRow, text: string): boolean {
  const hay = `${row.name} ${row.family} ${row.id}`.toLowerCase();
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/** Preferred quant when it loads: the model's own published format, then FP8, then 16-bit. */
function quantPreference(catalog: Catalog, openModelId: string): string[] {
  const published = catalog.byId.openModels[openModelId]?.publishedQuant;
  return [...(published ? [published.quantId] : []), 'fp8', 'bf16'];
}

/**
 * The configuration the picker starts on: not a duplicate, in the preferred
 * quant when one loads, vLLM when it serves it (the catalog's reference
 * engine), then the cheapest to start. null when every one is compared already.
 */
export function initialChoice(
  catalog: Catalog,
  openModelId: string,
  configs: readonly PickerConfiguration[],
): SelfHostChoice | null {
  const open = configs.filter((c) => !c.duplicate);
  if (open.length === 0) return null;
  const quant =
    quantPreference(catalog, openModelId).find((q) =>
      open.some((c) => c.quantId === q),
    ) ?? open[0]!.quantId;
  const inQuant = open.filter((c) => c.quantId === quant);
  const best = inQuant.find((c) => c.engineId === 'vllm') ?? inQuant[0]!;
  return {
    quantId: best.quantId,
    engineId: best.engineId,
    hardwareId: best.hardwareId,
  };
}

/** Distinct values in first-seen order. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** What each select may offer given the ones before it: quant, then engine, then hardware. */
export function choicesFor(
  configs: readonly PickerConfiguration[],
  choice: SelfHostChoice,
) {
  const quants = distinct(configs.map((c) => c.quantId));
  const inQuant = configs.filter((c) => c.quantId === choice.quantId);
  const engines = distinct(inQuant.map((c) => c.engineId));
  const hardware = inQuant.filter((c) => c.engineId === choice.engineId);
  const selected =
    hardware.find((c) => c.hardwareId === choice.hardwareId) ?? null;
  return { quants, engines, hardware, selected };
}

/**
 * A new choice after one select changed: later selects keep their value when
 * it still loads, else take the first valid one that is not a duplicate.
 */
export function rechoose(
  configs: readonly PickerConfiguration[],
  next: SelfHostChoice,
): SelfHostChoice {
  const inQuant = configs.filter((c) => c.quantId === next.quantId);
  const engineOk = inQuant.some((c) => c.engineId === next.engineId);
  const engineId = engineOk
    ? next.engineId
    : ((inQuant.find((c) => !c.duplicate) ?? inQuant[0])?.engineId ??
      next.engineId);
  const inEngine = inQuant.filter((c) => c.engineId === engineId);
  const hardwareOk = inEngine.some((c) => c.hardwareId === next.hardwareId);
  const hardwareId = hardwareOk
    ? next.hardwareId
    : ((inEngine.find((c) => !c.duplicate) ?? inEngine[0])?.hardwareId ??
      next.hardwareId);
  return { quantId: next.quantId, engineId, hardwareId };
}
