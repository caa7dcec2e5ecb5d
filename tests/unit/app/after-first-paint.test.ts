import { describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  FIRST_PAINT_FALLBACK_MS,
  type PaintEnvironment,
} from '../../../src/app/after-first-paint';

// ADR-34: the app starts once the prerendered page's first contentful paint
// is on screen — not before (its download and hydration would compete with
// that frame), and never never (a fallback when no paint is reported).

type Fake = {
  readonly env: PaintEnvironment;
  paint: () => void;
  frame: () => void;
  elapse: (ms: number) => void;
  hide: () => void;
};

function fakePage({
  paintTiming = true,
  visible = true,
  paintedAlready = false,
} = {}): Fake {
  let now = 0;
  let timers: { at: number; cb: () => void }[] = [];
  let frames: (() => void)[] = [];
  let painted = paintedAlready;
  let visibility: DocumentVisibilityState = visible ? 'visible' : 'hidden';
  const observers: (() => void)[] = [];
  const listeners: (() => void)[] = [];
  const flush = () => {
    for (;;) {
      const due = timers.filter((t) => t.at <= now);
      if (due.length === 0) return;
      timers = timers.filter((t) => t.at > now);
      due.forEach((t) => t.cb());
    }
  };
  class Observer {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private readonly cb: () => void;
    constructor(cb: () => void) {
      this.cb = cb;
    }
    observe() {
      observers.push(this.cb);
    }
    disconnect() {
      const i = observers.indexOf(this.cb);
      if (i >= 0) observers.splice(i, 1);
    }
  }
  const env: PaintEnvironment = {
    document: {
      get visibilityState() {
        return visibility;
      },
      addEventListener: (_type: string, cb: () => void) => listeners.push(cb),
      removeEventListener: (_type: string, cb: () => void) => {
        const i = listeners.indexOf(cb);
        if (i >= 0) listeners.splice(i, 1);
      },
    } as unknown as PaintEnvironment['document'],
    performance: {
      getEntriesByName: (name: string) =>
        (painted && name === 'first-contentful-paint'
          ? [{ name }]
          : []) as PerformanceEntryList,
    },
    PerformanceObserver: paintTiming
      ? (Observer as unknown as typeof PerformanceObserver)
      : undefined,
    requestAnimationFrame: (cb) => frames.push(cb),
    setTimeout: (cb, ms) => timers.push({ at: now + ms, cb }),
  };
  return {
    env,
    paint: () => {
      painted = true;
      [...observers].forEach((cb) => cb());
      flush();
    },
    frame: () => {
      const f = frames;
      frames = [];
      f.forEach((cb) => cb());
      flush();
    },
    elapse: (ms) => {
      now += ms;
      flush();
    },
    hide: () => {
      visibility = 'hidden';
      [...listeners].forEach((cb) => cb());
      flush();
    },
  };
}

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, not for a frame, then runs once', () => {
    const page = fakePage();
    const start = vi.fn();
    afterFirstPaint(start, page.env);
    page.frame();
    page.elapse(100);
    expect(start).not.toHaveBeenCalled();
    page.paint();
    expect(start).toHaveBeenCalledTimes(1);
    page.elapse(FIRST_PAINT_FALLBACK_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the page has already painted', () => {
    const page = fakePage({ paintedAlready: true });
    const start = vi.fn();
    afterFirstPaint(start, page.env);
    page.elapse(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('without Paint Timing, waits for one frame', () => {
    const page = fakePage({ paintTiming: false });
    const start = vi.fn();
    afterFirstPaint(start, page.env);
    page.elapse(10);
    expect(start).not.toHaveBeenCalled();
    page.frame();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when no paint is reported', () => {
    const page = fakePage();
    const start = vi.fn();
    afterFirstPaint(start, page.env);
    page.elapse(FIRST_PAINT_FALLBACK_MS - 1);
    expect(start).not.toHaveBeenCalled();
    page.elapse(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not wait in a hidden tab, or once the tab is hidden', () => {
    const hidden = fakePage({ visible: false });
    const a = vi.fn();
    afterFirstPaint(a, hidden.env);
    hidden.elapse(0);
    expect(a).toHaveBeenCalledTimes(1);

    const page = fakePage();
    const b = vi.fn();
    afterFirstPaint(b, page.env);
    page.hide();
    expect(b).toHaveBeenCalledTimes(1);
    page.paint();
    expect(b).toHaveBeenCalledTimes(1);
  });
});
