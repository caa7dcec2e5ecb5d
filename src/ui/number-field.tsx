import { useId, useState } from 'react';

type NumberFieldProps = {
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly onCommit: (value: number) => void;
  readonly className?: string;
};

/**
 * A typed number with its unit. Commits on blur or Enter; an empty or
 * non-numeric entry shows a message and keeps the last good value.
 */
export function NumberField({
  label,
  unit,
  value,
  min,
  max,
  step,
  onCommit,
  className,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  // A new value from outside (slider, preset, URL) replaces the text: state adjusted during render.
  if (shown !== value) {
    setShown(value);
    setText(String(value));
    setError(null);
  }
  const commit = () => {
    const parsed = Number(text.replace(/[\s,_]/g, ''));
    if (text.trim() === '' || !Number.isFinite(parsed)) {
      setError(`Enter a number between ${min} and ${max}.`);
      return;
    }
    if (parsed < min || parsed > max) {
      setError(`Kept within ${min}–${max} ${unit}.`);
    } else {
      setError(null);
    }
    onCommit(Math.min(max, Math.max(min, parsed)));
  };
  return (
    <div className={`field number-field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>
        {label} <span className="unit">({unit})</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        {...(step !== undefined ? { 'data-step': step } : {})}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="status">
          {error}
        </p>
      ) : null}
    </div>
  );
}
