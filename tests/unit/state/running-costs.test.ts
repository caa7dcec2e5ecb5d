/**
 * Issue 11 items 5 and 7 (docs/methods.md §7.3, §19.1; ADR-19): people grow
 * with the fleet, and bought hardware is paid on terms the user sets per
 * option. Directions only, checked through the page's own path (inputs →
 * scenarioFromInputs → evaluateScenario), never today's numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  evaluateScenario,
  findCheapestConfiguration,
  type SelfHostResult,
} from '../../../src/engine';
import {
  BOUNDS,
  createCalculatorStore,
  defaultInputs,
  scenarioFromInputs,
  selfHostOptionFrom,
  type CalculatorInputs,
  type ProcurementChoice,
  type SelfHostOptionState,
} from '../../../src/state';
import { decodeLink, encodeLink } from '../../../src/url';

const seventyB = (procurement: ProcurementChoice): SelfHostOptionState =>
  selfHostOptionFrom(catalog, {
    id: 's1',
    colorIndex: 2,
    openModelId: 'llama-3.3-70b-instruct',
    quantId: 'fp8',
    engineId: 'vllm',
    hardwareId: 'h100-sxm-80gb',
    gpusPerReplica: 2,
    procurement,
  });

function inputsWith(
  option: SelfHostOptionState,
  tokensPerMonth = 1e9,
): CalculatorInputs {
  const base = defaultInputs(catalog);
  return {
    ...base,
    workload: { ...base.workload, tokensPerMonth },
    options: [option],
    compareSameModelHosted: false,
  };
}

type Feasible = Extract<SelfHostResult, { feasible: true }>;

function resultOf(option: SelfHostOptionState, tokensPerMonth = 1e9): Feasible {
  const r = evaluateScenario(
    scenarioFromInputs(inputsWith(option, tokensPerMonth), catalog),
    catalog,
    { curveSamples: 2 },
  ).selfHost[0]!;
  if (!r.feasible) throw new Error('expected a feasible option');
  return r;
}

const line = (r: Feasible, kind: string) =>
  r.cost.lines.find((l) => l.kind === kind)?.usdPerMonth ?? 0;

describe('people scale with the fleet (§19.1)', () => {
  it('operations time rises with the replicas a volume needs', () => {
    const option = seventyB('on-demand');
    const small = resultOf(option, 1e9);
    const large = resultOf(option, 1e12);
    expect(large.gpus).toBeGreaterThan(small.gpus);
    expect(line(large, 'ops-people')).toBeGreaterThan(
      line(small, 'ops-people'),
    );
  });

  it('without the per-GPU step the people line does not grow (the old model)', () => {
    const option = { ...seventyB('on-demand'), opsFtePerGpu: 0 };
    expect(line(resultOf(option, 1e12), 'ops-people')).toBeCloseTo(
      line(resultOf(option, 1e9), 'ops-people'),
      6,
    );
  });

  it('on-call adds people cost; a desk machine has none by default', () => {
    const option = seventyB('on-demand');
    expect(option.onCallFte).toBeGreaterThan(0);
    expect(line(resultOf(option), 'ops-people')).toBeGreaterThan(
      line(resultOf({ ...option, onCallFte: 0 }), 'ops-people'),
    );
    const desk = selfHostOptionFrom(catalog, {
      id: 's3',
      colorIndex: 4,
      openModelId: 'llama-3.1-8b-instruct',
      quantId: 'gguf-q4-k-m',
      engineId: 'ollama',
      hardwareId: 'apple-m4-max-128gb',
      gpusPerReplica: 1,
      procurement: 'desk',
    });
    expect(desk.onCallFte).toBe(0);
    expect(desk.opsFtePerGpu).toBe(0);
  });

  it('owned servers need more hands per GPU than rented ones (physical vs virtual servers)', () => {
    expect(seventyB('owned').opsFtePerGpu).toBeGreaterThan(
      seventyB('on-demand').opsFtePerGpu,
    );
  });

  it('the cost lines still add up to the total, whatever the per-GPU step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 1e8, max: 1e12, noNaN: true }),
        (perGpu, tokens) => {
          const r = resultOf(
            { ...seventyB('on-demand'), opsFtePerGpu: perGpu },
            tokens,
          );
          const sum = r.cost.lines.reduce((s, l) => s + l.usdPerMonth, 0);
          expect(sum).toBeCloseTo(r.cost.usdPerMonth, 4);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('changing how the hardware is got moves defaults it still holds, never a typed figure', () => {
    const store = createCalculatorStore(
      inputsWith(seventyB('on-demand')),
      catalog,
    );
    const { actions } = store.getState();
    actions.optionChanged('s1', { procurement: 'owned' });
    const owned = store.getState().inputs.options[0] as SelfHostOptionState;
    expect(owned.opsFtePerGpu).toBe(seventyB('owned').opsFtePerGpu);
    actions.optionChanged('s1', { onCallFte: 0.5 });
    actions.optionChanged('s1', { procurement: 'on-demand' });
    const back = store.getState().inputs.options[0] as SelfHostOptionState;
    expect(back.onCallFte).toBe(0.5);
    expect(back.opsFtePerGpu).toBe(seventyB('on-demand').opsFtePerGpu);
  });
});

describe('owned hardware on the page (§7.3)', () => {
  const owned = seventyB('owned');
  const total = (o: SelfHostOptionState) => resultOf(o).cost.usdPerMonth;

  it('an owned option on your own premises pays no colocation', () => {
    const colo = resultOf(owned);
    const own = resultOf({ ...owned, colocationUsdPerKwMonth: 0 });
    expect(line(colo, 'hosting')).toBeGreaterThan(0);
    expect(line(own, 'hosting')).toBe(0);
    expect(own.cost.usdPerMonth).toBeLessThan(colo.cost.usdPerMonth);
  });

  it('a longer amortisation lowers the monthly cost', () => {
    expect(total({ ...owned, amortisationMonths: 60 })).toBeLessThan(
      total({ ...owned, amortisationMonths: 36 }),
    );
  });

  it('resale value lowers it; cost of capital raises it', () => {
    expect(total({ ...owned, resalePercent: 40 })).toBeLessThan(
      total({ ...owned, resalePercent: 0 }),
    );
    expect(total({ ...owned, costOfCapitalPercent: 15 })).toBeGreaterThan(
      total({ ...owned, costOfCapitalPercent: 0 }),
    );
  });

  it('dearer power, a worse PUE and more server overhead each raise it', () => {
    const base = total(owned);
    expect(total({ ...owned, electricityUsdPerKwh: 0.3 })).toBeGreaterThan(
      base,
    );
    expect(total({ ...owned, pue: 2 })).toBeGreaterThan(base);
    expect(total({ ...owned, serverOverheadPercent: 100 })).toBeGreaterThan(
      base,
    );
  });

  it('the store clamps every new field to its bound', () => {
    const store = createCalculatorStore(inputsWith(owned), catalog);
    store.getState().actions.optionChanged('s1', {
      amortisationMonths: 10_000,
      pue: 0.2,
      resalePercent: -5,
    });
    const o = store.getState().inputs.options[0] as SelfHostOptionState;
    expect(o.amortisationMonths).toBe(BOUNDS.amortisationMonths.max);
    expect(o.pue).toBe(BOUNDS.pue.min);
    expect(o.resalePercent).toBe(BOUNDS.resalePercent.min);
  });

  it('the link carries every running-cost field, and an old link keeps the defaults', () => {
    const edited: SelfHostOptionState = {
      ...owned,
      opsFtePerGpu: 0.01,
      onCallFte: 0,
      amortisationMonths: 60,
      resalePercent: 10,
      costOfCapitalPercent: 12,
      electricityUsdPerKwh: 0.09,
      pue: 1.2,
      colocationUsdPerKwMonth: 0,
      serverOverheadPercent: 30,
    };
    const inputs = inputsWith(edited);
    const decoded = decodeLink(encodeLink(inputs, { catalog }), { catalog });
    expect(decoded.inputs.options[0]).toEqual(edited);
    const plain = decodeLink(encodeLink(inputsWith(owned), { catalog }), {
      catalog,
    });
    expect(plain.inputs.options[0]).toEqual(owned);
    expect(encodeLink(inputsWith(owned), { catalog })).not.toMatch(
      /:[kqmviewlo]\d/,
    );
  });

  it('the search prices a desk machine at the page’s electricity price (one default)', () => {
    const desk = selfHostOptionFrom(catalog, {
      id: 's3',
      colorIndex: 4,
      openModelId: 'llama-3.1-8b-instruct',
      quantId: 'gguf-q4-k-m',
      engineId: 'ollama',
      hardwareId: 'apple-m4-max-128gb',
      gpusPerReplica: 1,
      procurement: 'desk',
    });
    const scenario = scenarioFromInputs(inputsWith(desk, 5e6), catalog);
    const page = scenario.selfHostOptions[0]!.procurement;
    const found = findCheapestConfiguration(
      {
        workload: scenario.workload,
        ops: scenario.selfHostOptions[0]!.ops,
        extraReplicas: 0,
        targetUtilisation: 0.75,
        hardwareIds: ['apple-m4-max-128gb'],
      },
      catalog,
    ).best.find((c) => c.procurement.kind === 'desk');
    expect(page.kind).toBe('desk');
    if (page.kind !== 'desk' || !found) throw new Error('expected desk');
    const searched = found.procurement;
    if (searched.kind !== 'desk') throw new Error('expected desk');
    expect(searched.electricityUsdPerKwh).toBe(page.electricityUsdPerKwh);
  });
});
