import { ScrollRegion } from '../../ui';
import type { HybridResult } from '../../engine';
import { formatPercent, formatSeconds, formatUsd } from '../../lib/format';
import { PATTERN_NAMES } from './pattern-words';
import type { HybridComparison } from './use-hybrid-comparison';

/** One row of the table: an option or pattern, its cost, share served locally and latency. */
function ComparisonRow({
  label,
  usdPerMonth,
  usdPerMillionTokens,
  localShare,
  endToEndSeconds,
  current = false,
}: {
  readonly label: string;
  readonly usdPerMonth: number;
  readonly usdPerMillionTokens: number | null;
  readonly localShare: number;
  readonly endToEndSeconds: number;
  readonly current?: boolean;
}) {
  return (
    <tr className={current ? 'current' : undefined}>
      <th scope="row">{label}</th>
      <td>{formatUsd(usdPerMonth)}</td>
      <td>
        {usdPerMillionTokens === null ? '—' : formatUsd(usdPerMillionTokens)}
      </td>
      <td>{formatPercent(localShare)}</td>
      <td>{formatSeconds(endToEndSeconds)}</td>
    </tr>
  );
}

/** The cheapest pure API and self-hosted options, then every priced pattern (the cheapest marked). */
export function HybridTable({
  comparison,
  hybrids,
}: {
  readonly comparison: HybridComparison;
  readonly hybrids: readonly HybridResult[];
}) {
  const { pureApi, pureSelf, apiOnlyAllowed, best, optionName } = comparison;
  return (
    <ScrollRegion
      kind="table"
      label="Hybrid patterns next to the pure options, table"
    >
      <table className="data-table">
        <caption>Hybrid patterns next to the cheapest pure options</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Monthly cost</th>
            <th scope="col">Per 1M tokens</th>
            <th scope="col">Local share</th>
            <th scope="col">End to end</th>
          </tr>
        </thead>
        <tbody>
          {pureApi ? (
            <ComparisonRow
              label={`API only: ${optionName(pureApi.id)}${
                apiOnlyAllowed
                  ? ''
                  : ' (not allowed: the sensitive share must stay local)'
              }`}
              usdPerMonth={pureApi.cost.usdPerMonth}
              usdPerMillionTokens={pureApi.usdPerMillionTokens}
              localShare={0}
              endToEndSeconds={pureApi.latency.endToEndSeconds}
            />
          ) : null}
          {pureSelf ? (
            <ComparisonRow
              label={`Self-hosted only: ${optionName(pureSelf.id)}`}
              usdPerMonth={pureSelf.cost.usdPerMonth}
              usdPerMillionTokens={pureSelf.usdPerMillionTokens}
              localShare={1}
              endToEndSeconds={pureSelf.latency.endToEndSeconds}
            />
          ) : null}
          {hybrids.flatMap((h) =>
            h.feasible
              ? [
                  <ComparisonRow
                    key={h.patternId}
                    label={PATTERN_NAMES[h.patternId] ?? ''}
                    usdPerMonth={h.usdPerMonth}
                    usdPerMillionTokens={h.usdPerMillionTokens}
                    localShare={h.localShare}
                    endToEndSeconds={h.expectedEndToEndSeconds}
                    current={
                      best !== undefined && h.patternId === best.patternId
                    }
                  />,
                ]
              : [],
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
