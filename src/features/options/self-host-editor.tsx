import { lazy, Suspense } from 'react';
import type { Catalog } from '../../catalog';
import {
  BOUNDS,
  useCatalog,
  type OptionPatch,
  type SelfHostOptionState,
} from '../../state';
import { glossary } from '../../lib/glossary';
import { NumberField, SelectField, Term } from '../../ui';
import {
  flat,
  groupBy,
  useChangeOption,
  type SectionProps,
} from './editor-helpers';
import { ProcurementRow } from './procurement-row';

const SelfHostServingFields = lazy(() =>
  import('./self-host-serving-fields').then((m) => ({
    default: m.SelfHostServingFields,
  })),
);
const PrefixCacheField = lazy(() =>
  import('./prefix-cache-field').then((m) => ({
    default: m.PrefixCacheField,
  })),
);
const RunningCostsEditor = lazy(() =>
  import('./running-costs-editor').then((m) => ({
    default: m.RunningCostsEditor,
  })),
);

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

/** A self-hosted option's editor: model, serving, hardware, procurement, operations. */
export function SelfHostEditor({ option }: SectionProps) {
  return (
    <div className="option-editor">
      <OpenModelSelect option={option} />
      <ServingRow option={option} />
      <HardwareRow option={option} />
      <ProcurementRow option={option} />
      <OperationsRow option={option} />
      {/* Loaded when an editor first opens: outside the first load. */}
      <Suspense fallback={null}>
        <SelfHostServingFields option={option} />
        <PrefixCacheField option={option} />
        <RunningCostsEditor option={option} />
      </Suspense>
    </div>
  );
}

/** The open model, among those of the same mode (chat or embedding), by family. */
function OpenModelSelect({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  return (
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
  );
}

/** A new engine, with the quant and hardware kept when it runs them, else its first ones. */
function engineSwitch(
  catalog: Catalog,
  option: SelfHostOptionState,
  engineId: string,
): OptionPatch {
  const next = catalog.byId.engines[engineId];
  const quantOk =
    catalog.byId.quants[option.quantId]?.engineIds.includes(engineId);
  const hwOk = next?.hardwareKinds.includes(
    catalog.byId.hardware[option.hardwareId]?.kind ?? 'cpu',
  );
  const quant = quantOk
    ? option.quantId
    : (catalog.quants.find((q) => q.engineIds.includes(engineId))?.id ??
      option.quantId);
  const hardware = hwOk
    ? option.hardwareId
    : (catalog.hardware.find((h) => next?.hardwareKinds.includes(h.kind))?.id ??
      option.hardwareId);
  // A prefix-cache choice belongs to the old engine's flag.
  return {
    engineId,
    quantId: quant,
    hardwareId: hardware,
    prefixCaching: null,
  };
}

/** The serving engine and the quantizations it runs. */
function ServingRow({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const quantsForEngine = catalog.quants.filter((q) =>
    q.engineIds.includes(option.engineId),
  );
  return (
    <div className="pair-row">
      <SelectField
        label="Engine"
        value={option.engineId}
        groups={flat(
          catalog.engines.map((e) => ({ value: e.id, label: e.name })),
        )}
        onChange={(engineId) => change(engineSwitch(catalog, option, engineId))}
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
      <p className="field-hint">
        Fewer bits a weight: less memory, faster decoding, some loss of quality
        (<Term explain={glossary.quant}>quantization</Term>
        {/w8a8/i.test(catalog.byId.quants[option.quantId]?.name ?? '') ? (
          <>
            , <Term explain={glossary.w8a8}>W8A8</Term>
          </>
        ) : null}
        ).
      </p>
    </div>
  );
}

/** The hardware the engine runs on, by kind, and the GPUs per replica. */
function HardwareRow({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const engine = catalog.byId.engines[option.engineId];
  const hardwareForEngine = catalog.hardware.filter(
    (h) => !engine || engine.hardwareKinds.includes(h.kind),
  );
  return (
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
  );
}

/** Operations: the engineer's share this option needs, and spare replicas. */
function OperationsRow({ option }: SectionProps) {
  const change = useChangeOption(option);
  return (
    <div className="pair-row">
      <NumberField
        label="Operations time"
        unit="FTE"
        terms={{ FTE: glossary.fte }}
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
  );
}
