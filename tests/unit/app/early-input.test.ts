import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayedPosition } from '../../../src/app/early-input';

// The volume slider: positions 0–700, step 1; the input share: 5–100, step 5.
const volume = { min: 0, max: 700, step: 1 };
const share = { min: 5, max: 100, step: 5 };

describe('a slider moved before the app ran, replayed on the app’s slider', () => {
  it('on the default page (same position) lands where the reader left it', () => {
    expect(
      replayedPosition(
        { from: 270, to: 273, min: 0, max: 700 },
        { ...volume, value: 270 },
      ),
    ).toBe(273);
  });

  it('on a link’s page is the same number of steps from the link’s position', () => {
    // The prerendered slider showed 270 (the default); the link says 400.
    expect(
      replayedPosition(
        { from: 270, to: 271, min: 0, max: 700 },
        { ...volume, value: 400 },
      ),
    ).toBe(401);
    expect(
      replayedPosition(
        { from: 75, to: 65, min: 5, max: 100 },
        { ...share, value: 50 },
      ),
    ).toBe(40);
  });

  it('taken to an end, goes to that end (Home, End)', () => {
    expect(
      replayedPosition(
        { from: 270, to: 700, min: 0, max: 700 },
        { ...volume, value: 400 },
      ),
    ).toBe(700);
    expect(
      replayedPosition(
        { from: 270, to: 0, min: 0, max: 700 },
        { ...volume, value: 400 },
      ),
    ).toBe(0);
  });

  it('stays inside the slider and on its steps', () => {
    expect(
      replayedPosition(
        { from: 75, to: 95, min: 5, max: 100 },
        { ...share, value: 90 },
      ),
    ).toBe(100);
    expect(
      replayedPosition(
        { from: 10, to: 12, min: 0, max: 700 },
        { min: 5, max: 100, step: 5, value: 50 },
      ),
    ).toBe(50);
  });

  it('always lands on a step inside the range (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 140 }),
        fc.integer({ min: 0, max: 140 }),
        fc.integer({ min: 0, max: 140 }),
        (from, to, value) => {
          const move = { from: 5 + from * 5, to: 5 + to * 5, min: 5, max: 705 };
          const now = { min: 5, max: 705, step: 5, value: 5 + value * 5 };
          const p = replayedPosition(move, now);
          expect(p).toBeGreaterThanOrEqual(now.min);
          expect(p).toBeLessThanOrEqual(now.max);
          expect((p - now.min) % now.step).toBe(0);
          // Where the app's slider stood where the prerendered one did, the
          // reader's own position comes back exactly.
          if (now.value === move.from) expect(p).toBe(move.to);
        },
      ),
    );
  });
});
