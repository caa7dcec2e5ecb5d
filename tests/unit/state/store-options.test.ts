/**
 * The store's option actions: presets swapping the option set, adding up to
 * MAX_OPTIONS, removing, and clamping an option editor's patch. Run on the
 * real catalog (the default options name real models), asserting structure
 * and arithmetic only, so a price refresh cannot break them.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  BOUNDS,
  createCalculatorStore,
  defaultInputs,
  embeddingOptions,
  isEmbeddingOption,
  MAX_OPTIONS,
  PALETTE_SIZE,
  selfHostOptionFrom,
  WORKLOAD_PRESETS,
  type OptionState,
  type SelfHostOptionState,
} from '../../../src/state';

function freshStore() {
  return createCalculatorStore(defaultInputs(catalog), catalog);
}

const someApiModel = catalog.apiModels.find((m) => m.mode !== 'embedding')!;

function selfHost(options: readonly OptionState[], id: string) {
  const o = options.find((x) => x.id === id);
  if (o?.kind !== 'self-host') throw new Error(`${id} is not self-hosted`);
  return o;
}

/** What `selfHostOptionAdded` takes: the configuration without id, colour or prices. */
function configOf(o: SelfHostOptionState) {
  const { openModelId, quantId, engineId, hardwareId } = o;
  const { gpusPerReplica, procurement } = o;
  return {
    openModelId,
    quantId,
    engineId,
    hardwareId,
    gpusPerReplica,
    procurement,
  };
}

describe('presetApplied', () => {
  it('takes the use case’s workload values and keeps the volume', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.workloadChanged('tokensPerMonth', 300e6);
    actions.presetApplied('rag');
    const w = store.getState().inputs.workload;
    const rag = WORKLOAD_PRESETS.find((p) => p.id === 'rag')!;
    expect(w).toMatchObject({ ...rag.values, presetId: 'rag' });
    expect(w.tokensPerMonth).toBe(300e6);
  });

  it('keeps the options when both use cases compare chat models', () => {
    const store = freshStore();
    const before = store.getState().inputs.options;
    store.getState().actions.presetApplied('code-assistant');
    expect(store.getState().inputs.options).toBe(before);
  });

  it('embeddings swap in embedding options, and a chat use case swaps the chat defaults back', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.presetApplied('embeddings');
    const embed = store.getState().inputs.options;
    // An embeddings backfill is batch work: no on-call by default (§19.1).
    expect(embed).toEqual(
      embeddingOptions(catalog).map((o) =>
        o.kind === 'self-host' && o.procurement !== 'desk'
          ? { ...o, onCallFte: 0 }
          : o,
      ),
    );
    expect(embed.length).toBeGreaterThan(0);
    expect(embed.every((o) => isEmbeddingOption(o, catalog))).toBe(true);

    actions.presetApplied('chatbot');
    const chat = store.getState().inputs.options;
    expect(chat).toEqual(defaultInputs(catalog).options);
    expect(chat.some((o) => isEmbeddingOption(o, catalog))).toBe(false);
  });

  it('re-applying embeddings keeps edited embedding options (nothing mismatched)', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.presetApplied('embeddings');
    actions.optionRemoved('a1');
    const edited = store.getState().inputs.options;
    actions.presetApplied('embeddings');
    expect(store.getState().inputs.options).toBe(edited);
  });
});

describe('adding options', () => {
  it('gives the lowest free id and the first unused colour', () => {
    const store = freshStore();
    const { actions } = store.getState();
    const ids = store.getState().inputs.options.map((o) => o.id);
    expect(ids).toEqual(['a1', 'a2', 's1', 's2', 's3']);
    actions.apiOptionAdded(someApiModel.id);
    const added = store.getState().inputs.options.at(-1)!;
    // a1 and a2 are taken; colours 0–4 are used by the five defaults.
    expect(added).toMatchObject({ kind: 'api', id: 'a3', colorIndex: 5 });
    expect(added).toMatchObject({ apiModelId: someApiModel.id });
  });

  it(`refuses an option beyond MAX_OPTIONS (${MAX_OPTIONS})`, () => {
    const store = freshStore();
    const { actions } = store.getState();
    const start = store.getState().inputs.options.length;
    for (let n = start; n < MAX_OPTIONS; n++)
      actions.apiOptionAdded(someApiModel.id);
    const full = store.getState().inputs;
    expect(full.options).toHaveLength(MAX_OPTIONS);
    actions.apiOptionAdded(someApiModel.id);
    actions.selfHostOptionAdded(configOf(selfHost(full.options, 's1')));
    expect(store.getState().inputs).toBe(full);
  });

  it('after a removal, the freed id and colour are reused', () => {
    const store = freshStore();
    const { actions } = store.getState();
    const s2 = selfHost(store.getState().inputs.options, 's2');
    actions.optionRemoved('s2');
    expect(store.getState().inputs.options.map((o) => o.id)).toEqual([
      'a1',
      'a2',
      's1',
      's3',
    ]);
    actions.selfHostOptionAdded(configOf(s2));
    const back = selfHost(store.getState().inputs.options, 's2');
    // Colours 0, 1, 2 and 4 are still in use: 3, s2's, is the first free one.
    expect(back.colorIndex).toBe(3);
    expect(back).toEqual(s2);
    expect(back.colorIndex).toBeLessThan(PALETTE_SIZE);
  });

  it('removing an id that is not there changes nothing', () => {
    const store = freshStore();
    const before = store.getState().inputs.options;
    store.getState().actions.optionRemoved('s9');
    expect(store.getState().inputs.options).toEqual(before);
  });
});

describe('optionChanged clamps each number to its bound', () => {
  function changedS1(patch: Partial<SelfHostOptionState>) {
    const store = freshStore();
    store.getState().actions.optionChanged('s1', patch);
    return selfHost(store.getState().inputs.options, 's1');
  }

  it('clamps self-hosted numbers to the ends of their range', () => {
    const high = changedS1({
      usdPerGpuHour: 1e6,
      opsFteShare: 9,
      extraReplicas: 99,
      targetUtilisationPercent: 500,
      gpusPerReplica: 20,
    });
    expect(high).toMatchObject({
      usdPerGpuHour: BOUNDS.usdPerGpuHour.max,
      opsFteShare: BOUNDS.opsFteShare.max,
      extraReplicas: BOUNDS.extraReplicas.max,
      targetUtilisationPercent: BOUNDS.targetUtilisationPercent.max,
      gpusPerReplica: BOUNDS.gpusPerReplica.max,
    });
    const low = changedS1({
      usdPerGpuHour: -3,
      capexUsdPerDevice: 1,
      targetUtilisationPercent: 0,
    });
    expect(low).toMatchObject({
      usdPerGpuHour: BOUNDS.usdPerGpuHour.min,
      capexUsdPerDevice: BOUNDS.capexUsdPerDevice.min,
      targetUtilisationPercent: BOUNDS.targetUtilisationPercent.min,
    });
  });

  it('snaps to the step: 72 % utilisation (step 5) becomes 70 %, 2.346 $/h becomes 2.35', () => {
    const o = changedS1({ targetUtilisationPercent: 72, usdPerGpuHour: 2.346 });
    expect(o.targetUtilisationPercent).toBe(70);
    expect(o.usdPerGpuHour).toBe(2.35);
  });

  it('keeps 0 GPUs per replica (auto) and clamps 0.4 up to one GPU', () => {
    expect(changedS1({ gpusPerReplica: 0 }).gpusPerReplica).toBe(0);
    expect(changedS1({ gpusPerReplica: 0.4 }).gpusPerReplica).toBe(1);
  });

  it('a number that is not finite falls back to its bound’s default', () => {
    const o = changedS1({
      usdPerGpuHour: Number.NaN,
      gpusPerReplica: Number.NaN,
      opsFteShare: Number.POSITIVE_INFINITY,
    });
    expect(o.usdPerGpuHour).toBe(BOUNDS.usdPerGpuHour.default);
    expect(o.gpusPerReplica).toBe(BOUNDS.gpusPerReplica.default);
    expect(o.opsFteShare).toBe(BOUNDS.opsFteShare.default);
  });

  it('clamps your own API prices and leaves null (the catalog price) alone', () => {
    const store = freshStore();
    store.getState().actions.optionChanged('a1', {
      customInputUsdPerMillion: 5000,
      customOutputUsdPerMillion: 0,
    });
    store.getState().actions.optionChanged('a2', {
      customInputUsdPerMillion: null,
    });
    const [a1, a2] = store.getState().inputs.options;
    expect(a1).toMatchObject({
      customInputUsdPerMillion: BOUNDS.usdPerMillionTokens.max,
      customOutputUsdPerMillion: BOUNDS.usdPerMillionTokens.min,
    });
    expect(a2).toMatchObject({ customInputUsdPerMillion: null });
  });

  it('changes only the option named', () => {
    const store = freshStore();
    const before = store.getState().inputs.options;
    store.getState().actions.optionChanged('s2', { extraReplicas: 3 });
    const after = store.getState().inputs.options;
    expect(selfHost(after, 's2').extraReplicas).toBe(3);
    after
      .filter((o) => o.id !== 's2')
      .forEach((o, i) =>
        expect(o).toBe(before.filter((x) => x.id !== 's2')[i]),
      );
  });
});

describe('optionChanged keeps a self-hosted option consistent with its hardware', () => {
  const defaults = defaultInputs(catalog).options;
  const rack = selfHost(defaults, 's1');
  const desk = selfHost(defaults, 's3');

  it('a datacenter GPU cannot be on a desk: it becomes owned; a workstation can', () => {
    expect(desk.procurement).toBe('desk');
    const store = freshStore();
    const { actions } = store.getState();
    actions.optionChanged('s1', { procurement: 'desk' });
    actions.optionChanged('s3', { procurement: 'desk' });
    const options = store.getState().inputs.options;
    expect(selfHost(options, 's1').procurement).toBe('owned');
    expect(selfHost(options, 's3').procurement).toBe('desk');
  });

  it('another GPU brings its own catalog prices, unless a price is typed in the same change', () => {
    const other = catalog.hardware.find(
      (h) => h.id !== rack.hardwareId && h.id !== desk.hardwareId,
    )!;
    const store = freshStore();
    const { actions } = store.getState();
    actions.optionChanged('s1', { hardwareId: other.id });
    const moved = selfHost(store.getState().inputs.options, 's1');
    expect(moved.hardwareId).toBe(other.id);
    expect(moved.usdPerGpuHour).toBe(
      selfHostOptionFrom(catalog, { ...rack, hardwareId: other.id })
        .usdPerGpuHour,
    );

    actions.optionChanged('s2', { hardwareId: other.id, usdPerGpuHour: 4.5 });
    expect(selfHost(store.getState().inputs.options, 's2').usdPerGpuHour).toBe(
      4.5,
    );
  });
});
