/**
 * `npm run screenshots`: re-takes the four pictures the README shows
 * (docs/screenshots/calculator-*.png) from the production build, so they can
 * follow the page instead of ageing by hand. Run it after `vite build` (the npm
 * script does both); look at the four files before committing them.
 *
 *   calculator-wide       1280 × 1300, light, the defaults
 *   calculator-wide-dark  1280 × 1300, dark, the defaults
 *   calculator-narrow      360 × 2000, light, the defaults
 *   calculator-rag-5b     1280 × 1300, light, the RAG preset at 5B tokens/month
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URL_VERSION } from '../src/url/keys';
import { serveStatic } from './bench-ui/serve';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outDir = join(root, 'docs', 'screenshots');
const port = Number(process.env['SCREENSHOT_PORT'] ?? 4791);
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

type Shot = {
  readonly name: string;
  readonly query: string;
  readonly width: number;
  readonly height: number;
  readonly colorScheme: 'light' | 'dark';
};

const SHOTS: readonly Shot[] = [
  {
    name: 'calculator-wide',
    query: '',
    width: 1280,
    height: 1300,
    colorScheme: 'light',
  },
  {
    name: 'calculator-wide-dark',
    query: '',
    width: 1280,
    height: 1300,
    colorScheme: 'dark',
  },
  {
    name: 'calculator-narrow',
    query: '',
    width: 360,
    height: 2000,
    colorScheme: 'light',
  },
  {
    name: 'calculator-rag-5b',
    // today's link version: a v1 link keeps the 2024 options it meant
    query: `?v=${URL_VERSION}&tpm=5B&uc=rag`,
    width: 1280,
    height: 1300,
    colorScheme: 'light',
  },
];

if (!existsSync(join(dist, 'index.html'))) {
  console.error('screenshots: no dist/index.html; run `npm run build` first.');
  process.exit(1);
}

const server = await serveStatic(
  dist,
  join(root, 'scripts', 'bench-ui', 'control.html'),
  port,
);
const browser = await chromium.launch({ executablePath });
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${shot.query}`);
    // The chart is the last thing the first screen loads; the shot waits for
    // its drawn surface and band, then for fonts and two frames so nothing is
    // half-painted.
    await page
      .locator('.recharts-wrapper > svg.recharts-surface')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    // The uncertainty band comes from the worker after a quiet moment.
    await page
      .locator('.band-toggle:not([data-band="pending"])')
      .waitFor({ timeout: 30_000 });
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done())),
      );
    });
    const path = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path });
    console.log(
      `screenshots: ${path} (${shot.width} × ${shot.height}, ${shot.colorScheme})`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
