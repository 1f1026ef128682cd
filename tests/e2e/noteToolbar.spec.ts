import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { codingTest as test } from './coding';
import { SCREENSHOT_DIR } from './lectern';
import { openNote } from './notes';

test.use({ viewport: { width: 1280, height: 720 } });

for (const scheme of ['light', 'dark'] as const) {
  test(`at 1280×720 the note toolbar keeps to one row (${scheme})`, async ({ app: page, lectern }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await lectern.workbench.call('notes-create', { title: 'Small screen' });
    await page.reload();
    await openNote(page, 'Small screen');
    const toolbar = page.locator('.note-pane.centre').getByRole('toolbar').first();
    await expect(toolbar).toBeVisible();
    // One row: every visible control's middle lies within the first control's line.
    const rows = await toolbar.evaluate((bar) => {
      const boxes = Array.from(bar.children)
        .map((child) => child.getBoundingClientRect())
        .filter((box) => box.width > 0);
      const first = boxes[0]!;
      return boxes.filter((box) => {
        const middle = box.top + box.height / 2;
        return middle < first.top || middle > first.bottom;
      }).length;
    });
    expect(rows, 'controls on a second row').toBe(0);
    const { scrollWidth, clientWidth } = await toolbar.evaluate((bar) => ({
      scrollWidth: bar.scrollWidth,
      clientWidth: bar.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `ux-note-toolbar-1280-${scheme}.png`) });
  });
}
