import type { Catalog } from '../../catalog';
import {
  selectActions,
  selectOptions,
  useCalculatorStore,
  useCatalog,
  type OptionState,
} from '../../state';
import { SelectField, type SelectOption } from '../../ui';

const OFF = '';

/**
 * The rated models among the options, best first, as floor choices: "GPT-4o
 * mini (AA index 6.9)"; models that share an index share a line. The current
 * floor stays listed even when no option is rated at it any more.
 */
export function floorChoices(
  options: readonly OptionState[],
  catalog: Catalog,
  floorIndex: number | null,
): SelectOption[] {
  const namesByIndex = new Map<number, string[]>();
  for (const o of options) {
    const model =
      o.kind === 'api'
        ? catalog.byId.apiModels[o.apiModelId]
        : catalog.byId.openModels[o.openModelId];
    if (model?.qualityIndex === undefined) continue;
    const names = namesByIndex.get(model.qualityIndex) ?? [];
    if (!names.includes(model.name)) names.push(model.name);
    namesByIndex.set(model.qualityIndex, names);
  }
  if (floorIndex !== null && !namesByIndex.has(floorIndex))
    namesByIndex.set(floorIndex, ['a model']);
  return [...namesByIndex.entries()]
    .sort(([a], [b]) => b - a)
    .map(([index, names]) => ({
      value: String(index),
      label: `At least as good as ${names.join(' / ')} (AA index ${index})`,
    }));
}

/** "At least as good as …": the quality floor the recommendation must meet, or off. */
export function QualityFloorInput() {
  const catalog = useCatalog();
  const options = useCalculatorStore(selectOptions);
  const floor = useCalculatorStore((s) => s.inputs.qualityFloorIndex);
  const actions = useCalculatorStore(selectActions);
  return (
    <div className="field">
      <SelectField
        label="Quality floor"
        value={floor === null ? OFF : String(floor)}
        groups={[
          {
            label: '',
            options: [
              { value: OFF, label: 'Off: any quality' },
              ...floorChoices(options, catalog, floor),
            ],
          },
        ]}
        onChange={(v) =>
          actions.qualityFloorChanged(v === OFF ? null : Number(v))
        }
      />
      <p className="field-hint">
        The recommendation never picks an option below this on the Artificial
        Analysis Intelligence Index, nor one it has not rated. Indexes within{' '}
        {catalog.costDefaults.qualityIndex.comparablePoints} points count as
        comparable.
      </p>
    </div>
  );
}
