import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RangeField, type CommitSchedule } from '../../../src/ui/range-field';

/** A schedule the test runs by hand: what "after the next paint" is in the page (ADR-33). */
function manualSchedule() {
  const queue: (() => void)[] = [];
  const cancels = vi.fn();
  const schedule: CommitSchedule & ReturnType<typeof vi.fn> = vi.fn(
    (fn: () => void) => {
      queue.push(fn);
      return () => {
        cancels();
        queue.splice(queue.indexOf(fn), 1);
      };
    },
  );
  const flush = () => act(() => queue.splice(0).forEach((fn) => fn()));
  return { schedule, flush, cancels };
}

const words = (v: number) => `${v} units`;

function Harness({
  schedule,
  onCommit,
  initial = 1,
}: {
  schedule?: CommitSchedule;
  onCommit: (v: number) => void;
  initial?: number;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <RangeField
        label="Volume"
        min={0}
        max={10}
        step={1}
        value={value}
        valueText={words(value)}
        formatValue={words}
        {...(schedule ? { schedule } : {})}
        onChange={(v) => {
          onCommit(v);
          setValue(v);
        }}
      />
      <button type="button" onClick={() => setValue(9)}>
        set elsewhere
      </button>
      <output aria-label="stored">{value}</output>
    </>
  );
}

const slider = () => screen.getByRole('slider', { name: 'Volume' });
const stored = () => screen.getByLabelText('stored');
const press = (v: number) =>
  fireEvent.change(slider(), { target: { value: String(v) } });

describe('RangeField with a commit schedule (ADR-33)', () => {
  it('a press moves the value and its words at once and reaches onChange only when the schedule runs', () => {
    const { schedule, flush } = manualSchedule();
    const onCommit = vi.fn();
    render(<Harness schedule={schedule} onCommit={onCommit} />);
    press(7);
    expect(slider()).toHaveValue('7');
    expect(slider()).toHaveAttribute('aria-valuetext', '7 units');
    expect(slider()).toHaveAccessibleName('Volume');
    expect(document.querySelector('output.field-readout')).toHaveTextContent(
      '7 units',
    );
    expect(onCommit).not.toHaveBeenCalled();
    expect(stored()).toHaveTextContent('1');
    flush();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(7);
    expect(stored()).toHaveTextContent('7');
    expect(slider()).toHaveAttribute('aria-valuetext', '7 units');
  });

  it('presses before the commit are coalesced: one schedule, one commit, the newest position', () => {
    const { schedule, flush } = manualSchedule();
    const onCommit = vi.fn();
    render(<Harness schedule={schedule} onCommit={onCommit} />);
    press(2);
    press(3);
    press(4);
    expect(slider()).toHaveAttribute('aria-valuetext', '4 units');
    expect(schedule).toHaveBeenCalledTimes(1);
    flush();
    expect(onCommit.mock.calls).toEqual([[4]]);
    // The next press after a commit schedules a new one.
    press(5);
    expect(schedule).toHaveBeenCalledTimes(2);
    flush();
    expect(onCommit.mock.calls).toEqual([[4], [5]]);
  });

  it('a value changed elsewhere moves the thumb and the words', () => {
    const { schedule } = manualSchedule();
    render(<Harness schedule={schedule} onCommit={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'set elsewhere' }));
    expect(slider()).toHaveValue('9');
    expect(slider()).toHaveAttribute('aria-valuetext', '9 units');
    expect(document.querySelector('output.field-readout')).toHaveTextContent(
      '9 units',
    );
  });

  it('a press waiting for its commit is not undone by another value arriving meanwhile', () => {
    const { schedule, flush } = manualSchedule();
    const onCommit = vi.fn();
    render(<Harness schedule={schedule} onCommit={onCommit} />);
    press(5);
    fireEvent.click(screen.getByRole('button', { name: 'set elsewhere' }));
    expect(slider()).toHaveValue('5');
    expect(slider()).toHaveAttribute('aria-valuetext', '5 units');
    flush();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(5);
    expect(stored()).toHaveTextContent('5');
    expect(slider()).toHaveValue('5');
  });

  it('a press still waiting when the field goes away is committed, and its schedule cancelled', () => {
    const { schedule, cancels } = manualSchedule();
    const onCommit = vi.fn();
    const { unmount } = render(
      <Harness schedule={schedule} onCommit={onCommit} />,
    );
    press(6);
    unmount();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(6);
    expect(cancels).toHaveBeenCalledTimes(1);
  });

  it('without a schedule, onChange runs inside the press', () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    press(3);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(3);
    expect(stored()).toHaveTextContent('3');
    expect(slider()).toHaveAttribute('aria-valuetext', '3 units');
  });
});
