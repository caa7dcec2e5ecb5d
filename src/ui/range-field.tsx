import { useId } from 'react';

type RangeFieldProps = {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** What a screen reader and the visible readout say for the value, unit included. */
  readonly valueText: string;
  readonly hint?: string;
};

/** A labelled native range input with a visible, unit-bearing readout. */
export function RangeField({
  label,
  min,
  max,
  step,
  value,
  onChange,
  valueText,
  hint,
}: RangeFieldProps) {
  const id = useId();
  return (
    <div className="field range-field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="field-readout">
          {valueText}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
