import { expect, libraryRows, test } from './lectern';

test('Ctrl+F finds words in the open document (any spelling), steps through them and closes', async ({
  app: page,
}) => {
  await libraryRows(page).filter({ hasText: 'Aserbaidschanischer' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Aserbaidschanischer');
  await reader.locator('.reader-body').click();
  await page.keyboard.press('Control+f');
  const find = reader.getByRole('searchbox', { name: 'Find in document' });
  await expect(find).toBeFocused();
  // The German article writes Lawrow; typed the English way, the folded find still marks it.
  await find.fill('Lavrov');
  const bar = reader.getByRole('search', { name: 'Find in document' });
  await expect(bar).toContainText(/1 of \d+/);
  const total = Number((await bar.locator('.term-count').textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(1);
  await expect(reader.locator('mark.current')).toHaveText('Lawrow');
  await find.press('Enter');
  await expect(bar).toContainText(`2 of ${total}`);
  await find.press('Shift+Enter');
  await expect(bar).toContainText(`1 of ${total}`);
  await find.fill('Lavrov zzzz');
  await expect(bar).toContainText('Not found');
  await find.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(reader.locator('.reader-body mark.term')).toHaveCount(0);
});
