import { lazy, memo, Suspense } from 'react';
import type {
  ChartBands,
  ChartCurves,
  ChartModel,
  ChartSeries,
} from './chart-model';
import { ClientOnly } from '../../ui';
import { ChartBandsContext } from './chart-bands';
import { ChartVolumeContext } from './chart-volume';

const CostChart = lazy(() =>
  import('./cost-chart').then((m) => ({ default: m.CostChart })),
);

const chartPlaceholder = (
  <div className="chart-placeholder">Loading chart…</div>
);

/** A line's kind and how it is drawn, in words (colour is never the only cue). */
function kindWords(s: ChartSeries): string {
  if (s.setApart) return 'grey, dotted: not a choice';
  if (s.hosted) return 'same model, hosted; grey, dash-dot';
  return s.kind === 'api' ? 'API, solid' : 'self-hosted, dashed';
}

/**
 * The chart's own legend: each option's line as drawn, with its kind in
 * words. Memoised on `series` (kept across volume changes). Styling for an
 * option set apart (e.g. excluded by a rule) belongs on ChartSeries, read here.
 */
const ChartLegend = memo(function ChartLegend({
  series,
}: {
  series: readonly ChartSeries[];
}) {
  return (
    <ul className="legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.id} className={s.setApart ? 'set-apart' : undefined}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="27"
              y2="5"
              stroke={s.color}
              strokeWidth="3"
              strokeDasharray={s.dash}
              strokeOpacity={s.setApart ? 0.55 : 1}
            />
          </svg>
          <span>
            {s.name} <span className="legend-kind">({kindWords(s)})</span>
            {s.setApart ? (
              <>
                {' '}
                <span className={`standing-badge ${s.setApart.kind}`}>
                  {s.setApart.text}
                </span>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
});

/** The band on or off. */
function BandToggle({
  showBand,
  onShowBandChange,
  pending,
}: {
  showBand: boolean;
  onShowBandChange: (show: boolean) => void;
  /** On, but the band for these inputs has not arrived: none is drawn (never an older one). */
  pending: boolean;
}) {
  return (
    <label
      className="check band-toggle"
      data-band={showBand ? (pending ? 'pending' : 'shown') : 'off'}
    >
      <input
        type="checkbox"
        checked={showBand}
        onChange={(e) => onShowBandChange(e.currentTarget.checked)}
      />
      Shade the uncertainty band (low–high cost from each input’s plausible
      range)
    </label>
  );
}

/** The "Chart" view: the lazy-loaded recharts figure, the band toggle and the legend. */
export function ChartView({
  model,
  curves,
  bands,
  showBand,
  onShowBandChange,
}: {
  model: ChartModel;
  /** The volume-independent part of `model`, the same object across volume changes. */
  curves: ChartCurves;
  /** The band for the very inputs of `curves`, or null (not shown, or not yet computed). */
  bands: ChartBands | null;
  showBand: boolean;
  onShowBandChange: (show: boolean) => void;
}) {
  return (
    <>
      <figure
        className="chart-figure"
        aria-label="Monthly cost against monthly tokens, log scales"
      >
        {/* Prerendered as its frame; the chart itself is a lazy chunk (ADR-21). */}
        <ClientOnly fallback={chartPlaceholder}>
          <Suspense fallback={chartPlaceholder}>
            <ChartVolumeContext.Provider value={model.currentTokensPerMonth}>
              <ChartBandsContext.Provider value={bands}>
                <CostChart curves={curves} height={360} />
              </ChartBandsContext.Provider>
            </ChartVolumeContext.Provider>
          </Suspense>
        </ClientOnly>
      </figure>
      <BandToggle
        showBand={showBand}
        onShowBandChange={onShowBandChange}
        pending={showBand && bands === null}
      />
      <ChartLegend series={curves.series} />
    </>
  );
}
