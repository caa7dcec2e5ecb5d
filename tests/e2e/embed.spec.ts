import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const FRAME_TITLE = 'Crossover: LLM API or self-hosting cost calculator';

test('the demo host page embeds the widget, gets resize and scenario messages, and nothing leaves the origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !/^(data|blob|about):/.test(u))
      foreign.push(u);
  });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto('./embed-demo.html');
  const frameEl = page.getByTitle(FRAME_TITLE);
  await expect(frameEl).toBeVisible();
  const frame = page.frameLocator(`iframe[title="${FRAME_TITLE}"]`);
  await expect(
    frame.getByRole('heading', { name: 'Recommendation' }),
  ).toBeVisible();
  await expect(frame.getByTestId('verdict-detail')).toContainText(
    '200M tokens/month',
  );
  // Compact mode: no site header or share button.
  await expect(frame.getByRole('button', { name: 'Share' })).toHaveCount(0);

  // The host received ready and resize, and sized the frame to the content.
  const log = page.getByRole('log', { name: 'Messages received' });
  await expect(log).toContainText('crossover:ready height=');
  await expect
    .poll(() =>
      page.evaluate(() =>
        (
          window as unknown as { crossoverMessages: { type: string }[] }
        ).crossoverMessages.some(
          (m) => m.type === 'crossover:resize' || m.type === 'crossover:ready',
        ),
      ),
    )
    .toBe(true);
  const reported = await page.evaluate(() => {
    const ms = (
      window as unknown as { crossoverMessages: { height?: number }[] }
    ).crossoverMessages;
    return ms.filter((m) => typeof m.height === 'number').at(-1)!.height!;
  });
  const box = await frameEl.boundingBox();
  expect(
    Math.abs(box!.height - Math.min(Math.max(reported, 200), 4000)),
  ).toBeLessThanOrEqual(1);

  // Moving a slider in the frame: the frame's own URL follows, the host hears about it.
  const slider = frame.getByRole('slider', { name: 'Monthly tokens' });
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
  await expect(log).toContainText(
    /crossover:scenario-changed params=\?v=2&cat=[\d-]+&uc=rag&tpm=/,
  );

  // The out-link opens the full calculator, same scenario, in a new tab.
  const out = frame.getByRole('link', { name: /Open in Crossover/ });
  await expect(out).toHaveAttribute('target', '_blank');
  await expect(out).toHaveAttribute('rel', /noopener/);
  const [tab] = await Promise.all([context.waitForEvent('page'), out.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/uc=rag&tpm=/);
  expect(tab.url()).not.toContain('embed=1');
  await expect(tab.getByRole('button', { name: 'Share' })).toBeVisible();
  await expect(tab.getByTestId('verdict-detail')).toHaveText(
    (await frame.getByTestId('verdict-detail').textContent()) ?? '',
  );
  await tab.close();

  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('embed parameters pick panels, theme and locked inputs; the embed passes axe', async ({
  page,
}) => {
  await page.goto(
    './?v=1&tpm=5B&embed=1&panels=verdict,sliders&theme=dark&lock=tpm',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(
    page.getByRole('heading', { name: 'Recommendation' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Monthly cost comparison' }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('slider', { name: 'Monthly tokens' }),
  ).toHaveCount(0);
  await expect(page.getByText('Monthly tokens: 5B tokens/month')).toBeVisible();
  await expect(
    page.getByRole('slider', { name: 'Input : output' }),
  ).toBeVisible();
  // An embed does not save its theme over the reader's own choice.
  expect(
    await page.evaluate(() => localStorage.getItem('crossover:theme')),
  ).toBeNull();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
