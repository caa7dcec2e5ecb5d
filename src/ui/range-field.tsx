import { useId, useState } from 'react';
import { withTerms } from './term';

type RangeFieldProps = {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** What a screen reader and the visible readout say for the value, unit included. */
  readonly valueText: string;
  /**
   * The same words for any position: given, the thumb and readout follow a
   * key press at once even where `value` arrives a frame later (a field
   * under SettledScope, ADR-21).
   */
  readonly formatValue?: (value: number) => string;
  readonly hint?: string;
  /** Jargon in the hint, explained on hover and focus: { FTE: '…' }. */
  readonly terms?: Readonly<Record<string, string>>;
};

/**
 * The position just moved to, until `value` catches up: the slider paints
 * in the input's own frame, and the rest of the page follows in the next.
 */
function usePendingValue(value: number) {
  const [pending, setPending] = useState<number | null>(null);
  const [seen, setSeen] = useState(value);
  // A new `value` (the store caught up, or changed elsewhere) wins: derived state.
  if (seen !== value) {
    setSeen(value);
    setPending(null);
  }
  return [pending ?? value, setPending] as const;
}

/** A labelled native range input with a visible, unit-bearing readout. */
export function RangeField({
  label,
  min,
  max,
  step,
  value,
  onChange,
  valueText,
  formatValue,
  hint,
  terms,
}: RangeFieldProps) {
  const id = useId();
  const [shown, setPending] = usePendingValue(value);
  const text = formatValue && shown !== value ? formatValue(shown) : valueText;
  return (
    <div className="field range-field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="field-readout">
          {text}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={shown}
        aria-valuetext={text}
        onChange={(e) => {
          const next = Number(e.currentTarget.value);
          if (formatValue) setPending(next);
          onChange(next);
        }}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {withTerms(hint, terms)}
        </p>
      ) : null}
    </div>
  );
}
