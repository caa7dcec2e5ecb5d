import { useId, useState } from 'react';
import { withTerms } from './term';

type NumberFieldProps = {
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly onCommit: (value: number) => void;
  readonly className?: string;
  /** Jargon in the label or unit, explained on hover and focus: { FTE: '…' }. */
  readonly terms?: Readonly<Record<string, string>>;
};

const SUFFIX: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  g: 1e9,
  t: 1e12,
};

/**
 * Reads what people type: "50000000", "50,000,000", "50 M", "2.5B", "1e9".
 * Returns null for anything that is not a finite number.
 */
export function parseNumberInput(text: string): number | null {
  const t = text.replace(/[\s,_]/g, '');
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([kmbgt])?$/i.exec(t);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] ? (SUFFIX[m[2].toLowerCase()] ?? 1) : 1);
  return Number.isFinite(n) ? n : null;
}

// Made once: a formatter costs far more to build than to use, and every
// field formats its bounds on each render (ADR-21, work per key press).
let compact: Intl.NumberFormat | null = null;
let plain: Intl.NumberFormat | null = null;

/** Bounds in messages: 1,000,000,000,000 reads as 1T. */
function formatNumberInput(n: number): string {
  if (Math.abs(n) >= 1e6) {
    compact ??= new Intl.NumberFormat(undefined, {
      notation: 'compact',
      maximumSignificantDigits: 3,
    });
    return compact.format(n);
  }
  plain ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });
  return plain.format(n);
}

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
  terms,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  // The value our own last commit asked for: its message must survive the store's echo.
  const [committed, setCommitted] = useState<number | null>(null);
  // A new value from outside (slider, preset, URL) replaces the text: state adjusted during render.
  if (shown !== value) {
    setShown(value);
    setText(String(value));
    if (
      committed === null ||
      Math.abs(committed - value) > Math.abs(value) * 1e-9 + 1e-12
    ) {
      setError(null);
    }
    setCommitted(null);
  }
  const range = `${formatNumberInput(min)} and ${formatNumberInput(max)}`;
  const commit = () => {
    // Tabbing through without typing changes nothing (issue 14 item 8): a
    // commit of the shown value would still count as an edit (the use case
    // turned "Custom", a rounded figure written back).
    if (text === String(value) && error === null) return;
    const parsed = parseNumberInput(text);
    if (parsed === null) {
      setError(
        `Enter a number between ${range} (50M, 2.5B and 1,000 work too).`,
      );
      return;
    }
    const clamped = Math.min(max, Math.max(min, parsed));
    setError(clamped !== parsed ? `Kept within ${range} ${unit}.` : null);
    setCommitted(clamped);
    setText(String(clamped));
    onCommit(clamped);
  };
  return (
    <div className={`field number-field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>
        {withTerms(label, terms)}{' '}
        <span className="unit">({withTerms(unit, terms)})</span>
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
