import { expect, libraryRows, test } from './lectern';

test('Ctrl+K focuses the search; arrow down and Enter open the second hit', async ({ app: page }) => {
  const box = page.getByRole('searchbox', { name: 'Search documents' });
  await page.keyboard.press('Control+K');
  await expect(box).toBeFocused();
  await page.keyboard.type('Lavrov');
  const hits = page.getByRole('listbox', { name: /Results for/ }).getByRole('option');
  await expect(hits).toHaveCount(4);
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  const title = (await hits.nth(1).locator('.result-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.locator('mark.current')).toBeInViewport();
});

test("'/' focuses the search from anywhere but a text field", async ({ app: page }) => {
  await libraryRows(page).first().click();
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search documents' });
  await expect(box).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
});

test('the library is navigable with arrow keys, j/k and Enter, with a visible focus ring', async ({
  app: page,
}) => {
  const rows = libraryRows(page);
  await page.getByRole('columnheader', { name: 'Title' }).getByRole('button').click();
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows.nth(1)).toBeFocused();
  const outline = await rows.nth(1).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(
    'Aserbaidschanischer Außenminister besucht Moskau, OSZE-Minsk-Gruppe kündigt Besuch in der Region an',
  );
});

test('Tab reaches the projects menu, the search, analysis, export, the import button and the library', async ({
  app: page,
}) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^project/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search documents' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Analysis' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Export/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Import/ })).toBeFocused();
  // The theme switch: one stop, its chosen radio.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'System' })).toBeFocused();
  // Then the selected pane tab (one tab stop for the strip), the library's filter, one row per
  // story, the sort headers, then the one focusable row of the table.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: /Library/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Filter the library by title' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'One row per story' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(libraryRows(page).first()).toBeFocused();
});
