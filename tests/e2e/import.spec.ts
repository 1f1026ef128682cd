import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brownArticle, brownParagraphs } from '../../bench/import/brownCorpus';
import {
  FIXTURE_DIR,
  SCREENSHOT_DIR,
  expect,
  libraryRows,
  openApp,
  startLectern,
  test as base,
  type Lectern,
} from './lectern';

// Importing changes the project, so each test here gets a project of its own.
const test = base.extend<{ fresh: Lectern }>({
  // eslint-disable-next-line no-empty-pattern
  fresh: async ({}, use) => {
    const lectern = await startLectern();
    await use(lectern);
    await lectern.stop();
  },
});

const ARTICLE = join(FIXTURE_DIR, 'tbilisi-water-talks.txt');

test('importing a new file adds it to the library; importing it again reports a duplicate', async ({
  page,
  fresh,
}) => {
  await openApp(page, fresh.url);
  await expect(libraryRows(page)).toHaveCount(5);

  await page.getByLabel('Files to import').setInputFiles(ARTICLE);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('1 imported');
  const outcome = report.getByRole('listitem').filter({ hasText: 'tbilisi-water-talks.txt' });
  await expect(outcome).toContainText('Imported');
  await expect(outcome).toContainText('Tbilisi hosts first round of regional water-sharing talks');

  const row = libraryRows(page).filter({
    hasText: 'Tbilisi hosts first round of regional water-sharing talks',
  });
  await expect(libraryRows(page)).toHaveCount(6);
  await expect(row.getByRole('gridcell').nth(1)).toHaveText('14 Mar 2023');
  await expect(row.getByRole('gridcell').nth(3)).toHaveText('EN');

  // The report's title opens the new document.
  await outcome.getByRole('button', { name: 'Tbilisi hosts first round' }).click();
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(
    'Tbilisi hosts first round of regional water-sharing talks',
  );
  await expect(
    page
      .getByRole('region', { name: 'Reader' })
      .getByRole('heading', { level: 3, name: 'Monitoring stations' }),
  ).toBeVisible();

  await report.getByRole('button', { name: 'Dismiss import report' }).click();
  await expect(report).toHaveCount(0);

  await page.getByLabel('Files to import').setInputFiles(ARTICLE);
  await expect(report).toContainText('1 duplicate skipped');
  const duplicate = report.getByRole('listitem').filter({ hasText: 'tbilisi-water-talks.txt' });
  await expect(duplicate).toContainText('Skipped — duplicate');
  await expect(duplicate.locator('.outcome-message')).not.toBeEmpty();
  await expect(libraryRows(page)).toHaveCount(6);
});

test('an empty file is reported as failed, with the reason, next to a good one', async ({ page, fresh }) => {
  await openApp(page, fresh.url);
  await page.getByLabel('Files to import').setInputFiles([
    { name: 'empty-notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'tbilisi-water-talks.txt', mimeType: 'text/plain', buffer: readFileSync(ARTICLE) },
  ]);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('1 imported · 1 failed');
  const failed = report.getByRole('listitem').filter({ hasText: 'empty-notes.txt' });
  await expect(failed).toContainText('Failed');
  await expect(failed).toContainText(/empty/i);
  await expect(libraryRows(page)).toHaveCount(6);
  await page.keyboard.press('Escape');
  await expect(report).toHaveCount(0);
});

test('the library follows documents imported behind its back', async ({ page, fresh }) => {
  await openApp(page, fresh.url);
  await expect(libraryRows(page)).toHaveCount(5);
  // Another front end (the CLI, a second window) imports into the same project.
  await fresh.workbench.call('import-paths', { paths: [ARTICLE] });
  await expect(libraryRows(page)).toHaveCount(6);
});

test('files dropped on the window are imported, with an overlay while dragging', async ({ page, fresh }) => {
  await openApp(page, fresh.url);
  const dataTransfer = await page.evaluateHandle(
    (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped-article.txt', { type: 'text/plain' }));
      return transfer;
    },
    readFileSync(ARTICLE, 'utf8'),
  );
  const overlay = page.locator('.drop-overlay');
  await expect(overlay).toHaveCount(0);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Drop to import');
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(overlay).toHaveCount(0);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('listitem').filter({ hasText: 'dropped-article.txt' })).toContainText(
    'Imported',
  );
  await expect(libraryRows(page)).toHaveCount(6);
});

test('a large import is searchable at once; its report then follows the quotations being found', async ({
  page,
  fresh,
}) => {
  // 240 articles of real prose (the Brown corpus): more than a two-phase import needs (200 files).
  const pool = brownParagraphs();
  const dir = mkdtempSync(join(tmpdir(), 'lectern-e2e-brown-'));
  const files = Array.from({ length: 240 }, (_, i) => {
    const { title, paragraphs } = brownArticle(pool, i);
    const file = join(dir, `article-${i}.txt`);
    writeFileSync(file, `${title}\n\n${paragraphs.join('\n\n')}\n`);
    return file;
  });
  await openApp(page, fresh.url);
  await page.getByLabel('Files to import').setInputFiles(files);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('240 imported');
  // The second phase ends in the report: every document's quotations and entities found.
  await expect(report.getByRole('status')).toHaveText('Quotations and entities found in all 240 documents.', {
    timeout: 60_000,
  });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-two-phase.png') });
  const left = fresh.workbench.db
    .prepare('SELECT count(*) AS n FROM documents WHERE quotes_detected = 0 OR entities_detected = 0')
    .get() as { n: number };
  expect(left.n).toBe(0);
});
