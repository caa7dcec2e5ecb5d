import type { Catalog } from '../catalog';
import type { HostedComparator, InfeasibleReason } from '../engine';
import type { OptionState, ProcurementChoice } from './calculator-inputs';

export const PROCUREMENT_LABELS: Record<ProcurementChoice, string> = {
  'on-demand': 'rented on demand',
  reserved: 'rented, 1-year reservation',
  spot: 'rented on spot',
  owned: 'bought, in a rack',
  desk: 'on a desk',
};

/** Short, plain name of an option: "GPT-4o" or "Llama 3.3 70B on 2× H100". */
export function optionShortLabel(
  option: OptionState,
  catalog: Catalog,
): string {
  if (option.kind === 'api') {
    return catalog.byId.apiModels[option.apiModelId]?.name ?? option.apiModelId;
  }
  const model =
    catalog.byId.openModels[option.openModelId]?.name ?? option.openModelId;
  const hardware =
    catalog.byId.hardware[option.hardwareId]?.name ?? option.hardwareId;
  const count = option.gpusPerReplica > 1 ? `${option.gpusPerReplica}× ` : '';
  return `${model} on ${count}${hardware}`;
}

/** Full description: "Llama 3.3 70B · FP8 · vLLM · 2× H100 SXM, rented on demand". */
export function optionLongLabel(option: OptionState, catalog: Catalog): string {
  if (option.kind === 'api') {
    const model = catalog.byId.apiModels[option.apiModelId];
    const provider = model
      ? catalog.byId.providers[model.providerId]?.name
      : undefined;
    return `${model?.name ?? option.apiModelId}${provider ? ` · ${provider} API` : ''}`;
  }
  const model =
    catalog.byId.openModels[option.openModelId]?.name ?? option.openModelId;
  const quant = catalog.byId.quants[option.quantId]?.name ?? option.quantId;
  const engine = catalog.byId.engines[option.engineId]?.name ?? option.engineId;
  const hardware =
    catalog.byId.hardware[option.hardwareId]?.name ?? option.hardwareId;
  const count =
    option.gpusPerReplica === 0
      ? 'auto × '
      : option.gpusPerReplica > 1
        ? `${option.gpusPerReplica}× `
        : '';
  return `${model} · ${quant} · ${engine} · ${count}${hardware}, ${PROCUREMENT_LABELS[option.procurement]}`;
}

/**
 * Two or three words for why a self-hosted option cannot serve the workload,
 * for rows and table cells ("does not fit", "too slow for target", …).
 */
export function infeasibleShortText(
  reasons: readonly InfeasibleReason[],
): string {
  switch (reasons[0]?.code) {
    case 'capacity-exceeded':
      return 'over capacity';
    case 'latency-target-unreachable':
      return 'too slow for target';
    case 'context-does-not-fit':
      return 'context does not fit';
    case 'engine-hardware-mismatch':
    case 'quant-engine-mismatch':
      return 'not supported';
    case 'unknown-catalog-id':
      return 'unknown part';
    case 'model-does-not-fit':
    case undefined:
      return 'does not fit';
  }
}

/** Whether a device can be a workstation on a desk: its kind's `deskable` in the catalog. */
export function deskable(catalog: Catalog, hardwareId: string): boolean {
  const kind = catalog.byId.hardware[hardwareId]?.kind;
  return kind !== undefined && catalog.hardwareKinds[kind].deskable;
}

/** "Llama 3.3 70B Instruct · DeepInfra": a hosted API model and its host (once, if the name already says it). */
export function hostedModelLabel(apiModelId: string, catalog: Catalog): string {
  const model = catalog.byId.apiModels[apiModelId];
  const name = model?.name ?? apiModelId;
  const provider = model
    ? catalog.byId.providers[model.providerId]?.name
    : undefined;
  return provider && !namesHost(name, provider)
    ? `${name} · ${provider}`
    : name;
}

/**
 * Whether a model's name already says who hosts it: the provider's full name,
 * or a " · Groq" suffix the provider's name contains ("Groq (GroqCloud)",
 * "Amazon Bedrock"), so a label never reads "gpt-oss-120b · Groq · Groq
 * (GroqCloud)".
 */
function namesHost(name: string, provider: string): boolean {
  if (name.includes(provider)) return true;
  const parts = name.split(' · ');
  const host = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  return host !== '' && provider.includes(host);
}

/**
 * The short label of any option in a result, by its id: the user's own
 * (`optionShortLabel`), or a comparator — an option the engine added, with no
 * OptionState (issue 10) — as "Llama 3.3 70B · DeepInfra (the
 * same model, hosted)"; the id itself once the option is gone.
 */
export function resultOptionLabel(
  id: string,
  options: readonly OptionState[],
  comparators: readonly HostedComparator[],
  catalog: Catalog,
): string {
  const own = options.find((o) => o.id === id);
  if (own) return optionShortLabel(own, catalog);
  const comparator = comparators.find((c) => c.optionId === id);
  if (comparator) {
    return `${hostedModelLabel(comparator.apiModelId, catalog)} (the same model, hosted)`;
  }
  return id;
}
