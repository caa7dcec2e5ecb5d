import { Fragment, useId, useState, type ReactNode } from 'react';

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

/**
 * A label with each listed word turned into a `Term` (its first occurrence):
 * `withTerms('PUE of the room', { PUE: '…' })`. Text without any of them
 * comes back unchanged.
 */
export function withTerms(
  text: string,
  terms: Readonly<Record<string, string>> | undefined,
): ReactNode {
  if (!terms) return text;
  const found = Object.keys(terms)
    .map((word) => ({ word, at: text.indexOf(word) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (found.length === 0) return text;
  const parts: ReactNode[] = [];
  let from = 0;
  for (const { word, at } of found) {
    if (at < from) continue;
    parts.push(<Fragment key={`t${at}`}>{text.slice(from, at)}</Fragment>);
    parts.push(
      <Term key={`w${at}`} explain={terms[word]!}>
        {word}
      </Term>,
    );
    from = at + word.length;
  }
  parts.push(<Fragment key="end">{text.slice(from)}</Fragment>);
  return parts;
}
