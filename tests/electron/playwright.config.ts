// The desktop app through Playwright's _electron driver. Where no Electron binary exists (it cannot
// be downloaded offline), the app tests skip with a printed reason; urlPolicy.spec.ts still runs.
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  globalSetup: resolve(__dirname, 'globalSetup.ts'),
  outputDir: resolve(__dirname, '../artifacts/electron'),
  // One app instance at a time: each holds a single-instance lock and a project file.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
