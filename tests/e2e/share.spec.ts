import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Errors the page logs; every test ends by asserting there were none. */
function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

const verdict = (page: Page) => page.getByTestId('verdict-detail');
const volumeSlider = (page: Page) =>
  page.getByRole('slider', { name: 'Monthly tokens' }).first();

test('changing inputs writes the URL; a reload shows the same numbers', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto('./');
  await expect(verdict(page)).toContainText('50M tokens/month');
  expect(new URL(page.url()).search).toBe('');

  const slider = volumeSlider(page);
  await slider.focus();
  for (let i = 0; i < 25; i++) await slider.press('ArrowRight');
  await page
    .getByRole('combobox', { name: 'Use case' })
    .first()
    .selectOption('rag');
  await expect(page).toHaveURL(/[?&]tpm=[^&]+/);
  await expect(page).toHaveURL(/[?&]uc=rag/);
  await expect(page).toHaveURL(/[?&]v=1&cat=\d{4}-\d\d-\d\d/);

  const before = await verdict(page).textContent();
  const sliderBefore = await slider.getAttribute('aria-valuetext');
  const url = page.url();
  await page.reload();
  await expect(verdict(page)).toHaveText(before ?? '');
  await expect(volumeSlider(page)).toHaveAttribute(
    'aria-valuetext',
    sliderBefore ?? '',
  );
  expect(page.url()).toBe(url);
  // No notice for a clean link.
  await expect(
    page.getByText('Part of this link could not be used'),
  ).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('back and forward between two links restore each scenario', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto('./?v=1&tpm=10M');
  await expect(verdict(page)).toContainText('10M tokens/month');
  await page.goto('./?v=1&tpm=5B');
  await expect(verdict(page)).toContainText('5B tokens/month');
  await page.goBack();
  await expect(verdict(page)).toContainText('10M tokens/month');
  await page.goForward();
  await expect(verdict(page)).toContainText('5B tokens/month');
  expect(problems).toEqual([]);
});

test('a mangled link shows what was ignored and why, and the page still works', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto(
    './?v=1&tpm=lots&is=120&uc=podcast&o=a1,zz,s1&pv=hipaa-phi,nope&colour=%3Cb%3Eblue%3C/b%3E',
  );
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(6);
  await expect(notice).toContainText(
    'Monthly tokens (tpm=“lots”) is not a number',
  );
  await expect(notice).toContainText(
    'Input share (is=“120”) is outside 5–95 %; used 95',
  );
  // Markup in a link is shown as text, never rendered.
  await expect(notice).toContainText('Unknown key “colour” ignored');
  await expect(page.locator('.link-notice b')).toHaveCount(0);
  // The good fields loaded: a1 and s1 remain, the default volume is used.
  await expect(verdict(page)).toContainText('50M tokens/month');

  const axe = await new AxeBuilder({ page }).include('.link-notice').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  // The page still computes, and the next write drops what was ignored.
  const slider = volumeSlider(page);
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page).toHaveURL(/tpm=/);
  expect(page.url()).not.toContain('colour');
  expect(page.url()).not.toContain('lots');
  expect(problems).toEqual([]);
});

test('a link from an older catalog says prices changed since', async ({
  page,
}) => {
  await page.goto('./?v=1&cat=2025-01-01&tpm=20M');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Prices changed since this link was made' });
  await expect(notice).toBeVisible();
  await expect(verdict(page)).toContainText('20M tokens/month');
});

test('the share dialog gives the link, names it, and builds an embed snippet', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto('./?v=1&tpm=300M');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this scenario' });
  await expect(dialog).toBeVisible();

  const link = dialog.getByRole('textbox', { name: 'Link' });
  await expect(link).toHaveValue(/tpm=300M/);
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Q3 <plan>');
  await expect(link).toHaveValue(/n=Q3%20%3Cplan%3E/);
  await expect(page).toHaveURL(/n=Q3%20%3Cplan%3E/);

  const snippet = dialog.getByRole('textbox', { name: 'Code to paste' });
  await expect(snippet).toHaveValue(
    /<iframe id="crossover-embed" src="[^"]*embed=1/,
  );
  await expect(snippet).toHaveValue(
    /title="Crossover: LLM API or self-hosting cost calculator"/,
  );
  await expect(snippet).toHaveValue(/loading="lazy"/);
  await expect(snippet).toHaveValue(/crossover:resize/);
  await dialog.getByRole('checkbox', { name: 'Monthly tokens' }).check();
  await expect(snippet).toHaveValue(/lock=tpm/);
  await dialog.getByRole('radio', { name: /Live/ }).check();
  await expect(snippet).not.toHaveValue(/cat=/);

  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();

  // The name travels with the link.
  await page.reload();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(
    page.getByRole('dialog').getByRole('textbox', { name: /^Name/ }),
  ).toHaveValue('Q3 <plan>');
  expect(problems).toEqual([]);
});
