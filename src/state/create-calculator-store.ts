import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Catalog } from '../catalog';
import {
  apiOptionFrom,
  defaultInputs,
  embeddingOptions,
  isEmbeddingOption,
  procurementWithListedPrice,
  selfHostOptionFrom,
  WORKLOAD_PRESETS,
  type ApiOptionState,
  type CalculatorInputs,
  type HybridInputs,
  type OptionState,
  type SelfHostOptionState,
  type WorkloadInputs,
  type WorkloadPresetId,
} from './calculator-inputs';
import { deskable } from './option-labels';
import { onCallFollows, peopleAfterProcurementChange } from './running-costs';
import { BOUNDS, clampToBound, type BoundKey } from './scenario-bounds';
import { servingChecked } from './serving-choices';

/** Palette size (Okabe–Ito has 8 colours). */
export const PALETTE_SIZE = 8;
/** At most this many options side by side. */
export const MAX_OPTIONS = 8;

/** Fields an option editor may change (API and self-hosted fields together). */
export type OptionPatch = Partial<
  Omit<ApiOptionState, 'kind' | 'id'> & Omit<SelfHostOptionState, 'kind' | 'id'>
>;

export type NumericWorkloadKey = Exclude<keyof WorkloadInputs, 'presetId'>;

export type CalculatorActions = {
  /** Replaces every shareable input at once (URL load, back/forward): the one wholesale entry point. */
  readonly inputsReplaced: (inputs: CalculatorInputs) => void;
  readonly workloadChanged: (key: NumericWorkloadKey, value: number) => void;
  /** Keeps tokens per month = requests per month × tokens per request. */
  readonly requestsPerMonthChanged: (requestsPerMonth: number) => void;
  readonly presetApplied: (presetId: WorkloadPresetId) => void;
  readonly apiOptionAdded: (apiModelId: string) => void;
  readonly selfHostOptionAdded: (
    config: Pick<
      SelfHostOptionState,
      | 'openModelId'
      | 'quantId'
      | 'engineId'
      | 'hardwareId'
      | 'gpusPerReplica'
      | 'procurement'
    >,
  ) => void;
  readonly optionChanged: (id: string, patch: OptionPatch) => void;
  readonly optionRemoved: (id: string) => void;
  readonly privacyRuleToggled: (ruleId: string) => void;
  readonly hybridChanged: (key: keyof HybridInputs, value: number) => void;
  readonly usdPerFteMonthChanged: (value: number) => void;
  /** Sets the same model, hosted, beside each self-hosted option, or stops (link key `sm`). */
  readonly sameModelHostedToggled: () => void;
  /** Sets the quality floor (index points, clamped to 0–100) or turns it off with null (link key `qf`). */
  readonly qualityFloorChanged: (index: number | null) => void;
};

export type CalculatorState = {
  readonly inputs: CalculatorInputs;
  readonly actions: CalculatorActions;
};

export type CalculatorStore = StoreApi<CalculatorState>;

const workloadBound: Record<NumericWorkloadKey, BoundKey> = {
  tokensPerMonth: 'tokensPerMonth',
  inputSharePercent: 'inputSharePercent',
  tokensPerRequest: 'tokensPerRequest',
  reasoningTokensPerRequest: 'reasoningTokensPerRequest',
  cachedPrefixTokens: 'cachedPrefixTokens',
  batchableSharePercent: 'batchableSharePercent',
  peakToAverage: 'peakToAverage',
  maxTimeToFirstTokenSeconds: 'maxTimeToFirstTokenSeconds',
  minOutputTokensPerSecond: 'minOutputTokensPerSecond',
  tokenizerRatio: 'tokenizerRatio',
  opsFteAvailable: 'opsFteAvailable',
  trafficPattern: 'trafficPattern',
  reasoningFromModel: 'reasoningFromModel',
  latencyTargetRequired: 'latencyTargetRequired',
  prefixHitRatePercent: 'prefixHitRatePercent',
  trafficKind: 'trafficKind',
  batchDeadlineHours: 'batchDeadlineHours',
  networkRoundTripMs: 'networkRoundTripMs',
  latencyTargetP95: 'latencyTargetP95',
};

const hybridBound: Record<keyof HybridInputs, BoundKey> = {
  localSharePercent: 'hybridLocalSharePercent',
  escalationSharePercent: 'hybridEscalationSharePercent',
  sensitiveSharePercent: 'sensitiveSharePercent',
  devSharePercent: 'devSharePercent',
};

function nextId(options: readonly OptionState[], prefix: 'a' | 's'): string {
  let n = 1;
  const ids = new Set(options.map((o) => o.id));
  while (ids.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function nextColor(options: readonly OptionState[]): number {
  const used = new Set(options.map((o) => o.colorIndex));
  for (let i = 0; i < PALETTE_SIZE; i++) if (!used.has(i)) return i;
  return options.length % PALETTE_SIZE;
}

/**
 * The numeric fields an option editor may change: every field of
 * `OptionPatch` whose value is a number (a price may also be null).
 */
type NumericOptionKey = {
  [K in keyof OptionPatch]-?: NonNullable<OptionPatch[K]> extends number
    ? K
    : never;
}[keyof OptionPatch];

/**
 * How each numeric option field is kept in range: the bound it is clamped
 * to; `gpusOrAuto` = 0 (auto) or the `gpusPerReplica` bound; `paletteIndex`
 * is picked from the palette, never typed, and is not clamped. A numeric
 * field added to the options without an entry here fails the type-check.
 */
const OPTION_FIELD_BOUNDS: Record<
  NumericOptionKey,
  BoundKey | 'gpusOrAuto' | 'paletteIndex'
> = {
  colorIndex: 'paletteIndex',
  customInputUsdPerMillion: 'usdPerMillionTokens',
  customOutputUsdPerMillion: 'usdPerMillionTokens',
  gpusPerReplica: 'gpusOrAuto',
  usdPerGpuHour: 'usdPerGpuHour',
  capexUsdPerDevice: 'capexUsdPerDevice',
  opsFteShare: 'opsFteShare',
  extraReplicas: 'extraReplicas',
  targetUtilisationPercent: 'targetUtilisationPercent',
  maxConcurrentSequences: 'maxConcurrentSequences',
  opsFtePerGpu: 'opsFtePerGpu',
  onCallFte: 'onCallFte',
  amortisationMonths: 'amortisationMonths',
  resalePercent: 'resalePercent',
  costOfCapitalPercent: 'costOfCapitalPercent',
  electricityUsdPerKwh: 'electricityUsdPerKwh',
  pue: 'pue',
  colocationUsdPerKwMonth: 'colocationUsdPerKwMonth',
  serverOverheadPercent: 'serverOverheadPercent',
};

function clampOptionField(
  bound: (typeof OPTION_FIELD_BOUNDS)[NumericOptionKey],
  value: number,
): number {
  if (bound === 'paletteIndex') return value;
  if (bound === 'gpusOrAuto')
    return value === 0 ? 0 : clampToBound('gpusPerReplica', value);
  return clampToBound(bound, value);
}

/** Clamps a patch's numeric fields to their bounds. */
function clampPatch(patch: OptionPatch): OptionPatch {
  const out: Record<string, unknown> = { ...patch };
  for (const field of Object.keys(OPTION_FIELD_BOUNDS) as NumericOptionKey[]) {
    const v = patch[field];
    if (typeof v === 'number')
      out[field] = clampOptionField(OPTION_FIELD_BOUNDS[field], v);
  }
  return out as OptionPatch;
}

/** Volume and team facts are not part of a use-case preset's shape. */
const PRESET_NEUTRAL_KEYS: readonly NumericWorkloadKey[] = [
  'tokensPerMonth',
  'tokenizerRatio',
  'opsFteAvailable',
];

/** One workload number, clamped; changing the workload's shape makes it custom. */
function withWorkloadValue(
  w: WorkloadInputs,
  key: NumericWorkloadKey,
  value: number,
): WorkloadInputs {
  return {
    ...w,
    [key]: clampToBound(workloadBound[key], value),
    presetId: PRESET_NEUTRAL_KEYS.includes(key) ? w.presetId : 'custom',
  };
}

/** Tokens per month = requests per month × tokens per request (negative requests read as 0). */
function withRequestsPerMonth(
  w: WorkloadInputs,
  requests: number,
): WorkloadInputs {
  return {
    ...w,
    tokensPerMonth: clampToBound(
      'tokensPerMonth',
      Math.round(Math.max(0, requests) * w.tokensPerRequest),
    ),
  };
}

/**
 * A use case's workload values. Embeddings compare embedding models; other
 * use cases chat models. Switching between the two swaps in that kind's
 * default options.
 */
function withPreset(
  i: CalculatorInputs,
  presetId: WorkloadPresetId,
  catalog: Catalog,
): CalculatorInputs {
  const preset = WORKLOAD_PRESETS.find((p) => p.id === presetId);
  if (!preset) return i;
  const workload = { ...i.workload, ...preset.values, presetId };
  const wantsEmbedding = presetId === 'embeddings';
  const mismatched = i.options.some(
    (o) => isEmbeddingOption(o, catalog) !== wantsEmbedding,
  );
  const options = !mismatched
    ? i.options
    : wantsEmbedding
      ? embeddingOptions(catalog)
      : defaultInputs(catalog).options;
  return { ...i, workload, options };
}

/** Appends the option `make` builds (given a fresh id and colour); refused at MAX_OPTIONS. */
function withOptionAdded(
  i: CalculatorInputs,
  prefix: 'a' | 's',
  make: (id: string, colorIndex: number) => OptionState,
): CalculatorInputs {
  if (i.options.length >= MAX_OPTIONS) return i;
  const option = make(nextId(i.options, prefix), nextColor(i.options));
  return { ...i, options: [...i.options, option] };
}

/** One option with a patch applied, clamped and made consistent with its hardware. */
function patchedOption(
  o: OptionState,
  patch: OptionPatch,
  catalog: Catalog,
): OptionState {
  let next = { ...o, ...clampPatch(patch) } as OptionState;
  // A datacenter GPU cannot be "on a desk": such a choice becomes "bought, in a rack".
  if (
    next.kind === 'self-host' &&
    next.procurement === 'desk' &&
    !deskable(catalog, next.hardwareId)
  ) {
    next = { ...next, procurement: 'owned' };
  }
  // People defaults follow the procurement (buying adds hardware work; a desk has no on-call).
  if (next.kind === 'self-host' && o.kind === 'self-host')
    next = peopleAfterProcurementChange(
      next,
      o.procurement,
      next.procurement,
      catalog,
    );
  // A new GPU brings its own market price unless the user typed one in the same change.
  if (
    next.kind === 'self-host' &&
    o.kind === 'self-host' &&
    'hardwareId' in patch &&
    patch.hardwareId !== o.hardwareId &&
    !('usdPerGpuHour' in patch)
  ) {
    const fresh = selfHostOptionFrom(catalog, { ...next });
    return {
      ...next,
      // A GPU no cloud lists is not rented by default (issue 10 item 4).
      ...('procurement' in patch
        ? {}
        : {
            procurement: procurementWithListedPrice(
              catalog,
              next.hardwareId,
              next.procurement,
            ),
          }),
      usdPerGpuHour: fresh.usdPerGpuHour,
      capexUsdPerDevice: fresh.capexUsdPerDevice,
    };
  }
  return next;
}

const checkedPatch = servingChecked(patchedOption);

function withPrivacyRuleToggled(
  ids: readonly string[],
  ruleId: string,
): readonly string[] {
  return ids.includes(ruleId)
    ? ids.filter((r) => r !== ruleId)
    : [...ids, ruleId];
}

/** The actions, each a named change of the inputs (`update` applies it to the store). */
function calculatorActions(
  set: (partial: Pick<CalculatorState, 'inputs'>) => void,
  update: (f: (i: CalculatorInputs) => CalculatorInputs) => void,
  catalog: Catalog,
): CalculatorActions {
  const updateWorkload = (f: (w: WorkloadInputs) => WorkloadInputs) =>
    update((i) => ({ ...i, workload: f(i.workload) }));
  return {
    inputsReplaced: (inputs) => set({ inputs }),
    workloadChanged: (key, value) =>
      updateWorkload((w) => withWorkloadValue(w, key, value)),
    requestsPerMonthChanged: (requests) =>
      updateWorkload((w) => withRequestsPerMonth(w, requests)),
    presetApplied: (presetId) =>
      update((i) => withPreset(i, presetId, catalog)),
    apiOptionAdded: (apiModelId) =>
      update((i) =>
        withOptionAdded(i, 'a', (id, color) =>
          apiOptionFrom(id, color, apiModelId),
        ),
      ),
    selfHostOptionAdded: (config) =>
      update((i) =>
        withOptionAdded(i, 's', (id, colorIndex) =>
          selfHostOptionFrom(catalog, { id, colorIndex, ...config }),
        ),
      ),
    optionChanged: (id, patch) =>
      update((i) => ({
        ...i,
        options: i.options.map((o) =>
          o.id === id ? checkedPatch(o, patch, catalog) : o,
        ),
      })),
    optionRemoved: (id) =>
      update((i) => ({
        ...i,
        options: i.options.filter((o) => o.id !== id),
      })),
    privacyRuleToggled: (ruleId) =>
      update((i) => ({
        ...i,
        privacyRuleIds: withPrivacyRuleToggled(i.privacyRuleIds, ruleId),
      })),
    hybridChanged: (key, value) =>
      update((i) => ({
        ...i,
        hybrid: { ...i.hybrid, [key]: clampToBound(hybridBound[key], value) },
      })),
    usdPerFteMonthChanged: (value) =>
      update((i) => ({
        ...i,
        usdPerFteMonth: clampToBound('usdPerFteMonth', value),
      })),
    sameModelHostedToggled: () =>
      update((i) => ({
        ...i,
        compareSameModelHosted: !i.compareSameModelHosted,
      })),
    qualityFloorChanged: (index) =>
      update((i) => ({
        ...i,
        qualityFloorIndex:
          index === null || !Number.isFinite(index)
            ? null
            : clampToBound('qualityFloorIndex', index),
      })),
  };
}

/**
 * One store per mount (ADR-15, convention 5): the full page, the embed and every
 * test build their own, seeded with inputs decoded from the URL or a fixture.
 */
export function createCalculatorStore(
  initial: CalculatorInputs,
  catalog: Catalog,
): CalculatorStore {
  return createStore<CalculatorState>()((set) => ({
    inputs: initial,
    actions: calculatorActions(
      set,
      // On-call follows the traffic kind (batch: none by default; §19.1).
      (f) => set((s) => ({ inputs: onCallFollows(s.inputs, f, catalog) })),
      catalog,
    ),
  }));
}

export { BOUNDS };
