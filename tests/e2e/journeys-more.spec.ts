/**
 * The journeys of issue 14 that decision-journeys.spec.ts does not walk:
 * first look (desktop and phone), a seed-stage chatbot, RAG with caching and
 * a required latency target, loading today's prices, and keyboard only —
 * each at 1280 px and 390 px, each asserting what the user needs to see and
 * that axe finds nothing, each key step saved as docs/screenshots/journey-*.png
 * (looked at by hand).
 *
 * PW_BASE_URL=http://127.0.0.1:<port> npx playwright test tests/e2e/journeys-more.spec.ts
 */
import AxeBuilder from '@axe-core/playwright';
import { appStarted } from './helpers/app';
import { expect, test, type Locator, type Page } from '@playwright/test';

const WIDTHS = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `docs/screenshots/journey-${name}.png` });
}

async function axeClean(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const axe = await (include ? builder.include(include) : builder).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
  ).toEqual([]);
}

/** How far the page scrolls sideways (0 = not at all). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Scrolls to the bottom and back, so every lazy panel has loaded. */
async function loadEveryPanel(page: Page) {
  for (const id of ['options', 'latency', 'privacy', 'hybrids']) {
    const panel = page.locator(`#${id}`);
    if ((await panel.count()) > 0) await panel.scrollIntoViewIfNeeded();
  }
  await expect(
    page.getByRole('region', { name: 'Options' }).getByRole('button', {
      name: 'Add API model',
    }),
  ).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Presses Tab (or Shift+Tab) until the target has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 250, back = false) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached with ${max} presses of Tab`);
}

/** The focused element shows a focus ring (the page's :focus-visible outline). */
async function expectFocusVisible(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const s = getComputedStyle(el);
    return {
      visible: el.matches(':focus-visible'),
      outline: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
    };
  });
  expect(ring?.visible).toBe(true);
  expect(ring?.outline).not.toBe('none');
  expect(ring?.width ?? 0).toBeGreaterThanOrEqual(2);
}

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('first look: the verdict first, nothing sideways, the header says what its dates are, axe clean', async ({
      page,
    }) => {
      await page.goto('./');
      // The default page paints before its app runs (ADR-34): act once it has.
      await appStarted(page);
      const main = page.locator('main');
      const verdict = main.getByRole('region', { name: 'Recommendation' });
      await expect(verdict).toBeVisible();
      await expect(verdict).toContainText(/^Recommendation\s*Use /);
      // The verdict is the first panel and starts inside the first screen.
      await expect(main.locator('section.panel').first()).toHaveAttribute(
        'aria-labelledby',
        'verdict-title',
      );
      const box = (await verdict.boundingBox())!;
      expect(box.y).toBeLessThan(size.height * 0.6);
      // The logo keeps its square on a phone and is no "×" (it read as a close button).
      const logo = page.locator('.site-header .logo');
      const logoBox = (await logo.boundingBox())!;
      expect(logoBox.width).toBeGreaterThanOrEqual(34);
      expect(logoBox.height).toBeGreaterThanOrEqual(34);
      await expect(page.locator('.site-header .brand')).not.toContainText(
        /[×⨯✕]/,
      );
      // The two dates are words with a meaning on focus.
      const prices = page.getByRole('button', { name: 'Prices as of' });
      await expect(prices).toHaveAccessibleDescription(
        /newest date any API price/,
      );
      await expect(
        page.getByRole('button', { name: 'catalog', exact: true }),
      ).toHaveAccessibleDescription(/Share links record it/);
      await shoot(page, `first-look-${size.name}`);
      await prices.focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('tooltip')).toBeHidden();
      await loadEveryPanel(page);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await axeClean(page);
    });

    test('a seed-stage chatbot: at 3M tokens a month the verdict is an API, and the reasons say why', async ({
      page,
    }) => {
      await page.goto('./');
      // The default page paints before its app runs (ADR-34): act once it has.
      await appStarted(page);
      await expect(
        page.getByRole('combobox', { name: 'Use case' }),
      ).toHaveValue('chatbot');
      const tokens = page.getByRole('textbox', { name: /^Monthly tokens/ });
      await tokens.fill('3M');
      await tokens.press('Enter');
      const headline = page.locator('.verdict-headline');
      await expect(headline).toContainText('at 3M tokens/month');
      await expect(headline).toContainText(/^Use the API/);
      // The API it names is one of the compared APIs or a host of the same model: priced per month.
      await expect(page.getByTestId('verdict-detail')).toContainText(
        /costs \$[\d.,]+\/month at 3M tokens\/month/,
      );
      await page.locator('.verdict-more summary').click();
      const reasons = page.locator('.verdict-more ul').first();
      await expect(reasons).toContainText(
        'At 3M tokens/month the cheapest API costs less than the cheapest self-hosted option.',
      );
      await expect(reasons).toContainText(/below the crossover/);
      // Still a chatbot: a typed volume is not a custom use case.
      await expect(
        page.getByRole('combobox', { name: 'Use case' }),
      ).toHaveValue('chatbot');
      await page.locator('.verdict').scrollIntoViewIfNeeded();
      await shoot(page, `seed-chatbot-${size.name}`);
      await axeClean(page, '.top-grid');
    });

    test('RAG with caching and a required p95 first-token target: the option that misses it is ruled out, and the verdict says why', async ({
      page,
    }) => {
      await page.goto('./');
      // The default page paints before its app runs (ADR-34): act once it has.
      await appStarted(page);
      await page
        .getByRole('combobox', { name: 'Use case' })
        .selectOption('rag');
      await page.locator('details.advanced summary').click();
      // The RAG preset caches its shared prompt prefix.
      await expect(
        page.getByRole('slider', { name: /Cached prompt prefix/ }),
      ).not.toHaveAttribute('aria-valuetext', /^0 tokens/);
      const verdict = page.getByTestId('verdict-detail');
      await expect(verdict).not.toContainText('Ruled out');
      await page
        .getByRole('combobox', { name: 'Latency targets are' })
        .selectOption('required');
      await page
        .getByRole('combobox', { name: 'Targets apply to' })
        .selectOption('p95');
      const ttft = page.getByRole('slider', {
        name: /Time to first token target/,
      });
      await ttft.fill('3');
      await expect(ttft).toHaveAttribute('aria-valuetext', 'at most 3 s');
      // At the slowest 5 % with 4,000-token prompts, Claude Sonnet 5 starts
      // answering after more than 3 s: ruled out, with its figure.
      await expect(verdict).toContainText(
        /Ruled out: Claude Sonnet 5 \(misses the required time to first token \(p95 [\d.]+ s, target ≤ 3 s\)\)/,
      );
      // The verdict's pick is not among the ruled out.
      const pick = (await verdict.textContent())!.split(' costs ')[0]!;
      expect(
        (await verdict.textContent())!.split('Ruled out:')[1],
      ).not.toContain(pick);
      const claude = page
        .getByRole('region', { name: 'Options' })
        .locator('.option-card', { hasText: 'Claude Sonnet 5' });
      await expect(claude).toHaveClass(/ruled-out/);
      await expect(
        claude.getByLabel(/misses the required time to first token/),
      ).toBeVisible();
      await page.locator('.verdict-more summary').click();
      await expect(page.locator('.verdict-more')).toContainText(
        'A required latency target sets aside every option that misses it',
      );
      await page.locator('.verdict').scrollIntoViewIfNeeded();
      await shoot(page, `rag-latency-${size.name}`);
      await axeClean(page, '.top-grid');
    });

    test('loading today’s prices: an old file is warned about, a new one shows its changes, and once used the header says so', async ({
      page,
    }) => {
      await page.goto('./');
      // The default page paints before its app runs (ADR-34): act once it has.
      await appStarted(page);
      const priceDate = page.locator('.prices-as-of time').first();
      await expect(priceDate).toHaveText('2026-07-24');
      await page.getByRole('button', { name: 'Update prices' }).click();
      const dialog = page.getByRole('dialog', { name: 'Use today’s prices' });
      const file = dialog.getByLabel('Price file (LiteLLM or OpenRouter JSON)');
      // LiteLLM's map as of 2026-07-24: older than the catalog.
      await file.setInputFiles('tests/fixtures/litellm-subset.json');
      await expect(
        dialog.getByText('Loaded: litellm-subset.json'),
      ).toBeVisible();
      await expect(dialog.getByRole('note')).toContainText(
        /as of 2026-07-24, older than the built-in catalog/,
      );
      // A file standing for today's (tests/fixtures/SOURCE.md): one price cut.
      await file.setInputFiles('tests/fixtures/litellm-today.json');
      await expect(
        dialog.getByText('Loaded: litellm-today.json'),
      ).toBeVisible();
      await expect(dialog).not.toContainText('No file chosen');
      await expect(dialog.getByRole('note')).toHaveCount(0);
      await expect(dialog).toContainText('1 model changes price');
      await expect(
        dialog.getByRole('row', { name: /GPT-5\.4 mini/ }),
      ).toContainText('output $4.50 → $4.00');
      await shoot(page, `prices-diff-${size.name}`);
      await axeClean(page, 'dialog');
      await dialog
        .getByRole('button', { name: 'Use these prices in this browser' })
        .click();
      await expect(dialog).toBeHidden();
      await expect(priceDate).toHaveText('2026-12-01');
      await expect(
        page.getByRole('button', { name: 'Prices: imported' }),
      ).toBeVisible();
      await shoot(page, `prices-applied-${size.name}`);
    });

    test('keyboard only: Share, the workload, the option picker, with focus always visible', async ({
      page,
    }) => {
      await page.goto('./');
      // The default page paints before its app runs (ADR-34): act once it has.
      await appStarted(page);
      await loadEveryPanel(page);
      // Share from the header.
      const share = page.getByRole('button', { name: 'Share', exact: true });
      await tabTo(page, share);
      await expectFocusVisible(page);
      await page.keyboard.press('Enter');
      const shareDialog = page.getByRole('dialog', {
        name: 'Share this scenario',
      });
      await expect(shareDialog).toBeVisible();
      await expect(
        shareDialog.getByRole('button', { name: /^Copy/ }).first(),
      ).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(shareDialog.locator(':focus')).toHaveCount(1);
      await expectFocusVisible(page);
      await page.keyboard.press('Escape');
      await expect(shareDialog).toBeHidden();
      await expect(share).toBeFocused();
      // The main controls.
      const useCase = page.getByRole('combobox', { name: 'Use case' });
      await tabTo(page, useCase);
      await expectFocusVisible(page);
      await page.keyboard.press('ArrowDown');
      await expect(useCase).not.toHaveValue('chatbot');
      const slider = page.getByRole('slider', { name: 'Monthly tokens' });
      await tabTo(page, slider);
      await expectFocusVisible(page);
      const before = await slider.getAttribute('aria-valuetext');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
      // The picker: open, search, add, and focus comes back.
      const options = page.getByRole('region', { name: 'Options' });
      const count = await options
        .getByRole('button', { name: /^Remove / })
        .count();
      const add = options.getByRole('button', { name: 'Add API model' });
      await tabTo(page, add, 400);
      await expectFocusVisible(page);
      await page.keyboard.press('Enter');
      const picker = page.getByRole('dialog', { name: 'Add an API model' });
      const search = picker.getByRole('searchbox', { name: 'Search models' });
      await expect(search).toBeFocused();
      await page.keyboard.type('haiku 4.5 anthropic');
      const first = picker
        .getByRole('button', { name: /^Add Claude Haiku 4\.5/ })
        .first();
      await tabTo(page, first, 30);
      await expectFocusVisible(page);
      await shoot(page, `keyboard-picker-${size.name}`);
      await axeClean(page, 'dialog');
      await page.keyboard.press('Enter');
      await expect(picker).toBeHidden();
      await expect(add).toBeFocused();
      await expect(
        options.getByRole('button', { name: /^Remove / }),
      ).toHaveCount(count + 1);
      // Escape closes the self-hosted picker too, adding nothing.
      await tabTo(
        page,
        options.getByRole('button', { name: 'Add self-hosted' }),
        5,
      );
      await page.keyboard.press('Enter');
      const selfHost = page.getByRole('dialog', {
        name: 'Add a self-hosted option',
      });
      await expect(
        selfHost.getByRole('searchbox', { name: 'Search open models' }),
      ).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(selfHost).toBeHidden();
      await expect(
        options.getByRole('button', { name: /^Remove / }),
      ).toHaveCount(count + 1);
    });
  });
}
