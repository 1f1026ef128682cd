import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './lectern';
import { bars, codingTest as test, dragSelect, openDocument, reader, seedCoding } from './coding';
import { expect } from '@playwright/test';

// Pictures of the coding views in both themes, for people (and reviews) to look at.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`screenshots of coding (${scheme})`, async ({ app: page, lectern }) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
      const seeded = await seedCoding(lectern.workbench);
      await page.reload();
      await openDocument(page, "Secret messages of Lavrov's visit");
      await expect(bars(page)).toHaveCount(6);
      await shot('coding-reader');
      // The keyboard in the text: the focus line along the top of the view and the reading caret.
      await reader(page).getByLabel('Document text').focus();
      await page.keyboard.press('ArrowRight');
      await expect(reader(page).locator('.reading-caret')).toBeVisible();
      await shot('coding-caret');
      // A close look at overlapping codes: two lanes in the margin, stacked underlines.
      const first = await reader(page).locator('.para').first().boundingBox();
      if (first)
        await page.screenshot({
          path: join(SCREENSHOT_DIR, `coding-overlap-${scheme}.png`),
          clip: { x: first.x - 60, y: first.y - 8, width: first.width + 80, height: first.height + 16 },
        });

      await bars(page).nth(1).click();
      await expect(page.getByRole('dialog', { name: 'Passage' })).toBeVisible();
      await shot('coding-popover');
      await page.keyboard.press('Escape');

      await dragSelect(page, 'What explicit and hidden messages were in');
      await expect(page.getByRole('dialog', { name: 'Tag palette' })).toBeVisible();
      await page.keyboard.type('dip');
      await shot('coding-palette');
      await page.keyboard.press('Escape');

      await page.getByRole('tab', { name: /Codebook/ }).click();
      await page.getByRole('treeitem', { name: /^Diplomacy/ }).click();
      await expect(page.getByTestId('passage-row')).toHaveCount(3);
      await shot('coding-codebook-browser');

      // The right-hand pane shows the listed tag until a passage opens the document again.
      await page.getByTestId('passage-row').first().click();
      await expect(reader(page).locator('.coded.is-target').first()).toBeVisible();
      await page.getByRole('tab', { name: /Quotes/ }).click();
      await expect(page.getByRole('listitem', { name: /Suggested quote/ }).first()).toBeVisible();
      await shot('coding-quotes');

      await page.getByRole('tab', { name: /Speakers/ }).click();
      await shot('coding-speakers');
      void seeded;
    });
  });
}
