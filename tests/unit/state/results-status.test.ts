import { describe, expect, it, vi } from 'vitest';
import { createResultsStatus } from '../../../src/state/results-status';

/** A schedule run by hand (the page's "after the next paint"). */
function manual() {
  const queue: (() => void)[] = [];
  return {
    schedule: (fn: () => void) => {
      queue.push(fn);
      return () => void queue.splice(queue.indexOf(fn), 1);
    },
    run: () => queue.splice(0).forEach((fn) => fn()),
  };
}

describe('results status (ADR-33)', () => {
  it('is not current from a held press to the moment results for the live inputs are shown', () => {
    const status = createResultsStatus(true);
    const m = manual();
    const heard = vi.fn();
    status.subscribe(() => heard(status.isCurrent()));
    const schedule = status.holding(m.schedule);
    // The press: nothing committed yet, but a newer input exists.
    schedule(() => status.update(false));
    expect(status.isCurrent()).toBe(false);
    // The commit changes the live store (the provider says so): still not current.
    m.run();
    expect(status.isCurrent()).toBe(false);
    // Results for the live inputs are committed on screen.
    status.update(true);
    expect(status.isCurrent()).toBe(true);
    // Listeners hear each change once, never a repeat.
    expect(heard.mock.calls).toEqual([[false], [true]]);
  });

  it('a commit that changes nothing, or a cancelled one, leaves the results current', () => {
    const status = createResultsStatus(true);
    const m = manual();
    const schedule = status.holding(m.schedule);
    schedule(() => {});
    expect(status.isCurrent()).toBe(false);
    m.run();
    expect(status.isCurrent()).toBe(true);
    const cancel = schedule(() => status.update(false));
    expect(status.isCurrent()).toBe(false);
    cancel();
    cancel();
    expect(status.isCurrent()).toBe(true);
  });

  it('stays not current while any of two held presses waits', () => {
    const status = createResultsStatus(true);
    const a = manual();
    const b = manual();
    status.holding(a.schedule)(() => {});
    status.holding(b.schedule)(() => {});
    a.run();
    expect(status.isCurrent()).toBe(false);
    b.run();
    expect(status.isCurrent()).toBe(true);
  });
});
