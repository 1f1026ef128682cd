// Every dialog shares one Modal: named by its heading, focus inside while open (Tab wraps),
// Escape closes, and the focus goes back to what opened it.
import { expect, test } from './lectern';

test('a dialog keeps the focus inside, closes on Escape and gives the focus back', async ({ app: page }) => {
  const opener = page.getByRole('button', { name: 'Backups…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // Twenty presses of Tab (more than the dialog has stops) never leave it, either way round.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((box) => box.contains(document.activeElement))).toBe(true);
  }
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((box) => box.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // A click on the backdrop closes it too; a click inside does not.
  await opener.click();
  await dialog.getByRole('heading', { name: 'Backups' }).click();
  await expect(dialog).toBeVisible();
  await page.mouse.click(5, 300);
  await expect(dialog).toHaveCount(0);
});
