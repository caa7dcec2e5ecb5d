/**
 * `npm run bench:ui`: how fast the page answers real key presses, compared
 * with a fixed control page in the same run (docs/decisions/0021-instant-page.md).
 *
 * Serves a build (dist/, or BENCH_DIST) and scripts/bench-ui/control.html (a
 * slider whose handler spends a known 40 ms), then for each round, at 1× and
 * 4× CPU throttle (CDP Emulation.setCPUThrottlingRate, during the presses
 * only), loads each page in a fresh context — pages interleaved, their order
 * alternating by round, so machine noise hits both alike — and sends 30
 * trusted arrow-key presses to its "Monthly tokens" slider. Per run it prints
 * the p95 event duration (Event Timing, input to next paint), the p95 handler
 * time (processingEnd − processingStart, the longest of a press's events), long animation frames and layout
 * shifts during the presses, FCP, LCP and whether the first paint came before
 * the main bundle ran; then the medians over rounds, each as a ratio to the
 * control. Env: BENCH_DIST, BENCH_PORT (4391), BENCH_ROUNDS (3),
 * BENCH_GAP_MS (150, between presses), CHROMIUM_PATH; BENCH_BASELINE_DIST
 * adds a second build (served on BENCH_PORT + 1) as a third page in the same
 * rounds, so a change is measured against its own before under the same
 * noise (ADR-33).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import {
  collect,
  installObservers,
  resetInteractionRecords,
  type Collected,
} from './bench-ui/in-page';
import { serveStatic } from './bench-ui/serve';

const PRESSES = 30;
/** Chromium reports no event under this (the smallest threshold allowed), ms. */
const THRESHOLD_MS = 16;
const THROTTLES = [1, 4] as const;
/** How long each key is held down, ms. */
const DWELL_MS = 80;
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.env['BENCH_DIST'] ?? resolve(root, 'dist'));
const port = Number(process.env['BENCH_PORT'] ?? 4391);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const gapMs = Number(process.env['BENCH_GAP_MS'] ?? 150);
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const baselineEnv = process.env['BENCH_BASELINE_DIST'];
const baselineDist = baselineEnv ? resolve(baselineEnv) : null;

type Target = {
  readonly name: 'crossover' | 'control' | 'baseline';
  readonly path: string;
  /** The server's port: BENCH_PORT, or the next one for the baseline build. */
  readonly port: number;
  /** Shown once the page is ready to be measured. */
  readonly ready: string;
};

const TARGETS: readonly Target[] = [
  { name: 'crossover', path: '/', port, ready: '.recharts-wrapper' },
  { name: 'control', path: '/__control/', port, ready: 'input[type=range]' },
  ...(baselineDist
    ? [
        {
          name: 'baseline',
          path: '/',
          port: port + 1,
          ready: '.recharts-wrapper',
        } as const,
      ]
    : []),
];

type Run = {
  readonly target: Target['name'];
  readonly throttle: number;
  readonly round: number;
  readonly p95DurationMs: number;
  readonly p95HandlerMs: number;
  readonly reported: number;
  readonly longFrames: number;
  readonly longFrameBlockingMs: number;
  readonly layoutShifts: number;
  readonly shiftSources: readonly string[];
  readonly fcpMs: number | null;
  readonly lcpMs: number | null;
  /** True/false when known; null when the page has no bundle to compare with. */
  readonly fcpBeforeBundle: boolean | null;
};

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, i)] ?? 0;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * One figure per press: its longest event duration, keydown or keyup (an
 * unreported press took under 16 ms: counted as 16, an upper bound) and the longest handler
 * time of its keydown, input and keyup (Event Timing where reported, else the
 * page's own dispatch time, which is under 16 ms by then).
 */
function perPress(c: Collected): { durations: number[]; handlers: number[] } {
  const keydowns = c.events.filter((e) => e.name === 'keydown');
  const durations: number[] = [];
  const handlers: number[] = [];
  c.dispatch.forEach((d, i) => {
    const next = c.dispatch[i + 1]?.start ?? Infinity;
    // Event Timing's startTime is the key's hardware time, a little before dispatch.
    const kd = keydowns.find(
      (e) => e.startTime <= d.start && e.startTime > d.start - 50,
    );
    const entries = c.events.filter(
      (e) => e.startTime > d.start - 50 && e.startTime < next - 50,
    );
    // The interaction's duration, as INP takes it: its longest event (keydown or keyup).
    const ku = entries.filter((e) => e.name === 'keyup');
    durations.push(
      Math.max(kd ? kd.duration : THRESHOLD_MS, ...ku.map((e) => e.duration)),
    );
    // The longest, not the sum: a keydown's processing contains the input event it causes.
    handlers.push(
      entries.length > 0 ? Math.max(...entries.map((e) => e.handler)) : d.ms,
    );
  });
  return { durations, handlers };
}

async function measure(
  browser: Browser,
  target: Target,
  throttle: number,
  round: number,
): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  // tsx names functions with an `__name` helper; the page needs it to run them.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installObservers);
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${target.port}${target.path}`, {
    waitUntil: 'load',
  });
  await page.locator(target.ready).first().waitFor();
  await page.waitForTimeout(800);
  const slider = page.getByRole('slider', { name: 'Monthly tokens' });
  await slider.focus();
  await page.evaluate(resetInteractionRecords);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  for (let i = 0; i < PRESSES; i++) {
    // A key held as long as a typist's (about 80 ms), then released.
    const key = i < PRESSES / 2 ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.down(key);
    await page.waitForTimeout(DWELL_MS);
    await page.keyboard.up(key);
    await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const c = await page.evaluate(collect);
  await context.close();
  const { durations, handlers } = perPress(c);
  if (c.dispatch.length !== PRESSES)
    throw new Error(
      `${target.name}: ${c.dispatch.length} of ${PRESSES} presses arrived`,
    );
  const bundle = c.bundleStart ?? c.entryScriptResponseEnd;
  return {
    target: target.name,
    throttle,
    round,
    p95DurationMs: percentile(durations, 95),
    p95HandlerMs: percentile(handlers, 95),
    reported: c.events.filter((e) => e.name === 'keydown').length,
    longFrames: c.loafs.length,
    longFrameBlockingMs: c.loafs.reduce((s, l) => s + l.blocking, 0),
    layoutShifts: c.shifts.length,
    shiftSources: [...new Set(c.shifts.flatMap((s) => s.sources))],
    fcpMs: c.fcp,
    lcpMs: c.lcp,
    fcpBeforeBundle: c.fcp === null || bundle === null ? null : c.fcp < bundle,
  };
}

const ms = (v: number | null) => (v === null ? '—' : `${v.toFixed(0)} ms`);
const ratio = (a: number, b: number) =>
  b > 0 ? `${(a / b).toFixed(2)}×` : '—';

function printRun(r: Run): void {
  const first =
    r.fcpBeforeBundle === null ? 'n/a' : r.fcpBeforeBundle ? 'yes' : 'no';
  console.log(
    [
      `round ${r.round}`,
      `${r.throttle}× CPU`,
      r.target.padEnd(9),
      `p95 event ${ms(r.p95DurationMs)}`,
      `p95 handler ${r.p95HandlerMs.toFixed(1)} ms`,
      `reported ${r.reported}/${PRESSES}`,
      `LoAF ${r.longFrames} (${r.longFrameBlockingMs.toFixed(0)} ms blocking)`,
      `shifts ${r.layoutShifts}${r.shiftSources.length ? ` [${r.shiftSources.join(', ')}]` : ''}`,
      `FCP ${ms(r.fcpMs)}`,
      `LCP ${ms(r.lcpMs)}`,
      `FCP before bundle: ${first}`,
    ].join(' · '),
  );
}

function printSummary(runs: readonly Run[]): void {
  console.log(`\nmedians over ${rounds} round(s); ratio = Crossover ÷ control`);
  for (const throttle of THROTTLES) {
    const of = (t: Target['name'], f: (r: Run) => number) =>
      median(
        runs.filter((r) => r.target === t && r.throttle === throttle).map(f),
      );
    const row = (label: string, f: (r: Run) => number, unit: string) => {
      const a = of('crossover', f);
      const b = of('control', f);
      console.log(
        `  ${throttle}× ${label.padEnd(26)} crossover ${a.toFixed(unit === 'ms' ? 1 : 0)}${unit === 'ms' ? ' ms' : ''}`.padEnd(
          60,
        ) +
          `control ${b.toFixed(unit === 'ms' ? 1 : 0)}${unit === 'ms' ? ' ms' : ''}`.padEnd(
            22,
          ) +
          `ratio ${ratio(a, b)}`,
      );
    };
    row('p95 event duration', (r) => r.p95DurationMs, 'ms');
    row('p95 handler time', (r) => r.p95HandlerMs, 'ms');
    row('long animation frames', (r) => r.longFrames, '');
    row('layout shifts', (r) => r.layoutShifts, '');
    if (baselineDist) {
      const vs = (label: string, f: (r: Run) => number) =>
        console.log(
          `  ${throttle}× ${label.padEnd(26)} baseline ${of('baseline', f).toFixed(1)} ms, ÷ control ${ratio(of('baseline', f), of('control', f))}; crossover ÷ baseline ${ratio(of('crossover', f), of('baseline', f))}`,
        );
      vs('p95 event duration', (r) => r.p95DurationMs);
      vs('p95 handler time', (r) => r.p95HandlerMs);
    }
  }
  // Loads are never throttled: every run's load counts (both throttles).
  const loads = runs.filter((r) => r.target === 'crossover');
  const controlLoads = runs.filter((r) => r.target === 'control');
  const load = (of: readonly Run[], f: (r: Run) => number | null) =>
    median(of.map((r) => f(r) ?? 0));
  const fcp = load(loads, (r) => r.fcpMs);
  const lcp = load(loads, (r) => r.lcpMs);
  const controlFcp = load(controlLoads, (r) => r.fcpMs);
  const controlLcp = load(controlLoads, (r) => r.lcpMs);
  const before = loads.filter((r) => r.fcpBeforeBundle === true).length;
  console.log(
    `  load (unthrottled)           crossover FCP ${fcp.toFixed(0)} ms, LCP ${lcp.toFixed(0)} ms; control FCP ${controlFcp.toFixed(0)} ms, LCP ${controlLcp.toFixed(0)} ms; ratio FCP ${ratio(fcp, controlFcp)}, LCP ${ratio(lcp, controlLcp)}`,
  );
  if (baselineDist) {
    const base = runs.filter((r) => r.target === 'baseline');
    const baseLcp = load(base, (r) => r.lcpMs);
    console.log(
      `  load (unthrottled)           baseline FCP ${load(base, (r) => r.fcpMs).toFixed(0)} ms, LCP ${baseLcp.toFixed(0)} ms, ÷ control LCP ${ratio(baseLcp, controlLcp)}; crossover ÷ baseline LCP ${ratio(lcp, baseLcp)}`,
    );
  }
  console.log(
    `  first paint                  before the main bundle ran in ${before}/${loads.length} loads`,
  );
}

const server = await serveStatic(
  dist,
  resolve(root, 'scripts/bench-ui/control.html'),
  port,
);
const baselineServer = baselineDist
  ? await serveStatic(
      baselineDist,
      resolve(root, 'scripts/bench-ui/control.html'),
      port + 1,
    )
  : null;
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  console.log(
    `bench:ui · ${dist}${baselineDist ? ` vs ${baselineDist}` : ''} · ${PRESSES} presses (ArrowRight ×${PRESSES / 2}, ArrowLeft ×${PRESSES / 2}) held ${DWELL_MS} ms, then ${gapMs} ms apart · ${rounds} round(s)`,
  );
  const runs: Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const throttle of THROTTLES) {
      const order = round % 2 === 1 ? TARGETS : [...TARGETS].reverse();
      for (const target of order) {
        const run = await measure(browser, target, throttle, round);
        printRun(run);
        runs.push(run);
      }
    }
  }
  printSummary(runs);
} finally {
  await browser.close();
  server.close();
  baselineServer?.close();
}
