import { useContext, useId } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { ChartBandsContext } from './chart-bands';
import type { ChartBands, ChartCurves } from './chart-model';

type Scale = (v: number) => number | undefined;

/**
 * One option's band as SVG path data: the high edge left to right, the low
 * edge back, one closed piece per run of points where the option has a
 * positive cost (an infeasible stretch leaves a gap, as its line does).
 */
export function bandPath(
  rows: ChartCurves['rows'],
  id: string,
  band: { readonly lowRatio: number; readonly highRatio: number },
  x: Scale,
  y: Scale,
): string {
  const pieces: string[] = [];
  let run: { x: number; lo: number; hi: number }[] = [];
  const close = () => {
    if (run.length > 1) {
      const top = run.map((p) => `${p.x},${p.hi}`);
      const bottom = run.map((p) => `${p.x},${p.lo}`).reverse();
      pieces.push(`M${top.join('L')}L${bottom.join('L')}Z`);
    }
    run = [];
  };
  for (const r of rows) {
    const v = r[id];
    const px = x(r['tokensPerMonth'] as number);
    const hi =
      typeof v === 'number' && v > 0 ? y(v * band.highRatio) : undefined;
    const lo =
      typeof v === 'number' && v > 0 ? y(v * band.lowRatio) : undefined;
    if (
      px === undefined ||
      hi === undefined ||
      lo === undefined ||
      ![px, hi, lo].every(Number.isFinite)
    ) {
      close();
      continue;
    }
    run.push({ x: px, lo, hi });
  }
  close();
  return pieces.join('');
}

/**
 * Each banded option's low–high cost as a faint area in its colour, drawn
 * from the chart's own scales and clipped to the plot area (the cost axis
 * lets data overflow). Reads the bands from context: its props (the curves)
 * stay the same object while the band comes and goes.
 */
export function BandLayer({
  curves,
}: {
  readonly curves: Pick<ChartCurves, 'rows' | 'series'>;
}) {
  const bands: ChartBands | null = useContext(ChartBandsContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  const clip = useId();
  if (!bands || !x || !y || !area) return null;
  return (
    <g className="uncertainty-bands" aria-hidden="true">
      <defs>
        <clipPath id={clip}>
          <rect x={area.x} y={area.y} width={area.width} height={area.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>
        {curves.series.map((s) => {
          const band = bands[s.id];
          if (!band) return null;
          return (
            <path
              key={s.id}
              d={bandPath(curves.rows, s.id, band, x, y)}
              fill={s.color}
              fillOpacity={0.12}
              stroke="none"
            />
          );
        })}
      </g>
    </g>
  );
}
