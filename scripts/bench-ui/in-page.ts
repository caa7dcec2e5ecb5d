/**
 * What the bench installs in each page before its scripts run (an init
 * script) and reads back: Event Timing entries, the page's own dispatch time
 * of each key and input event, long animation frames, layout shifts, FCP and
 * LCP. Plain functions with no imports: Playwright serialises them.
 */

export type EventRecord = {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
  readonly handler: number;
};

export type Collected = {
  readonly events: readonly EventRecord[];
  /** keydown start times and their press's dispatch time (window capture → the last listener reached), ms. */
  readonly dispatch: readonly { start: number; ms: number }[];
  readonly loafs: readonly {
    startTime: number;
    duration: number;
    blocking: number;
  }[];
  readonly shifts: readonly {
    startTime: number;
    value: number;
    sources: string[];
  }[];
  readonly fcp: number | null;
  readonly lcp: number | null;
  /** performance.mark('crossover:bundle-start'), set by the app's first module. */
  readonly bundleStart: number | null;
  /** When the entry script's bytes had arrived (Resource Timing), ms. */
  readonly entryScriptResponseEnd: number | null;
};

type BenchWindow = Window & {
  __bench: {
    events: EventRecord[];
    dispatch: { start: number; ms: number }[];
    loafs: { startTime: number; duration: number; blocking: number }[];
    shifts: { startTime: number; value: number; sources: string[] }[];
    lcp: number | null;
    /** Adds the key event still open to its press's dispatch time. */
    closeDispatch: () => void;
  };
};

/** Runs before any page script: starts every observer. */
export function installObservers(): void {
  const w = window as unknown as BenchWindow;
  w.__bench = {
    events: [],
    dispatch: [],
    loafs: [],
    shifts: [],
    lcp: null,
    closeDispatch: () => {},
  };
  const b = w.__bench;
  const observe = (
    type: string,
    fn: (entries: PerformanceEntry[]) => void,
    extra: Record<string, unknown> = {},
  ) => {
    try {
      new PerformanceObserver((l) => fn(l.getEntries())).observe({
        type,
        buffered: true,
        ...extra,
      } as PerformanceObserverInit);
    } catch {
      // not supported by this browser: that figure stays empty
    }
  };
  observe(
    'event',
    (list) => {
      for (const e of list as PerformanceEventTiming[]) {
        if (
          !['keydown', 'keyup', 'keypress', 'input', 'beforeinput'].includes(
            e.name,
          )
        )
          continue;
        b.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          handler: e.processingEnd - e.processingStart,
        });
      }
    },
    // 16 ms is the smallest threshold Chromium allows.
    { durationThreshold: 16 },
  );
  observe('long-animation-frame', (list) => {
    for (const e of list as (PerformanceEntry & { blockingDuration: number })[])
      b.loafs.push({
        startTime: e.startTime,
        duration: e.duration,
        blocking: e.blockingDuration,
      });
  });
  observe('layout-shift', (list) => {
    for (const e of list as (PerformanceEntry & {
      value: number;
      sources?: { node?: Node | null }[];
    })[]) {
      const sources = (e.sources ?? []).map((s) => {
        const node = s.node;
        // A text node is named by its element: "output.field-readout #text".
        const n = node instanceof Text ? node.parentElement : node;
        const suffix = node instanceof Text ? ' #text' : '';
        if (!(n instanceof Element)) return node ? node.nodeName : '?';
        const cls = n.getAttribute('class');
        return `${n.tagName.toLowerCase()}${cls ? '.' + cls.trim().split(/\s+/).join('.') : ''}${suffix}`;
      });
      b.shifts.push({ startTime: e.startTime, value: e.value, sources });
    }
  });
  observe('largest-contentful-paint', (list) => {
    const last = list[list.length - 1];
    if (last) b.lcp = last.startTime;
  });
  // The page's own dispatch time of each key press: from the first listener
  // (window, capture) of its keydown or keyup to the last listener that
  // event or one it causes reaches — the input event a key causes is
  // dispatched inside its keydown. The last listener is the window's bubble
  // one, or, where the page stops an event at its target (the slider does,
  // ADR-33), a listener this adds on the target during the capture phase,
  // which runs after the page's own there. Event Timing does not report
  // presses under 16 ms; this does.
  let open: { t0: number; end: number } | null = null;
  const close = () => {
    const cur = b.dispatch[b.dispatch.length - 1];
    if (open && cur) cur.ms += open.end - open.t0;
    open = null;
  };
  const mark = () => {
    if (open) open.end = performance.now();
  };
  const first = (e: Event) => {
    if (e.type !== 'input') {
      close();
      const t0 = performance.now();
      open = { t0, end: t0 };
      if (e.type === 'keydown') b.dispatch.push({ start: t0, ms: 0 });
    }
    e.target?.addEventListener(e.type, mark, { once: true });
  };
  b.closeDispatch = close;
  for (const type of ['keydown', 'input', 'keyup']) {
    window.addEventListener(type, first, true);
    window.addEventListener(type, mark, false);
  }
}

/** Clears what was recorded so far (the load), keeping FCP and LCP. */
export function resetInteractionRecords(): void {
  const b = (window as unknown as BenchWindow).__bench;
  b.events.length = 0;
  b.dispatch.length = 0;
  b.loafs.length = 0;
  b.shifts.length = 0;
}

export function collect(): Collected {
  const b = (window as unknown as BenchWindow).__bench;
  b.closeDispatch();
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const mark = performance.getEntriesByName('crossover:bundle-start')[0];
  const entry = document.querySelector<HTMLScriptElement>(
    'script[type="module"][src]',
  );
  const res = entry
    ? (performance.getEntriesByName(entry.src)[0] as
        PerformanceResourceTiming | undefined)
    : undefined;
  return {
    events: b.events,
    dispatch: b.dispatch,
    loafs: b.loafs,
    shifts: b.shifts,
    fcp: fcp ? fcp.startTime : null,
    lcp: b.lcp,
    bundleStart: mark ? mark.startTime : null,
    entryScriptResponseEnd: res ? res.responseEnd : null,
  };
}
