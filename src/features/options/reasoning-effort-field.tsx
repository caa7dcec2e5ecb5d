import type { ApiModel, Catalog, ReasoningEffort } from '../../catalog';
import type { ApiOptionState } from '../../state';
import { formatInteger } from '../../lib/format';
import { SelectField, type SelectGroup } from '../../ui';

/** The catalog's measured efforts of a model, when it has a choice of them (docs/methods.md §17.1). */
export function effortChoices(
  catalog: Pick<Catalog, 'reasoningTokens'>,
  model: ApiModel,
) {
  if (!model.reasoning) return undefined;
  const entry = catalog.reasoningTokens.find((r) => r.apiModelId === model.id);
  const efforts = entry
    ? (Object.entries(entry.tokensPerRequestByEffort) as [
        ReasoningEffort,
        number,
      ][])
    : [];
  // One measured setting is no choice: the select would offer only the default.
  return entry && efforts.length > 1 ? { entry, efforts } : undefined;
}

/**
 * An API option's reasoning effort: '' is the provider's default (the link
 * leaves `e` out); each setting shows the hidden tokens a request it adds.
 */
export function ReasoningEffortField({
  option,
  model,
  catalog,
  onChange,
}: {
  option: ApiOptionState;
  model: ApiModel;
  catalog: Pick<Catalog, 'reasoningTokens'>;
  onChange: (effort: ReasoningEffort | null) => void;
}) {
  const choices = effortChoices(catalog, model);
  if (!choices) return null;
  const { entry, efforts } = choices;
  const tokens = (n: number) => `${formatInteger(n)} hidden tokens a request`;
  const groups: SelectGroup[] = [
    {
      label: 'Reasoning effort',
      options: [
        {
          value: '',
          label: `Provider default (${entry.defaultEffort}, ${tokens(entry.tokensPerRequestByEffort[entry.defaultEffort] ?? 0)})`,
        },
        ...efforts.map(([effort, n]) => ({
          value: effort,
          label: `${effort} (${tokens(n)})`,
        })),
      ],
    },
  ];
  return (
    <SelectField
      label="Reasoning effort"
      value={option.reasoningEffort ?? ''}
      groups={groups}
      onChange={(v) => onChange(v === '' ? null : (v as ReasoningEffort))}
    />
  );
}
