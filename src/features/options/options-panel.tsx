import { lazy, useState } from 'react';
import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import { formatUsdPerMonth } from '../../lib/format';
import {
  MAX_OPTIONS,
  infeasibleShortText,
  isEmbeddingOption,
  optionLongLabel,
  optionStandings,
  selectActions,
  selectOptions,
  useCalculatorStore,
  useCatalog,
  useDeferredScenarioResult,
  type OptionState,
} from '../../state';
import { Panel, ToolDialog } from '../../ui';
import { ComparatorRow } from './comparator-row';
import { explainOption } from './explain';
import { hostedCrossoverText, hostedPricesText } from './hosted-words';
import { OptionCard } from './option-card';
import type { PickerKind } from './option-picker';

// The picker's code (tables, filters, the fitting search) loads on first open (ADR-30).
const OptionPicker = lazy(() =>
  import('./option-picker').then((m) => ({ default: m.OptionPicker })),
);

function monthlyCostText(result: ScenarioResult, id: string): string {
  const api = result.api.find((a) => a.id === id);
  if (api) return formatUsdPerMonth(api.cost.usdPerMonth);
  const self = result.selfHost.find((s) => s.id === id);
  if (!self) return '—';
  if (self.feasible) return formatUsdPerMonth(self.cost.usdPerMonth);
  return infeasibleShortText(self.reasons);
}

/** A self-hosted option's hosted prices and its crossover against the cheapest allowed host. */
function hostedLinesOf(
  option: OptionState,
  result: ScenarioResult,
  options: readonly OptionState[],
  catalog: Catalog,
): string[] {
  if (option.kind !== 'self-host') return [];
  const hosted =
    result.selfHost.find((s) => s.id === option.id)?.hostedSameModel ?? [];
  return [
    hostedPricesText(hosted, option, catalog),
    hostedCrossoverText(hosted, option, result, options, catalog),
  ].filter((line): line is string => line !== null);
}

/** Options: every API model and self-hosted configuration being compared. */
export function OptionsPanel() {
  const options = useCalculatorStore(selectOptions);
  const actions = useCalculatorStore(selectActions);
  const catalog = useCatalog();
  const { result, inputs: shown } = useDeferredScenarioResult();
  const workload = shown.workload;
  const standings = optionStandings(result, catalog);
  const full = options.length >= MAX_OPTIONS;
  // Embedding use case: new options are embedding models too.
  const embedding = options.some((o) => isEmbeddingOption(o, catalog));
  const [picker, setPicker] = useState<PickerKind | null>(null);
  const closePicker = () => setPicker(null);
  return (
    <Panel
      id="options"
      title="Options"
      actions={
        <>
          <button
            type="button"
            disabled={full}
            aria-haspopup="dialog"
            onClick={() => setPicker('api')}
          >
            Add API model
          </button>
          <button
            type="button"
            disabled={full}
            aria-haspopup="dialog"
            onClick={() => setPicker('self-host')}
          >
            Add self-hosted
          </button>
        </>
      }
    >
      <ul className="option-list">
        {options.map((o) => (
          <OptionCard
            key={o.id}
            option={o}
            label={optionLongLabel(o, catalog)}
            costText={monthlyCostText(result, o.id)}
            hostedLines={hostedLinesOf(o, result, options, catalog)}
            explanation={explainOption(o, result, workload, catalog)}
            standing={standings.get(o.id)}
            onRemove={() => actions.optionRemoved(o.id)}
          />
        ))}
        {result.comparators.map((c) => (
          <ComparatorRow
            key={c.optionId}
            comparator={c}
            options={options}
            costText={monthlyCostText(result, c.optionId)}
            canAdd={!full}
            onAdd={() => actions.apiOptionAdded(c.apiModelId)}
          />
        ))}
      </ul>
      {picker !== null ? (
        <ToolDialog
          title={
            picker === 'api' ? 'Add an API model' : 'Add a self-hosted option'
          }
          onClose={closePicker}
        >
          <OptionPicker
            kind={picker}
            mode={embedding ? 'embedding' : 'chat'}
            onDone={closePicker}
          />
        </ToolDialog>
      ) : null}
    </Panel>
  );
}
