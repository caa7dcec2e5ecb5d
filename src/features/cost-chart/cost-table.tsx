import { ScrollRegion } from '../../ui';
import { useMemo } from 'react';
import { formatTokens, formatUsd } from '../../lib/format';
import {
  cachedAnalysis,
  loadedAnalysis,
  useCatalog,
  type AnalysisRequest,
  type CalculatorInputs,
  type CostsAtVolume,
} from '../../state';
import { tableVolumes, type ChartModel } from './chart-model';
import { useAnalysis } from './use-analysis';

type CostTableRow = CostsAtVolume;

/**
 * Exact monthly costs at each table volume (the engine at that volume, not
 * read off the curve): one engine pass per volume, so in the engine worker
 * (state's analysis steps), null until they arrive. `now` computes them in
 * this render when the worker has not answered (the printed report, whose
 * chunk loaded the steps).
 */
function useCostTable(
  model: ChartModel,
  inputs: CalculatorInputs,
  now: boolean,
): readonly CostTableRow[] | null {
  const catalog = useCatalog();
  const volumes = tableVolumes(model).join(',');
  const request = useMemo<AnalysisRequest>(
    () => ({
      kind: 'costs',
      tokensPerMonth: volumes.split(',').map(Number),
    }),
    [volumes],
  );
  const asked = useAnalysis(inputs, now ? null : request, 0);
  const a =
    asked ??
    cachedAnalysis(inputs, catalog, request) ??
    (now ? loadedAnalysis()?.analyseNow(inputs, catalog, request) : null);
  return a?.kind === 'costs' ? a.costs : null;
}

/** One volume's row; the current volume is marked "(yours)". */
function CostTableRowView({
  row,
  model,
}: {
  row: CostTableRow;
  model: ChartModel;
}) {
  const isCurrent = row.tokensPerMonth === model.currentTokensPerMonth;
  return (
    <tr className={isCurrent ? 'current' : undefined}>
      <th scope="row">
        {formatTokens(row.tokensPerMonth)}
        {isCurrent ? ' (yours)' : ''}
      </th>
      {model.series.map((s) => {
        const v = row.byId[s.id];
        return (
          <td key={s.id} className={s.setApart ? 'set-apart' : undefined}>
            {typeof v === 'number' ? formatUsd(v) : (v ?? '—')}
          </td>
        );
      })}
    </tr>
  );
}

/** The chart's table equivalent: each option's monthly cost at each decade and at the current volume. */
export function CostTable({
  model,
  inputs,
  now = false,
}: {
  model: ChartModel;
  inputs: CalculatorInputs;
  /** Compute the rows in this render if no answer is cached (the printed report). */
  now?: boolean;
}) {
  const rows = useCostTable(model, inputs, now);
  if (!rows)
    return (
      <p className="loading" role="status">
        Computing the exact costs…
      </p>
    );
  return (
    <ScrollRegion kind="table" label="Monthly cost by volume, table">
      <table className="data-table">
        <caption>
          Monthly cost (USD/month) of each option by monthly token volume
        </caption>
        <thead>
          <tr>
            <th scope="col">Tokens/month</th>
            {model.series.map((s) => (
              <th
                scope="col"
                key={s.id}
                className={s.setApart ? 'set-apart' : undefined}
              >
                <span
                  className="swatch-dot"
                  style={{ background: s.color }}
                  aria-hidden="true"
                />
                {s.name}
                {s.setApart ? (
                  <>
                    {' '}
                    <span className={`standing-badge ${s.setApart.kind}`}>
                      {s.setApart.text}
                    </span>
                  </>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CostTableRowView
              key={row.tokensPerMonth}
              row={row}
              model={model}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
