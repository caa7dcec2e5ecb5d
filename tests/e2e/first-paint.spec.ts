/**
 * Issue 13 / ADR-34: the prerendered first screen paints before any of the
 * app's JavaScript is fetched, hydration keeps it (the same verdict, the same
 * nodes, no mismatch), and Ctrl+P before the app has run prints a short page
 * with the verdict and the link.
 *
 * PW_BASE_URL=http://127.0.0.1:<port> npx playwright test tests/e2e/first-paint.spec.ts
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { resultsCurrent } from './helpers/results';

/** Pages of a PDF: its page objects (Chromium writes them uncompressed). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [])
    .length;
}

function pdfText(file: string): string | null {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], {
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout : null;
}

/** The scripts index.html itself loads: the boot entry and its own chunks. */
async function bootScripts(page: Page): Promise<Set<string>> {
  const html = await (await page.request.get('./')).text();
  const base = new URL('./', test.info().project.use.baseURL);
  return new Set(
    [
      ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ].map((m) => new URL(m[1]!, base).href),
  );
}

/** The app never starts: every script but the boot entry's is refused. */
async function holdTheApp(page: Page) {
  const boot = await bootScripts(page);
  await page.route(/\.js(\?|$)/, (route) =>
    boot.has(route.request().url()) ? route.continue() : route.abort(),
  );
}

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${m.type()}: ${m.text()}`);
  });
  return problems;
}

test('the first paint comes before any of the app’s JavaScript is fetched', async ({
  page,
}) => {
  const boot = await bootScripts(page);
  await page.goto('./');
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  const timing = await page.evaluate(() => ({
    fcp:
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
      null,
    bundle:
      performance.getEntriesByName('crossover:bundle-start')[0]?.startTime ??
      null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => /\.js(\?|$)/.test(r.name))
      .map((r) => ({ name: r.name, start: r.startTime })),
  }));
  expect(timing.fcp).not.toBeNull();
  expect(timing.bundle).not.toBeNull();
  expect(timing.fcp!).toBeLessThan(timing.bundle!);
  const app = timing.scripts.filter((s) => !boot.has(s.name));
  expect(app.length).toBeGreaterThan(3);
  for (const s of app) expect(s.start, s.name).toBeGreaterThan(timing.fcp!);
});

test('hydration keeps the prerendered verdict and summary: same nodes, same words, no warning', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.addInitScript(() => {
    // The nodes the browser painted first, before any app code ran.
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { shell: Element[]; shellText: string[] };
      w.shell = [
        document.querySelector('.verdict-headline')!,
        document.querySelector('.cost-panel .chart-summary')!,
      ];
      w.shellText = w.shell.map((e) => e.textContent ?? '');
    });
  });
  await page.goto('./');
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  await resultsCurrent(page);
  const kept = await page.evaluate(() => {
    const w = window as unknown as { shell: Element[]; shellText: string[] };
    const now = [
      document.querySelector('.verdict-headline')!,
      document.querySelector('.cost-panel .chart-summary')!,
    ];
    return {
      sameNodes: now.map((e, i) => e === w.shell[i]),
      shellText: w.shellText,
      text: now.map((e) => e.textContent ?? ''),
    };
  });
  expect(kept.shellText[0]).toMatch(/\S/);
  expect(kept.sameNodes).toEqual([true, true]);
  expect(kept.text).toEqual(kept.shellText);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('Ctrl+P before the app has run: at most 3 A4 pages, the verdict with its reasons and the link, no controls', async ({
  page,
}, info) => {
  await holdTheApp(page);
  await page.goto('./');
  await expect(page.locator('.verdict-headline')).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
  const verdict = (await page.locator('.verdict-headline').textContent()) ?? '';
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#print-link')).toContainText(
    `Link: ${page.url()}`,
  );
  await expect(page.getByRole('heading', { name: 'Reasons' })).toBeVisible();
  for (const role of ['slider', 'combobox', 'textbox'] as const)
    await expect(page.getByRole(role).locator('visible=true')).toHaveCount(0);
  // Buttons but the jargon terms, which print as their words.
  await expect(page.locator('button:visible:not(.term-word)')).toHaveCount(0);
  // Back to the browser's own choice: page.pdf prints with print media.
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4' });
  const file = info.outputPath('early-print.pdf');
  writeFileSync(file, pdf);
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(3);
  const text = pdfText(file);
  if (text !== null) {
    const words = (s: string) => s.replace(/\s+/g, ' ');
    expect(words(text)).toContain(words(verdict).slice(0, 40));
    expect(text).toContain('Reasons');
    expect(text).toContain('Link: http');
    expect(text).not.toContain('Saved scenarios');
  }
});

test('Ctrl+P on a link before the app has run says so, instead of the default page’s numbers', async ({
  page,
}) => {
  await holdTheApp(page);
  await page.goto('./?v=1&tpm=2B');
  await expect(page.locator('.verdict-headline')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-pending')).toBeVisible();
  await expect(page.locator('.verdict-headline')).toBeHidden();
  await expect(page.locator('#print-link')).toContainText('tpm=2B');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-pending')).toBeHidden();
});

test('once the app has run, the link’s own page prints without the loading note', async ({
  page,
}) => {
  await page.goto('./?v=1&tpm=2B');
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '2B tokens/month',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-pending')).toBeHidden();
});

test('a click on a prerendered button before the app has run is not lost: it opens what it names once the app is there', async ({
  page,
}) => {
  // The app's scripts arrive 1.5 s late, so the click surely comes first.
  const boot = await bootScripts(page);
  await page.route(/\.js(\?|$)/, async (route) => {
    if (!boot.has(route.request().url()))
      await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('./');
  const update = page.getByRole('button', { name: 'Update prices' });
  await expect(update).toBeVisible();
  await expect(page.locator('html[data-app="started"]')).not.toBeAttached();
  await update.click();
  await expect(
    page.getByRole('dialog', { name: 'Use today’s prices' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('html[data-app="started"]')).toBeAttached();
});

test('on a link, a click before the app has run is not lost either: the page is rendered afresh, and the click goes to the button that takes its place', async ({
  page,
}) => {
  const boot = await bootScripts(page);
  await page.route(/\.js(\?|$)/, async (route) => {
    if (!boot.has(route.request().url()))
      await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('./?v=1&tpm=2B');
  const share = page.getByRole('button', { name: 'Share', exact: true });
  await expect(share).toBeVisible();
  await expect(page.locator('html[data-app="started"]')).not.toBeAttached();
  await share.click();
  await expect(page.locator('html[data-app="started"]')).toBeAttached({
    timeout: 20_000,
  });
  const dialog = page.getByRole('dialog', { name: /share/i });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '2B tokens/month',
  );
  // Closed, it hands the focus back to the Share button in the clicked one's
  // place, as after any click on it — not to the page's body.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(share).toBeFocused();
});

/** The app's scripts (not the boot entry's) arrive 1.5 s late: a reader's input surely comes first. */
async function delayTheApp(page: Page) {
  const boot = await bootScripts(page);
  await page.route(/\.js(\?|$)/, async (route) => {
    if (!boot.has(route.request().url()))
      await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
}

const volumeSlider = (page: Page) =>
  page.getByRole('slider', { name: 'Monthly tokens' }).first();

test('arrow presses on the prerendered slider before the app has run are not undone when it starts', async ({
  page,
}) => {
  await delayTheApp(page);
  await page.goto('./');
  const slider = volumeSlider(page);
  await expect(slider).toBeVisible();
  const given = Number(await slider.inputValue());
  await expect(page.locator('html[data-app="started"]')).not.toBeAttached();
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(page.locator('html[data-app="started"]')).toBeAttached({
    timeout: 20_000,
  });
  // Hydration put the app's position back; the two presses are handed over.
  await expect(slider).toHaveValue(String(given + 2));
  await expect(page).toHaveURL(/tpm=/);
  await expect(slider).toBeFocused();
  // And the next press is the app's own.
  await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(given + 3));
});

test('on a link, a press before the app has run moves the link’s own position, and the focus stays on the slider', async ({
  page,
  browser,
}) => {
  // Where the link puts the slider once the app has it.
  const plain = await browser.newPage();
  await plain.goto('./?v=1&tpm=2B');
  await expect(plain.locator('html[data-app="started"]')).toBeAttached();
  const linked = Number(await volumeSlider(plain).inputValue());
  await plain.close();

  await delayTheApp(page);
  await page.goto('./?v=1&tpm=2B');
  const slider = volumeSlider(page);
  await expect(slider).toBeVisible();
  await expect(page.locator('html[data-app="started"]')).not.toBeAttached();
  // The prerendered page shows the default position, not the link's.
  expect(Number(await slider.inputValue())).not.toBe(linked);
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page.locator('html[data-app="started"]')).toBeAttached({
    timeout: 20_000,
  });
  await expect(volumeSlider(page)).toHaveValue(String(linked + 1));
  await expect(page).not.toHaveURL(/tpm=2B/);
  await expect(volumeSlider(page)).toBeFocused();
});
