import { withMeasuredError, type Catalog } from '../../catalog';
import {
  analyseSensitivity,
  type Scenario,
  type SensitivityInputId,
  type SensitivityResult,
  type TornadoBar,
} from '../../engine';

/** Low / high monthly cost of one option at the current volume, from its inputs' ranges. */
export type OptionBand = {
  readonly lowRatio: number;
  readonly highRatio: number;
};

export const INPUT_LABELS: Record<SensitivityInputId, string> = {
  'gpu-price': 'GPU price',
  'api-price': 'API price',
  'ops-fte-share': 'Operations time',
  'target-utilisation': 'Target utilisation',
  'peak-to-average': 'Peak-to-average traffic',
  'bandwidth-efficiency': 'Memory-bandwidth efficiency',
  'prefill-efficiency': 'Prefill efficiency',
  'tokenizer-ratio': 'Tokenizer ratio',
  'output-tokens': 'Output length',
  volume: 'Monthly volume',
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

export type Uncertainty = {
  /** Band per option id. */
  readonly bands: Readonly<Record<string, OptionBand>>;
  /** The tornado for the headline pair (cheapest API vs cheapest self-hosted). */
  readonly headline: SensitivityResult | null;
};

/**
 * Sensitivity of every option: each self-hosted option against the first API,
 * each API against the first self-hosted option (docs/methods.md §10).
 */
export function uncertaintyFor(
  scenario: Scenario,
  pageCatalog: Catalog,
): Uncertainty {
  // The efficiencies vary over the measured spread (docs/methods.md §20.11).
  const catalog = withMeasuredError(pageCatalog);
  const bands: Record<string, OptionBand> = {};
  const firstApi = scenario.apiOptions[0];
  const firstSelf = scenario.selfHostOptions[0];
  for (const s of scenario.selfHostOptions) {
    if (!firstApi) break;
    const r = analyseSensitivity(scenario, catalog, {
      apiOptionId: firstApi.id,
      selfHostOptionId: s.id,
    });
    const band = r
      ? bandFrom(r.tornado.selfHostUsdPerMonth, r.base.selfHostUsdPerMonth)
      : null;
    if (band) bands[s.id] = band;
  }
  for (const a of scenario.apiOptions) {
    if (!firstSelf) break;
    const r = analyseSensitivity(scenario, catalog, {
      apiOptionId: a.id,
      selfHostOptionId: firstSelf.id,
    });
    const band = r
      ? bandFrom(r.tornado.apiUsdPerMonth, r.base.apiUsdPerMonth)
      : null;
    if (band) bands[a.id] = band;
  }
  return { bands, headline: analyseSensitivity(scenario, catalog) };
}
