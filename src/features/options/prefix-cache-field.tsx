import { useCatalog } from '../../state';
import { SelectField } from '../../ui';
import { flat, useChangeOption, type SectionProps } from './editor-helpers';

const DEFAULT = 'default';
const ON = 'on';
const OFF = 'off';

/**
 * Whether the engine reuses a shared prompt prefix's KV cache (docs/methods.md
 * §18.1): as the engine ships, or switched on or off with its flag. Shown for
 * engines the catalog knows a prefix cache for; the rest recompute every
 * prompt. Carried in the link (`x1` / `x0`) and the CLI (`prefixCaching`).
 */
export function PrefixCacheField({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const cache = catalog.byId.engines[option.engineId]?.prefixCache;
  if (!cache) return null;
  const value =
    typeof option.prefixCaching === 'boolean'
      ? option.prefixCaching
        ? ON
        : OFF
      : DEFAULT;
  const on = value === DEFAULT ? cache.defaultOn : value === ON;
  // An engine with no switch (Ollama, MLX: "none (always on)") offers no choice.
  const switchable = !cache.flag.startsWith('none');
  return (
    <div>
      <SelectField
        label="Prefix cache"
        value={value}
        groups={flat([
          {
            value: DEFAULT,
            label: `Engine default (${cache.defaultOn ? 'on' : 'off'})`,
          },
          ...(switchable
            ? [
                { value: ON, label: 'On' },
                { value: OFF, label: 'Off' },
              ]
            : []),
        ])}
        onChange={(v) =>
          change({ prefixCaching: v === DEFAULT ? null : v === ON })
        }
      />
      <p className="field-hint">
        {on
          ? `A shared prefix is prefilled once and its KV held once (${cache.reuse === 'per-slot' ? 'per slot' : 'shared across requests'}); the workload's cached prefix and hit rate apply.`
          : 'Every prompt is prefilled in full.'}{' '}
        Flag: {cache.flag}.
      </p>
    </div>
  );
}
