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
