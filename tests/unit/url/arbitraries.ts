import fc from 'fast-check';
import type { Catalog, ReasoningEffort } from '../../../src/catalog';
import { kvCacheChoicesFor } from '../../../src/engine';
import {
  apiOptionFrom,
  BOUNDS,
  clampToBound,
  defaultInputs,
  MAX_OPTIONS,
  PALETTE_SIZE,
  selfHostOptionFrom,
  tokensFromSliderPosition,
  LOG_SLIDER_STEPS,
  WORKLOAD_PRESETS,
  type BoundKey,
  type CalculatorInputs,
  type OptionState,
  type ProcurementChoice,
  type WorkloadInputs,
  type WorkloadPresetId,
} from '../../../src/state';
import { cleanName, workloadBase } from '../../../src/url';

/** Any value a control can hold: min + k·step, snapped like the store snaps it (generators from BOUNDS). */
export function onStep(key: BoundKey): fc.Arbitrary<number> {
  const b = BOUNDS[key];
  const steps = Math.round((b.max - b.min) / b.step);
  if (steps > 2 ** 31 - 1) {
    return fc
      .bigInt({ min: BigInt(b.min), max: BigInt(b.max) })
      .map((n) => clampToBound(key, Number(n)));
  }
  return fc
    .integer({ min: 0, max: steps })
    .map((k) => clampToBound(key, b.min + k * b.step));
}

/** Monthly tokens: any integer in range, or a slider position's round number. */
export const tokensPerMonthArb = fc.oneof(
  onStep('tokensPerMonth'),
  fc
    .integer({ min: 0, max: LOG_SLIDER_STEPS })
    .map((p) => clampToBound('tokensPerMonth', tokensFromSliderPosition(p))),
);

const presetIds: (WorkloadPresetId | 'custom')[] = [
  ...WORKLOAD_PRESETS.map((p) => p.id),
  'custom',
];

/** A workload: a preset's values, each field possibly moved to another step. */
export const workloadArb: fc.Arbitrary<WorkloadInputs> = fc
  .record({
    presetId: fc.constantFrom(...presetIds),
    tokensPerMonth: tokensPerMonthArb,
    changes: fc.record(
      {
        inputSharePercent: onStep('inputSharePercent'),
        tokensPerRequest: onStep('tokensPerRequest'),
        reasoningTokensPerRequest: onStep('reasoningTokensPerRequest'),
        cachedPrefixTokens: onStep('cachedPrefixTokens'),
        batchableSharePercent: onStep('batchableSharePercent'),
        peakToAverage: onStep('peakToAverage'),
        maxTimeToFirstTokenSeconds: onStep('maxTimeToFirstTokenSeconds'),
        minOutputTokensPerSecond: onStep('minOutputTokensPerSecond'),
        tokenizerRatio: onStep('tokenizerRatio'),
        opsFteAvailable: onStep('opsFteAvailable'),
        trafficPattern: onStep('trafficPattern'),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ presetId, tokensPerMonth, changes }) => ({
    ...workloadBase(presetId),
    tokensPerMonth,
    ...changes,
  }));

const priceArb = fc.option(onStep('usdPerMillionTokens'), { nil: null });
const procurements: ProcurementChoice[] = [
  'on-demand',
  'reserved',
  'spot',
  'owned',
  'desk',
];

function apiOptionArb(catalog: Catalog) {
  return fc
    .record({
      apiModelId: fc.constantFrom(...catalog.apiModels.map((m) => m.id)),
      colorIndex: fc.integer({ min: 0, max: PALETTE_SIZE - 1 }),
      useBatch: fc.boolean(),
      customInputUsdPerMillion: priceArb,
      customOutputUsdPerMillion: priceArb,
      effortPick: fc.option(fc.nat({ max: 16 }), { nil: undefined }),
    })
    .map((r) => (id: string): OptionState => {
      // Only an effort the catalog measured for the model survives the link.
      const efforts = Object.keys(
        catalog.reasoningTokens.find((e) => e.apiModelId === r.apiModelId)
          ?.tokensPerRequestByEffort ?? {},
      ) as ReasoningEffort[];
      return {
        ...apiOptionFrom(id, r.colorIndex, r.apiModelId),
        useBatch: r.useBatch,
        customInputUsdPerMillion: r.customInputUsdPerMillion,
        customOutputUsdPerMillion: r.customOutputUsdPerMillion,
        ...(r.effortPick !== undefined && efforts.length > 0
          ? { reasoningEffort: efforts[r.effortPick % efforts.length]! }
          : {}),
      };
    });
}

function selfHostOptionArb(catalog: Catalog) {
  return fc
    .record({
      openModelId: fc.constantFrom(...catalog.openModels.map((m) => m.id)),
      quantId: fc.constantFrom(...catalog.quants.map((q) => q.id)),
      engineId: fc.constantFrom(...catalog.engines.map((e) => e.id)),
      hardwareId: fc.constantFrom(...catalog.hardware.map((h) => h.id)),
      gpusPerReplica: fc.integer({ min: 0, max: 8 }),
      procurement: fc.constantFrom(...procurements),
      colorIndex: fc.integer({ min: 0, max: PALETTE_SIZE - 1 }),
      numbers: fc.record(
        {
          usdPerGpuHour: onStep('usdPerGpuHour'),
          capexUsdPerDevice: onStep('capexUsdPerDevice'),
          opsFteShare: onStep('opsFteShare'),
          extraReplicas: onStep('extraReplicas'),
          targetUtilisationPercent: onStep('targetUtilisationPercent'),
          maxConcurrentSequences: onStep('maxConcurrentSequences'),
        },
        { requiredKeys: [] },
      ),
      // A KV-cache precision the engine offers on that hardware (ADR-27), or its default.
      kvPick: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ numbers, kvPick, ...r }) => (id: string): OptionState => {
      const choices = kvCacheChoicesFor(
        catalog.byId.engines[r.engineId]!,
        catalog.byId.hardware[r.hardwareId],
      );
      return {
        ...selfHostOptionFrom(catalog, { id, ...r }),
        ...numbers,
        ...(kvPick !== undefined && choices.length > 0
          ? { kvCachePrecision: choices[kvPick % choices.length]!.precision }
          : {}),
      };
    });
}

/** Up to MAX_OPTIONS options with unique ids of the store's form (a1, s2, …). */
export function optionsArb(catalog: Catalog): fc.Arbitrary<OptionState[]> {
  const defaults = [...defaultInputs(catalog).options];
  const random = fc
    .uniqueArray(
      fc.record({
        n: fc.integer({ min: 1, max: 999 }),
        make: fc.oneof(apiOptionArb(catalog), selfHostOptionArb(catalog)),
      }),
      { maxLength: MAX_OPTIONS, selector: (x) => x.n },
    )
    .map((xs) =>
      xs.map(({ n, make }) => {
        const probe = make('a1');
        return make(`${probe.kind === 'api' ? 'a' : 's'}${n}`);
      }),
    );
  // The defaults, some removed or edited: exercises the `a1` short form.
  const edited = fc
    .record({
      keep: fc.shuffledSubarray(defaults, { minLength: 0 }),
      extra: random,
    })
    .map(({ keep, extra }) => {
      const ids = new Set(keep.map((o) => o.id));
      return [...keep, ...extra.filter((o) => !ids.has(o.id))].slice(
        0,
        MAX_OPTIONS,
      );
    });
  return fc.oneof(fc.constant(defaults), edited, random);
}

/** Every valid scenario: generators read BOUNDS, the presets and the catalog's ids. */
export function inputsArb(catalog: Catalog): fc.Arbitrary<CalculatorInputs> {
  return fc.record({
    workload: workloadArb,
    options: optionsArb(catalog),
    privacyRuleIds: fc.shuffledSubarray(catalog.privacyRules.map((r) => r.id)),
    hybrid: fc.record({
      localSharePercent: onStep('hybridLocalSharePercent'),
      escalationSharePercent: onStep('hybridEscalationSharePercent'),
      sensitiveSharePercent: onStep('sensitiveSharePercent'),
      devSharePercent: onStep('devSharePercent'),
    }),
    usdPerFteMonth: onStep('usdPerFteMonth'),
    compareSameModelHosted: fc.boolean(),
    qualityFloorIndex: fc.option(onStep('qualityFloorIndex'), { nil: null }),
  });
}

/** A name as a link carries it: cleaned, or none. */
export const nameArb: fc.Arbitrary<string | null> = fc
  .option(fc.string({ unit: 'binary', maxLength: 120 }), { nil: null })
  .map((s) => (s === null ? null : cleanName(s) || null));
