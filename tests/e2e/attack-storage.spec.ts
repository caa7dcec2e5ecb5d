import { readFileSync } from 'node:fs';
import { appStarted } from './helpers/app';
import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 15, D1–D4, D6, D7 as browser regressions: hostile saved-scenario
 * storage, two tabs saving at once, the largest list the page accepts, a
 * 5,000-entry import, and a price that rounds to $0.
 */

const verdict = (page: Page) => page.getByTestId('verdict-detail');

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => {
    // Hydration mismatches of the prerendered shell (React #418/#423) are
    // the prerender's concern, not storage's; anything else counts.
    if (!/Minified React error #(418|423|425)/.test(e.message))
      problems.push(e.message);
  });
  page.on('console', (m) => {
    // What an error boundary caught, or a stack overflow anywhere.
    if (m.type() === 'error' && /Crossover: |call stack/i.test(m.text()))
      problems.push(m.text());
  });
  return problems;
}

/**
 * The target for opening the dialog is 200 ms; the figures are printed
 * on every run (the measurement). A timed assertion at 200 ms flakes on a
 * shared CI machine, so the test asserts a bound ten times wider: it still
 * fails on the bug it guards (an unbounded list took 7 s at 2,000 entries and
 * 27 s at 20,000). ATTACK_SLOWDOWN scales it further on a loaded machine.
 */
const OPEN_BUDGET_MS = 2000 * Number(process.env['ATTACK_SLOWDOWN'] ?? 1);

const openSaved = async (page: Page) => {
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved scenarios' });
  await expect(
    dialog.getByRole('heading', { name: 'Export and import' }),
  ).toBeVisible();
  return dialog;
};

const entry = (i: number, query = `v=1&tpm=${i + 1}M`) => ({
  id: `e${i}`,
  name: `Entry ${i}`,
  query,
  savedAt: '2026-11-01T10:00:00.000Z',
});
const oldList = (entries: unknown[]) =>
  JSON.stringify({ format: 'crossover-saved-scenarios', version: 1, entries });

async function seed(page: Page, values: Record<string, string>) {
  await page.evaluate((v) => {
    localStorage.clear();
    for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x);
  }, values);
}

test('D1: a 100,000-deep stored list neither blanks the page nor the dialog', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto('./');
  // The default page paints before its app runs (ADR-34): act once it has.
  await appStarted(page);
  await page.evaluate(() =>
    localStorage.setItem(
      'crossover:saved-scenarios',
      '['.repeat(1e5) + ']'.repeat(1e5),
    ),
  );
  await page.reload();
  const dialog = await openSaved(page);
  await expect(dialog.getByText('No saved scenarios yet.')).toBeVisible();
  await expect(
    dialog.getByText(/could not be read and was set aside/),
  ).toBeVisible();
  await expect(verdict(page)).toBeVisible();
  // And one valid entry wrapped 10,000 deep.
  await page.evaluate(() => {
    const e = JSON.stringify({
      id: 'a',
      name: 'A',
      query: '',
      savedAt: '2026-11-01T10:00:00.000Z',
    });
    localStorage.setItem(
      'crossover:saved-scenarios',
      `{"format":"crossover-saved-scenarios","version":1,"entries":[${'['.repeat(1e4)}${e}${']'.repeat(1e4)}]}`,
    );
  });
  await page.reload();
  await openSaved(page);
  await expect(verdict(page)).toBeVisible();
  expect(problems).toEqual([]);
});

test('D2: an unreadable list that cannot be set aside is kept byte for byte, said so, offered, and not saved over', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto('./');
  // The default page paints before its app runs (ADR-34): act once it has.
  await appStarted(page);
  // A truncated list of ~4.9 MB: the copy does not fit next to it.
  const size = await page.evaluate(() => {
    const raw =
      `{"format":"crossover-saved-scenarios","version":1,"entries":[${'{"id":"x","name":"n","query":"","savedAt":"2026-11-01T10:00:00.000Z"},'.repeat(70_000)}`.slice(
        0,
        4_900_000,
      );
    localStorage.clear();
    localStorage.setItem('crossover:saved-scenarios', raw);
    return raw.length;
  });
  await page.reload();
  const dialog = await openSaved(page);
  await expect(dialog.getByRole('alert')).toContainText(
    'Your older saved list could not be moved',
  );
  await expect(dialog.getByRole('alert')).toContainText(
    'will not write over it',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download the older list' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('crossover-older-saved-list.json');
  await dialog
    .getByRole('textbox', { name: 'Name for the current scenario' })
    .fill('After');
  await dialog.getByRole('button', { name: 'Save current scenario' }).click();
  await expect(dialog.getByRole('status').first()).toContainText(
    'Saved “After”.',
  );
  const after = await page.evaluate(
    () => localStorage.getItem('crossover:saved-scenarios')?.length,
  );
  expect(after).toBe(size);
  expect(problems).toEqual([]);
});

test('D3: two tabs saving at the same moment both survive, and each sees the other’s', async ({
  context,
  baseURL,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(`${baseURL}/?v=1&tpm=10M`);
  await b.goto(`${baseURL}/?v=1&tpm=20M`);
  await a.evaluate(() => localStorage.clear());
  const [da, db] = [await openSaved(a), await openSaved(b)];
  await da
    .getByRole('textbox', { name: 'Name for the current scenario' })
    .fill('From A');
  await db
    .getByRole('textbox', { name: 'Name for the current scenario' })
    .fill('From B');
  // Both clicks dispatched together, each tab holding its stale (empty) list.
  await Promise.all([
    a.evaluate(() =>
      (
        document.querySelector(
          '.saved-dialog button[type=submit]',
        ) as HTMLButtonElement
      ).click(),
    ),
    b.evaluate(() =>
      (
        document.querySelector(
          '.saved-dialog button[type=submit]',
        ) as HTMLButtonElement
      ).click(),
    ),
  ]);
  // Without a reload: the storage event brings the other tab's entry.
  for (const d of [da, db]) {
    await expect(d.getByRole('rowheader', { name: 'From A' })).toBeVisible();
    await expect(d.getByRole('rowheader', { name: 'From B' })).toBeVisible();
  }
  // A rename in one and a save in the other, again at once: nothing lost.
  await Promise.all([
    da.getByRole('button', { name: 'Rename From A' }).click(),
    db
      .getByRole('textbox', { name: 'Name for the current scenario' })
      .fill('B again'),
  ]);
  await da
    .getByRole('textbox', { name: 'New name for From A' })
    .fill('A renamed');
  await Promise.all([
    da.getByRole('button', { name: 'Save name' }).click(),
    db.getByRole('button', { name: 'Save current scenario' }).click(),
  ]);
  await a.reload();
  const fresh = await openSaved(a);
  for (const name of ['A renamed', 'From B', 'B again'])
    await expect(fresh.getByRole('rowheader', { name })).toBeVisible();
  await expect(
    fresh.getByRole('table').first().getByRole('rowheader'),
  ).toHaveCount(3);
});

/** Time from the click to the dialog's list being drawn, in the page (ms). */
async function openTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Saved scenarios',
    )!;
    const t0 = performance.now();
    button.click();
    for (;;) {
      if (
        document.querySelector('.saved-dialog table, .saved-dialog .tool-table')
      )
        break;
      await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
}

test('D6: the dialog opens fast with the largest list the page accepts, and a stored 20,000 is bounded', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto('./');
  // The default page paints before its app runs (ADR-34): act once it has.
  await appStarted(page);
  // Load the dialog's code once, so the figure is the list, not the download.
  const d = await openSaved(page);
  await d.getByRole('button', { name: 'Close' }).click();
  // The largest accepted: 200 entries with the longest query allowed (4,000 characters).
  const longQuery = `v=1&tpm=5M&n=${'x'.repeat(3986)}`;
  await seed(page, {
    'crossover:saved-scenarios': oldList(
      Array.from({ length: 200 }, (_, i) => entry(i, longQuery)),
    ),
  });
  // The first open migrates; the second is the steady state.
  const migrate = await openTime(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  const steady = await openTime(page);
  await expect(
    page.getByRole('dialog').getByRole('table').first().getByRole('rowheader'),
  ).toHaveCount(200);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  // 20,000 stored (the issue: 27 s): at most 200 read, the rest kept and reported.
  await seed(page, {
    'crossover:saved-scenarios': oldList(
      Array.from({ length: 20_000 }, (_, i) => entry(i)),
    ),
  });
  const big = await openTime(page);
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByRole('table').first().getByRole('rowheader'),
  ).toHaveCount(200);
  await expect(dialog.getByRole('alert')).toContainText(
    'more than 200 entries',
  );
  console.log(
    `attack-storage D6: open with 200 × 4,000-char entries: first (migrating) ${migrate.toFixed(0)} ms, then ${steady.toFixed(0)} ms; stored 20,000: ${big.toFixed(0)} ms`,
  );
  expect(steady).toBeLessThan(OPEN_BUDGET_MS);
  // Reading a stored 20,000 is bounded too (at most 200 are read).
  expect(big).toBeLessThan(2 * OPEN_BUDGET_MS);
  expect(problems).toEqual([]);
});

test('D7: a 5,000-entry import says in one line what it skipped and why', async ({
  page,
}, info) => {
  await page.goto('./');
  // The default page paints before its app runs (ADR-34): act once it has.
  await appStarted(page);
  await page.evaluate(() => localStorage.clear());
  const entries = [
    ...Array.from({ length: 3 }, (_, i) => ({
      name: `ok ${i}`,
      query: 'v=1&tpm=9M',
    })),
    ...Array.from({ length: 4_800 }, () => ({ name: 'no query' })),
    ...Array.from({ length: 197 }, () => ({ name: 'bad', query: '?v=1' })),
  ];
  const file = info.outputPath('many.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    file,
    JSON.stringify({ format: 'crossover-scenarios', version: 1, entries }),
  );
  const dialog = await openSaved(page);
  await dialog.getByLabel('Import scenarios (JSON file)').setInputFiles(file);
  const status = dialog.locator('.saved-status');
  await expect(status).toContainText(
    'Imported 3 scenarios. 4,997 entries skipped:',
  );
  await expect(status).toContainText('×4,800');
  await expect(status).toContainText('×197');
  expect((await status.textContent())!.length).toBeLessThan(400);
  await dialog.getByText('Details of the skipped entries').click();
  await expect(dialog.locator('.skip-details li').first()).toContainText('#4');
});

test('D4: a price that rounds to $0 is refused in the preview with the reason; using the rest is not silent', async ({
  page,
}, info) => {
  await page.goto('./');
  // The default page paints before its app runs (ADR-34): act once it has.
  await appStarted(page);
  const json = JSON.parse(
    readFileSync('tests/fixtures/litellm-subset.json', 'utf8'),
  );
  json['gpt-4o'].input_cost_per_token = 1e-13;
  json['gpt-4o-mini'].output_cost_per_token *= 3;
  const file = info.outputPath('prices.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, JSON.stringify(json));
  await page.getByRole('button', { name: 'Update prices' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use today’s prices' });
  await dialog
    .getByLabel('Price file (LiteLLM or OpenRouter JSON)')
    .setInputFiles(file);
  await dialog.getByText(/^Conflicts/).click();
  await expect(
    dialog.getByText(/rounds to \$0 at the catalog's precision/),
  ).toBeVisible();
  await expect(dialog.getByText(/→ \$0(?![.\d])/)).toHaveCount(0);
  await dialog
    .getByRole('button', { name: 'Use these prices in this browser' })
    .click();
  // Used: the dialog closes and the header says so.
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Prices: imported' }),
  ).toBeVisible();
});

test('D8: stored prices with a negative price are said on the page, not used, and kept byte for byte', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await page.goto('./');
  await appStarted(page);
  const stored = JSON.stringify({
    format: 'crossover-price-override',
    version: 1,
    fileFormat: 'litellm',
    fileName: 'prices.json',
    sourceLabel: 'LiteLLM',
    asOf: '2026-11-30',
    importedAt: '2026-11-30T10:00:00.000Z',
    models: {
      'gpt-4o-mini': {
        usdPerMillionInputTokens: -0.15,
        usdPerMillionOutputTokens: 0.6,
        source: 'a hand-edited file',
        asOf: '2026-11-30',
      },
    },
  });
  await page.evaluate(
    (s) => localStorage.setItem('crossover:price-override', s),
    stored,
  );
  await page.reload();
  await appStarted(page);
  const warning = page.getByRole('status').filter({
    hasText: 'Prices imported in this browser earlier could not be read',
  });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('the built-in prices are used');
  // The built-in prices: the header does not claim imported ones.
  await expect(
    page.getByRole('button', { name: 'Update prices' }),
  ).toBeVisible();
  await warning.getByRole('button', { name: 'Review prices' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use today’s prices' });
  await expect(
    dialog.getByText(/saved earlier could not be read/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(
    await page.evaluate(() => localStorage.getItem('crossover:price-override')),
  ).toBe(stored);
  await expect(verdict(page)).toBeVisible();
  expect(problems).toEqual([]);
});
