import { expect, type Page } from '@playwright/test';
import { bars, codingTest as test, dragSelect, openBakuWithOnePassage, reader } from './coding';

test('a tag applied shows its bar in the very next frame; deleting that passage takes only its bar away, as quickly', async ({
  app: page,
  lectern,
}) => {
  await openBakuWithOnePassage(page, lectern.workbench);
  await expect(bars(page)).toHaveCount(1);
  // The bar already there, as a node and a place on screen: neither may change.
  const keptBox = await page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[data-testid="passage-bar"]')!;
    (window as unknown as { keptBar: HTMLElement }).keptBar = bar;
    return JSON.stringify(bar.getBoundingClientRect());
  });
  const kept = () =>
    page.evaluate(() => {
      const bar = (window as unknown as { keptBar: HTMLElement }).keptBar;
      return { connected: bar.isConnected, box: JSON.stringify(bar.getBoundingClientRect()) };
    });

  await dragSelect(page, 'Russian Foreign Minister Sergei Lavrov visited Azerbaijan');
  const palette = page.getByRole('dialog', { name: 'Tag palette' });
  await palette.getByRole('combobox', { name: 'Find or create a tag' }).fill('Diplomacy');
  await expect(palette.getByRole('option', { name: /Diplomacy/ }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Counted in the first animation frame after the key: no engine round trip, no later frame.
  const barsInFirstFrame = await inFirstFrameAfterEnter(page, 'bar count');
  expect(barsInFirstFrame, 'bars in the first frame after Enter').toBe('2');
  // The words just coded are no longer shown selected: the reader's caret stands at their end.
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  await expect(bars(page)).toHaveCount(2);
  const fresh = reader(page).locator('[data-testid="passage-bar"][aria-label^="Diplomacy"]');
  await expect(fresh).toHaveAttribute('data-passage-id', /^\d+$/);
  expect(await kept()).toEqual({ connected: true, box: keptBox });
  const paragraphs = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="passage-bar"]')).map(
      (bar) => bar.closest('.para')?.id,
    ),
  );
  expect(new Set(paragraphs).size, 'the two passages lie in different paragraphs').toBe(2);

  // Deleting the new passage takes its bar away and leaves the other one where it was.
  await fresh.click();
  const popover = page.getByRole('dialog', { name: 'Passage' });
  await page.evaluate(() => {
    const onClick = () => {
      removeEventListener('click', onClick, { capture: true });
      requestAnimationFrame(() => {
        const count = document.querySelectorAll('[data-testid="passage-bar"]').length;
        (window as unknown as { barsAfterDelete: number }).barsAfterDelete = count;
      });
    };
    addEventListener('click', onClick, { capture: true });
  });
  await popover.getByRole('button', { name: 'Delete passage' }).click();
  const afterDelete = await page.waitForFunction(
    () => (window as unknown as { barsAfterDelete?: number }).barsAfterDelete,
  );
  expect(await afterDelete.jsonValue(), 'bars in the first frame after the click').toBe(1);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted passage' })).toBeVisible();
  await expect(bars(page)).toHaveCount(1);
  await expect(bars(page).first()).toHaveAccessibleName(/^Security:/);
  expect(await kept()).toEqual({ connected: true, box: keptBox });
});

// The popover leaves unseen but still under the pointer for a frame (so the hover moves after the
// frame that shows the bar gone): a second press landing on it then, as in a double click, must
// not delete the passage a second time — that failed at the engine and brought the bar back.
test('the open popover’s passage is marked; a second click on "Delete passage" as the popover leaves deletes nothing more', async ({
  app: page,
  lectern,
}) => {
  await openBakuWithOnePassage(page, lectern.workbench);
  await expect(bars(page)).toHaveCount(1);
  // The open popover's passage is marked in the text, and no longer once it closes.
  const popover = page.getByRole('dialog', { name: 'Passage' });
  await bars(page).first().click();
  await expect(bars(page).first()).toHaveClass(/\bis-active\b/);
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(bars(page).first()).not.toHaveClass(/\bis-active\b/);
  await expect(reader(page).locator('.reader-keys')).toBeFocused();
  await bars(page).first().click();
  await expect(bars(page).first()).toHaveClass(/\bis-active\b/);
  const button = popover.getByRole('button', { name: 'Delete passage' });
  await expect(button).toBeVisible();
  // Both presses in one go: the second reaches whatever lies under the pointer once the first
  // has taken effect (its render is committed at the end of its event), before any frame.
  const second = await page.evaluate(async () => {
    const first = [...document.querySelectorAll<HTMLButtonElement>('.passage-popover button')].find(
      (b) => b.textContent === 'Delete passage',
    )!;
    const box = first.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    first.click();
    await Promise.resolve();
    const under = document.elementFromPoint(x, y)!;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      under.dispatchEvent(
        new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
        }),
      );
    return under.textContent;
  });
  expect(second, 'the second press lands on the leaving popover').toBe('Delete passage');
  await expect(page.getByRole('status').filter({ hasText: 'Deleted passage' })).toBeVisible();
  await expect(popover).toHaveCount(0);
  await expect(bars(page)).toHaveCount(0);
  await page.waitForTimeout(300);
  await expect(bars(page)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // One delete, so one undo brings it back; the keyboard is back in the text.
  await expect(reader(page).locator('.reader-keys')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(bars(page)).toHaveCount(1);
});

test('a tag added from a passage’s popover names its bar in the very next frame', async ({
  app: page,
  lectern,
}) => {
  await openBakuWithOnePassage(page, lectern.workbench);
  await expect(bars(page)).toHaveCount(1);
  await expect(bars(page).first()).toHaveAccessibleName(/^Security:/);
  await bars(page).first().click();
  const popover = page.getByRole('dialog', { name: 'Passage' });
  await popover.getByRole('button', { name: '+ Add tag' }).click();
  await page.keyboard.type('Dipl');
  await expect(popover.getByRole('option', { name: /Diplomacy/ }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Read in the first animation frame after the key: before the engine has answered.
  expect(
    await inFirstFrameAfterEnter(page, 'first bar label'),
    'the bar’s name in the first frame after Enter',
  ).toMatch(/Diplomacy.*Security|Security.*Diplomacy/);
  await expect(popover.getByRole('button', { name: 'Remove tag Diplomacy' })).toBeVisible();
  const id = Number(await bars(page).first().getAttribute('data-passage-id'));
  await expect
    .poll(async () => (await lectern.workbench.call('passages-get', { ids: [id] }))[0]?.tag_ids.length)
    .toBe(2);
  await expect(bars(page).first()).toHaveAccessibleName(/Diplomacy.*Security|Security.*Diplomacy/);
});

/**
 * Presses Enter and reads the margin bars in the first animation frame after the key (a
 * capturing listener arms the read before the app's own handlers run): what the frame that
 * follows the key shows, before any engine answer or later frame.
 */
async function inFirstFrameAfterEnter(page: Page, what: 'bar count' | 'first bar label'): Promise<string> {
  await page.evaluate((read) => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      removeEventListener('keydown', onKey, { capture: true });
      requestAnimationFrame(() => {
        const bars = document.querySelectorAll('[data-testid="passage-bar"]');
        (window as unknown as { readInFirstFrame: string }).readInFirstFrame =
          read === 'bar count' ? String(bars.length) : (bars[0]?.getAttribute('aria-label') ?? '');
      });
    };
    addEventListener('keydown', onKey, { capture: true });
  }, what);
  await page.keyboard.press('Enter');
  const read = await page.waitForFunction(
    () => (window as unknown as { readInFirstFrame?: string }).readInFirstFrame,
  );
  return (await read.jsonValue()) as string;
}
