import { expect, type Page } from '@playwright/test';

/**
 * A results region the engine has not caught up with yet (ADR-33): the
 * verdict and the cost chart carry `data-results="pending"` (and
 * `aria-busy="true"`) from a press until the results for the newest inputs
 * are on screen, `data-results="current"` after.
 */
export const RESULTS_PENDING = '[data-results="pending"]';

/**
 * Waits until what the page shows is for its newest inputs: the results
 * regions are there and none is pending. Use it after an input and before
 * reading a number the engine computes (the engine answers from a worker a
 * moment later, ADR-28), instead of waiting a guessed time.
 */
export async function resultsCurrent(
  page: Page,
  timeout = 20_000,
): Promise<void> {
  await expect(page.locator('[data-results]').first()).toBeAttached({
    timeout,
  });
  await expect(page.locator(RESULTS_PENDING)).toHaveCount(0, { timeout });
}
