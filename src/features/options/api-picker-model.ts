/**
 * The API model picker's rows (ADR-30): every catalog API model of one mode
 * with its price, quality index, context window and the privacy facts of its
 * own deployment (docs/methods.md §9.2: the deployment's fact first, the
 * provider's otherwise — the same rule the privacy checklist applies), then
 * searched, filtered by those facts and sorted. Pure, so it is tested
 * without rendering.
 */
import type { ApiModel, Catalog } from '../../catalog';
import { apiMeetsRequirement } from '../../engine';
import type { OptionState } from '../../state';

/** The three privacy facts the picker shows as badges and filters by. */
export type PrivacyBadge = 'baa' | 'eu' | 'zdr';

export const PRIVACY_BADGES: readonly {
  readonly id: PrivacyBadge;
  /** The badge's text. */
  readonly short: string;
  /** The filter's label and the badge's meaning. */
  readonly label: string;
}[] = [
  { id: 'baa', short: 'BAA', label: 'Signs a HIPAA BAA' },
  { id: 'eu', short: 'EU', label: 'Processes data in the EU' },
  {
    id: 'zdr',
    short: 'Zero retention',
    label: 'Zero data retention available',
  },
];

const REQUIREMENT = {
  baa: 'hipaaBaa',
  eu: 'euDataResidency',
  zdr: 'zeroRetentionAvailable',
} as const;

export type ApiPickerRow = {
  readonly id: string;
  readonly name: string;
  readonly providerName: string;
  readonly usdPerMillionInput: number;
  readonly usdPerMillionOutput: number;
  readonly qualityIndex: number | undefined;
  readonly contextWindowTokens: number;
  readonly badges: readonly PrivacyBadge[];
  /** Already one of the compared options. */
  readonly added: boolean;
  /** Where the deployment processes data, when the catalog says so per deployment. */
  readonly deploymentSummary: string | undefined;
};

export type ApiPickerSort = 'price' | 'quality' | 'context' | 'name';

export type ApiPickerQuery = {
  readonly mode: ApiModel['mode'];
  readonly text: string;
  /** Only models with every one of these badges. */
  readonly required: readonly PrivacyBadge[];
  readonly sort: ApiPickerSort;
};

function badgesOf(model: ApiModel, catalog: Catalog): PrivacyBadge[] {
  const provider = catalog.byId.providers[model.providerId];
  if (!provider) return [];
  return PRIVACY_BADGES.map((b) => b.id).filter((b) =>
    apiMeetsRequirement(model, provider, REQUIREMENT[b]),
  );
}

/** Every API model of the catalog as a picker row (catalog order). */
export function apiPickerRows(
  catalog: Catalog,
  options: readonly OptionState[],
): ApiPickerRow[] {
  const added = new Set(
    options.flatMap((o) => (o.kind === 'api' ? [o.apiModelId] : [])),
  );
  return catalog.apiModels.map((m) => ({
    id: m.id,
    name: m.name,
    providerName: catalog.byId.providers[m.providerId]?.name ?? m.providerId,
    usdPerMillionInput: m.usdPerMillionInputTokens,
    usdPerMillionOutput: m.usdPerMillionOutputTokens,
    qualityIndex: m.qualityIndex,
    contextWindowTokens: m.contextWindowTokens,
    badges: badgesOf(m, catalog),
    added: added.has(m.id),
    deploymentSummary: m.deployment?.summary,
  }));
}

/** Lower-case words a row is found by: its name, provider and id. */
function matches(row: ApiPickerRow, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = `${row.name} ${row.providerName} ${row.id}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** Sum of the two list prices: the order "cheapest" means without a workload. */
function priceKey(row: ApiPickerRow): number {
  return row.usdPerMillionInput + row.usdPerMillionOutput;
}

const COMPARE: Record<
  ApiPickerSort,
  (a: ApiPickerRow, b: ApiPickerRow) => number
> = {
  price: (a, b) => priceKey(a) - priceKey(b),
  // Unrated models last: a quality sort cannot place them.
  quality: (a, b) => (b.qualityIndex ?? -1) - (a.qualityIndex ?? -1),
  context: (a, b) => b.contextWindowTokens - a.contextWindowTokens,
  name: () => 0,
};

/** The rows of one mode matching the search and every required badge, sorted (ties by name). */
export function filterApiRows(
  rows: readonly ApiPickerRow[],
  modeOf: (id: string) => ApiModel['mode'] | undefined,
  query: ApiPickerQuery,
): ApiPickerRow[] {
  return rows
    .filter(
      (r) =>
        modeOf(r.id) === query.mode &&
        matches(r, query.text) &&
        query.required.every((b) => r.badges.includes(b)),
    )
    .sort(
      (a, b) =>
        COMPARE[query.sort](a, b) ||
        a.name.localeCompare(b.name, 'en') ||
        a.providerName.localeCompare(b.providerName, 'en'),
    );
}
