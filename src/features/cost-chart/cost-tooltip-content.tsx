import type { TooltipContentProps } from 'recharts';
import type {
  NameType,
  ValueType,
} from 'recharts/types/component/DefaultTooltipContent';
import { formatTokens, formatUsdPerMonth } from '../../lib/format';

type Entry = { readonly name?: unknown; readonly value?: unknown };

/** The shown lines' monthly costs, cheapest first (bands and empty points left out). */
function costsOf(payload: readonly Entry[] | undefined) {
  return (payload ?? [])
    .filter(
      (p): p is { name: string | number; value: number } =>
        typeof p.value === 'number' &&
        Number.isFinite(p.value) &&
        (typeof p.name === 'string' || typeof p.name === 'number'),
    )
    .map((p) => ({ name: String(p.name), usd: p.value }))
    .sort((a, b) => a.usd - b.usd);
}

/**
 * The chart's tooltip (issue 14 item 8). Seen: the volume and every option's
 * monthly cost. Heard: one short line in a polite live region — the volume and
 * the cheapest option — instead of recharts' assertive region reading every
 * line on each arrow key; the table view has all the numbers.
 */
export function CostTooltipContent({
  active,
  payload,
  label,
}: TooltipContentProps<ValueType, NameType>) {
  if (!active) return null;
  const costs = costsOf(payload as readonly Entry[] | undefined);
  const volume = `${formatTokens(Number(label))} tokens/month`;
  const cheapest = costs[0];
  return (
    <div className="recharts-default-tooltip cost-tooltip">
      <div aria-hidden="true">
        <p className="recharts-tooltip-label">{volume}</p>
        <ul className="recharts-tooltip-item-list">
          {costs.map((c) => (
            <li key={c.name} className="recharts-tooltip-item">
              {c.name}: {formatUsdPerMonth(c.usd)}
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {cheapest
          ? `${volume}: cheapest ${cheapest.name}, ${formatUsdPerMonth(cheapest.usd)}.`
          : volume}
      </p>
    </div>
  );
}
