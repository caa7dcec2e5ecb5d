import { defineConfig } from '@playwright/test';

// Debian's Chromium; CHROMIUM_PATH overrides it on machines where it lives elsewhere.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// PW_BASE_URL points the suite at a server started by hand (e.g. a build in another
// directory on another port, so several checkouts can run journeys side by side);
// then no web server is started here.
const externalBaseUrl = process.env['PW_BASE_URL'];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['./scripts/pw-summary-reporter.ts']],
  use: {
    baseURL: externalBaseUrl ?? 'http://127.0.0.1:4173',
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  ...(externalBaseUrl
    ? {}
    : {
        webServer: {
          command: 'npm run build && npm run preview',
          url: 'http://127.0.0.1:4173/',
          reuseExistingServer: !process.env['CI'],
          timeout: 120_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      }),
});
