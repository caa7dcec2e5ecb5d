import { ScrollRegion } from '../../ui';
import { useMemo } from 'react';
import { formatTokens, formatUsd } from '../../lib/format';
import {
  infeasibleShortText,
  resultFor,
  useCatalog,
  type CalculatorInputs,
} from '../../state';
import { tableVolumes, type ChartModel } from './chart-model';

type CostTableRow = {
  readonly tokensPerMonth: number;
  /** USD/month per option id, or why a self-hosted option does not fit. */
  readonly byId: Readonly<Record<string, number | string>>;
};

/** Exact monthly costs at each table volume (the engine at that volume, not read off the curve). */
function useCostTable(
  model: ChartModel,
  inputs: CalculatorInputs,
): CostTableRow[] {
  const catalog = useCatalog();
  return useMemo(() => {
    const volumes = tableVolumes(model);
    return volumes.map((tokensPerMonth) => {
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
      return { tokensPerMonth, byId };
    });
  }, [model, inputs, catalog]);
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
}: {
  model: ChartModel;
  inputs: CalculatorInputs;
}) {
  const rows = useCostTable(model, inputs);
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
