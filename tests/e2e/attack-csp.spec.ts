import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 15, D5: the page, every dialog and every export run clean under a
 * strict CSP, with no 'unsafe-inline' for styles either. The header is added
 * to each document the built page serves (page.route), as a host would send it.
 */

const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

async function serveWithCsp(page: Page, csp: string) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': csp },
    });
  });
}

/** Every violation from the first script on (init scripts are not subject to the page's CSP). */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      ),
    );
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
}

const download = async (page: Page, click: () => Promise<void>) => {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return d;
};

test('strict CSP: the page, every dialog, the exports (CSV and PNG) and the embed raise no violation', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await serveWithCsp(page, STRICT_CSP);
  const violations = await recordViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?v=1&tpm=2B&uc=rag');
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '2B tokens/month',
  );
  await expect(
    page.locator('.recharts-wrapper > svg.recharts-surface').first(),
  ).toBeVisible();
  // The lazy panels below the fold too.
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  const slider = page.getByRole('slider', { name: 'Monthly tokens' }).first();
  await slider.focus();
  await slider.press('ArrowRight');
  await page.getByLabel('Theme').selectOption('dark');

  // Share (link and embed snippet).
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Share this scenario' });
  await expect(dialog.getByRole('textbox').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Saved scenarios: save, compare, export, import.
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  dialog = page.getByRole('dialog', { name: 'Saved scenarios' });
  await dialog
    .getByRole('textbox', { name: 'Name for the current scenario' })
    .fill('CSP');
  await dialog.getByRole('button', { name: 'Save current scenario' }).click();
  await expect(
    dialog.getByRole('table', { name: 'Compare side by side' }),
  ).toBeVisible();
  const file = info.outputPath('scenarios.json');
  await (
    await download(page, () =>
      dialog
        .getByRole('button', { name: 'Export saved scenarios (JSON)' })
        .click(),
    )
  ).saveAs(file);
  await dialog.getByLabel('Import scenarios (JSON file)').setInputFiles(file);
  await expect(dialog.getByText('Imported 1 scenario.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Export: every CSV, and every chart as SVG and PNG.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Export' });
  for (const name of ['Cost curves (CSV)', 'Cost breakdown (CSV)'])
    await download(page, () => dialog.getByRole('button', { name }).click());
  const pngs = dialog.getByRole('button', { name: /as PNG$/ });
  await expect(pngs.first()).toBeVisible();
  for (let i = 0; i < (await pngs.count()); i++)
    await download(page, () => pngs.nth(i).click());
  const svgs = dialog.getByRole('button', { name: /as SVG$/ });
  for (let i = 0; i < (await svgs.count()); i++)
    await download(page, () => svgs.nth(i).click());
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Update prices: a file read and previewed.
  const prices = JSON.parse(
    readFileSync('tests/fixtures/litellm-subset.json', 'utf8'),
  );
  prices['gpt-4o-mini'].output_cost_per_token *= 3;
  const pricesFile = info.outputPath('prices.json');
  writeFileSync(pricesFile, JSON.stringify(prices));
  await page.getByRole('button', { name: 'Update prices' }).click();
  dialog = page.getByRole('dialog', { name: 'Use today’s prices' });
  await dialog
    .getByLabel('Price file (LiteLLM or OpenRouter JSON)')
    .setInputFiles(pricesFile);
  await expect(dialog.getByText('1 model changes price')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The embed mode of the same build.
  await page.goto(
    './?v=1&tpm=5B&embed=1&panels=verdict,sliders,chart&theme=dark',
  );
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '5B tokens/month',
  );

  const found = await violations();
  console.log(`attack-csp: ${found.length} violations under ${STRICT_CSP}`);
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});
