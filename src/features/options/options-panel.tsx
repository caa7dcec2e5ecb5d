import { useState } from 'react';
import type { ScenarioResult } from '../../engine';
import { formatUsdPerMonth } from '../../lib/format';
import {
  MAX_OPTIONS,
  infeasibleShortText,
  isEmbeddingOption,
  optionLongLabel,
  selectActions,
  selectOptions,
  useCalculatorStore,
  useCatalog,
  useDeferredScenarioResult,
  type OptionState,
} from '../../state';
import { DASH_BY_KIND, optionColor, Panel } from '../../ui';
import { ApiEditor } from './api-editor';
import { explainOption } from './explain';
import { SelfHostEditor } from './self-host-editor';

function Swatch({ option }: { option: OptionState }) {
  const dash = DASH_BY_KIND[option.kind];
  return (
    <svg className="swatch" width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={optionColor(option.colorIndex)}
        strokeWidth="3"
        {...(dash ? { strokeDasharray: dash } : {})}
      />
    </svg>
  );
}

function monthlyCostText(result: ScenarioResult, id: string): string {
  const api = result.api.find((a) => a.id === id);
  if (api) return formatUsdPerMonth(api.cost.usdPerMonth);
  const self = result.selfHost.find((s) => s.id === id);
  if (!self) return '—';
  if (self.feasible) return formatUsdPerMonth(self.cost.usdPerMonth);
  return infeasibleShortText(self.reasons);
}

type OptionCardProps = {
  readonly option: OptionState;
  readonly label: string;
  readonly costText: string;
  readonly explanation: readonly string[];
  readonly onRemove: () => void;
};

/** One option: a chip-like row (colour, kind, name, monthly cost) with Edit and Remove, and its editor. */
function OptionCard({
  option,
  label,
  costText,
  explanation,
  onRemove,
}: OptionCardProps) {
  const [open, setOpen] = useState(false);
  const editorId = `option-editor-${option.id}`;
  return (
    <li className="option-card">
      <div className="option-row">
        <Swatch option={option} />
        <span className="option-kind">
          {option.kind === 'api' ? 'API' : 'Self-hosted'}
        </span>
        <span className="option-name">{label}</span>
        <span className="option-cost">{costText}</span>
        <span className="option-buttons">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={editorId}
            aria-label={`Edit ${label}`}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? 'Close' : 'Edit'}
          </button>
          <button
            type="button"
            className="remove"
            onClick={onRemove}
            aria-label={`Remove ${label}`}
          >
            Remove
          </button>
        </span>
      </div>
      <div id={editorId} hidden={!open}>
        {open ? (
          option.kind === 'api' ? (
            <ApiEditor option={option} />
          ) : (
            <SelfHostEditor option={option} />
          )
        ) : null}
        <details className="explain">
          <summary>How is this computed?</summary>
          <ul>
            {explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </div>
    </li>
  );
}

/** Options: every API model and self-hosted configuration being compared. */
export function OptionsPanel() {
  const options = useCalculatorStore(selectOptions);
  const actions = useCalculatorStore(selectActions);
  const catalog = useCatalog();
  const { result, inputs: shown } = useDeferredScenarioResult();
  const workload = shown.workload;
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
            explanation={explainOption(o, result, workload, catalog)}
            onRemove={() => actions.optionRemoved(o.id)}
          />
        ))}
      </ul>
    </Panel>
  );
}
