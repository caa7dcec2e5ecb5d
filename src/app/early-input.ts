/**
 * What a reader does to the prerendered page's fields before the app has run
 * (ADR-34): a slider moved, a number typed, a choice made, the focus put on a
 * control. The browser does the first part itself — the thumb moves, the text
 * appears — but nothing listens yet, and once React has the page the field
 * shows the app's value again: the input would be silently lost. boot.ts
 * holds the last input per field and the focused control here, and hands
 * them to the app once it has committed its first render.
 *
 * On the default page hydration keeps the same nodes. On a link's page the
 * app renders afresh over the prerendered one (main.tsx), so a field is found
 * again by what it is: its kind, its label, and its rank among fields alike.
 */

/** The fields held: sliders, typed fields and choices. */
export const HELD_FIELDS =
  'input[type="range"], input[type="text"], input:not([type]), select, textarea';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const words = (s: string | null | undefined) =>
  (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);

/** A field's identity: kind, name and label — not its value, which the app may show differently. */
export function fieldIdentity(el: Element): string {
  const labels =
    'labels' in el && el.labels
      ? Array.from(el.labels as NodeListOf<HTMLLabelElement>)
          .map((l) => words(l.textContent))
          .join('|')
      : '';
  return [
    el.tagName,
    el.getAttribute('type') ?? '',
    el.getAttribute('name') ?? '',
    el.getAttribute('aria-label') ?? '',
    labels,
  ].join('\u0000');
}

/** Where an element is among those alike in `doc`, and how to find its like again. */
export type Found = { identity: string; rank: number };

export function locate(
  doc: ParentNode,
  selector: string,
  identify: (el: Element) => string,
  el: Element,
): Found {
  const identity = identify(el);
  const alike = Array.from(doc.querySelectorAll(selector)).filter(
    (e) => identify(e) === identity,
  );
  return { identity, rank: Math.max(0, alike.indexOf(el)) };
}

export function findAgain<T extends Element>(
  doc: ParentNode,
  selector: string,
  identify: (el: Element) => string,
  found: Found,
): T | null {
  const alike = Array.from(doc.querySelectorAll<T>(selector)).filter(
    (e) => identify(e) === found.identity,
  );
  return alike[found.rank] ?? null;
}

/** A slider's move before the app ran: from the position it was given to where the reader left it. */
export type SliderMove = {
  readonly from: number;
  readonly to: number;
  readonly min: number;
  readonly max: number;
};

/**
 * Where a slider moved before the app ran lands once the app has it. The
 * move is replayed as a move — the same number of steps from the app's own
 * position — because on a link's page the prerendered slider showed the
 * default position, not the link's: ArrowRight there means one step up from
 * what the link says. A slider taken to an end (Home, End, a drag past it)
 * goes to that end.
 */
export function replayedPosition(
  move: SliderMove,
  now: {
    readonly value: number;
    readonly min: number;
    readonly max: number;
    readonly step: number;
  },
): number {
  if (move.to <= move.min) return now.min;
  if (move.to >= move.max) return now.max;
  const raw = now.value + (move.to - move.from);
  const step = now.step > 0 ? now.step : 1;
  const snapped = now.min + Math.round((raw - now.min) / step) * step;
  return Math.min(now.max, Math.max(now.min, snapped));
}

type Held = {
  node: Field;
  found: Found;
  /** A slider's move, or a typed or chosen value. */
  input: { slider: SliderMove } | { value: string };
  /** Where a typed field's caret (or selection) was after the input. */
  caret?: { start: number; end: number; direction: Caret };
};

type Caret = 'forward' | 'backward' | 'none';

/** A typed field's caret; none where the field has no caret (the getters say null). */
function caretOf(el: Field): Held['caret'] {
  if (!(el instanceof HTMLInputElement)) return undefined;
  const { selectionStart: start, selectionEnd: end } = el;
  if (start === null || end === null) return undefined;
  return { start, end, direction: el.selectionDirection ?? 'none' };
}

const numberOf = (s: string, fallback: number) => {
  const n = Number(s);
  return s !== '' && Number.isFinite(n) ? n : fallback;
};

/**
 * Sets a field's value as the browser would on input, so React's value
 * tracking sees a change (a plain `el.value =` would tell it there was none).
 */
function setNativeValue(el: Field, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export type EarlyInput = {
  /**
   * Stops holding: from the moment the app's code has run, React's own
   * listeners see an input (hydrating the field first if need be), and one
   * held as well would be applied twice.
   */
  stop(): void;
  /** Hands what was held to the app's fields, once they are on the page; stops holding. */
  replay(): void;
};

/** Starts holding the fields' inputs and the focus on `doc` (boot.ts, before the app runs). */
export function holdEarlyInput(
  doc: Document,
  controls: string,
  identifyControl: (el: Element) => string,
): EarlyInput {
  const held = new Map<string, Held>();
  let focused: { node: Element; found: Found; selector: string } | null = null;
  const onInput = (event: Event) => {
    const el = event.target;
    if (!(el instanceof Element) || !el.matches(HELD_FIELDS)) return;
    const field = el as Field;
    const found = locate(doc, HELD_FIELDS, fieldIdentity, field);
    const key = `${found.identity}\u0001${found.rank}`;
    const before = held.get(key);
    const input =
      field instanceof HTMLInputElement && field.type === 'range'
        ? {
            slider: {
              from:
                before && 'slider' in before.input
                  ? before.input.slider.from
                  : numberOf(field.defaultValue, Number(field.value)),
              to: Number(field.value),
              min: numberOf(field.min, 0),
              max: numberOf(field.max, 100),
            },
          }
        : { value: field.value };
    const caret = 'value' in input ? caretOf(field) : undefined;
    held.set(key, { node: field, found, input, ...(caret ? { caret } : {}) });
  };
  const onFocus = (event: Event) => {
    const el = event.target;
    if (!(el instanceof Element)) return;
    if (el.matches(HELD_FIELDS))
      focused = {
        node: el,
        found: locate(doc, HELD_FIELDS, fieldIdentity, el),
        selector: HELD_FIELDS,
      };
    else if (el.matches(controls))
      focused = {
        node: el,
        found: locate(doc, controls, identifyControl, el),
        selector: controls,
      };
  };
  doc.addEventListener('input', onInput, { capture: true });
  doc.addEventListener('change', onInput, { capture: true });
  doc.addEventListener('focusin', onFocus, { capture: true });

  const stop = () => {
    doc.removeEventListener('input', onInput, { capture: true });
    doc.removeEventListener('change', onInput, { capture: true });
    doc.removeEventListener('focusin', onFocus, { capture: true });
  };
  const replay = () => {
    stop();
    // The focus first: a link's page replaced the focused control, and a
    // keyboard reader's next press goes to the one in its place.
    const f = focused;
    const active = doc.activeElement;
    if (
      f &&
      !f.node.isConnected &&
      (active === null || active === doc.body || !active.isConnected)
    ) {
      const identify =
        f.selector === HELD_FIELDS ? fieldIdentity : identifyControl;
      findAgain<HTMLElement>(doc, f.selector, identify, f.found)?.focus();
    }
    for (const h of held.values()) {
      const el = h.node.isConnected
        ? h.node
        : findAgain<Field>(doc, HELD_FIELDS, fieldIdentity, h.found);
      if (!el) continue;
      if ('slider' in h.input) {
        if (!(el instanceof HTMLInputElement) || el.type !== 'range') continue;
        const min = numberOf(el.min, 0);
        const position = replayedPosition(h.input.slider, {
          value: numberOf(el.value, min),
          min,
          max: numberOf(el.max, 100),
          step: numberOf(el.step, 1),
        });
        setNativeValue(el, String(position));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else if (el instanceof HTMLSelectElement) {
        const value = h.input.value;
        if (!Array.from(el.options).some((o) => o.value === value)) continue;
        setNativeValue(el, value);
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        setNativeValue(el, h.input.value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // Setting the value put the caret at the end: the reader's goes back,
        // so their next key lands where they were typing.
        const caret = h.caret;
        if (caret && doc.activeElement === el && el instanceof HTMLInputElement)
          try {
            el.setSelectionRange(caret.start, caret.end, caret.direction);
          } catch {
            // A field type without a caret: nothing to put back.
          }
        // A typed field commits when left (NumberField): one the reader has
        // left already is left again, once its new text has rendered.
        if (doc.activeElement !== el) {
          const target = el;
          setTimeout(
            () =>
              target.dispatchEvent(
                new FocusEvent('focusout', { bubbles: true }),
              ),
            0,
          );
        }
      }
    }
    held.clear();
    focused = null;
  };
  return { stop, replay };
}
