import { expect, test, type Page } from '@playwright/test';
import { resultsCurrent } from './helpers/results';

/**
 * The press path (ADR-33): a press renders nothing but the slider, the store
 * follows after the paint (coalescing presses), and the results after the
 * worker. However fast the presses, everything must end at the same value.
 */

const verdict = (page: Page) => page.getByTestId('verdict-detail');
const slider = (page: Page) =>
  page.getByRole('slider', { name: 'Monthly tokens' }).first();
const typed = (page: Page) =>
  page.getByRole('textbox', { name: /^Monthly tokens/ }).first();

test('ten fast presses end with the store, the URL and the verdict at the same value', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(verdict(page)).toContainText('50M tokens/month');
  await resultsCurrent(page);
  const typedBefore = await typed(page).inputValue();
  await slider(page).focus();
  // As fast as the keyboard goes: no waiting between presses.
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  const words = await slider(page).getAttribute('aria-valuetext');
  expect(words).toMatch(/tokens\/month$/);
  expect(words).not.toBe('50M tokens/month');
  await resultsCurrent(page);
  // The slider's own words did not move after the presses.
  await expect(slider(page)).toHaveAttribute('aria-valuetext', words ?? '');
  // The verdict is for the slider's volume…
  await expect(verdict(page)).toContainText(words ?? '');
  await expect(page.locator('section.verdict')).toHaveAttribute(
    'aria-busy',
    'false',
  );
  // …so is the typed field beside it (it reads the store)…
  expect(await typed(page).inputValue()).not.toBe(typedBefore);
  // …and the link: a page opened at it shows the same slider and verdict.
  await expect(page).toHaveURL(/[?&]tpm=/);
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await resultsCurrent(fresh);
  await expect(slider(fresh)).toHaveAttribute('aria-valuetext', words ?? '');
  await expect(typed(fresh)).toHaveValue(await typed(page).inputValue());
  await expect(verdict(fresh)).toHaveText(
    (await verdict(page).textContent()) ?? '',
  );
  await fresh.close();
  expect(errors).toEqual([]);
});

test('the results region is busy from a press until its results are shown', async ({
  page,
}) => {
  await page.goto('./');
  await resultsCurrent(page);
  // Record every value the verdict's flag takes, from before the press on.
  await page.evaluate(() => {
    const el = document.querySelector('section.verdict')!;
    const seen: string[] = [el.getAttribute('aria-busy') ?? ''];
    (window as unknown as { __busy: string[] }).__busy = seen;
    new MutationObserver(() =>
      seen.push(el.getAttribute('aria-busy') ?? ''),
    ).observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await resultsCurrent(page);
  const seen = await page.evaluate(
    () => (window as unknown as { __busy: string[] }).__busy,
  );
  expect(seen[0]).toBe('false');
  expect(seen).toContain('true');
  expect(seen.at(-1)).toBe('false');
});
