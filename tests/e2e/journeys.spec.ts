import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { appStarted } from './helpers/app';

async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
  ).toEqual([]);
}

async function openAll(page: Page) {
  // Open every disclosure so axe and screenshots see the whole page.
  await page.evaluate(() =>
    document
      .querySelectorAll('details')
      .forEach((d) => d.setAttribute('open', '')),
  );
}

test('a privacy requirement changes the verdict, with the reason shown', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Use the API for now.')).toBeVisible();
  await page.getByRole('checkbox', { name: /Air-gapped environments/ }).check();
  await expect(page.getByText('Self-host.')).toBeVisible();
  await expect(
    page.getByText(/excluded by Air-gapped environments/).first(),
  ).toBeVisible();
  await page
    .getByRole('checkbox', { name: /Air-gapped environments/ })
    .uncheck();
  await expect(page.getByText('Use the API for now.')).toBeVisible();
});

test('changing the workload and the options moves the numbers', async ({
  page,
}) => {
  await page.goto('/');
  // The default page paints before the app runs (ADR-34): pick once it has.
  await appStarted(page);
  const verdict = page.getByTestId('verdict-detail');
  const before = await verdict.textContent();
  await page.getByRole('combobox', { name: 'Use case' }).selectOption('rag');
  await expect(
    page.getByRole('textbox', { name: /Tokens per request/ }),
  ).toHaveValue('4000');
  await expect(verdict).not.toHaveText(before ?? '');

  const options = page.getByRole('region', { name: 'Options' });
  const removeButtons = options.getByRole('button', { name: /^Remove / });
  await expect(removeButtons).toHaveCount(5);
  await options.getByRole('button', { name: 'Add self-hosted' }).click();
  // Issue 14 item 7: a picker; the first model's cheapest new configuration.
  const picker = page.getByRole('dialog', { name: 'Add a self-hosted option' });
  await picker
    .getByRole('button', { name: /^Choose / })
    .first()
    .click();
  await picker.getByRole('button', { name: 'Add this configuration' }).click();
  await expect(picker).toBeHidden();
  await expect(removeButtons).toHaveCount(6);
  // One line per option, plus one per same-model hosted comparator the page added.
  const comparators = options.getByRole('button', {
    name: /^Add .+ as an option$/,
  });
  const lines = page.locator('.recharts-line');
  await expect
    .poll(async () => (await lines.count()) - (await comparators.count()))
    .toBe(6);
  await removeButtons.first().click();
  await expect(removeButtons).toHaveCount(5);
  await expect
    .poll(async () => (await lines.count()) - (await comparators.count()))
    .toBe(5);
});

test('a hybrid slider reprices its pattern', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('article', { name: /Tiered routing/ });
  const cost = card.locator('dd').first();
  const before = await cost.textContent();
  const slider = card.getByRole('slider', {
    name: /Share routed to the self-hosted model/,
  });
  await slider.focus();
  for (let i = 0; i < 6; i++) await slider.press('ArrowRight');
  await expect(card.getByText('80% / 20%')).toBeVisible();
  await expect(cost).not.toHaveText(before ?? '');
});

test('keyboard only: reach the volume slider and a privacy checkbox, operate both', async ({
  page,
}) => {
  await page.goto('/');
  // Wait until the app has rendered (a Tab pressed before that lands nowhere).
  await appStarted(page);
  await expect(
    page.getByRole('heading', { name: 'Recommendation' }),
  ).toBeVisible();
  // The skip link comes first.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('link', { name: 'Skip to the calculator' }),
  ).toBeFocused();
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page
      .getByRole('slider', { name: 'Monthly tokens' })
      .evaluate((el) => el === document.activeElement);
  }
  expect(found).toBe(true);
  const readout = page.getByRole('slider', { name: 'Monthly tokens' });
  await page.keyboard.press('End');
  await expect(readout).toHaveAttribute('aria-valuetext', /1T tokens\/month/);
  // The verdict follows the key press (against the same model hosted, it stays an API verdict).
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '1T tokens/month',
  );

  const box = page.getByRole('checkbox', { name: /HIPAA-covered health data/ });
  found = false;
  for (let i = 0; i < 200 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await box.evaluate((el) => el === document.activeElement);
  }
  expect(found).toBe(true);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
});

test('phone viewport: no horizontal scrolling, the chart stays readable, no axe violations', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(
    page.locator('.recharts-wrapper > svg.recharts-surface'),
  ).toBeVisible();
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    view: window.innerWidth,
  }));
  expect(widths.doc).toBeLessThanOrEqual(widths.view);
  const box = await page
    .locator('.recharts-wrapper > svg.recharts-surface')
    .boundingBox();
  expect(box?.width).toBeGreaterThan(280);
  await openAll(page);
  await noAxeViolations(page);
  await page.screenshot({
    path: 'e2e-artifacts/calculator-narrow-light.png',
    fullPage: true,
  });
  await context.close();
});

test('dark mode: zero axe violations and a full-page screenshot', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(
    page.locator('.recharts-wrapper > svg.recharts-surface'),
  ).toBeVisible();
  await openAll(page);
  await noAxeViolations(page);
  await page.screenshot({
    path: 'e2e-artifacts/calculator-wide-dark.png',
    fullPage: true,
  });
  await context.close();
});

test('light mode with every panel open: zero axe violations', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Learn more' })).toBeVisible();
  await openAll(page);
  await noAxeViolations(page);
  await page.screenshot({
    path: 'e2e-artifacts/calculator-wide-light.png',
    fullPage: true,
  });
});
