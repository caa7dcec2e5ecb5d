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
import { Panel } from '../../ui';
import { ComparatorRow } from './comparator-row';
import { explainOption } from './explain';
import { hostedCrossoverText, hostedPricesText } from './hosted-words';
import { OptionCard } from './option-card';

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
  return (
    <Panel
      id="options"
      title="Options"
      actions={
        <>
          <button
            type="button"
            disabled={full}
            onClick={() =>
              actions.apiOptionAdded(
                embedding ? 'text-embedding-3-large' : 'claude-sonnet-4-5',
              )
            }
          >
            Add API model
          </button>
          <button
            type="button"
            disabled={full}
            onClick={() =>
              actions.selfHostOptionAdded({
                openModelId: embedding
                  ? 'qwen3-embedding-8b'
                  : 'llama-3.1-8b-instruct',
                quantId: embedding ? 'bf16' : 'fp8',
                engineId: 'vllm',
                hardwareId: embedding ? 'l4-24gb' : 'h100-sxm-80gb',
                gpusPerReplica: 1,
                procurement: 'on-demand',
              })
            }
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
    </Panel>
  );
}
