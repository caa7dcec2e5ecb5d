/**
 * The band and "What moves it" use the measured spread of the estimator
 * (issue 12 item 6, ADR-27, docs/methods.md §20.11): the efficiencies vary
 * between their effective value × the 10th and 90th percentile of measured ÷
 * estimated speed out of sample, not between assumed bounds; and a GPU
 * generation with its own measured factor (§20.7) is varied too.
 */
import { describe, expect, it } from 'vitest';
import {
  catalog as pageCatalog,
  withMeasuredError,
} from '../../../src/catalog';
import { MEASURED_ERROR } from '../../../src/catalog/data/fidelity-oos-generated';

const catalog = withMeasuredError(pageCatalog, MEASURED_ERROR);
import {
  analyseSensitivity,
  effectiveEfficiencies,
  measuredErrorFor,
  SENSITIVITY_RANGES,
  type Scenario,
} from '../../../src/engine';
import {
  defaultInputs,
  scenarioFromInputs,
  selfHostOptionFrom,
} from '../../../src/state';

function scenarioWith(hardwareId: string, engineId: string): Scenario {
  const base = defaultInputs(catalog);
  const option = selfHostOptionFrom(catalog, {
    id: 's9',
    colorIndex: 5,
    openModelId: 'llama-3.1-8b-instruct',
    quantId: 'bf16',
    engineId,
    hardwareId,
    gpusPerReplica: 1,
    procurement: 'on-demand',
  });
  return scenarioFromInputs(
    {
      ...base,
      workload: { ...base.workload, tokensPerMonth: 5e11 },
      options: [...base.options, option],
    },
    catalog,
  );
}

const bar = (
  r: NonNullable<ReturnType<typeof analyseSensitivity>>,
  input: string,
) => r.tornado.selfHostUsdPerMonth.find((b) => b.input === input)!;

describe('measured spreads in the tornado and band', () => {
  it('ηbw varies from its effective value × the measured p10 of saturated throughput', () => {
    const scenario = scenarioWith('h100-sxm-80gb', 'vllm');
    const r = analyseSensitivity(scenario, catalog, {
      selfHostOptionId: 's9',
    })!;
    const hw = catalog.byId.hardware['h100-sxm-80gb']!;
    const eff = effectiveEfficiencies(catalog.byId.engines.vllm!, hw);
    const m = measuredErrorFor(catalog, hw.id, 'vllm', 'throughput')!;
    const b = bar(r, 'bandwidth-efficiency');
    expect(b.baseInput).toBeCloseTo(eff.bandwidth, 10);
    expect(b.lowInput).toBeCloseTo(
      Math.min(
        eff.bandwidth,
        Math.min(1, eff.bandwidth * m.spread.speedRatio.p10),
      ),
      10,
    );
    expect(b.highInput).toBeCloseTo(
      Math.max(
        eff.bandwidth,
        Math.min(1, eff.bandwidth * m.spread.speedRatio.p90),
      ),
      10,
    );
    expect(r.measuredRanges?.bandwidth?.group).toBe(m.group);
  });

  it('a lower measured efficiency raises the self-hosted cost at the low end of the bar', () => {
    const r = analyseSensitivity(
      scenarioWith('h100-sxm-80gb', 'vllm'),
      catalog,
      {
        selfHostOptionId: 's9',
      },
    )!;
    const b = bar(r, 'bandwidth-efficiency');
    expect(b.swing).toBeGreaterThan(0);
    expect(b.atLow!).toBeGreaterThan(b.atHigh!);
  });

  it('without measurements in the catalog the assumed ranges stay', () => {
    const bare = pageCatalog;
    const r = analyseSensitivity(scenarioWith('h100-sxm-80gb', 'vllm'), bare, {
      selfHostOptionId: 's9',
    })!;
    expect(bar(r, 'prefill-efficiency').lowInput).toBe(
      Math.min(
        SENSITIVITY_RANGES['prefill-efficiency'].low,
        bar(r, 'prefill-efficiency').baseInput,
      ),
    );
    expect(r.measuredRanges).toBeUndefined();
  });

  it('regression: a generation with its own factor (MI300X · vLLM) still moves with ηbw', () => {
    const engine = catalog.byId.engines.vllm!;
    const hw = catalog.byId.hardware['mi300x-192gb']!;
    const own = hw.generation
      ? engine.efficiencyByGeneration?.[hw.generation]
      : undefined;
    expect(own?.bandwidth).toBeDefined();
    const r = analyseSensitivity(scenarioWith(hw.id, 'vllm'), catalog, {
      selfHostOptionId: 's9',
    })!;
    const b = bar(r, 'bandwidth-efficiency');
    expect(b.baseInput).toBeCloseTo(own!.bandwidth!, 10);
    expect(b.swing).toBeGreaterThan(0);
  });
});
