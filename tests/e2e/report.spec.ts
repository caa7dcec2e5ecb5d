/**
 * Issue 14 item 4: the printed report and the chart files, in Chromium.
 * The report is printed to an A4 PDF (page.pdf, the browser's own print
 * path: print media, `beforeprint`) and its pages counted; each chart is
 * exported and its file opened on its own, to see that it carries its
 * title, legend, axis titles, date and link and that nothing lies outside
 * the picture.
 *
 * PW_BASE_URL=http://127.0.0.1:<port> npx playwright test tests/e2e/report.spec.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Pages of a PDF: its page objects (Chromium writes them uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [])
    .length;
}

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** The report as the reader gets it: the texts that must be there, no controls. */
async function expectReport(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(
    /^Crossover report/,
  );
  await expect(report).toContainText('Scenario:');
  // The verdict with its reasons expanded (a closed <details> on the page).
  await expect(report.locator('.verdict-headline')).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Reasons' })).toBeVisible();
  await expect(
    report.getByRole('heading', { name: 'What would change it' }),
  ).toBeVisible();
  await expect(
    report.getByRole('heading', { name: 'Monthly cost comparison' }),
  ).toBeVisible();
  await expect(report.locator('svg.recharts-surface')).toBeVisible();
  await expect(report.getByRole('list', { name: 'Legend' })).toBeVisible();
  await expect(
    report.getByRole('table', { name: /Monthly cost \(USD\/month\)/ }),
  ).toBeVisible();
  await expect(
    report.getByRole('heading', { name: 'Assumptions and sources' }),
  ).toBeVisible();
  await expect(report).toContainText(/Link\s*http/);
  await expect(report).toContainText(String(new Date().getUTCFullYear()));
  // Nothing to click or drag on paper.
  for (const role of ['slider', 'button', 'spinbutton', 'combobox'] as const)
    await expect(report.getByRole(role)).toHaveCount(0);
  await expect(page.getByRole('slider').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  return report;
}

test.describe('the printed report', () => {
  test('Ctrl+P on the default scenario: the report alone, at most 3 A4 pages (the live page was 13)', async ({
    page,
  }, info) => {
    const problems = watchErrors(page);
    await page.goto('./');
    // The report's code arrives once the page is idle; then print renders it.
    await page.waitForSelector('html[data-print-ready]', {
      state: 'attached',
      timeout: 20_000,
    });
    const pdf = await page.pdf({ format: 'A4' });
    const file = info.outputPath('default-report.pdf');
    writeFileSync(file, pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    // The PDF's own words, where poppler's pdftotext is installed.
    const text = spawnSync('pdftotext', ['-layout', file, '-'], {
      encoding: 'utf8',
    });
    if (text.status === 0) {
      for (const words of [
        'Crossover report',
        'Scenario:',
        'Reasons',
        'What would change it',
        'Monthly cost comparison',
        'Assumptions and sources',
        'Link',
      ])
        expect(text.stdout).toContain(words);
      expect(text.stdout).not.toContain('Saved scenarios');
    }
    // The same report in the page, in print media (page.pdf fired both
    // beforeprint and afterprint: print once more by hand).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expectReport(page);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.getByTestId('print-report')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('“Print report” in Export renders the report, then opens the print dialog', async ({
    page,
  }) => {
    await page.goto('./?v=1&pv=hipaa-phi&o=a1:gpt-4o-mini,a2:gemini-2-5-flash');
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed =
          ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Export' })
      .getByRole('button', { name: 'Print report' })
      .click();
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { printed?: number }).printed,
        ),
      )
      .toBe(1);
    const report = await expectReport(page);
    // An excluded option is set apart in the printed chart's legend too.
    await page.emulateMedia({ media: 'print' });
    await expect(
      report.getByRole('list', { name: 'Legend' }).locator('li.set-apart'),
    ).toContainText(/Gemini 2\.5 Flash .*excluded: needs a signed BAA/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(3);
  });
});

/** Every box drawn in the file, against the picture's own size. */
async function outsideThePicture(page: Page, file: string) {
  await page.goto(`file://${file}`);
  return page.evaluate(() => {
    const svg = document.documentElement as unknown as SVGSVGElement;
    const w = Number(svg.getAttribute('width'));
    const h = Number(svg.getAttribute('height'));
    const root = svg.getBoundingClientRect();
    const out: string[] = [];
    for (const el of Array.from(svg.querySelectorAll('text'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      const left = r.left - root.left;
      const top = r.top - root.top;
      if (
        left < -0.5 ||
        top < -0.5 ||
        left + r.width > w + 0.5 ||
        top + r.height > h + 0.5
      )
        out.push(
          `${el.textContent} at ${left.toFixed(0)},${top.toFixed(0)} ${r.width.toFixed(0)}×${r.height.toFixed(0)} in ${w}×${h}`,
        );
    }
    return {
      out,
      texts: Array.from(svg.querySelectorAll('text')).map(
        (t) => t.textContent ?? '',
      ),
    };
  });
}

test('every chart exports as SVG and PNG with its title, legend, axis titles, date and link, nothing outside the picture', async ({
  page,
  context,
}, info) => {
  const problems = watchErrors(page);
  await page.goto(
    './?v=1&pv=hipaa-phi&o=a1:gpt-4o-mini,a2:gemini-2-5-flash,s3:llama-3.1-8b-instruct:fp8:vllm:h100-sxm-80gb',
  );
  // The cost panel shows its chart view: the other three still export.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const origin = new URL(page.url()).origin;
  const charts = [
    {
      title: 'Monthly cost comparison',
      legend: /Gemini 2\.5 Flash \(API\) — excluded: needs a signed BAA/,
      axis: /tokens per month/,
    },
    {
      title: 'Cost breakdown at 50M tokens/month',
      legend: /GPU rental/,
      axis: /monthly cost/,
    },
    {
      title: 'What moves it',
      legend: /your inputs: /,
      axis: /US\$ per month|tokens per month/,
    },
    { title: 'Latency', legend: /time to first token/, axis: /seconds/ },
  ];
  for (const c of charts) {
    const svgButton = dialog.getByRole('button', { name: `${c.title} as SVG` });
    await expect(svgButton).toBeVisible({ timeout: 20_000 });
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      svgButton.click(),
    ]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).not.toContain('var(--');
    const file = info.outputPath(`${svg.suggestedFilename()}`);
    writeFileSync(file, text);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: `${c.title} as PNG` }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: twice the composed picture's 960 px width.
    expect(bytes.readUInt32BE(16)).toBe(1920);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const viewer = await context.newPage();
    const { out, texts } = await outsideThePicture(viewer, file);
    await viewer.close();
    const all = texts.join(' | ');
    expect(all).toContain(c.title);
    expect(all).toMatch(c.legend);
    expect(all).toMatch(c.axis);
    expect(all).toMatch(
      /Crossover · \d{4}-\d\d-\d\d \d\d:\d\d UTC · catalog \d{4}-\d\d-\d\d/,
    );
    // The link is wrapped over lines: all of it is there.
    expect(texts.join('')).toMatch(
      new RegExp(
        `${origin.replace(/[.]/g, '\\.')}/\\?v=\\d&\\S*o=a1:gpt-4o-mini,a2:gemini-2-5-flash,s3:\\S*pv=hipaa-phi`,
      ),
    );
    expect(out).toEqual([]);
  }
  expect(problems).toEqual([]);
});
