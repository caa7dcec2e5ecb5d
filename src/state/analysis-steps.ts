import { withMeasuredError, type Catalog } from '../catalog';
import { analyseSensitivity, type Scenario, type TornadoBar } from '../engine';
import type { CalculatorInputs } from './calculator-inputs';
import type {
  Analysis,
  AnalysisRequest,
  CostsAtVolume,
  OptionBand,
  Uncertainty,
} from './derived-analysis';
import type { resultFor, scenarioFor } from './derived-cache';
import type { infeasibleShortText } from './option-labels';

/*
 * The analyses' steps (derived-analysis.ts says what they are). A module of
 * its own, loaded by `prepareAnalysis`: the sensitivity code is not part of
 * the page's first load, and the engine worker loads the same file. The
 * state functions it uses come in as `StateReaders`, so this chunk imports
 * only the catalog and the engine and the first-load chunks keep their cut.
 */

/** The state functions the steps read results and words with (given by `prepareAnalysis`). */
export type StateReaders = {
  readonly resultFor: typeof resultFor;
  readonly scenarioFor: typeof scenarioFor;
  readonly infeasibleShortText: typeof infeasibleShortText;
};

/**
 * Root-sum-square of the one-at-a-time deviations, volume excluded (the chart's
 * x axis already is volume), as ratios of the base value.
 */
function bandFrom(
  bars: readonly TornadoBar[],
  base: number | null,
): OptionBand | null {
  if (base === null || !(base > 0)) return null;
  let down = 0;
  let up = 0;
  for (const b of bars) {
    if (b.input === 'volume') continue;
    for (const v of [b.atLow, b.atHigh]) {
      if (v === null) continue;
      const d = v - base;
      if (d < 0) down += d * d;
      else up += d * d;
    }
  }
  return {
    lowRatio: Math.max(0.05, (base - Math.sqrt(down)) / base),
    highRatio: (base + Math.sqrt(up)) / base,
  };
}

/**
 * Sensitivity of every option, one pair per step: each self-hosted option
 * against the first API, each API against the first self-hosted option, then
 * the headline pair (docs/methods.md §10; the efficiencies over the measured
 * spread, §20.11 — `catalog` must carry it, see `analysisCatalog`).
 */
function* uncertaintySteps(
  scenario: Scenario,
  catalog: Catalog,
): Generator<void, Uncertainty> {
  const bands: Record<string, OptionBand> = {};
  const firstApi = scenario.apiOptions[0];
  const firstSelf = scenario.selfHostOptions[0];
  for (const s of firstApi ? scenario.selfHostOptions : []) {
    const r = analyseSensitivity(scenario, catalog, {
      apiOptionId: firstApi!.id,
      selfHostOptionId: s.id,
    });
    const band = r
      ? bandFrom(r.tornado.selfHostUsdPerMonth, r.base.selfHostUsdPerMonth)
      : null;
    if (band) bands[s.id] = band;
    yield;
  }
  for (const a of firstSelf ? scenario.apiOptions : []) {
    const r = analyseSensitivity(scenario, catalog, {
      apiOptionId: a.id,
      selfHostOptionId: firstSelf!.id,
    });
    const band = r
      ? bandFrom(r.tornado.apiUsdPerMonth, r.base.apiUsdPerMonth)
      : null;
    if (band) bands[a.id] = band;
    yield;
  }
  return { bands, headline: analyseSensitivity(scenario, catalog) };
}

/** The exact costs at each volume, one engine pass per step (headline results, cached with the inputs). */
function* costSteps(
  { resultFor, infeasibleShortText }: StateReaders,
  inputs: CalculatorInputs,
  catalog: Catalog,
  volumes: readonly number[],
): Generator<void, CostsAtVolume[]> {
  const out: CostsAtVolume[] = [];
  for (const tokensPerMonth of volumes) {
    const r = resultFor(inputs, catalog, {
      curve: 'headline',
      atTokensPerMonth: tokensPerMonth,
    });
    const byId: Record<string, number | string> = {};
    for (const a of r.api) byId[a.id] = a.cost.usdPerMonth;
    for (const s of r.selfHost)
      byId[s.id] = s.feasible
        ? s.cost.usdPerMonth
        : infeasibleShortText(s.reasons);
    out.push({ tokensPerMonth, byId });
    yield;
  }
  return out;
}

/**
 * The catalog an uncertainty analysis runs with: the measured error attached
 * (docs/methods.md §20.11) once `prepareAnalysis` has loaded it.
 */
function analysisCatalog(catalog: Catalog): Catalog {
  return withMeasuredError(catalog);
}

/**
 * The steps of one analysis; the generator's return value is the answer.
 * Call after `prepareAnalysis(request)` has resolved (the measured error).
 */
export function* analysisSteps(
  state: StateReaders,
  inputs: CalculatorInputs,
  catalog: Catalog,
  request: AnalysisRequest,
): Generator<void, Analysis> {
  if (request.kind === 'uncertainty') {
    const uncertainty = yield* uncertaintySteps(
      state.scenarioFor(inputs, catalog),
      analysisCatalog(catalog),
    );
    return { kind: 'uncertainty', uncertainty };
  }
  const costs = yield* costSteps(
    state,
    inputs,
    catalog,
    request.tokensPerMonth,
  );
  return { kind: 'costs', costs };
}

/** All steps at once (tests, the export figures' fallback). */
export function analyseNow(
  state: StateReaders,
  inputs: CalculatorInputs,
  catalog: Catalog,
  request: AnalysisRequest,
): Analysis {
  const steps = analysisSteps(state, inputs, catalog, request);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
