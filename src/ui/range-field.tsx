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
  // The newest props, for a press handled or committed after this render's.
  const latest = useRef({ onChange, formatValue, schedule });
  useLayoutEffect(() => {
    latest.current = { onChange, formatValue, schedule };
  });
  // The position the DOM last had from us or from a handled event: an event
  // that finds the input there is not a change (a press's `change` after
  // its `input`), as React's own value tracking would judge it.
  const seen = useRef(String(value));

  // Reads only refs: one function for the field's lifetime.
  const commit = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    startTransition(() => latest.current.onChange(p.value));
  }, []);

  // `value` moved (caught up, or changed elsewhere): the DOM follows, unless
  // a newer press is about to be committed — it is the user's last word, so
  // its position and words are put back over what React just rendered.
  useLayoutEffect(() => {
    const p = pending.current;
    if (p) writeToDom(inputRef.current, outputRef.current, p.value, p.text);
    else writeToDom(inputRef.current, outputRef.current, value, valueText);
    if (inputRef.current) seen.current = inputRef.current.value;
  }, [value, valueText]);

  // The press itself is handled by the input's own listeners, not React's
  // (ADR-33): a key press on a range dispatches keydown, input, change and
  // keyup, and React's root runs each through its change and select
  // plugins on the way up, about a third of the press's handler time on a
  // slow CPU, for a field that needs none of it. So those events stop at
  // the input; nothing else listens to them (focus and pointer events still
  // bubble).
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const handle = (event: Event) => {
      event.stopPropagation();
      if (input.value === seen.current) return;
      seen.current = input.value;
      const {
        onChange: hand,
        formatValue: words,
        schedule: when,
      } = latest.current;
      const next = Number(input.value);
      const text = words ? words(next) : null;
      writeToDom(input, outputRef.current, next, text);
      if (!when) {
        hand(next);
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
      const cancel = when(commit);
      if (pending.current === p) p.cancel = cancel;
    };
    const stop = (event: Event) => event.stopPropagation();
    input.addEventListener('input', handle);
    input.addEventListener('change', handle);
    input.addEventListener('keydown', stop);
    input.addEventListener('keyup', stop);
    return () => {
      input.removeEventListener('input', handle);
      input.removeEventListener('change', handle);
      input.removeEventListener('keydown', stop);
      input.removeEventListener('keyup', stop);
    };
  }, [commit]);

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
