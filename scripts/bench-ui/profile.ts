/**
 * Where a key press's main-thread time goes: loads a build (BENCH_DIST) as
 * bench-ui.ts does, throttles the CPU (PROFILE_THROTTLE, 4), sends
 * PROFILE_PRESSES (10) arrow presses to "Monthly tokens" under the V8
 * sampling profiler, and prints the functions with the most self time and
 * each long animation frame's scripts. A tool for reading, not a gate.
 * Env: BENCH_DIST, BENCH_PORT (4391), CHROMIUM_PATH.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = resolve(process.env['BENCH_DIST'] ?? resolve(root, 'dist'));
const port = Number(process.env['BENCH_PORT'] ?? 4391);
const throttle = Number(process.env['PROFILE_THROTTLE'] ?? 4);
const presses = Number(process.env['PROFILE_PRESSES'] ?? 10);

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};

const server = await serveStatic(
  dist,
  resolve(root, 'scripts/bench-ui/control.html'),
  port,
);
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript({
    content: `globalThis.__loafs = []; globalThis.__events = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) __loafs.push(e.toJSON()); })
        .observe({ type: 'long-animation-frame' });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) __events.push(e.toJSON()); })
        .observe({ type: 'event', durationThreshold: 16 });
      // A known function at a known performance.now(): lines the profile's clock up with the page's.
      globalThis.__benchSync = function __benchSync() { const t = performance.now(); while (performance.now() - t < 4) {} return t; };`,
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await page.locator('.recharts-wrapper').first().waitFor();
  await page.waitForTimeout(1000);
  await page.getByRole('slider', { name: 'Monthly tokens' }).focus();
  await page.evaluate(() => {
    (globalThis as unknown as { __loafs: unknown[] }).__loafs.length = 0;
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Profiler.start');
  const syncAt = (await page.evaluate(() =>
    (globalThis as unknown as { __benchSync: () => number }).__benchSync(),
  )) as number;
  for (let i = 0; i < presses; i++) {
    const key = i < presses / 2 ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.down(key);
    await page.waitForTimeout(80);
    await page.keyboard.up(key);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: Profile & { startTime: number };
  };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Sample times on the page's clock, from the first __benchSync sample.
  const parent = new Map<number, number>();
  for (const n of profile.nodes)
    for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (id: number): string[] => {
    const out: string[] = [];
    for (
      let cur: number | undefined = id;
      cur !== undefined;
      cur = parent.get(cur)
    ) {
      const f = byId.get(cur)?.callFrame;
      if (f && f.functionName !== '(root)')
        out.push(
          `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`,
        );
    }
    return out;
  };
  let t = profile.startTime / 1000;
  const times = profile.timeDeltas.map((d) => (t += d / 1000));
  const syncIdx = profile.samples.findIndex((id) =>
    stackOf(id).some((f) => f.startsWith('__benchSync')),
  );
  const offset = syncIdx >= 0 ? syncAt - (times[syncIdx] ?? 0) : 0;
  const events = (await page.evaluate(
    () => (globalThis as unknown as { __events: unknown[] }).__events,
  )) as {
    name: string;
    startTime: number;
    duration: number;
    processingStart: number;
    processingEnd: number;
  }[];
  const windows = events
    .filter((e) => ['keydown', 'keyup', 'input'].includes(e.name))
    .map((e) => [e.processingStart, e.processingEnd] as const);
  const inHandler = new Map<string, number>();
  const stacks = new Map<string, number>();
  let handlerTotal = 0;
  profile.samples.forEach((id, i) => {
    const at = (times[i] ?? 0) + offset;
    if (!windows.some(([a, b]) => at >= a && at <= b)) return;
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    handlerTotal += ms;
    const st = stackOf(id);
    const leaf = st[0] ?? '?';
    inHandler.set(leaf, (inHandler.get(leaf) ?? 0) + ms);
    const key = st.slice(0, 8).join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + ms);
  });
  console.log(
    `events over 16 ms: ${events.map((e) => `${e.name} ${e.duration.toFixed(0)}/${(e.processingEnd - e.processingStart).toFixed(0)}`).join(', ')}`,
  );
  console.log(
    `inside handlers (processingStart..End): ${handlerTotal.toFixed(1)} ms sampled`,
  );
  for (const [k, v] of [...inHandler.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25))
    console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('stacks inside handlers:');
  for (const [k, v] of [...stacks.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25))
    console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(
    `self time by function, ${presses} presses at ${throttle}× (total ${total.toFixed(0)} ms sampled):`,
  );
  for (const [k, v] of [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40))
    console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  const loafs = (await page.evaluate(
    () => (globalThis as unknown as { __loafs: unknown[] }).__loafs,
  )) as {
    startTime: number;
    duration: number;
    blockingDuration: number;
    styleAndLayoutStart: number;
    renderStart: number;
    scripts: {
      invoker: string;
      duration: number;
      sourceFunctionName: string;
      sourceURL: string;
      forcedStyleAndLayoutDuration: number;
    }[];
  }[];
  console.log(`\nlong animation frames: ${loafs.length}`);
  for (const l of loafs) {
    const render = l.renderStart ? l.startTime + l.duration - l.renderStart : 0;
    const style = l.styleAndLayoutStart
      ? l.startTime + l.duration - l.styleAndLayoutStart
      : 0;
    console.log(
      `  @${l.startTime.toFixed(0)} ${l.duration.toFixed(0)} ms (blocking ${l.blockingDuration.toFixed(0)}; render ${render.toFixed(0)}, style+layout ${style.toFixed(0)})`,
    );
    for (const s of l.scripts)
      console.log(
        `      ${s.duration.toFixed(0).padStart(4)} ms ${s.invoker} ${s.sourceFunctionName} ${s.sourceURL.split('/').pop()} forced ${s.forcedStyleAndLayoutDuration.toFixed(0)}`,
      );
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
