/**
 * On-call follows the kind of traffic (issue 11 item 5, docs/methods.md §19.1,
 * ADR-19): batch work pages nobody, so its options default to no on-call; a
 * figure the user typed stays, and the link carries either.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { evaluateScenario } from '../../../src/engine';
import {
  createCalculatorStore,
  defaultInputs,
  onCallFteDefault,
  scenarioFromInputs,
  type CalculatorInputs,
  type SelfHostOptionState,
} from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

const people = catalog.costDefaults.people;
const interactive = onCallFteDefault(people, 'on-demand', 0);

function store(inputs: CalculatorInputs = defaultInputs(catalog)) {
  return createCalculatorStore(inputs, catalog);
}
/** The store's rented and racked self-hosted options (a desk machine has no on-call anyway). */
const selfHosted = (s: ReturnType<typeof store>) =>
  s
    .getState()
    .inputs.options.filter(
      (o): o is SelfHostOptionState =>
        o.kind === 'self-host' && o.procurement !== 'desk',
    );
const peopleUsd = (inputs: CalculatorInputs) =>
  evaluateScenario(scenarioFromInputs(inputs, catalog), catalog, {
    curveSamples: 2,
  })
    .selfHost.filter((r) => r.feasible)
    .map(
      (r) =>
        (r.feasible &&
          r.cost.lines.find((l) => l.kind === 'ops-people')?.usdPerMonth) ||
        0,
    );

describe('on-call by traffic kind (§19.1)', () => {
  it('batch work defaults to less on-call than interactive traffic (none by default)', () => {
    expect(onCallFteDefault(people, 'on-demand', 1)).toBeLessThan(interactive);
    expect(onCallFteDefault(people, 'owned', 1)).toBe(0);
    expect(onCallFteDefault(people, 'desk', 0)).toBe(0);
  });

  it('switching to batch traffic drops the default on-call and lowers the people cost; back again restores it', () => {
    const s = store();
    const before = peopleUsd(s.getState().inputs);
    expect(selfHosted(s).every((o) => o.onCallFte === interactive)).toBe(true);
    s.getState().actions.workloadChanged('trafficKind', 1);
    expect(selfHosted(s).every((o) => o.onCallFte === 0)).toBe(true);
    const after = peopleUsd(s.getState().inputs);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(after)).toBeLessThan(sum(before));
    s.getState().actions.workloadChanged('trafficKind', 0);
    expect(selfHosted(s).every((o) => o.onCallFte === interactive)).toBe(true);
  });

  it('the batch presets start without on-call, and an option added to batch work too', () => {
    const s = store();
    s.getState().actions.presetApplied('batch-summarisation');
    expect(selfHosted(s).length).toBeGreaterThan(0);
    expect(selfHosted(s).every((o) => o.onCallFte === 0)).toBe(true);
    const first = selfHosted(s)[0]!;
    s.getState().actions.selfHostOptionAdded({
      openModelId: first.openModelId,
      quantId: first.quantId,
      engineId: first.engineId,
      hardwareId: first.hardwareId,
      gpusPerReplica: first.gpusPerReplica,
      procurement: 'owned',
    });
    expect(selfHosted(s).at(-1)!.onCallFte).toBe(0);
    s.getState().actions.presetApplied('chatbot');
    expect(selfHosted(s).every((o) => o.onCallFte === interactive)).toBe(true);
  });

  it('a figure the user typed stays through a change of traffic kind and of procurement', () => {
    const s = store();
    const id = selfHosted(s)[0]!.id;
    s.getState().actions.optionChanged(id, { onCallFte: 0.5 });
    s.getState().actions.workloadChanged('trafficKind', 1);
    expect(selfHosted(s)[0]!.onCallFte).toBe(0.5);
    // In batch work a typed interactive figure is kept too.
    s.getState().actions.optionChanged(id, { onCallFte: interactive });
    s.getState().actions.optionChanged(id, { procurement: 'owned' });
    expect(selfHosted(s)[0]!.onCallFte).toBe(interactive);
  });

  it('a batch option keeps no on-call through a change of procurement', () => {
    const s = store();
    s.getState().actions.workloadChanged('trafficKind', 1);
    const id = selfHosted(s)[0]!.id;
    s.getState().actions.optionChanged(id, { procurement: 'owned' });
    expect(selfHosted(s)[0]!.onCallFte).toBe(0);
  });

  it('the link carries a batch option’s 0, and an old link without it decodes as before', () => {
    const s = store();
    s.getState().actions.workloadChanged('trafficKind', 1);
    const inputs = s.getState().inputs;
    const back = decodeLink(encodeLink(inputs, { catalog }), {
      catalog,
    }).inputs;
    const options = back.options.filter(
      (o): o is SelfHostOptionState =>
        o.kind === 'self-host' && o.procurement !== 'desk',
    );
    expect(options.every((o) => o.onCallFte === 0)).toBe(true);
    // An option without `q` is read at the interactive default, as it always was.
    const plain = decodeLink(encodeLink(defaultInputs(catalog), { catalog }), {
      catalog,
    }).inputs.options.filter(
      (o): o is SelfHostOptionState =>
        o.kind === 'self-host' && o.procurement !== 'desk',
    );
    expect(plain.every((o) => o.onCallFte === interactive)).toBe(true);
  });
});
