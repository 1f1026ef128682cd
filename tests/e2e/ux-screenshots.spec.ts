import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { bars, codingTest as test, dragSelect, openDocument, reader, seedCoding } from './coding';
import { SCREENSHOT_DIR } from './lectern';

// Pictures of the screens the first-hour fixes changed, in both themes, for people to look at.
for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the first-hour fixes (${scheme})`, async ({ app: page, lectern }) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
    await seedCoding(lectern.workbench);
    await page.reload();
    // The in-app switch, as a researcher would use it.
    await page
      .getByRole('radiogroup', { name: 'Theme' })
      .getByRole('radio', { name: scheme === 'dark' ? 'Dark' : 'Light' })
      .click();
    await openDocument(page, "Secret messages of Lavrov's visit");
    await expect(bars(page)).toHaveCount(6);
    await bars(page).nth(2).hover();
    await expect(reader(page).getByRole('tooltip')).toBeVisible();
    await shot('ux-bar-label');
    await page.mouse.move(0, 0);

    await dragSelect(page, 'What explicit and hidden messages were in');
    await page.getByRole('dialog', { name: 'Tag palette' }).getByRole('combobox').fill('Actors/Russia');
    await shot('ux-palette-path');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: /Codebook/ }).click();
    await page.getByRole('treeitem', { name: /^Diplomacy/ }).click();
    await expect(page.getByTestId('passage-row')).toHaveCount(3);
    await shot('ux-right-pane-tag');

    await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lavrov');
    await page.getByRole('button', { name: 'Code all hits…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code all hits' });
    await dialog.getByRole('combobox', { name: 'Tag' }).selectOption({ label: '\u00a0\u00a0Diplomacy' });
    await expect(dialog.getByText('already coded').first()).toBeVisible();
    await dialog.getByRole('checkbox').nth(3).uncheck();
    await shot('ux-autocode');
  });
}
