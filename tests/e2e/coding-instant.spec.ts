import { expect } from '@playwright/test';
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
  await page.evaluate(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      removeEventListener('keydown', onKey, { capture: true });
      requestAnimationFrame(() => {
        const count = document.querySelectorAll('[data-testid="passage-bar"]').length;
        (window as unknown as { barsInFirstFrame: number }).barsInFirstFrame = count;
      });
    };
    addEventListener('keydown', onKey, { capture: true });
  });
  await page.keyboard.press('Enter');
  const inFirstFrame = await page.waitForFunction(
    () => (window as unknown as { barsInFirstFrame?: number }).barsInFirstFrame,
  );
  expect(await inFirstFrame.jsonValue(), 'bars in the first frame after Enter').toBe(2);
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
