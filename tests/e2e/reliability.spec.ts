// What a researcher sees of the reliability work: backups listed, made and restored from the
// workbench; and a wrong or missing access token answered with one clear page.
import { expect } from '@playwright/test';
import { openApp, startLectern, test } from './lectern';

test('backups: make one, change the project, restore it from the workbench', async ({ page }) => {
  const lectern = await startLectern(); // its own project: a restore changes everything
  try {
    await openApp(page, lectern.url);
    await page.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await expect(dialog.getByText('No backups yet.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Back Up Now' }).click();
    await expect(dialog.getByRole('row')).toHaveCount(2); // header + one backup
    await expect(dialog.getByRole('cell', { name: 'Made by hand' })).toBeVisible();
    await page.screenshot({ path: 'test-results/backups-dialog.png' });

    await lectern.workbench.call('tags-create', { name: 'Made after the backup' });
    await dialog.getByRole('button', { name: /Restore the backup of/ }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Restore this backup?' });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    // The window reloads on the restored project: the tag made afterwards is gone …
    await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row')).not.toHaveCount(0);
    expect((await lectern.workbench.call('tags-list', {})).map((t) => t.name)).toEqual([]);
    // … and the state before the restore was itself backed up.
    await page.getByRole('button', { name: 'Backups…' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Backups' }).getByRole('cell', { name: 'Before a restore' }),
    ).toBeVisible();
  } finally {
    await lectern.stop();
  }
});

test('a wrong or missing access token shows one page saying which address to open', async ({
  page,
  lectern,
}) => {
  const base = lectern.url.replace(/\?token=.*$/, '');
  for (const address of [`${base}?token=from-an-earlier-run`, base]) {
    await page.goto(address);
    await expect(page.getByRole('heading', { name: 'This address has no valid access key' })).toBeVisible();
    await expect(page.getByText('lectern serve', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Library' })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await page.screenshot({ path: 'test-results/wrong-address.png' });
});
