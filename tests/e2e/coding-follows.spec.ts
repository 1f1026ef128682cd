import { expect, type Page } from '@playwright/test';
import { bars, codingTest as test, dragSelect, openBakuWithOnePassage, reader } from './coding';

const status = (page: Page) => reader(page).locator('.reader-toolbar-label');
const codingTab = (page: Page) => page.getByRole('tab', { name: /^Coding/ });
const sideList = (page: Page) => page.getByRole('list', { name: 'Passages in this document' });

// The reader's passages live in a store beside React; the bar, the toolbar's count and the side
// pane's Coding tab each read their part of it. A tag applied, its passage deleted and the delete
// undone must reach all three, not only the bar.
test('applying, deleting and undoing a passage: the bar, the count above the text and the Coding tab all follow', async ({
  app: page,
  lectern,
}) => {
  await openBakuWithOnePassage(page, lectern.workbench);
  await expect(bars(page)).toHaveCount(1);
  await expect(status(page)).toContainText('1 coded passage');
  await codingTab(page).click();
  await expect(codingTab(page)).toContainText('1');
  await expect(sideList(page).getByRole('button')).toHaveCount(1);

  // Applied through the palette.
  await dragSelect(page, 'Russian Foreign Minister Sergei Lavrov visited Azerbaijan');
  const palette = page.getByRole('dialog', { name: 'Tag palette' });
  await palette.getByRole('combobox', { name: 'Find or create a tag' }).fill('Diplomacy');
  await expect(palette.getByRole('option', { name: /Diplomacy/ }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(bars(page)).toHaveCount(2);
  await expect(status(page)).toContainText('2 coded passages');
  await expect(codingTab(page)).toContainText('2');
  await expect(sideList(page).getByRole('button')).toHaveCount(2);
  await expect(sideList(page)).toContainText('Russian Foreign Minister Sergei Lavrov');
  await expect(page.getByRole('button', { name: /Diplomacy\s*1/ })).toBeVisible();
  // The keyboard is back in the text: Escape, arrows and T work without a click.
  await expect(reader(page).locator('.reader-keys')).toBeFocused();

  // Deleted from its popover.
  const fresh = reader(page).locator('[data-testid="passage-bar"][aria-label^="Diplomacy"]');
  await expect(fresh).toHaveAttribute('data-passage-id', /^\d+$/);
  await fresh.click();
  await page.getByRole('dialog', { name: 'Passage' }).getByRole('button', { name: 'Delete passage' }).click();
  await expect(bars(page)).toHaveCount(1);
  await expect(page.getByRole('dialog', { name: 'Passage' })).toHaveCount(0);
  await expect(reader(page).locator('.reader-keys')).toBeFocused();
  await expect(status(page)).toContainText('1 coded passage');
  await expect(codingTab(page)).toContainText('1');
  await expect(sideList(page).getByRole('button')).toHaveCount(1);
  await expect(sideList(page)).not.toContainText('Russian Foreign Minister Sergei Lavrov');

  // Undone: everything comes back.
  await page.keyboard.press('Control+z');
  await expect(bars(page)).toHaveCount(2);
  await expect(status(page)).toContainText('2 coded passages');
  await expect(codingTab(page)).toContainText('2');
  await expect(sideList(page)).toContainText('Russian Foreign Minister Sergei Lavrov');
});
