import { expect, test, type Page } from '@playwright/test';
import { appStarted } from './helpers/app';
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

/** The address once it has not changed for well over the writer's quiet wait (400 ms, ADR-33). */
async function settledUrl(page: Page): Promise<string> {
  let last = page.url();
  let since = Date.now();
  await expect
    .poll(
      () => {
        const now = page.url();
        if (now !== last) {
          last = now;
          since = Date.now();
        }
        return /[?&]tpm=/.test(now) && Date.now() - since > 1500;
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toBe(true);
  return last;
}

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
  // …and the link, once the writer has had its quiet time: on a loaded
  // machine a gap between two presses can outlast the quiet wait, so an
  // earlier press is written first and the last one after it (CI on
  // 9cb674e opened the link at the 58.9M of the middle of the burst). A page
  // opened at the settled link shows the same slider and verdict.
  const link = await settledUrl(page);
  expect(link).toMatch(/[?&]tpm=/);
  const fresh = await page.context().newPage();
  await fresh.goto(link);
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

/**
 * The URL is written once the presses are quiet (ADR-33), so a burst leaves
 * the address behind for a moment: whatever reads it in that moment must
 * still find the last press.
 */
test.describe('the address after a burst of presses', () => {
  const burst = async (page: Page) => {
    // The address as the page starts to go away, before the app's own
    // pagehide listener (an init script registers first) writes it.
    await page.addInitScript(() =>
      addEventListener(
        'pagehide',
        () =>
          sessionStorage.setItem('test:address-at-pagehide', location.search),
        { capture: true },
      ),
    );
    await page.goto('./');
    await appStarted(page);
    await resultsCurrent(page);
    // Watched in the page at each frame, from before the presses: the
    // address when the store first has the last press (the typed field
    // reads the store; the slider's words are the last press's, written in
    // the press). A round trip from the test could take longer than the
    // quiet wait itself.
    const field = await typed(page).elementHandle();
    const range = await slider(page).elementHandle();
    await page.evaluate(
      ([typedEl, sliderEl]) => {
        const input = typedEl as HTMLInputElement;
        const before = input.value;
        const scale: Record<string, number> = {
          K: 1e3,
          M: 1e6,
          B: 1e9,
          T: 1e12,
        };
        /** "60.3M tokens/month" → 60_300_000 (3 significant digits). */
        const wordsValue = () => {
          const m = /^([\d.]+)([KMBT]?) /.exec(
            sliderEl!.getAttribute('aria-valuetext') ?? '',
          );
          return m ? Number(m[1]) * (scale[m[2]!] ?? 1) : NaN;
        };
        const w = window as unknown as { __atStore?: string; __done?: true };
        const tick = () => {
          const value = Number(input.value);
          // Log-slider steps are 2.3 % apart: within 1 % is the same step.
          const last = w.__done && Math.abs(value / wordsValue() - 1) < 0.01;
          if (input.value !== before && last) w.__atStore = location.search;
          else requestAnimationFrame(tick);
        };
        tick();
      },
      [field, range] as const,
    );
    await slider(page).focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.evaluate(() => {
      (window as unknown as { __done?: true }).__done = true;
    });
    const seen = await page.waitForFunction(() => {
      const at = (window as unknown as { __atStore?: string }).__atStore;
      return at === undefined ? null : { at };
    });
    const { at } = (await seen.jsonValue())!;
    // The slider's words as the page is left: a key event the browser was
    // still handling when the watch above fired has moved them since.
    const words = (await slider(page).getAttribute('aria-valuetext')) ?? '';
    expect(words).toMatch(/tokens\/month$/);
    // Whether the address still lacked the burst then (the write waits for
    // quiet) depends on how fast this machine runs the test, so it is noted,
    // not asserted; the unit tests pin the timing with fake timers.
    test.info().annotations.push({
      type: 'address when the store had the last press',
      description: at === '' ? 'not yet written' : 'already written',
    });
    return words;
  };
  const noteAddressAtPagehide = async (page: Page) => {
    const at = await page.evaluate(() =>
      sessionStorage.getItem('test:address-at-pagehide'),
    );
    test.info().annotations.push({
      type: 'address as the page went away',
      description: at === '' ? 'not yet written' : 'already written',
    });
  };

  test('Share shows the last press, and the address bar has it at once', async ({
    page,
  }) => {
    const words = await burst(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = page
      .getByRole('dialog', { name: 'Share this scenario' })
      .getByRole('textbox', { name: 'Link' });
    await expect(link).toHaveValue(/[?&]tpm=/);
    // No waiting: opening the dialog wrote the address.
    expect(page.url()).toBe(await link.inputValue());
    const fresh = await page.context().newPage();
    await fresh.goto(await link.inputValue());
    await expect(slider(fresh)).toHaveAttribute('aria-valuetext', words);
    await fresh.close();
  });

  // Once a known bug (CI on 5173921): the quiet timer fired while the
  // reload's request was on its way, so pagehide found nothing waiting and
  // the reload came back with the address from before the burst. Every write
  // is now noted for a reload (quiet-writer.ts, ADR-33).
  test('a reload straight after it keeps the last press', async ({ page }) => {
    const words = await burst(page);
    await page.reload();
    // Noted as above: '' when the reload came inside the quiet wait (the page
    // reloaded the address from before the burst and carried the press over).
    await noteAddressAtPagehide(page);
    await expect(page).toHaveURL(/[?&]tpm=/);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', words);
    // Applied once: a second reload opens the address as it now is.
    await page.reload();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', words);
  });

  test('leaving the page and coming Back keeps the last press', async ({
    page,
  }) => {
    const words = await burst(page);
    // Another page of the same server (a 404 is still a document to leave to).
    await page.goto('/no-such-page-for-this-test');
    await page.goBack();
    await noteAddressAtPagehide(page);
    await expect(page).toHaveURL(/[?&]tpm=/);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', words);
  });
});
