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
