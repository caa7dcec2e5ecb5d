import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('loads, moves the volume slider by keyboard, and the verdict and chart follow', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Recommendation' }),
  ).toBeVisible();
  const chart = page.locator('.recharts-wrapper > svg.recharts-surface');
  await expect(chart).toBeVisible();
  const box = await chart.boundingBox();
  expect(box?.width).toBeGreaterThan(500);
  expect(box?.height).toBeGreaterThan(250);
  // Every option draws a line, and so does each same-model hosted comparator.
  const comparators = page
    .getByRole('region', { name: 'Options' })
    .getByRole('button', { name: /^Add .+ as an option$/ });
  await expect(comparators.first()).toBeVisible();
  await expect(page.locator('.recharts-line')).toHaveCount(
    5 + (await comparators.count()),
  );

  const verdict = page.getByTestId('verdict-detail');
  const summary = page
    .getByRole('region', { name: 'Monthly cost comparison' })
    .locator('.chart-summary');
  const verdictBefore = await verdict.textContent();
  const summaryBefore = await summary.textContent();
  expect(verdictBefore).toContain('50M tokens/month');

  const slider = page.getByRole('slider', { name: 'Monthly tokens' });
  await slider.focus();
  for (let i = 0; i < 40; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /tokens\/month/);
  await expect(verdict).not.toHaveText(verdictBefore ?? '');
  await expect(summary).not.toHaveText(summaryBefore ?? '');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.screenshot({
    path: 'e2e-artifacts/smoke-wide.png',
    fullPage: true,
  });
  expect(problems).toEqual([]);
});

// ADR-21: a default visit hydrates the page prerendered at build time. Any
// difference between that render and the browser's first one is React error
// #418 (the server HTML is thrown away). Readers whose browser writes numbers
// as the build did hydrate; the others (en-GB's "US$", ja-JP's "5000万")
// must get a fresh render, not a mismatch.
for (const locale of ['en-US', 'en-GB', 'ja-JP']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a default load in ${locale}, ${colorScheme}, with and without a saved theme: no console error`, async ({
      browser,
    }) => {
      for (const saved of [null, 'dark', 'light']) {
        for (const width of [1280, 390]) {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            locale,
            colorScheme,
          });
          const page = await context.newPage();
          if (saved)
            await page.addInitScript(
              (t) => localStorage.setItem('crossover:theme', t),
              saved,
            );
          const problems: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error') problems.push(m.text());
          });
          page.on('pageerror', (e) => problems.push(e.message));
          await page.goto('/');
          await expect(
            page.locator('.recharts-wrapper > svg.recharts-surface'),
            // The chart is a lazy chunk: at load 14 it took over 5 s.
          ).toBeVisible({ timeout: 15_000 });
          // Hydration errors surface after the first commit: let it settle.
          await page.waitForLoadState('networkidle');
          expect(problems, `${width} px, saved theme ${saved}`).toEqual([]);
          await context.close();
        }
      }
    });
  }
}

// The top grid (workload panel with its tokens row and advanced controls,
// options, verdict) must fit a phone: nothing may widen the page.
for (const width of [360, 390, 768]) {
  test(`at ${width} px the page does not scroll sideways, with every disclosure open`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width, height: 800 },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(
      page.getByRole('slider', { name: 'Monthly tokens' }),
    ).toBeVisible();
    const sideways = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
    expect(await sideways()).toBeLessThanOrEqual(0);
    // The panels below load on approach: scroll through them, open every
    // disclosure (the advanced workload controls among them), measure again.
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 900);
      await page.waitForTimeout(50);
    }
    await page.evaluate(() =>
      document
        .querySelectorAll('details')
        .forEach((d) => d.setAttribute('open', '')),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await sideways()).toBeLessThanOrEqual(0);
    await context.close();
  });
}
