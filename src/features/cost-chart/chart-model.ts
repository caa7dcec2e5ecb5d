import type { Catalog } from '../../catalog';
import type { CostCurvePoint, ScenarioResult } from '../../engine';
import { formatTokensPerMonth, formatUsdPerMonth } from '../../lib/format';
import {
  hostedModelLabel,
  optionShortLabel,
  standingText,
  type OptionStanding,
  type OptionState,
} from '../../state';
import {
  COMPARATOR_COLOR,
  COMPARATOR_DASH,
  DASH_BY_KIND,
  optionColor,
} from '../../ui';

/** One line on the chart: the option's id, name, colour, dash and kind. */
export type ChartSeries = {
  readonly id: string;
  readonly name: string;
  /** A CSS colour: the option's palette colour, or the comparators' neutral grey. */
  readonly color: string;
  /** Stroke dash pattern; undefined = solid. */
  readonly dash: string | undefined;
  readonly kind: 'api' | 'self-host';
  /** Added by the page for comparison: the same open model as a self-hosted option, hosted. */
  readonly hosted: boolean;
  /**
   * Excluded by a requirement or unable to run, as state/option-standing says
   * (issue 14 item 1): drawn muted and dotted instead of in its colour, and
   * badged in the legend and the table. null = eligible.
   */
  readonly setApart: SetApart | null;
};

/** Why a series is set apart: the standing's kind and its words ("excluded: needs a signed BAA (…)"). */
export type SetApart = {
  readonly kind: 'excluded' | 'infeasible';
  /** "excluded" / "cannot run". */
  readonly badge: string;
  /** standingText: "excluded: needs a signed BAA (HIPAA …)", "cannot run: does not fit". */
  readonly text: string;
};

/** A set-apart line: the page's muted grey, dotted, faint (see cost-chart.tsx). */
export const SET_APART_COLOR = 'var(--muted)';
export const SET_APART_DASH = '2 4';

function setApartOf(standing: OptionStanding | undefined): SetApart | null {
  if (!standing || standing.kind === 'eligible') return null;
  return {
    kind: standing.kind,
    badge: standing.kind === 'excluded' ? 'excluded' : 'cannot run',
    text: standingText(standing),
  };
}

/** The series drawn muted when its option is set apart. */
function withStanding(
  s: Omit<ChartSeries, 'setApart'>,
  standing: OptionStanding | undefined,
): ChartSeries {
  const setApart = setApartOf(standing);
  return setApart
    ? { ...s, color: SET_APART_COLOR, dash: SET_APART_DASH, setApart }
    : { ...s, setApart: null };
}

/** The user's options, then the comparators the engine added (grey, dash-dot). */
function seriesFrom(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
  standings: ReadonlyMap<string, OptionStanding>,
): ChartSeries[] {
  return [
    ...options.map((o) =>
      withStanding(
        {
          id: o.id,
          name: optionShortLabel(o, catalog),
          color: optionColor(o.colorIndex),
          dash: DASH_BY_KIND[o.kind],
          kind: o.kind,
          hosted: false,
        },
        standings.get(o.id),
      ),
    ),
    ...result.comparators.map((c) =>
      withStanding(
        {
          id: c.optionId,
          name: hostedModelLabel(c.apiModelId, catalog),
          color: COMPARATOR_COLOR,
          dash: COMPARATOR_DASH,
          kind: 'api' as const,
          hosted: true,
        },
        standings.get(c.optionId),
      ),
    ),
  ];
}

export type ChartCrossover = {
  readonly tokensPerMonth: number;
  readonly usdPerMonth: number;
  readonly label: string;
  readonly selfHostId: string;
  readonly apiId: string;
};

/**
 * What the lines, band and axes are drawn from: nothing here depends on the
 * current volume, so a volume change keeps this object (sameCurves) and the
 * chart's line layer does not re-render (ADR-21).
 */
export type ChartCurves = {
  readonly series: readonly ChartSeries[];
  /**
   * Flat rows for recharts: { tokensPerMonth, [optionId]: usd | null }. The
   * band is not in them (chartBandsFrom): it arrives later than the lines and
   * is drawn by a layer of its own, so it never re-draws the lines.
   */
  readonly rows: readonly Record<string, number | null>[];
  readonly crossovers: readonly ChartCrossover[];
  readonly domain: readonly [number, number];
};

export type ChartModel = ChartCurves & {
  readonly currentTokensPerMonth: number;
};

/**
 * "X beats Y above A" when self-hosting stays cheaper from its first
 * crossover; "from A, and for good above B" when the next replica hands the
 * lead back to the API for a while; "from A, not for good" when it never
 * settles in range. A quality gap beyond the comparable tolerance is said.
 */
export function crossoverLabel(
  selfName: string,
  apiName: string,
  firstTokensPerMonth: number,
  stableTokensPerMonth: number | null,
  quality: CrossoverQuality,
): string {
  const first = formatTokensPerMonth(firstTokensPerMonth);
  const gap = qualityGapWords(quality);
  if (stableTokensPerMonth === null) {
    return `${selfName}${gap} beats ${apiName} from ${first}, but not for good: the next replicas hand the lead back`;
  }
  if (stableTokensPerMonth <= firstTokensPerMonth * 1.0001) {
    return `${selfName}${gap} beats ${apiName} above ${first}`;
  }
  return `${selfName}${gap} beats ${apiName} from ${first}, and for good above ${formatTokensPerMonth(stableTokensPerMonth)}`;
}

/** The pair's quality as the engine judged it (docs/methods.md §9.1). */
export type CrossoverQuality = {
  /** Within the catalog's comparable tolerance. */
  readonly likeForLike: boolean;
  /** API index − self-hosted index, points; null = one side not rated. */
  readonly gapPoints: number | null;
};

/**
 * " (20 index points lower)" — the self-hosted model against the API, on the
 * Artificial Analysis Intelligence Index; '' when comparable.
 */
export function qualityGapWords(q: CrossoverQuality): string {
  if (q.likeForLike) return '';
  if (q.gapPoints === null) return ' (quality not rated on one side)';
  const points = Math.abs(q.gapPoints);
  const unit = points === 1 ? 'index point' : 'index points';
  return ` (${formatIndexPoints(points)} ${unit} ${q.gapPoints > 0 ? 'lower' : 'higher'})`;
}

/** One decimal, dropped when whole: 20, 3.6. */
function formatIndexPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}

/** Each banded option's low and high cost as ratios of its cost (state's OptionBand). */
export type ChartBands = Readonly<
  Record<string, { readonly lowRatio: number; readonly highRatio: number }>
>;

/**
 * The bands the chart draws: none for an option set apart (excluded, cannot
 * run), as it has no crossover dot either; null when none is left.
 */
export function chartBandsFrom(
  curves: Pick<ChartCurves, 'series'>,
  bands: ChartBands,
): ChartBands | null {
  const drawn = new Set(
    curves.series.filter((s) => s.setApart === null).map((s) => s.id),
  );
  const kept = Object.entries(bands).filter(([id]) => drawn.has(id));
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}

/**
 * The curves and crossovers of a result, with the options' names and
 * colours. `standings` (state's optionStandings of the same result) mutes the
 * options set apart: no crossover dot against them.
 */
export function chartCurvesFrom(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
  standings: ReadonlyMap<string, OptionStanding> = new Map(),
): ChartCurves {
  const series = seriesFrom(result, options, catalog, standings);
  const setApart = new Set(
    series.filter((s) => s.setApart !== null).map((s) => s.id),
  );
  const rows = result.curve.map(
    (p: CostCurvePoint): Record<string, number | null> => ({
      tokensPerMonth: p.tokensPerMonth,
      ...p.usdPerMonthByOption,
    }),
  );
  const nameOf = (id: string) => series.find((s) => s.id === id)?.name ?? id;
  const crossovers: ChartCrossover[] = [];
  for (const pair of result.crossovers) {
    if (pair.crossover.kind !== 'crosses') continue;
    // A crossover with an option the verdict cannot pick is not a choice.
    if (setApart.has(pair.selfHostId) || setApart.has(pair.apiId)) continue;
    crossovers.push({
      tokensPerMonth: pair.crossover.firstTokensPerMonth,
      usdPerMonth: pair.crossover.breakEvenApiUsdPerMonth,
      label: crossoverLabel(
        nameOf(pair.selfHostId),
        nameOf(pair.apiId),
        pair.crossover.firstTokensPerMonth,
        pair.crossover.stableTokensPerMonth,
        {
          likeForLike: pair.crossover.likeForLike,
          gapPoints: pair.qualityGapPoints,
        },
      ),
      selfHostId: pair.selfHostId,
      apiId: pair.apiId,
    });
  }
  const first = result.curve[0]?.tokensPerMonth ?? 1e6;
  const last = result.curve[result.curve.length - 1]?.tokensPerMonth ?? 1e11;
  return { series, rows, crossovers, domain: [first, last] };
}

function sameRow(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

/** True when two curve sets draw the same picture (compared by value). */
export function sameCurves(a: ChartCurves, b: ChartCurves): boolean {
  if (a === b) return true;
  return (
    a.domain[0] === b.domain[0] &&
    a.domain[1] === b.domain[1] &&
    a.rows.length === b.rows.length &&
    JSON.stringify([a.series, a.crossovers]) ===
      JSON.stringify([b.series, b.crossovers]) &&
    a.rows.every((r, i) => sameRow(r, b.rows[i]!))
  );
}

export function chartModelFrom(
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
  currentTokensPerMonth: number,
  standings: ReadonlyMap<string, OptionStanding> = new Map(),
): ChartModel {
  return {
    ...chartCurvesFrom(result, options, catalog, standings),
    currentTokensPerMonth,
  };
}

/** The sentence that says what the chart shows (its text equivalent). */
export function chartSummary(
  model: ChartModel,
  result: ScenarioResult,
): string {
  const costs = [
    ...result.api.map((a) => ({
      id: a.id,
      usd: a.cost.usdPerMonth as number | null,
    })),
    ...result.selfHost.map((s) => ({
      id: s.id,
      usd: s.feasible ? s.cost.usdPerMonth : null,
    })),
  ].filter((c): c is { id: string; usd: number } => c.usd !== null);
  const nameOf = (id: string) =>
    model.series.find((s) => s.id === id)?.name ?? id;
  // Only an option the verdict may pick is "cheapest" (option-standing).
  const setApart = new Set(
    model.series.filter((s) => s.setApart !== null).map((s) => s.id),
  );
  const cheapest = costs
    .filter((c) => !setApart.has(c.id))
    .sort((a, b) => a.usd - b.usd)[0];
  const parts: string[] = [];
  if (cheapest) {
    parts.push(
      `At ${formatTokensPerMonth(model.currentTokensPerMonth)}, ${nameOf(cheapest.id)} is ${setApart.size > 0 ? 'the cheapest allowed option' : 'cheapest'} at ${formatUsdPerMonth(cheapest.usd)}.`,
    );
  }
  if (setApart.size > 0) {
    parts.push(
      `Set apart: ${model.series
        .filter((s) => s.setApart !== null)
        .map((s) => `${s.name} (${s.setApart?.text ?? ''})`)
        .join('; ')}.`,
    );
  }
  if (model.crossovers.length > 0) {
    const sorted = [...model.crossovers].sort(
      (a, b) => a.tokensPerMonth - b.tokensPerMonth,
    );
    parts.push(
      `${sorted.length} crossover${sorted.length > 1 ? 's' : ''}: ${sorted.map((c) => c.label).join('; ')}.`,
    );
  } else {
    parts.push(
      'No self-hosted option becomes cheaper than an API option between 1M and 100B tokens a month.',
    );
  }
  return parts.join(' ');
}

/** Volumes for the table equivalent: each decade on the axis plus the current volume. */
export function tableVolumes(model: ChartModel): number[] {
  const [lo, hi] = model.domain;
  const out = new Set<number>();
  for (let v = 10 ** Math.ceil(Math.log10(lo)); v <= hi * 1.0001; v *= 10)
    out.add(v);
  out.add(model.currentTokensPerMonth);
  return [...out].sort((a, b) => a - b);
}
