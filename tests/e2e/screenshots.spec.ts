import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR, expect, libraryRows, test } from './lectern';

// Pictures of the main views in both themes, for people (and reviews) to look at; they assert
// only that each view is really showing what its name says.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`screenshots of the main views (${scheme})`, async ({ app: page }) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
      const reader = page.getByRole('region', { name: 'Reader' });

      await expect(libraryRows(page)).toHaveCount(5);
      await shot('library');

      await libraryRows(page).filter({ hasText: "Secret messages of Lavrov's visit" }).click();
      await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
      await shot('reader');

      await libraryRows(page).filter({ hasText: 'Lavrov on the Armenian-Azerbaijani border clash' }).click();
      await reader.getByRole('button', { name: /Site boilerplate set aside/ }).click();
      await reader.getByText('Our website uses cookies', { exact: false }).scrollIntoViewIfNeeded();
      await shot('reader-boilerplate');

      await reader.getByRole('button', { name: 'Show original' }).click();
      await expect(reader.getByLabel('Original text')).toBeVisible();
      await shot('reader-original');

      await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lawrow');
      const hits = page.getByRole('listbox', { name: /Results for/ }).getByRole('option');
      await expect(hits).toHaveCount(4);
      await hits.filter({ hasText: 'Aserbaidschanischer' }).click();
      await expect(reader.locator('mark.current')).toBeInViewport();
      await shot('search');
    });
  });
}

test('screenshots of the import report and an error notice', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const { startLectern, openApp, FIXTURE_DIR } = await import('./lectern');
  const fresh = await startLectern();
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await openApp(page, fresh.url);
    const article = join(FIXTURE_DIR, 'tbilisi-water-talks.txt');
    await page.getByLabel('Files to import').setInputFiles(article);
    await expect(page.getByRole('dialog', { name: 'Import report' })).toContainText('1 imported');
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
    await page.getByLabel('Files to import').setInputFiles([
      { name: 'tbilisi-water-talks.txt', mimeType: 'text/plain', buffer: readFileSync(article) },
      { name: 'empty-notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      {
        name: 'field-notes-2023.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          '# Field notes, Gori\n\nNotes from a visit to Gori in April 2023, on water meters and irrigation.\n',
        ),
      },
    ]);
    await expect(page.getByRole('dialog', { name: 'Import report' })).toContainText('1 failed');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-report-light.png') });

    await page.getByRole('button', { name: 'Dismiss import report' }).click();
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('-Putin');
    await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status')).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-problem-light.png') });

    await fresh.stop();
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lavrov');
    await expect(page.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'error-notice-light.png') });
  } finally {
    await fresh.stop();
  }
});
