// End-to-end tests of the renderer in Debian's Chromium, against the real engine (a fresh SQLite
// file per worker, the five sample articles imported) served by the local web-mode server.
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: __dirname,
  testMatch: '**/*.spec.ts',
  outputDir: resolve(__dirname, '../../test-results/e2e'),
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on a second try is a bug (the word-wise resize race was
  // one). The coding specs pass repeatedly under a busy-loop load on two shared cores.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: resolve(__dirname, '../../playwright-report') }]]
    : 'list',
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not available offline.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
});
