import { expect, openApp, startLectern, test } from './lectern';

test('when the engine goes away, a notice says so and the window keeps working', async ({ page }) => {
  const lectern = await startLectern();
  try {
    await openApp(page, lectern.url);
    await lectern.stop();
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lavrov');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('Search failed');
    await expect(notice).toContainText('Lost contact with the Lectern engine');
    // Non-blocking: the library is still there and the notice can be dismissed.
    await page.getByRole('searchbox', { name: 'Search documents' }).press('Escape');
    await expect(page.getByRole('grid', { name: 'Library' })).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await lectern.stop();
  }
});
