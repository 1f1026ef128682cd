import { expect, test } from './lectern';
import { bars, clickText, dragSelect, openDocument, reader } from './coding';

const ARTICLE = "Secret messages of Lavrov's visit to Baku";

test('select with the mouse, create a tag in the palette, and the passage gets a bar', async ({ app: page }) => {
  await openDocument(page, ARTICLE);
  await dragSelect(page, 'Russian Foreign Minister Sergei Lavrov visited Azerbaijan');
  const palette = page.getByRole('dialog', { name: 'Tag palette' });
  await expect(palette).toBeVisible();
  const field = palette.getByRole('combobox', { name: 'Find or create a tag' });
  await expect(field).toBeFocused();
  await field.fill('Diplomacy');
  await expect(palette.getByRole('option', { name: /Create tag “Diplomacy”/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(bars(page)).toHaveCount(1);
  await expect(bars(page).first()).toHaveAccessibleName(/Diplomacy: “Russian Foreign Minister Sergei Lavrov visited/);
  await expect(reader(page).locator('.coded')).toContainText('Russian Foreign Minister Sergei Lavrov visited Azerbaijan');
});
