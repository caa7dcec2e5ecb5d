import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { resultsCurrent } from './helpers/results';

/**
 * Static and offline (issue 6): no request to another origin, the
 * recommended CSP (no inline script, no eval) holds, any sub-path works, and
 * the single-file build computes opened from disk.
 */

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** Records CSP violations from the first script on (init scripts are not subject to the page's CSP). */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
}

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** Opens every header dialog (loading each lazy chunk) and closes it again. */
async function openEveryDialog(page: Page) {
  for (const [button, title] of [
    ['Share', 'Share this scenario'],
    ['Saved scenarios', 'Saved scenarios'],
    ['Export', 'Export'],
    ['Update prices', 'Use today’s prices'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(
      dialog
        .getByRole('heading', { level: 3 })
        .first()
        .or(dialog.getByRole('textbox').first())
        .or(dialog.getByRole('button', { name: 'Close' }))
        // Once the lazy content is in, more than one of them is: any one will do.
        .first(),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  }
}

test('the page makes no request to any other origin, dialogs and exports included', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('./?v=1&tpm=80M');
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '80M tokens/month',
  );
  await expect(
    page.locator('.recharts-wrapper > svg.recharts-surface').first(),
  ).toBeVisible();
  await openEveryDialog(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('dialog')
      .getByRole('button', { name: /as PNG$/ })
      .first()
      .click(),
  ]);
  const foreign = requests.filter(
    (u) => !u.startsWith(origin) && !/^(data|blob):/.test(u),
  );
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
});

/** Serves every document with the given CSP header. */
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

async function exercise(page: Page) {
  await page.goto('./?v=1&tpm=2B&uc=rag');
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '2B tokens/month',
  );
  await expect(
    page.locator('.recharts-wrapper > svg.recharts-surface').first(),
  ).toBeVisible();
  const slider = page.getByRole('slider', { name: 'Monthly tokens' }).first();
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page).not.toHaveURL(/tpm=2B/);
  await openEveryDialog(page);
}

test('runs under the recommended Content-Security-Policy without any inline script', async ({
  page,
}) => {
  // 'unsafe-eval' allowed here so that this test isolates inline code; the next one forbids eval.
  await serveWithCsp(
    page,
    CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
  );
  const violations = await recordViolations(page);
  const problems = watchErrors(page);
  await exercise(page);
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('needs no eval under the recommended Content-Security-Policy', async ({
  page,
}) => {
  await serveWithCsp(page, CSP);
  const violations = await recordViolations(page);
  const problems = watchErrors(page);
  await exercise(page);
  // Regression: zod probed `new Function` when the shared catalog chunk ran
  // before main.tsx's zod-config; strictExecutionOrder in vite.config.ts fixed it.
  expect(await violations()).toEqual([]);
  expect(problems.filter((p) => !/unsafe-eval/.test(p))).toEqual([]);
});

test('works from any sub-path, and its links keep the sub-path', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  // Serve the same build under /docs/tools/crossover/ (as a static host would).
  await page.route(`${origin}/docs/tools/crossover/**`, async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.replace('/docs/tools/crossover', '');
    // A request the page gives up on (a prefetch superseded by navigation)
    // disposes its response before it is fulfilled: nothing is left to serve.
    try {
      const response = await route.fetch({ url: url.href });
      await route.fulfill({ response });
    } catch (e) {
      if (!/disposed|closed/i.test(String(e))) throw e;
    }
  });
  const problems = watchErrors(page);
  await page.goto(`${origin}/docs/tools/crossover/?v=2&tpm=7B`);
  await expect(page.getByTestId('verdict-detail')).toContainText(
    '7B tokens/month',
  );
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(
    page.getByRole('dialog').getByRole('textbox', { name: 'Link' }),
  ).toHaveValue(
    new RegExp(`^${origin}/docs/tools/crossover/\\?v=2&cat=[\\d-]+&tpm=7B$`),
  );
  expect(problems).toEqual([]);
  // The page may still be fetching a lazy chunk through the route: its
  // handler would outlive the test and fail the next one ("Test ended",
  // CI on d65d283).
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test.describe('single-file build', () => {
  const file = fileURLToPath(
    new URL('../../dist-single/index.html', import.meta.url),
  );

  test.beforeAll(() => {
    execSync('npm run build:single', {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: 'ignore',
      timeout: 120_000,
    });
    expect(existsSync(file)).toBe(true);
  });

  test('opened from file:// it computes, with lazy parts included and no request anywhere', async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const violations = await recordViolations(page);
    const problems = watchErrors(page);
    await page.goto(`${pathToFileURL(file).href}?v=1&tpm=2B`);
    const verdict = page.getByTestId('verdict-detail');
    await expect(verdict).toContainText('2B tokens/month');
    // The chart is a lazy chunk in the normal build: here it is inlined.
    await expect(
      page.locator('.recharts-wrapper > svg.recharts-surface').first(),
    ).toBeVisible();
    const slider = page.getByRole('slider', { name: 'Monthly tokens' }).first();
    const before = await verdict.textContent();
    await slider.focus();
    for (let i = 0; i < 30; i++) await slider.press('ArrowLeft');
    await expect(verdict).not.toHaveText(before ?? '');
    // Once current (ADR-33), the verdict is for the slider's volume.
    await resultsCurrent(page);
    await expect(verdict).toContainText(
      (await slider.getAttribute('aria-valuetext')) ?? '',
    );
    await openEveryDialog(page);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    expect(requests.filter((u) => u.startsWith('file:'))).toHaveLength(1);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
