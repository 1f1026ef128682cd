import { expect, test } from './lectern';

test('a search lists the matching articles with highlighted snippets, and opens a hit at the match', async ({
  app: page,
}) => {
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lavrov');
  const results = page.getByRole('listbox', { name: /Results for/ });
  const hits = results.getByRole('option');
  await expect(hits).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Search results' })).toContainText(/4 results · \d+ ms/);
  for (const hit of await hits.all()) {
    await expect(hit.locator('mark').first()).toHaveText(/^(Lavrov|Lawrow)$/);
  }
  // The German article spells him Lawrow; the folded search still finds it.
  await expect(
    hits.filter({ hasText: 'Aserbaidschanischer Außenminister' }).locator('mark').first(),
  ).toHaveText('Lawrow');

  await hits.filter({ hasText: 'Lavrov on the Armenian-Azerbaijani border clash' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Lavrov on the Armenian-Azerbaijani border clash',
  );
  const marks = reader.locator('.reader-body mark');
  await expect(marks.first()).toHaveText('Lavrov');
  expect(await marks.count()).toBeGreaterThan(3);
  await expect(reader.locator('mark.current')).toBeInViewport();
});

test('a hit far down the text is scrolled into view', async ({ app: page }) => {
  // "Schoigu" folds like "Shoigu", which the German article names only in its second half.
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Schoigu');
  const hits = page.getByRole('listbox', { name: /Results for/ }).getByRole('option');
  await expect(hits).toHaveCount(1);
  await hits.first().click();
  const reader = page.getByRole('region', { name: 'Reader' });
  const current = reader.locator('mark.current');
  await expect(current).toHaveText('Shoigu');
  await expect(current).toBeInViewport();
  await expect(reader.getByRole('heading', { level: 1 })).not.toBeInViewport();
  await expect(reader.getByRole('group', { name: 'Search matches in this document' })).toContainText(
    /1 of \d+/,
  );
  await reader.getByRole('button', { name: 'Next match' }).click();
  await expect(reader.getByRole('group', { name: 'Search matches in this document' })).toContainText(
    /2 of \d+/,
  );
});

test('a German spelling (Lawrow) finds the English articles, highlighted in the reader', async ({
  app: page,
}) => {
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lawrow');
  const hits = page.getByRole('listbox', { name: /Results for/ }).getByRole('option');
  await expect(hits).toHaveCount(4);
  const english = hits.filter({ hasText: "Secret messages of Lavrov's visit to Baku..." });
  await expect(english.locator('mark').first()).toHaveText('Lavrov');
  await english.click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    "Secret messages of Lavrov's visit to Baku...",
  );
  await expect(reader.locator('.reader-body mark').first()).toHaveText('Lavrov');
  await expect(reader.locator('mark.current')).toBeInViewport();
});

test('Esc leaves the search and returns to the library', async ({ app: page }) => {
  const box = page.getByRole('searchbox', { name: 'Search documents' });
  await box.fill('Baku');
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Library' })).toHaveCount(0);
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('grid', { name: 'Library' })).toBeVisible();
});

test('a query the engine cannot run says why, in place of results', async ({ app: page }) => {
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('-Putin');
  const pane = page.getByRole('region', { name: 'Search results' });
  await expect(pane.getByRole('status')).toContainText('add a word to look for');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // With a word to look for, the same exclusion works: the one Lavrov article naming Putin drops out.
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lavrov -Putin');
  await expect(pane.getByRole('option')).toHaveCount(3);
  await expect(pane.getByRole('option').filter({ hasText: 'border clash' })).toHaveCount(0);
});
