/**
 * Uncertainty (docs/methods.md §10): which inputs move the answer most
 * (one-at-a-time tornado, `tornado.ts`), a low/high band from the inputs'
 * ranges, elasticities (`elasticity.ts`) and an optional seeded Monte Carlo
 * (`monte-carlo.ts`). Pure: the random generator is implemented there and
 * seeded by the caller.
 */
import type { Catalog, HardwareKind } from '../catalog';
import { apiCostFunction } from './api-cost';
import { resolveApiOptions } from './reasoning';
import { elasticities } from './elasticity';
import { sanitiseWorkload, type Scenario } from './evaluate';
import { monteCarlo } from './monte-carlo';
import { withSameModelComparators } from './same-model-hosted';
import { evaluateSelfHost } from './self-host';
import { evaluatePoint, type PairContext } from './sensitivity-point';
import type {
  SensitivityInputId,
  SensitivityOptions,
  SensitivityRanges,
  SensitivityResult,
  SensitivityValues,
} from './sensitivity-types';
import { tornadoAndBand } from './tornado';
import {
  effectiveEfficiencies,
  measuredEfficiencyRanges,
} from './sensitivity-measured';

/**
 * Ranges of the varied inputs (docs/methods.md §2, §10.1). Prices, volume and
 * output are multipliers of the user's value; the rest are absolute.
 * Grade C unless docs/methods.md §10.1 says otherwise.
 */
export const SENSITIVITY_RANGES: Readonly<
  Record<SensitivityInputId, { readonly low: number; readonly high: number }>
> = {
  // GPU rent or purchase price: ±40 % market spread (docs/methods.md §2.7, [S24]).
  'gpu-price': { low: 0.6, high: 1.4 },
  // API list prices: halve within a year at constant capability ([S15]) or rise 20 %.
  'api-price': { low: 0.5, high: 1.2 },
  // Share of one engineer running the service (docs/methods.md §2.7: 0.05–1.0).
  'ops-fte-share': { low: 0.05, high: 1 },
  // Target peak utilisation (docs/methods.md §2.7: 0.6–0.9).
  'target-utilisation': { low: 0.6, high: 0.9 },
  // Peak-to-average traffic (docs/methods.md §2.1: 1.2–4).
  'peak-to-average': { low: 1.2, high: 4 },
  // Decode bandwidth efficiency ηbw (docs/methods.md §2.6: datacenter 0.45–0.85).
  'bandwidth-efficiency': { low: 0.45, high: 0.85 },
  // Prefill FLOP efficiency ηpf (docs/methods.md §2.6: 0.30–0.70).
  'prefill-efficiency': { low: 0.3, high: 0.7 },
  // Self-hosted tokens per API token τ (docs/methods.md §2.1: 0.85–1.25, [S4]).
  'tokenizer-ratio': { low: 0.85, high: 1.25 },
  // Output tokens per request ±50 % (output is the expensive side on both).
  'output-tokens': { low: 0.5, high: 1.5 },
  // Monthly volume: half to double the estimate.
  volume: { low: 0.5, high: 2 },
};

/** ηbw ranges per hardware kind (docs/methods.md §2.6). */
const BANDWIDTH_RANGE: Record<HardwareKind, { low: number; high: number }> = {
  'datacenter-gpu': { low: 0.45, high: 0.85 },
  'consumer-gpu': { low: 0.5, high: 0.85 },
  apple: { low: 0.45, high: 0.8 },
  cpu: { low: 0.45, high: 0.75 },
};

/**
 * Tornado, band and (optionally) Monte Carlo for one API / self-hosted pair:
 * by default the cheapest eligible API and the cheapest feasible self-hosted
 * option at the user's volume. Each bar re-evaluates the pair with one input
 * at the low and the high end of its range (docs/methods.md §10.2). Returns null
 * when the scenario has no API option or no self-hosted option. With
 * `sameModelHosted: 'compare'` the hosts `evaluateScenario` adds are API
 * options here too (the default pair may be one, or name it by its `hosted:` id).
 *
 * @example analyseSensitivity(scenario, catalog, { monteCarlo: { samples: 500, seed: 1 } })
 */
export function analyseSensitivity(
  asGiven: Scenario,
  catalog: Catalog,
  options: SensitivityOptions = {},
): SensitivityResult | null {
  const w = sanitiseWorkload(asGiven.workload);
  const { scenario: compared } = withSameModelComparators(asGiven, w, catalog);
  // The same hidden tokens and rate-limit tiers as evaluateScenario (§17.1, §17.4).
  const scenario = resolveApiOptions(compared, w, catalog);
  const pair = choosePair(scenario, catalog, options);
  if (!pair) return null;
  const ctx = pairContext(scenario, catalog, pair);
  const base = baseValues(ctx);
  const ranges = inputRanges(ctx);
  const inputs = variedInputs(ctx, ranges);
  const baseMetrics = evaluatePoint(ctx, base);
  const { tornado, band } = tornadoAndBand(
    ctx,
    base,
    ranges,
    inputs,
    baseMetrics,
  );
  const elasticity = elasticities(ctx, base, inputs);
  const mc = options.monteCarlo
    ? monteCarlo(ctx, base, ranges, inputs, options.monteCarlo)
    : null;
  const measured =
    ctx.engine && ctx.hardware
      ? measuredEfficiencyRanges(catalog, ctx.engine, ctx.hardware).basis
      : null;
  return {
    apiOptionId: pair.apiOption.id,
    selfHostOptionId: pair.selfOption.id,
    base: baseMetrics,
    tornado,
    band,
    monteCarlo: mc,
    elasticities: elasticity,
    ...(measured && (measured.bandwidth || measured.prefill)
      ? { measuredRanges: measured }
      : {}),
  };
}

function pairContext(
  scenario: Scenario,
  catalog: Catalog,
  pair: Pick<PairContext, 'apiOption' | 'apiModel' | 'selfOption'>,
): PairContext {
  const { selfOption } = pair;
  const hardware = catalog.byId.hardware[selfOption.hardwareId];
  return {
    scenario,
    catalog,
    ...pair,
    engine: catalog.byId.engines[selfOption.engineId],
    kind: hardware?.kind,
    hardware,
  };
}

/** The user's values: 1 for multipliers, the scenario's value otherwise. */
function baseValues({
  scenario,
  selfOption,
  engine,
  kind,
  hardware,
}: PairContext): SensitivityValues {
  const w = scenario.workload;
  // The efficiencies the physics uses on this device (a generation's factor first, §20.7).
  const eff =
    engine && hardware ? effectiveEfficiencies(engine, hardware) : null;
  return {
    'gpu-price': 1,
    'api-price': 1,
    'ops-fte-share': selfOption.ops.fteShare,
    'target-utilisation': selfOption.targetUtilisation,
    'peak-to-average': w.peakToAverage,
    'bandwidth-efficiency':
      eff?.bandwidth ?? (kind && engine?.bandwidthEfficiency[kind]) ?? 0.6,
    'prefill-efficiency':
      eff?.prefill ?? (kind && engine?.prefillEfficiency[kind]) ?? 0.3,
    'tokenizer-ratio': w.tokenizerRatio,
    'output-tokens': 1,
    volume: 1,
  };
}

/**
 * SENSITIVITY_RANGES with the efficiencies' measured ranges (§20.11) — else
 * the hardware kind's assumed ηbw range — and a desk machine's ops range.
 */
function inputRanges(ctx: PairContext): SensitivityRanges {
  const { selfOption, kind, engine, hardware, catalog } = ctx;
  const measured =
    engine && hardware
      ? measuredEfficiencyRanges(catalog, engine, hardware).ranges
      : {};
  return {
    ...SENSITIVITY_RANGES,
    ...(kind ? { 'bandwidth-efficiency': BANDWIDTH_RANGE[kind] } : {}),
    ...measured,
    // The 0.05–1.0 FTE range (docs/methods.md §10.1) describes a production service; a machine
    // on a desk (0.02 FTE by default, docs/methods.md §7.3) varies from half to double.
    ...(selfOption.procurement.kind === 'desk'
      ? {
          'ops-fte-share': {
            low: selfOption.ops.fteShare / 2,
            high: selfOption.ops.fteShare * 2,
          },
        }
      : {}),
  };
}

/** The inputs that can move this pair's answer. */
function variedInputs(
  { scenario, engine, kind }: PairContext,
  ranges: SensitivityRanges,
): SensitivityInputId[] {
  return (Object.keys(ranges) as SensitivityInputId[]).filter(
    (id) =>
      // A given hourly profile overrides the peak-to-average ratio.
      !(
        id === 'peak-to-average' &&
        scenario.workload.hourlyProfile !== undefined
      ) &&
      // Efficiencies matter only when the engine knows this hardware kind.
      !(
        (id === 'bandwidth-efficiency' || id === 'prefill-efficiency') &&
        !(engine && kind)
      ),
  );
}

/** The pair to analyse: as named in `options`, else the cheapest of each kind. */
function choosePair(
  scenario: Scenario,
  catalog: Catalog,
  options: SensitivityOptions,
) {
  const w = scenario.workload;
  const apis = scenario.apiOptions.flatMap((option) => {
    const model = catalog.byId.apiModels[option.apiModelId];
    return model
      ? [
          {
            option,
            model,
            usd: apiCostFunction(w, model, option)(w.requestsPerMonth),
          },
        ]
      : [];
  });
  const api =
    options.apiOptionId !== undefined
      ? apis.find((a) => a.option.id === options.apiOptionId)
      : apis.sort((a, b) => a.usd - b.usd)[0];
  const selfs = scenario.selfHostOptions.flatMap((option) => {
    const { result } = evaluateSelfHost(w, option, catalog);
    return result.feasible ? [{ option, usd: result.cost.usdPerMonth }] : [];
  });
  const self =
    options.selfHostOptionId !== undefined
      ? scenario.selfHostOptions.find((o) => o.id === options.selfHostOptionId)
      : selfs.sort((a, b) => a.usd - b.usd)[0]?.option;
  if (!api || !self) return null;
  return { apiOption: api.option, apiModel: api.model, selfOption: self };
}
