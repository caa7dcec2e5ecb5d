/**
 * Issue 12 (ADR-27) in Chromium: a self-hosted option's engine settings (KV
 * cache precision, batch cap) change the link and survive a reload, and
 * "How accurate is this?" opens to the measured error with a link to the
 * table; axe finds nothing in either.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function axeClean(page: Page, include: string) {
  const axe = await new AxeBuilder({ page }).include(include).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
  ).toEqual([]);
}

const LINK =
  './?v=2&o=a1,s4:llama-3.1-8b-instruct:gguf-q4-k-m:llama-cpp:rtx-4090-24gb';

test('engine settings: KV cache and batch cap go to the link and back', async ({
  page,
}) => {
  await page.goto(LINK);
  const card = page
    .getByRole('region', { name: 'Options' })
    .locator('.option-card', { hasText: 'Self-hosted' })
    .first();
  await card.getByRole('button', { name: /^Edit / }).click();
  const box = card.getByRole('group', { name: 'Engine settings' });
  const kv = box.getByRole('combobox', { name: 'KV cache' });
  await expect(kv).toHaveValue('default');
  await expect(kv.locator('option')).toHaveText([
    'Engine default (16-bit)',
    'Q8_0 (8-bit)',
    'Q4_0 (4-bit)',
  ]);
  await kv.selectOption('q8_0');
  await expect(box).toContainText('-ctk q8_0 -ctv q8_0');
  const cap = box.getByLabel(/Max concurrent sequences/);
  await expect(cap).toHaveValue('4');
  await cap.fill('8');
  await cap.press('Enter');
  await expect(page).toHaveURL(/:tq8/);
  await expect(page).toHaveURL(/:n8/);
  await axeClean(page, '.option-card');

  await page.reload();
  const again = page
    .getByRole('region', { name: 'Options' })
    .locator('.option-card', { hasText: 'Self-hosted' })
    .first();
  await again.getByRole('button', { name: /^Edit / }).click();
  await expect(again.getByRole('combobox', { name: 'KV cache' })).toHaveValue(
    'q8_0',
  );
  await expect(again.getByLabel(/Max concurrent sequences/)).toHaveValue('8');
});

test('How accurate is this? opens to the measured error and links the table', async ({
  page,
}) => {
  await page.goto(LINK);
  const card = page
    .getByRole('region', { name: 'Options' })
    .locator('.option-card', { hasText: 'Self-hosted' })
    .first();
  await card.getByText('How accurate is this?').click();
  const note = card.locator('details.accuracy');
  await expect(note).toContainText('Saturated throughput');
  await expect(note).toContainText(/median error \d+ %/);
  await expect(
    note.getByRole('link', { name: /docs\/fidelity\.md/ }),
  ).toHaveAttribute('href', /docs\/fidelity\.md#out-of-sample/);
  await axeClean(page, 'details.accuracy');
});
