import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../src/lib/nice-ticks';

/** Issue 14 item 8: the hand-drawn charts' ticks are 1, 2 or 5 × 10^n. */
describe('niceTicks', () => {
  it('gives round steps for the figures the issue saw', () => {
    expect(niceTicks(7.7).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(3.8).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(0.34, 4).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(1234).ticks).toEqual([0, 500, 1000, 1500]);
  });

  it('for any maximum: starts at 0, covers it, at most maxTicks intervals, a 1/2/5 step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (max, n) => {
          const { step, ticks, top } = niceTicks(max, n);
          expect(ticks[0]).toBe(0);
          expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
          expect(ticks.length - 1).toBeLessThanOrEqual(n);
          const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
          expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(
            true,
          );
          // The ticks are exactly the multiples of the step.
          ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 9));
        },
      ),
    );
  });

  it('a larger maximum never gets a smaller step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-2, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (max, k) => {
          expect(niceTicks(max * k).step).toBeGreaterThanOrEqual(
            niceTicks(max).step,
          );
        },
      ),
    );
  });
});
