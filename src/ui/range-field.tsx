import {
  startTransition,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
} from 'react';
import { withTerms } from './term';

/** Runs `commit` later (after the next paint, say); returns a cancel function. */
export type CommitSchedule = (commit: () => void) => () => void;

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
   * The same words for any position: given, the readout and
   * `aria-valuetext` follow a press inside its own handler, before `value`
   * comes back (a field under SettledScope, ADR-21, ADR-33).
   */
  readonly formatValue?: (value: number) => string;
  /**
   * When to hand a press to `onChange` (ADR-33): given, the press itself
   * renders nothing — the handler writes the thumb's readout and
   * `aria-valuetext` straight into the DOM (with `formatValue`) — and
   * `onChange` runs once `schedule` calls back, in a transition, with the
   * newest position: presses that arrive before it are coalesced into one
   * commit. Without it, `onChange` runs inside the press.
   */
  readonly schedule?: CommitSchedule;
  readonly hint?: string;
  /** Jargon in the hint, explained on hover and focus: { FTE: '…' }. */
  readonly terms?: Readonly<Record<string, string>>;
};

/** A press waiting for its commit: its position and, with `formatValue`, its words. */
type Pending = { value: number; text: string | null; cancel: () => void };

/** Puts a position and its words on the slider and its readout, touching only what differs. */
function writeToDom(
  input: HTMLInputElement | null,
  output: HTMLOutputElement | null,
  position: number,
  text: string | null,
): void {
  if (input && input.value !== String(position)) input.value = String(position);
  if (text === null) return;
  if (input && input.getAttribute('aria-valuetext') !== text)
    input.setAttribute('aria-valuetext', text);
  // React renders the readout's one string child as the element's text, and
  // sets it again whenever `valueText` changes, so writing it here is safe.
  if (output && output.textContent !== text) output.textContent = text;
}

/**
 * A labelled native range input with a visible, unit-bearing readout.
 *
 * The input is uncontrolled (ADR-33): the browser moves the thumb, and the
 * DOM follows `value` whenever it changes and no press is waiting for its
 * commit — the store caught up, or the value changed elsewhere (the typed
 * field, a preset, Back). A React-controlled range would snap the thumb
 * back to a `value` that arrives a frame later, or need a render inside the
 * press to hold it.
 */
export function RangeField({
  label,
  min,
  max,
  step,
  value,
  onChange,
  valueText,
  formatValue,
  schedule,
  hint,
  terms,
}: RangeFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const outputRef = useRef<HTMLOutputElement>(null);
  const pending = useRef<Pending | null>(null);
  // The newest onChange, for a commit that runs after this render's.
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  // Reads only refs: one function for the field's lifetime.
  const commit = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    startTransition(() => onChangeRef.current(p.value));
  }, []);

  // `value` moved (caught up, or changed elsewhere): the DOM follows, unless
  // a newer press is about to be committed — it is the user's last word, so
  // its position and words are put back over what React just rendered.
  useLayoutEffect(() => {
    const p = pending.current;
    if (p) writeToDom(inputRef.current, outputRef.current, p.value, p.text);
    else writeToDom(inputRef.current, outputRef.current, value, valueText);
  }, [value, valueText]);

  // A press still waiting when the field goes away is committed, not lost.
  useEffect(
    () => () => {
      pending.current?.cancel();
      commit();
    },
    [commit],
  );

  return (
    <div className="field range-field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <output ref={outputRef} htmlFor={id} className="field-readout">
          {valueText}
        </output>
      </div>
      <input
        ref={inputRef}
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        defaultValue={value}
        aria-valuetext={valueText}
        onChange={(e) => {
          const next = Number(e.currentTarget.value);
          const text = formatValue ? formatValue(next) : null;
          writeToDom(e.currentTarget, outputRef.current, next, text);
          if (!schedule) {
            onChange(next);
            return;
          }
          const waiting = pending.current;
          if (waiting) {
            // Coalesced: the scheduled commit takes the newest position.
            waiting.value = next;
            waiting.text = text;
            return;
          }
          const p: Pending = { value: next, text, cancel: () => {} };
          pending.current = p;
          // A schedule that runs at once (no paint to wait for) has committed already.
          const cancel = schedule(commit);
          if (pending.current === p) p.cancel = cancel;
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
