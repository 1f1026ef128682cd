import { expect, type Locator, type Page } from '@playwright/test';
import { libraryRows } from './lectern';

/** The reader region. */
export function reader(page: Page): Locator {
  return page.getByRole('region', { name: 'Reader' });
}

/** Opens a document from the library by (part of) its title and waits for its text. */
export async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('tab', { name: 'Library' }).click();
  await libraryRows(page).filter({ hasText: title }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toContainText(title);
}

/** Screen rectangles of the first and last line of `text` in the reader's body. */
async function textRects(page: Page, text: string) {
  const rects = await page.evaluate((wanted) => {
    const root = document.querySelector('.reader-body');
    if (!root) return null;
    for (const paragraph of Array.from(root.querySelectorAll('.para'))) {
      const whole = paragraph.textContent ?? '';
      const at = whole.indexOf(wanted);
      if (at < 0) continue;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).data.length;
        if (seen <= at && at <= seen + length) range.setStart(node, at - seen);
        if (seen <= at + wanted.length && at + wanted.length <= seen + length) {
          range.setEnd(node, at + wanted.length - seen);
          break;
        }
        seen += length;
      }
      paragraph.scrollIntoView({ block: 'center' });
      const all = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const first = all[0]!;
      const last = all[all.length - 1]!;
      return {
        first: { x: first.left, y: first.top + first.height / 2 },
        last: { x: last.right, y: last.top + last.height / 2 },
      };
    }
    return null;
  }, text);
  if (!rects) throw new Error(`"${text}" is not in the reader`);
  return rects;
}

/** Selects `text` in the reader by dragging the mouse over it, as a person would. */
export async function dragSelect(page: Page, text: string): Promise<void> {
  const { first, last } = await textRects(page, text);
  await page.mouse.move(first.x + 1, first.y);
  await page.mouse.down();
  await page.mouse.move((first.x + last.x) / 2, (first.y + last.y) / 2, { steps: 4 });
  await page.mouse.move(last.x - 1, last.y, { steps: 4 });
  await page.mouse.up();
}

/** Clicks in the middle of `text` in the reader. */
export async function clickText(page: Page, text: string): Promise<void> {
  const { first, last } = await textRects(page, text);
  if (first.y === last.y) await page.mouse.click((first.x + last.x) / 2, first.y);
  else await page.mouse.click(first.x + 4, first.y);
}

/** The margin bars of the open document. */
export function bars(page: Page): Locator {
  return reader(page).getByTestId('passage-bar');
}
