import { KV_CACHE_PRECISIONS, type KvCachePrecision } from '../../catalog';
import {
  defaultKvBytesPerValue,
  engineBatchCap,
  kvCacheChoicesFor,
} from '../../engine';
import { BOUNDS, useCatalog } from '../../state';
import { glossary } from '../../lib/glossary';
import { NumberField, SelectField, Term } from '../../ui';
import { flat, useChangeOption, type SectionProps } from './editor-helpers';
import { precisionLabelForBytes } from './kv-cache-label';

const DEFAULT = 'default';

/**
 * KV-cache precision: the engine's default (named: FP8 for an FP8 checkpoint
 * on vLLM-class engines, else 16-bit) or a precision this engine can be set
 * to on this hardware, with the flag that sets it (docs/methods.md §20.9).
 */
function KvCacheField({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const engine = catalog.byId.engines[option.engineId];
  const quant = catalog.byId.quants[option.quantId];
  if (!engine || !quant) return null;
  const defaultLabel = precisionLabelForBytes(
    defaultKvBytesPerValue(engine, quant),
  );
  const choices = kvCacheChoicesFor(
    engine,
    catalog.byId.hardware[option.hardwareId],
  ).filter((c) => c.bytesPerValue !== defaultKvBytesPerValue(engine, quant));
  const chosen = choices.find((c) => c.precision === option.kvCachePrecision);
  const value = chosen ? chosen.precision : DEFAULT;
  return (
    <div>
      <SelectField
        label="KV cache"
        value={value}
        groups={flat([
          { value: DEFAULT, label: `Engine default (${defaultLabel})` },
          ...choices.map((c) => ({
            value: c.precision,
            label: KV_CACHE_PRECISIONS[c.precision].label,
          })),
        ])}
        onChange={(v) =>
          change({
            kvCachePrecision:
              v === DEFAULT ? 'default' : (v as KvCachePrecision),
          })
        }
      />
      <p className="field-hint">
        <Term explain={glossary.kvCache}>KV cache</Term>:{' '}
        {chosen
          ? `${engine.name}: ${chosen.flag}. ${chosen.bytesPerValue} bytes per cached value.`
          : choices.length === 0
            ? `${engine.name} keeps its KV cache in ${defaultLabel} here; it offers no other precision.`
            : `${engine.name} keeps it in ${defaultLabel} unless told.`}
      </p>
    </div>
  );
}

/**
 * The engine's batch cap (vLLM --max-num-seqs and friends, §20.5): the
 * engine's own default until changed; typing the default back clears it.
 */
function BatchCapField({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const engine = catalog.byId.engines[option.engineId];
  if (!engine) return null;
  const hardware = catalog.byId.hardware[option.hardwareId];
  // The engine's own cap on this device (vLLM: 1,024 on ≥ 70 GiB GPUs other than the A100).
  const engineDefault = hardware
    ? engineBatchCap(engine, hardware)
    : engine.maxConcurrentSequences;
  const custom = option.maxConcurrentSequences > 0;
  const flag = engine.maxConcurrentSequencesFlag;
  return (
    <div>
      <NumberField
        label="Max concurrent sequences"
        unit="sequences"
        value={custom ? option.maxConcurrentSequences : engineDefault}
        min={1}
        max={BOUNDS.maxConcurrentSequences.max}
        onCommit={(v) =>
          change({
            maxConcurrentSequences: Math.round(v) === engineDefault ? 0 : v,
          })
        }
      />
      <p className="field-hint">
        {custom
          ? `Set${flag ? ` (${flag})` : ''}; ${engine.name}’s default is ${engineDefault}. The KV cache still limits it.`
          : `${engine.name}’s default${flag ? ` (${flag})` : ''}. The KV cache still limits it.`}
        {custom ? (
          <>
            {' '}
            <button
              type="button"
              onClick={() => change({ maxConcurrentSequences: 0 })}
            >
              Use the default
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}

/**
 * What the engine is told at start-up that moves cost: the KV cache's
 * precision and the batch cap (issue 12, ADR-27). Both default to the
 * engine's own, are carried in the link (`t`, `n`) and in the CLI's scenario
 * file, and are checked by the store against the engine and its bounds.
 */
export function SelfHostServingFields({ option }: SectionProps) {
  return (
    <fieldset className="serving-settings">
      <legend>Engine settings</legend>
      <div className="pair-row">
        <KvCacheField option={option} />
        <BatchCapField option={option} />
      </div>
    </fieldset>
  );
}
