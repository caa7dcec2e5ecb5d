import type { Catalog } from '../../catalog';
import { formatUsd } from '../../lib/format';
import { rateLimitLadderFor, type ApiOptionState } from '../../state';
import { SelectField } from '../../ui';

const AUTO = '';

/**
 * An API option's rate-limit tier (docs/methods.md §17.4): automatic — the
 * tier the monthly spend reaches — or one of the provider's published tiers,
 * for an organisation already on it or held below it. Shown only for a
 * provider whose ladder the catalog has.
 */
export function RateLimitTierField({
  option,
  catalog,
  onChange,
}: {
  option: ApiOptionState;
  catalog: Pick<Catalog, 'rateLimitTiers' | 'byId'>;
  onChange: (tier: string | null) => void;
}) {
  const ladder = rateLimitLadderFor(catalog, option.apiModelId);
  if (ladder.length === 0) return null;
  const needs = (spend: number, days: number) =>
    spend === 0
      ? 'no spend needed'
      : `${formatUsd(spend)} paid${days > 0 ? `, ${days} days` : ''}`;
  return (
    <SelectField
      label="Rate-limit tier"
      value={option.rateLimitTier ?? AUTO}
      groups={[
        {
          label: '',
          options: [
            { value: AUTO, label: 'Automatic (by spend)' },
            ...ladder.map((t) => ({
              value: t.tier,
              label: `${t.tier} (${needs(t.qualifyingSpendUsd, t.minDaysSinceFirstPayment)})`,
            })),
          ],
        },
      ]}
      onChange={(v) => onChange(v === AUTO ? null : v)}
    />
  );
}
