import { lazy, Suspense } from 'react';
import type { Catalog } from '../../catalog';
import {
  BOUNDS,
  selectActions,
  useCalculatorStore,
  useCatalog,
  type ApiOptionState,
} from '../../state';
import { NumberField, SelectField, type SelectGroup } from '../../ui';
import { PriceConflictNote } from './price-conflict-note';
import { ReasoningEffortField } from './reasoning-effort-field';

// Loaded when an editor first opens: outside the first load (200 kB budget).
const RateLimitTierField = lazy(() =>
  import('./rate-limit-tier-field').then((m) => ({
    default: m.RateLimitTierField,
  })),
);

/** The catalog's API models of one mode, grouped by provider. */
function apiModelGroups(
  catalog: Catalog,
  mode: 'chat' | 'embedding',
): SelectGroup[] {
  return catalog.providers
    .map((p) => ({
      label: p.name,
      options: catalog.apiModels
        .filter((m) => m.providerId === p.id && m.mode === mode)
        .map((m) => ({ value: m.id, label: m.name })),
    }))
    .filter((g) => g.options.length > 0);
}

/** An API option's editor: the model, its prices (list or your own), batch use. */
export function ApiEditor({ option }: { option: ApiOptionState }) {
  const catalog = useCatalog();
  const actions = useCalculatorStore(selectActions);
  const model = catalog.byId.apiModels[option.apiModelId];
  return (
    <div className="option-editor">
      <SelectField
        label="API model"
        searchable
        value={option.apiModelId}
        groups={apiModelGroups(catalog, model?.mode ?? 'chat')}
        onChange={(apiModelId) =>
          actions.optionChanged(option.id, {
            apiModelId,
            customInputUsdPerMillion: null,
            customOutputUsdPerMillion: null,
            // Efforts differ by model: a new model starts at its own default.
            reasoningEffort: null,
            // So do ladders: a new model's tier follows its spend.
            rateLimitTier: null,
          })
        }
      />
      {model ? (
        <div className="pair-row">
          <NumberField
            label="Input price"
            unit="USD / 1M tokens"
            value={
              option.customInputUsdPerMillion ?? model.usdPerMillionInputTokens
            }
            min={BOUNDS.usdPerMillionTokens.min}
            max={BOUNDS.usdPerMillionTokens.max}
            onCommit={(v) =>
              actions.optionChanged(option.id, { customInputUsdPerMillion: v })
            }
          />
          <NumberField
            label="Output price"
            unit="USD / 1M tokens"
            value={
              option.customOutputUsdPerMillion ??
              model.usdPerMillionOutputTokens
            }
            min={0}
            max={BOUNDS.usdPerMillionTokens.max}
            onCommit={(v) =>
              actions.optionChanged(option.id, { customOutputUsdPerMillion: v })
            }
          />
        </div>
      ) : null}
      {model ? (
        <ReasoningEffortField
          option={option}
          model={model}
          catalog={catalog}
          onChange={(reasoningEffort) =>
            actions.optionChanged(option.id, { reasoningEffort })
          }
        />
      ) : null}
      {model ? (
        <Suspense fallback={null}>
          <RateLimitTierField
            option={option}
            catalog={catalog}
            onChange={(rateLimitTier) =>
              actions.optionChanged(option.id, { rateLimitTier })
            }
          />
        </Suspense>
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={option.useBatch}
          onChange={(e) =>
            actions.optionChanged(option.id, {
              useBatch: e.currentTarget.checked,
            })
          }
        />
        Use the batch API for the batchable share
      </label>
      {model ? (
        <p className="source-line">
          List price {model.usdPerMillionInputTokens} /{' '}
          {model.usdPerMillionOutputTokens} USD per 1M input / output tokens, as
          of {model.asOf}.
        </p>
      ) : null}
      {model ? <PriceConflictNote model={model} /> : null}
    </div>
  );
}
