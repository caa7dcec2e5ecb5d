import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Catalog, OpenModel } from '../../catalog';
import { glossary } from '../../lib/glossary';
import { formatGb, formatTokens, formatUsd } from '../../lib/format';
import {
  PROCUREMENT_LABELS,
  selectActions,
  selectOptions,
  useCalculatorStore,
  useCatalog,
} from '../../state';
import { Term } from '../../ui';
import { useInitialFocus } from './api-picker';
import {
  choicesFor,
  initialChoice,
  openModelMatches,
  openModelRows,
  pickerConfigurations,
  rechoose,
  type PickerConfiguration,
  type SelfHostChoice,
} from './self-host-picker-model';

type SelfHostPickerProps = {
  readonly initialMode: OpenModel['mode'];
  readonly onDone: () => void;
};

function formatParams(params: number): string {
  return params >= 1e9
    ? `${Number((params / 1e9).toPrecision(3))}B`
    : `${Math.round(params / 1e6)}M`;
}

/** "Add self-hosted": choose an open model, then one of the configurations that load it (ADR-30). */
export function SelfHostPicker({ initialMode, onDone }: SelfHostPickerProps) {
  const [modelId, setModelId] = useState<string | null>(null);
  const [lastModel, setLastModel] = useState<string | null>(null);
  return modelId === null ? (
    <ModelStep
      initialMode={initialMode}
      returnTo={lastModel}
      onChoose={(id) => {
        setModelId(id);
        setLastModel(id);
      }}
    />
  ) : (
    <ConfigurationStep
      openModelId={modelId}
      onBack={() => setModelId(null)}
      onDone={onDone}
    />
  );
}

function ModelStep({
  initialMode,
  returnTo,
  onChoose,
}: {
  readonly initialMode: OpenModel['mode'];
  /** The model the user came back from: its button gets focus again. */
  readonly returnTo: string | null;
  readonly onChoose: (openModelId: string) => void;
}) {
  const catalog = useCatalog();
  const options = useCalculatorStore(selectOptions);
  const [text, setText] = useState('');
  const [mode, setMode] = useState(initialMode);
  const search = useInitialFocus<HTMLInputElement>();
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  const rows = useMemo(
    () => openModelRows(catalog, mode, options),
    [catalog, mode, options],
  );
  const shown = rows.filter((r) => openModelMatches(r, text));
  return (
    <div className="picker">
      <p className="picker-step">
        Step 1 of 2: the open model. Step 2 offers only the quantizations,
        engines and hardware that can load it.
      </p>
      <div className="picker-controls">
        <label className="picker-search">
          <span>Search open models</span>
          <input
            ref={returnTo === null ? search : undefined}
            type="search"
            value={text}
            placeholder="Name or family, e.g. qwen 32b"
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>Kind</span>
          <select
            value={mode}
            onChange={(e) =>
              setMode(e.currentTarget.value as OpenModel['mode'])
            }
          >
            <option value="chat">Chat and reasoning</option>
            <option value="embedding">Embeddings</option>
          </select>
        </label>
      </div>
      <p className="picker-count" role="status">
        {shown.length} {shown.length === 1 ? 'model' : 'models'}
      </p>
      <div className="picker-table-wrap">
        <table className="picker-table" role="table">
          <caption className="visually-hidden">
            Open models: size, Artificial Analysis Intelligence Index, context
            window and how many configurations that load them are not yet
            compared
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                Model
              </th>
              <th role="columnheader" scope="col" className="num">
                Parameters
              </th>
              <th role="columnheader" scope="col" className="num">
                <Term explain={glossary.aaIndex}>Quality</Term>
              </th>
              <th role="columnheader" scope="col" className="num">
                Context <span className="unit">tokens</span>
              </th>
              <th role="columnheader" scope="col" className="num">
                New configurations
              </th>
              <th role="columnheader" scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {shown.map((r) => (
              <tr key={r.id} role="row">
                <th role="rowheader" scope="row">
                  <span className="picker-name">{r.name}</span>
                  <span className="picker-sub">{r.family}</span>
                </th>
                <td role="cell" data-label="Parameters" className="num">
                  {formatParams(r.paramsTotal)}
                  {r.moe ? ` (${formatParams(r.paramsActive)} active)` : ''}
                </td>
                <td role="cell" data-label="Quality" className="num">
                  {r.qualityIndex ?? 'not rated'}
                </td>
                <td role="cell" data-label="Context" className="num">
                  {formatTokens(r.maxContextTokens)}
                </td>
                <td role="cell" data-label="New configurations" className="num">
                  {r.newConfigurations}
                </td>
                <td role="cell" className="picker-action">
                  {r.newConfigurations > 0 ? (
                    <button
                      type="button"
                      ref={r.id === returnTo ? back : undefined}
                      aria-label={`Choose ${r.name}`}
                      onClick={() => onChoose(r.id)}
                    >
                      Choose
                    </button>
                  ) : (
                    <span className="picker-added">All added</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? (
          <p className="picker-empty">No open model matches the search.</p>
        ) : null}
      </div>
    </div>
  );
}

/** "1× H100 SXM (80 GB) · $2.99/GPU-hour" — the devices the weights need and the starting price. */
function hardwareLabel(catalog: Catalog, c: PickerConfiguration): string {
  const h = catalog.byId.hardware[c.hardwareId];
  // Most names carry their memory already ("H100 SXM 80GB").
  const name = !h
    ? c.hardwareId
    : /\d\s?GB\b/.test(h.name)
      ? h.name
      : `${h.name} (${h.memoryGb} GB)`;
  const price =
    c.usdPerGpuHour !== null
      ? `${formatUsd(c.usdPerGpuHour)}/GPU-hour`
      : c.purchaseUsd !== null
        ? `${formatUsd(c.purchaseUsd)} to buy`
        : 'no listed price';
  return `${c.fewestDevices}× ${name} · ${price}${c.duplicate ? ' · already compared' : ''}`;
}

function ConfigurationStep({
  openModelId,
  onBack,
  onDone,
}: {
  readonly openModelId: string;
  readonly onBack: () => void;
  readonly onDone: () => void;
}) {
  const catalog = useCatalog();
  const options = useCalculatorStore(selectOptions);
  const actions = useCalculatorStore(selectActions);
  const configs = useMemo(
    () => pickerConfigurations(catalog, openModelId, options),
    [catalog, openModelId, options],
  );
  const [choice, setChoice] = useState<SelfHostChoice | null>(() =>
    initialChoice(catalog, openModelId, configs),
  );
  const heading = useInitialFocus<HTMLHeadingElement>();
  const quantSelect = useId();
  const model = catalog.byId.openModels[openModelId];
  if (!choice) return null;
  const { quants, engines, hardware, selected } = choicesFor(configs, choice);
  const change = (patch: Partial<SelfHostChoice>) =>
    setChoice(rechoose(configs, { ...choice, ...patch }));
  return (
    <div className="picker">
      <h3 ref={heading} tabIndex={-1}>
        Step 2 of 2: {model?.name ?? openModelId}
      </h3>
      <p className="picker-step">
        Only combinations whose weights fit in the devices&apos; memory are
        offered; the estimate then checks speed and capacity for your workload.
      </p>
      <div className="picker-config">
        {/* htmlFor: a label would otherwise name its first labelable child, the term's button. */}
        <label htmlFor={quantSelect}>
          <span>
            <Term explain={glossary.quant}>Quantization</Term>
          </span>
          <select
            id={quantSelect}
            value={choice.quantId}
            onChange={(e) => change({ quantId: e.currentTarget.value })}
          >
            {quants.map((q) => (
              <option key={q} value={q}>
                {catalog.byId.quants[q]?.name ?? q}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Engine</span>
          <select
            value={choice.engineId}
            onChange={(e) => change({ engineId: e.currentTarget.value })}
          >
            {engines.map((id) => (
              <option key={id} value={id}>
                {catalog.byId.engines[id]?.name ?? id}
              </option>
            ))}
          </select>
        </label>
        <label className="wide">
          <span>Hardware (devices the weights need · starting price)</span>
          <select
            value={choice.hardwareId}
            onChange={(e) => change({ hardwareId: e.currentTarget.value })}
          >
            {hardware.map((c) => (
              <option key={c.hardwareId} value={c.hardwareId}>
                {hardwareLabel(catalog, c)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {selected ? (
        <p className="picker-summary" role="status">
          Weights {formatGb(selected.weightBytes)} on {selected.fewestDevices}{' '}
          {selected.fewestDevices === 1 ? 'device' : 'devices'},{' '}
          {PROCUREMENT_LABELS[selected.procurement]}
          {selected.duplicate
            ? '. This configuration is already compared: change one of the choices.'
            : '.'}
        </p>
      ) : null}
      <div className="picker-actions">
        <button type="button" onClick={onBack}>
          Back to models
        </button>
        <button
          type="button"
          className="primary"
          disabled={!selected || selected.duplicate}
          onClick={() => {
            if (!selected || selected.duplicate) return;
            actions.selfHostOptionAdded({
              openModelId,
              quantId: selected.quantId,
              engineId: selected.engineId,
              hardwareId: selected.hardwareId,
              gpusPerReplica: selected.fewestDevices,
              procurement: selected.procurement,
            });
            onDone();
          }}
        >
          Add this configuration
        </button>
      </div>
    </div>
  );
}
