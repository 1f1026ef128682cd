import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { Workbench } from '../../src/core/workbench';
import { startServer } from '../../src/server/startServer';

const ROOT = resolve(__dirname, '../..');
export const SAMPLE_DIR = join(ROOT, 'resources/sample');
export const FIXTURE_DIR = join(__dirname, 'fixtures');
export const SCREENSHOT_DIR = join(ROOT, 'tests/artifacts/screenshots');

export interface Lectern {
  url: string;
  workbench: Workbench;
  stop(): Promise<void>;
}

/**
 * A real project: a new SQLite file in a temp folder, the five sample articles imported through
 * the engine, and the built renderer (out/renderer) served with its Api on 127.0.0.1.
 */
export async function startLectern(): Promise<Lectern> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-e2e-'));
  const workbench = new Workbench(join(dir, 'project.lectern'));
  const report = await workbench.call('import-paths', { paths: [SAMPLE_DIR] });
  if (report.imported !== 5)
    throw new Error(
      `Expected 5 sample articles, imported ${report.imported}: ${JSON.stringify(report.outcomes)}`,
    );
  const server = await startServer({ workbench, staticDir: join(ROOT, 'out/renderer'), token: 'e2e-token' });
  let stopped = false;
  return {
    url: server.url,
    workbench,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      workbench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `lectern`: one project per worker, shared by tests that only read. `app`: a page open on it. */
export const test = base.extend<{ app: Page }, { lectern: Lectern }>({
  lectern: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const lectern = await startLectern();
      await use(lectern);
      await lectern.stop();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, lectern }, use) => {
    await openApp(page, lectern.url);
    await use(page);
  },
});

export async function openApp(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row')).not.toHaveCount(0);
  if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
}

/** The library's body rows (the header row excluded). */
export function libraryRows(page: Page) {
  return page.getByRole('grid', { name: 'Library' }).locator('tbody').getByRole('row');
}

export { expect };
