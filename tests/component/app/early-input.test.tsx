import { getByLabelText } from '@testing-library/dom';
import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { holdEarlyInput } from '../../../src/app/early-input';
import { NumberField, RangeField, SelectField } from '../../../src/ui';

// ADR-34: the prerendered page's fields move and take text before the app
// runs; what the reader did there reaches the app's fields once it has
// committed, on the default page (hydration keeps the nodes) and on a link's
// page (rendered afresh over the prerendered one).

type Spies = {
  volume?: (v: number) => void;
  region?: (v: string) => void;
  requests?: (v: number) => void;
};

function Fields({
  volume,
  region,
  requests,
  on = {},
}: {
  volume: number;
  region: string;
  requests: number;
  on?: Spies;
}) {
  return (
    <form>
      <RangeField
        label="Monthly tokens"
        min={0}
        max={700}
        step={1}
        value={volume}
        valueText={`${volume} steps`}
        onChange={on.volume ?? (() => {})}
      />
      <SelectField
        label="Region"
        value={region}
        groups={[
          {
            label: '',
            options: [
              { value: 'us', label: 'US' },
              { value: 'eu', label: 'EU' },
            ],
          },
        ]}
        onChange={on.region ?? (() => {})}
      />
      <NumberField
        label="Requests"
        unit="per day"
        value={requests}
        min={0}
        max={1e9}
        onCommit={on.requests ?? (() => {})}
      />
      <button type="button">Share</button>
    </form>
  );
}

/** The field a reader finds by its label (the unit may follow the name). */
const byLabel = <T extends HTMLElement>(root: HTMLElement, text: string) =>
  getByLabelText(root, new RegExp(`^${text}`)) as T;

/** What a reader does in the browser's own way: the value moves, `input` fires. */
function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

const control = 'button';
const identify = (el: Element) => el.textContent ?? '';

/** The prerendered page (the default's fields, 270 / us / 1000) on screen, its input held as boot.ts does. */
function prerendered() {
  const page = document.createElement('div');
  page.innerHTML = renderToString(
    <Fields volume={270} region="us" requests={1000} />,
  );
  document.body.append(page);
  return { page, early: holdEarlyInput(document, control, identify) };
}

/** React takes the prerendered page as main.tsx does on the default visit: hydration, same nodes. */
async function hydrated(page: HTMLElement, on: Spies) {
  let root: ReturnType<typeof hydrateRoot> | null = null;
  await act(async () => {
    root = hydrateRoot(
      page,
      <Fields volume={270} region="us" requests={1000} on={on} />,
    );
  });
  return root!;
}

/** A link's page, as main.tsx renders it: afresh over the prerendered one (400 / us / 1000), new nodes. */
async function renderedAfresh(page: HTMLElement, on: Spies) {
  page.replaceChildren();
  const root = createRoot(page);
  await act(async () => {
    root.render(<Fields volume={400} region="us" requests={1000} on={on} />);
  });
  return root;
}

beforeAll(() => {
  (
    globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  ).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('input before the app has run', () => {
  it('on a link’s page: the slider’s move, the choice, the typed number and the focus reach the fields rendered in their place', async () => {
    const { page, early } = prerendered();

    type(byLabel(page, 'Requests'), '2500');
    type(byLabel(page, 'Region'), 'eu');
    const slider = byLabel<HTMLInputElement>(page, 'Monthly tokens');
    type(slider, '272'); // two presses of ArrowRight
    expect(document.activeElement).toBe(slider);

    const on = { volume: vi.fn(), region: vi.fn(), requests: vi.fn() };
    const root = await renderedAfresh(page, on);
    await act(async () => {
      early.replay();
      await new Promise((r) => setTimeout(r, 10));
    });

    // Two steps up from the link's own position, not the default's 272.
    expect(on.volume).toHaveBeenCalledTimes(1);
    expect(on.volume).toHaveBeenCalledWith(402);
    expect(on.region).toHaveBeenCalledWith('eu');
    // The typed field had been left: it is left again, and commits.
    expect(on.requests).toHaveBeenCalledWith(2500);
    // A keyboard reader's next press goes to the new slider.
    expect(document.activeElement).toBe(byLabel(page, 'Monthly tokens'));
    act(() => root.unmount());
  });

  it('on the default page: hydration keeps the nodes, and the reader’s position comes back', async () => {
    const { page, early } = prerendered();
    const slider = byLabel<HTMLInputElement>(page, 'Monthly tokens');
    type(slider, '275');

    const on = { volume: vi.fn() };
    const root = await hydrated(page, on);
    // React took the page and put its own position back: the press is gone…
    expect(slider.isConnected).toBe(true);
    expect(slider.value).toBe('270');
    await act(async () => {
      early.replay();
    });
    // …until it is handed over.
    expect(slider.value).toBe('275');
    expect(on.volume).toHaveBeenCalledWith(275);
    expect(document.activeElement).toBe(slider);
    act(() => root.unmount());
  });

  it('a number being typed when the app arrives keeps its text and the caret where the reader was typing', async () => {
    const { page, early } = prerendered();
    const typed = byLabel<HTMLInputElement>(page, 'Requests');
    typed.focus();
    // The reader typed "25" in front of "00": the caret sits after the 5.
    typed.value = '2500';
    typed.setSelectionRange(2, 2);
    typed.dispatchEvent(new Event('input', { bubbles: true }));

    // A link's page: a new field in its place, with the link's text.
    const on = { requests: vi.fn() };
    const root = await renderedAfresh(page, on);
    await act(async () => {
      early.replay();
    });
    const field = byLabel<HTMLInputElement>(page, 'Requests');
    expect(field.value).toBe('2500');
    expect(document.activeElement).toBe(field);
    // Setting the text put the caret at its end; it is back after the 5.
    expect([field.selectionStart, field.selectionEnd]).toEqual([2, 2]);
    // Still being typed: not committed until left.
    expect(on.requests).not.toHaveBeenCalled();
    act(() => root.unmount());
  });

  it('holds nothing once handed over, and a focused button is found again', async () => {
    const { page, early } = prerendered();
    page.querySelector('button')!.focus();
    const on = { volume: vi.fn() };
    const root = await renderedAfresh(page, on);
    await act(async () => early.replay());
    expect(document.activeElement?.textContent).toBe('Share');
    // After the hand-over the app handles input itself; nothing is replayed twice.
    const slider = byLabel<HTMLInputElement>(page, 'Monthly tokens');
    await act(async () => type(slider, '401'));
    await act(async () => early.replay());
    expect(on.volume).toHaveBeenCalledTimes(1);
    act(() => root.unmount());
  });

  it('holds nothing typed after the app’s code has run: React sees that input itself, and it is not applied twice', async () => {
    const { page, early } = prerendered();
    const slider = byLabel<HTMLInputElement>(page, 'Monthly tokens');
    type(slider, '271'); // before: held
    const on = { volume: vi.fn() };
    const root = await hydrated(page, on);
    early.stop(); // boot.ts: main.tsx has run
    await act(async () => type(slider, '275')); // React's own: one call
    expect(on.volume).toHaveBeenCalledTimes(1);
    expect(on.volume).toHaveBeenLastCalledWith(275);
    await act(async () => early.replay());
    // Only the held press is handed over: one step from where the slider is
    // now (275; this test's parent does not move it back), not the five
    // steps of both inputs again.
    expect(on.volume).toHaveBeenCalledTimes(2);
    expect(on.volume).toHaveBeenLastCalledWith(276);
    act(() => root.unmount());
  });
});
