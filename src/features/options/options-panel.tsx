import { useState } from 'react';
import type { Catalog } from '../../catalog';
import type { ScenarioResult } from '../../engine';
import { formatUsdPerMonth } from '../../lib/format';
import { explainOption } from './explain';
import {
  BOUNDS,
  MAX_OPTIONS,
  deskable,
  infeasibleShortText,
  isEmbeddingOption,
  optionLongLabel,
  PROCUREMENT_LABELS,
  selectActions,
  selectOptions,
  useCalculatorStore,
  useCatalog,
  useDeferredScenarioResult,
  type ApiOptionState,
  type OptionPatch,
  type OptionState,
  type ProcurementChoice,
  type SelfHostOptionState,
} from '../../state';
import {
  DASH_BY_KIND,
  NumberField,
  optionColor,
  Panel,
  SelectField,
  type SelectGroup,
} from '../../ui';

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

const HARDWARE_KIND_LABELS = {
  'datacenter-gpu': 'Datacenter GPUs',
  'consumer-gpu': 'Consumer and workstation GPUs',
  apple: 'Apple Silicon',
  cpu: 'CPUs',
} as const;

function formatParams(params: number): string {
  return params >= 1e9
    ? `${Number((params / 1e9).toPrecision(3))}B`
    : `${Math.round(params / 1e6)}M`;
}

/** Option groups in first-seen order. */
function groupBy<T>(
  items: readonly T[],
  group: (item: T) => string,
  option: (item: T) => { value: string; label: string },
): SelectGroup[] {
  const out = new Map<string, { value: string; label: string }[]>();
  for (const item of items) {
    const key = group(item);
    const list = out.get(key) ?? [];
    list.push(option(item));
    out.set(key, list);
  }
  return [...out].map(([label, options]) => ({ label, options }));
}

function flat(options: { value: string; label: string }[]): SelectGroup[] {
  return [{ label: '', options }];
}

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

function ApiEditor({ option }: { option: ApiOptionState }) {
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
    </div>
  );
}

function SelfHostEditor({ option }: { option: SelfHostOptionState }) {
  const catalog = useCatalog();
  const actions = useCalculatorStore(selectActions);
  const engine = catalog.byId.engines[option.engineId];
  const quantsForEngine = catalog.quants.filter((q) =>
    q.engineIds.includes(option.engineId),
  );
  const hardwareForEngine = catalog.hardware.filter(
    (h) => !engine || engine.hardwareKinds.includes(h.kind),
  );
  const rented =
    option.procurement === 'on-demand' ||
    option.procurement === 'reserved' ||
    option.procurement === 'spot';
  const change = (patch: OptionPatch) =>
    actions.optionChanged(option.id, patch);
  return (
    <div className="option-editor">
      <SelectField
        label="Open model"
        searchable
        value={option.openModelId}
        groups={groupBy(
          catalog.openModels.filter(
            (m) =>
              m.mode ===
              (catalog.byId.openModels[option.openModelId]?.mode ?? 'chat'),
          ),
          (m) => m.family,
          (m) => ({
            value: m.id,
            label: `${m.name} (${formatParams(m.paramsTotal)}${m.moe ? `, ${formatParams(m.paramsActive)} active` : ''})`,
          }),
        )}
        onChange={(openModelId) => change({ openModelId })}
      />
      <div className="pair-row">
        <SelectField
          label="Engine"
          value={option.engineId}
          groups={flat(
            catalog.engines.map((e) => ({ value: e.id, label: e.name })),
          )}
          onChange={(engineId) => {
            const next = catalog.byId.engines[engineId];
            const quantOk =
              catalog.byId.quants[option.quantId]?.engineIds.includes(engineId);
            const hwOk = next?.hardwareKinds.includes(
              catalog.byId.hardware[option.hardwareId]?.kind ?? 'cpu',
            );
            const quant = quantOk
              ? option.quantId
              : (catalog.quants.find((q) => q.engineIds.includes(engineId))
                  ?.id ?? option.quantId);
            const hardware = hwOk
              ? option.hardwareId
              : (catalog.hardware.find((h) =>
                  next?.hardwareKinds.includes(h.kind),
                )?.id ?? option.hardwareId);
            change({ engineId, quantId: quant, hardwareId: hardware });
          }}
        />
        <SelectField
          label="Quantization"
          value={option.quantId}
          groups={flat(
            quantsForEngine.map((q) => ({
              value: q.id,
              label: `${q.name} (${q.bitsPerWeight} bits/weight)`,
            })),
          )}
          onChange={(quantId) => change({ quantId })}
        />
      </div>
      <div className="pair-row">
        <SelectField
          label="Hardware"
          searchable
          value={option.hardwareId}
          groups={groupBy(
            hardwareForEngine,
            (h) => HARDWARE_KIND_LABELS[h.kind],
            (h) => ({ value: h.id, label: `${h.name} (${h.memoryGb} GB)` }),
          )}
          onChange={(hardwareId) => change({ hardwareId })}
        />
        <SelectField
          label="GPUs per replica"
          value={String(option.gpusPerReplica)}
          groups={flat([
            { value: '0', label: 'Auto (cheapest that fits)' },
            ...[1, 2, 4, 8].map((n) => ({
              value: String(n),
              label: String(n),
            })),
          ])}
          onChange={(v) => change({ gpusPerReplica: Number(v) })}
        />
      </div>
      <div className="pair-row">
        <SelectField
          label="How you get it"
          value={option.procurement}
          groups={flat(
            (Object.keys(PROCUREMENT_LABELS) as ProcurementChoice[])
              // A datacenter GPU (SXM boards, passive cooling) does not sit on a desk.
              .filter(
                (p) => p !== 'desk' || deskable(catalog, option.hardwareId),
              )
              .map((p) => ({ value: p, label: PROCUREMENT_LABELS[p] })),
          )}
          onChange={(v) => change({ procurement: v as ProcurementChoice })}
        />
        {rented ? (
          <NumberField
            label="On-demand price"
            unit="USD / GPU-hour"
            value={option.usdPerGpuHour}
            min={BOUNDS.usdPerGpuHour.min}
            max={BOUNDS.usdPerGpuHour.max}
            onCommit={(usdPerGpuHour) => change({ usdPerGpuHour })}
          />
        ) : (
          <NumberField
            label="Purchase price per device"
            unit="USD"
            value={option.capexUsdPerDevice}
            min={BOUNDS.capexUsdPerDevice.min}
            max={BOUNDS.capexUsdPerDevice.max}
            onCommit={(capexUsdPerDevice) => change({ capexUsdPerDevice })}
          />
        )}
      </div>
      <div className="pair-row">
        <NumberField
          label="Operations time"
          unit="FTE"
          value={option.opsFteShare}
          min={BOUNDS.opsFteShare.min}
          max={BOUNDS.opsFteShare.max}
          onCommit={(opsFteShare) => change({ opsFteShare })}
        />
        <NumberField
          label="Spare replicas"
          unit="replicas"
          value={option.extraReplicas}
          min={BOUNDS.extraReplicas.min}
          max={BOUNDS.extraReplicas.max}
          onCommit={(extraReplicas) => change({ extraReplicas })}
        />
      </div>
    </div>
  );
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
