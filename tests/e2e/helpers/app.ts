import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app has taken over the prerendered page (ADR-34:
 * `html[data-app="started"]`, set by boot.ts once React has the page:
 * main.tsx has run on the default visit, its first page is in on a link's). The
 * default page paints before any of the app's code is fetched, and its
 * controls do nothing until then: a test that types or picks straight after
 * `goto('./')` would race the app's download, as a reader does not.
 */
export async function appStarted(page: Page, timeout = 20_000) {
  await expect(page.locator('html[data-app="started"]')).toBeAttached({
    timeout,
  });
}
