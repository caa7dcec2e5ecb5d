import { useId } from 'react';
import { CATALOG_VERSION } from '../../catalog';
import {
  EMBED_PANELS,
  LOCKABLE_INPUTS,
  type EmbedPanel,
  type EmbedTheme,
  type LockableInput,
} from '../../embed';
import { NAME_MAX_LENGTH } from '../../url';

/** What the reader picks for the embed in the Share dialog. */
export type EmbedChoices = {
  readonly panels: readonly EmbedPanel[];
  readonly theme: EmbedTheme;
  readonly locked: readonly LockableInput[];
  /** Today's prices instead of the pinned catalog version. */
  readonly live: boolean;
  readonly autoResize: boolean;
  /** As typed; checked with `originOrNull`. */
  readonly hostOrigin: string;
  readonly title: string;
};

export const INITIAL_EMBED_CHOICES: EmbedChoices = {
  panels: EMBED_PANELS,
  theme: 'auto',
  locked: [],
  live: false,
  autoResize: true,
  hostOrigin: '',
  title: 'Crossover: LLM API or self-hosting cost calculator',
};

/** One group of choices: reads the choices, changes some of them. */
type ChoicesProps = {
  readonly choices: EmbedChoices;
  readonly update: (patch: Partial<EmbedChoices>) => void;
};

const PANEL_LABELS: Record<EmbedPanel, string> = {
  verdict: 'Recommendation',
  chart: 'Cost chart',
  sliders: 'Key sliders',
};
const LOCK_LABELS: Record<LockableInput, string> = {
  tpm: 'Monthly tokens',
  is: 'Input : output',
  uc: 'Use case',
};

export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

/** The list with `item` switched on or off, in the canonical `order`. */
function toggle<T>(
  list: readonly T[],
  item: T,
  on: boolean,
  order: readonly T[],
): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((x) => set.has(x));
}

/** Which panels the embed shows (at least one). */
export function PanelsFieldset({ choices, update }: ChoicesProps) {
  return (
    <fieldset>
      <legend>Show</legend>
      {EMBED_PANELS.map((p) => (
        <Checkbox
          key={p}
          label={PANEL_LABELS[p]}
          checked={choices.panels.includes(p)}
          onChange={(on) => {
            const next = toggle(choices.panels, p, on, EMBED_PANELS);
            if (next.length > 0) update({ panels: next });
          }}
        />
      ))}
    </fieldset>
  );
}

/** Which inputs the embed's readers cannot change. */
export function LocksFieldset({ choices, update }: ChoicesProps) {
  return (
    <fieldset>
      <legend>Lock (readers cannot change)</legend>
      {LOCKABLE_INPUTS.map((k) => (
        <Checkbox
          key={k}
          label={LOCK_LABELS[k]}
          checked={choices.locked.includes(k)}
          onChange={(on) =>
            update({ locked: toggle(choices.locked, k, on, LOCKABLE_INPUTS) })
          }
        />
      ))}
    </fieldset>
  );
}

/** Prices pinned to this catalog version, or live. */
export function PricesFieldset({ choices, update }: ChoicesProps) {
  const group = useId();
  return (
    <fieldset>
      <legend>Prices</legend>
      <label className="check">
        <input
          type="radio"
          name={`${group}-prices`}
          checked={!choices.live}
          onChange={() => update({ live: false })}
        />
        Pinned to {CATALOG_VERSION} (notes when prices change)
      </label>
      <label className="check">
        <input
          type="radio"
          name={`${group}-prices`}
          checked={choices.live}
          onChange={() => update({ live: true })}
        />
        Live (always today’s prices)
      </label>
    </fieldset>
  );
}

/** The embed's theme and the frame's accessible title. */
export function LookFields({ choices, update }: ChoicesProps) {
  const ids = useId();
  return (
    <div className="pair-row">
      <div className="field">
        <label htmlFor={`${ids}-theme`}>Theme</label>
        <select
          id={`${ids}-theme`}
          value={choices.theme}
          onChange={(e) =>
            update({ theme: e.currentTarget.value as EmbedTheme })
          }
        >
          <option value="auto">Follow the reader’s system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-title`}>Frame title (for screen readers)</label>
        <input
          id={`${ids}-title`}
          type="text"
          value={choices.title}
          maxLength={NAME_MAX_LENGTH}
          onChange={(e) => update({ title: e.currentTarget.value })}
        />
      </div>
    </div>
  );
}

/** The host page's origin, the only one the embed sends scenario changes to. */
export function HostOriginField({
  choices,
  update,
  invalid,
}: ChoicesProps & { readonly invalid: boolean }) {
  const ids = useId();
  return (
    <div className="field">
      <label htmlFor={`${ids}-origin`}>
        Your site’s origin (optional, to receive scenario-changed messages)
      </label>
      <input
        id={`${ids}-origin`}
        type="url"
        placeholder="https://docs.example.org"
        value={choices.hostOrigin}
        aria-invalid={invalid}
        aria-describedby={`${ids}-origin-hint`}
        onChange={(e) => update({ hostOrigin: e.currentTarget.value })}
      />
      <p id={`${ids}-origin-hint`} className="field-hint">
        {invalid
          ? 'Not an origin: use the form https://host or https://host:port, without a path.'
          : 'The embed sends the reader’s scenario only to this origin, never to any other page.'}
      </p>
    </div>
  );
}
