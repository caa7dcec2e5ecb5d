import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Catalog } from '../catalog';
import {
  apiOptionFrom,
  defaultInputs,
  embeddingOptions,
  isEmbeddingOption,
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
import { BOUNDS, clampToBound, type BoundKey } from './scenario-bounds';

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

/** Clamps a patch's numeric fields to their bounds. */
function clampPatch(patch: OptionPatch): OptionPatch {
  const out: Record<string, unknown> = { ...patch };
  const numeric: [string, BoundKey][] = [
    ['usdPerGpuHour', 'usdPerGpuHour'],
    ['capexUsdPerDevice', 'capexUsdPerDevice'],
    ['opsFteShare', 'opsFteShare'],
    ['extraReplicas', 'extraReplicas'],
    ['targetUtilisationPercent', 'targetUtilisationPercent'],
  ];
  for (const [field, bound] of numeric) {
    const v = out[field];
    if (typeof v === 'number') out[field] = clampToBound(bound, v);
  }
  if (typeof out['gpusPerReplica'] === 'number') {
    const g = out['gpusPerReplica'];
    out['gpusPerReplica'] = g === 0 ? 0 : clampToBound('gpusPerReplica', g);
  }
  for (const field of [
    'customInputUsdPerMillion',
    'customOutputUsdPerMillion',
  ]) {
    const v = out[field];
    if (typeof v === 'number')
      out[field] = clampToBound('usdPerMillionTokens', v);
  }
  return out as OptionPatch;
}

/**
 * One store per mount (architecture §3.6): the full page, the embed and every
 * test build their own, seeded with inputs decoded from the URL or a fixture.
 */
export function createCalculatorStore(
  initial: CalculatorInputs,
  catalog: Catalog,
): CalculatorStore {
  return createStore<CalculatorState>()((set) => {
    const setInputs = (f: (i: CalculatorInputs) => CalculatorInputs) =>
      set((s) => ({ inputs: f(s.inputs) }));
    const setWorkload = (f: (w: WorkloadInputs) => WorkloadInputs) =>
      setInputs((i) => ({ ...i, workload: f(i.workload) }));
    return {
      inputs: initial,
      actions: {
        inputsReplaced: (inputs) => set({ inputs }),
        workloadChanged: (key, value) =>
          setWorkload((w) => {
            const v = clampToBound(workloadBound[key], value);
            // Volume and team facts are not part of a use-case preset's shape.
            const shapeKeys: NumericWorkloadKey[] = [
              'tokensPerMonth',
              'tokenizerRatio',
              'opsFteAvailable',
            ];
            return {
              ...w,
              [key]: v,
              presetId: shapeKeys.includes(key) ? w.presetId : 'custom',
            };
          }),
        requestsPerMonthChanged: (requests) =>
          setWorkload((w) => ({
            ...w,
            tokensPerMonth: clampToBound(
              'tokensPerMonth',
              Math.round(Math.max(0, requests) * w.tokensPerRequest),
            ),
          })),
        presetApplied: (presetId) =>
          setInputs((i) => {
            const preset = WORKLOAD_PRESETS.find((p) => p.id === presetId);
            if (!preset) return i;
            const workload = { ...i.workload, ...preset.values, presetId };
            // Embeddings compare embedding models; other use cases chat models.
            // Switching between the two swaps in that kind's default options.
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
          }),
        apiOptionAdded: (apiModelId) =>
          setInputs((i) =>
            i.options.length >= MAX_OPTIONS
              ? i
              : {
                  ...i,
                  options: [
                    ...i.options,
                    apiOptionFrom(
                      nextId(i.options, 'a'),
                      nextColor(i.options),
                      apiModelId,
                    ),
                  ],
                },
          ),
        selfHostOptionAdded: (config) =>
          setInputs((i) =>
            i.options.length >= MAX_OPTIONS
              ? i
              : {
                  ...i,
                  options: [
                    ...i.options,
                    selfHostOptionFrom(catalog, {
                      id: nextId(i.options, 's'),
                      colorIndex: nextColor(i.options),
                      ...config,
                    }),
                  ],
                },
          ),
        optionChanged: (id, patch) =>
          setInputs((i) => ({
            ...i,
            options: i.options.map((o) => {
              if (o.id !== id) return o;
              let next = { ...o, ...clampPatch(patch) } as OptionState;
              // A datacenter GPU cannot be "on a desk": such a choice becomes "bought, in a rack".
              if (
                next.kind === 'self-host' &&
                next.procurement === 'desk' &&
                !deskable(catalog, next.hardwareId)
              ) {
                next = { ...next, procurement: 'owned' };
              }
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
                  usdPerGpuHour: fresh.usdPerGpuHour,
                  capexUsdPerDevice: fresh.capexUsdPerDevice,
                };
              }
              return next;
            }),
          })),
        optionRemoved: (id) =>
          setInputs((i) => ({
            ...i,
            options: i.options.filter((o) => o.id !== id),
          })),
        privacyRuleToggled: (ruleId) =>
          setInputs((i) => ({
            ...i,
            privacyRuleIds: i.privacyRuleIds.includes(ruleId)
              ? i.privacyRuleIds.filter((r) => r !== ruleId)
              : [...i.privacyRuleIds, ruleId],
          })),
        hybridChanged: (key, value) =>
          setInputs((i) => ({
            ...i,
            hybrid: {
              ...i.hybrid,
              [key]: clampToBound(hybridBound[key], value),
            },
          })),
        usdPerFteMonthChanged: (value) =>
          setInputs((i) => ({
            ...i,
            usdPerFteMonth: clampToBound('usdPerFteMonth', value),
          })),
      },
    };
  });
}

export { BOUNDS };
