import { useId, useState, type ReactNode } from 'react';

type TermProps = {
  /** The word as the page writes it: "FTE", "PUE", "KV cache". */
  readonly children: ReactNode;
  /** One plain sentence saying what it means. */
  readonly explain: string;
};

/**
 * A piece of jargon with its meaning on hover and on keyboard focus (issue 14
 * item 8). A button, so a keyboard reaches it; the meaning is a tooltip the
 * button is described by (`aria-describedby`), so a screen reader reads it
 * with the word. The tooltip is `hidden` until shown: inside a field's
 * <label> it then stays out of the field's name. Escape hides it without
 * moving the pointer or focus (WCAG 1.4.13) and does not close a dialog
 * around it. `abbr title` alone shows only on hover.
 */
export function Term({ children, explain }: TermProps) {
  const id = useId();
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hover || focus) && !dismissed;
  return (
    <span
      className="term"
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => {
        setHover(false);
        setDismissed(false);
      }}
    >
      <button
        type="button"
        className="term-word"
        aria-describedby={id}
        onFocus={() => setFocus(true)}
        onBlur={() => {
          setFocus(false);
          setDismissed(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            e.preventDefault();
            setDismissed(true);
          }
        }}
        onClick={(e) => {
          // Inside a <label> a click would otherwise move focus to the field.
          e.preventDefault();
          setFocus(true);
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={id} className="term-tip" hidden={!open}>
        {explain}
      </span>
    </span>
  );
}
