import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { appStarted } from './helpers/app';
import { resultsCurrent } from './helpers/results';

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
  await expect(page).toHaveURL(/[?&]v=2&cat=\d{4}-\d\d-\d\d/);

  // The results follow the inputs a moment later (the engine runs in a
  // worker, ADR-28): the URL can be written before the verdict catches up,
  // so read it once the page says its results are current (ADR-33).
  await resultsCurrent(page);
  const url = page.url();
  const before = await verdict(page).textContent();
  const sliderBefore = await slider.getAttribute('aria-valuetext');
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
    'Input share (is=“120”) is outside 5–100 %; used 100',
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
  // The mangled link already has a tpm=: wait for the press's own write, which
  // comes once the quiet wait has passed (ADR-33), not for any tpm=.
  await expect(page).not.toHaveURL(/colour/, { timeout: 10_000 });
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

test.describe('saved scenarios', () => {
  const openSaved = async (page: Page) => {
    await page.getByRole('button', { name: 'Saved scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Saved scenarios' });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  const saveAs = async (page: Page, name: string) => {
    const dialog = await openSaved(page);
    await dialog
      .getByRole('textbox', { name: 'Name for the current scenario' })
      .fill(name);
    await dialog.getByRole('button', { name: 'Save current scenario' }).click();
    await expect(dialog.getByRole('status').first()).toHaveText(
      `Saved “${name}”.`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
  };

  test('save, reload, compare, and open (Back returns)', async ({ page }) => {
    const problems = watchErrors(page);
    await page.goto('./?v=1&tpm=10M');
    await saveAs(page, 'Small team');
    await page.goto('./?v=1&tpm=5B&uc=rag');
    await saveAs(page, 'Big RAG');
    await page.reload();

    const dialog = await openSaved(page);
    const rows = dialog.getByRole('table').first().getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(
      dialog.getByRole('rowheader', { name: 'Small team' }),
    ).toBeVisible();
    await dialog
      .getByRole('combobox', { name: 'Scenario A' })
      .selectOption({ label: 'Small team' });
    await dialog
      .getByRole('combobox', { name: 'Scenario B' })
      .selectOption({ label: 'Big RAG' });
    const compare = dialog.getByRole('table', { name: 'Compare side by side' });
    await expect(
      compare.getByRole('columnheader', { name: 'Small team' }),
    ).toBeVisible();
    await expect(
      compare.getByRole('row', { name: /Monthly tokens/ }),
    ).toContainText('10M tokens/month');
    await expect(
      compare.getByRole('row', { name: /Monthly tokens/ }),
    ).toContainText('5B tokens/month');
    await expect(compare.getByRole('row', { name: /Use case/ })).toContainText(
      'RAG over documents',
    );
    await expect(compare.getByRole('row', { name: /^Verdict/ })).toContainText(
      /Use the API|Self-host|Hybrid/,
    );
    await expect(compare.getByRole('row', { name: /Crossover/ })).toBeVisible();
    await expect(
      compare.getByRole('row', { name: /^GPT-4o mini/ }),
    ).toContainText('/month');

    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Open pushes a history entry; Back returns to the scenario before it.
    await dialog.getByRole('button', { name: 'Open Small team' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(verdict(page)).toContainText('10M tokens/month');
    await expect(page).toHaveURL(/n=Small%20team/);
    await page.goBack();
    await expect(verdict(page)).toContainText('5B tokens/month');
    await page.goForward();
    await expect(verdict(page)).toContainText('10M tokens/month');
    expect(problems).toEqual([]);
  });

  test('rename, duplicate, delete with undo, export and import', async ({
    page,
  }, info) => {
    await page.goto('./?v=1&tpm=20M');
    await saveAs(page, 'Draft');
    const dialog = await openSaved(page);
    await dialog.getByRole('button', { name: 'Rename Draft' }).click();
    await dialog
      .getByRole('textbox', { name: 'New name for Draft' })
      .fill('Final');
    await dialog.getByRole('button', { name: 'Save name' }).click();
    await dialog.getByRole('button', { name: 'Duplicate Final' }).click();
    await expect(
      dialog.getByRole('rowheader', { name: 'Final (copy)' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete Final (copy)' }).click();
    await expect(
      dialog.getByRole('rowheader', { name: 'Final (copy)' }),
    ).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Undo delete' }).click();
    await expect(
      dialog.getByRole('rowheader', { name: 'Final (copy)' }),
    ).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog
        .getByRole('button', { name: 'Export saved scenarios (JSON)' })
        .click(),
    ]);
    const file = info.outputPath('scenarios.json');
    await download.saveAs(file);
    await dialog.getByLabel('Import scenarios (JSON file)').setInputFiles(file);
    await expect(dialog.getByText('Imported 2 scenarios.')).toBeVisible();
    await expect(
      dialog.getByRole('rowheader', { name: 'Final', exact: true }),
    ).toHaveCount(2);
  });

  test('a corrupted localStorage entry is set aside with a notice, not deleted', async ({
    page,
  }) => {
    const problems = watchErrors(page);
    await page.goto('./');
    await page.evaluate(() => {
      localStorage.setItem(
        'crossover:saved-scenarios',
        JSON.stringify({
          format: 'crossover-saved-scenarios',
          version: 1,
          entries: [
            {
              id: 'good',
              name: 'Kept',
              query: 'v=1&tpm=30M',
              savedAt: '2026-11-01T10:00:00.000Z',
            },
            { id: 'bad', name: { evil: true }, query: 42 },
          ],
        }),
      );
    });
    await page.reload();
    await expect(verdict(page)).toBeVisible();
    const dialog = await openSaved(page);
    await expect(
      dialog.getByText('1 saved entry could not be read and was set aside.'),
    ).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: 'Kept' })).toBeVisible();
    const aside = await page.evaluate(() =>
      localStorage.getItem('crossover:set-aside'),
    );
    expect(aside).toContain('"evil":true');
    await expect(
      dialog.getByRole('button', { name: 'Download set-aside entries' }),
    ).toBeVisible();
    // Wholly unreadable storage does not break the page either.
    await page.evaluate(() =>
      localStorage.setItem('crossover:saved-scenarios', '{{{'),
    );
    await page.reload();
    await expect(verdict(page)).toBeVisible();
    const again = await openSaved(page);
    // Issue 15 (ADR-22): the readable entry was moved to its own key when the
    // list was first read, so it survives the old key being overwritten.
    await expect(again.getByRole('rowheader', { name: 'Kept' })).toBeVisible();
    const kept = await page.evaluate(() => [
      localStorage.getItem('crossover:set-aside'),
      localStorage.getItem('crossover:saved-scenarios'),
    ]);
    expect(kept.join('\n')).toContain('{{{');
    expect(problems).toEqual([]);
  });
});

test.describe('exports', () => {
  const openExports = async (page: Page) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  const downloadOf = async (page: Page, click: () => Promise<void>) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  };

  test('CSV of curves and breakdown, JSON of the result, charts as SVG and PNG', async ({
    page,
  }) => {
    const problems = watchErrors(page);
    await page.goto('./?v=1&tpm=300M&n=Export%20me');
    await expect(
      page.locator('.recharts-wrapper > svg.recharts-surface').first(),
    ).toBeVisible();
    const dialog = await openExports(page);

    const curves = await downloadOf(page, () =>
      dialog.getByRole('button', { name: 'Cost curves (CSV)' }).click(),
    );
    expect(curves.name).toMatch(/^crossover-\d{4}-\d\d-\d\d-curves\.csv$/);
    const curveLines = curves.bytes.toString('utf8').trim().split('\r\n');
    // Issue 14: the header is the first row; where the file came from follows the data.
    const header = curveLines[0]!;
    expect(header).toMatch(/^tokens_per_month,/);
    expect(header).toContain('GPT-4o mini (usd_per_month)');
    expect(curveLines).toContain('# Crossover export,Export me');
    expect(
      curveLines.some((l) =>
        /^# link,"?http:\/\/127\.0\.0\.1:\d+\/\?v=\d&cat=[\d-]+.*&n=Export%20me.*&tpm=300M/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(curveLines.length).toBeGreaterThan(50);

    const breakdown = await downloadOf(page, () =>
      dialog.getByRole('button', { name: 'Cost breakdown (CSV)' }).click(),
    );
    const rows = breakdown.bytes.toString('utf8').split('\r\n');
    // Issue 14: the header is the first row, and excluded options are flagged.
    expect(rows[0]).toBe(
      'option_id,option,kind,cost_line,usd_per_month,excluded_or_infeasible',
    );
    expect(rows.some((r) => /^a1,GPT-4o,api,total,\d/.test(r))).toBe(true);

    const json = await downloadOf(page, () =>
      dialog.getByRole('button', { name: 'Full result (JSON)' }).click(),
    );
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed).toMatchObject({
      format: 'crossover-result',
      version: 1,
      name: 'Export me',
      // A v=1 link opens as today's format (issue 10 item 6: v=2).
      urlVersion: 2,
    });
    expect(parsed.catalogVersion).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(parsed.inputs.workload.tokensPerMonth).toBe(300_000_000);
    expect(parsed.result.api.length).toBeGreaterThan(0);

    const svg = await downloadOf(page, () =>
      dialog
        .getByRole('button', { name: new RegExp(`as SVG$`) })
        .first()
        .click(),
    );
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<?xml')).toBe(true);
    expect(svgText).toContain('<svg');
    expect(svgText).not.toContain('var(--');
    expect(svgText).toContain('<title>');
    expect(svg.name).toMatch(/\.svg$/);

    const png = await downloadOf(page, () =>
      dialog
        .getByRole('button', { name: new RegExp(`as PNG$`) })
        .first()
        .click(),
    );
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.length).toBeGreaterThan(5000);
    expect(png.name).toMatch(/\.png$/);

    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the printed report carries the link, the date and the catalog version', async ({
    page,
  }) => {
    await page.goto('./?v=1&tpm=40M');
    await page.evaluate(() => {
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    const slider = volumeSlider(page);
    await slider.focus();
    await slider.press('ArrowRight');
    await expect(page).not.toHaveURL(/tpm=40M/);
    const dialog = await openExports(page);
    await dialog.getByRole('button', { name: 'Print report' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { printed?: boolean }).printed,
        ),
      )
      .toBe(true);
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('print-report');
    await expect(report).toBeVisible();
    await expect(report).toContainText(page.url());
    await expect(report).toContainText(/Catalog \d{4}-\d\d-\d\d/);
    await expect(report).toContainText(String(new Date().getFullYear()));
    await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(report).toBeHidden();
  });
});

test.describe("today's prices", () => {
  const fixture = fileURLToPath(
    new URL('../fixtures/litellm-subset.json', import.meta.url),
  );
  const breakdownTotal = async (page: Page, optionId: string) => {
    // A click in the instant between the first paint and boot.ts's listeners
    // is not held (CI run on 6b1619c lost one): act once the app has the page.
    await appStarted(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Cost breakdown (CSV)' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const row = text
      .split('\r\n')
      .find((r) => r.startsWith(`${optionId},`) && r.includes(',total,'))!;
    return Number(row.split(',').at(-1));
  };

  test('a real LiteLLM file is read and summarised; a newer price is used here, and the built-in prices come back', async ({
    page,
  }, info) => {
    const problems = watchErrors(page);
    await page.goto('./?v=1&tpm=300M');
    const before = await breakdownTotal(page, 'a1');

    await page.getByRole('button', { name: 'Update prices' }).click();
    let dialog = page.getByRole('dialog', { name: 'Use today’s prices' });
    const input = dialog.getByLabel('Price file (LiteLLM or OpenRouter JSON)');
    await input.setInputFiles(fixture);
    await expect(dialog.getByText('prices as of 2026-07-24')).toBeVisible();
    await expect(
      dialog.getByText('no price differs from the built-in catalog'),
    ).toBeVisible();
    await expect(dialog.getByText(/8 file entries skipped/)).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // The same real file with GPT-4o's price doubled, as a newer file would have it.
    const json = JSON.parse(readFileSync(fixture, 'utf8'));
    json['gpt-4o'].input_cost_per_token *= 2;
    json['gpt-4o'].output_cost_per_token *= 2;
    const newer = info.outputPath('litellm-newer.json');
    writeFileSync(newer, JSON.stringify(json));
    await input.setInputFiles(newer);
    await expect(dialog.getByText('1 model changes price')).toBeVisible();
    await expect(dialog.getByRole('row', { name: /^GPT-4o\b/ })).toContainText(
      'input $2.50 → $5.00',
    );
    await dialog
      .getByRole('button', { name: 'Use these prices in this browser' })
      .click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: 'Prices: imported' }),
    ).toBeVisible();
    expect(await breakdownTotal(page, 'a1')).toBeCloseTo(before * 2, 6);

    // Kept for this browser, not in the link; the share dialog says so.
    await page.reload();
    await expect(
      page.getByRole('button', { name: 'Prices: imported' }),
    ).toBeVisible();
    expect(page.url()).not.toContain('price');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog')).toContainText(
      'The link does not carry them',
    );
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Close' })
      .click();

    await page.getByRole('button', { name: 'Prices: imported' }).click();
    dialog = page.getByRole('dialog', { name: 'Use today’s prices' });
    await dialog
      .getByRole('button', { name: 'Back to the built-in prices' })
      .click();
    await expect(
      page.getByRole('button', { name: 'Update prices' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await breakdownTotal(page, 'a1')).toBeCloseTo(before, 6);
    expect(problems).toEqual([]);
  });
});
