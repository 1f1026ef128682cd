// A fast typist's "[[Title⏎" and "#tag⏎": like the slash menu, Lexical opens these menus in a
// React transition and handles their Enter only once they have rendered, so Enter right after the
// query used to reach the editor first and split the paragraph, leaving "[[Seco" or "#Dipl" as
// text. Throttling the CPU through the DevTools protocol makes the menus' render late every time.
import type { Page } from '@playwright/test';
import { codingTest as test } from './coding';
import { expect } from './lectern';
import { editor, openNote, saved } from './notes';

/** Runs `keys` with the renderer's CPU 20× slower, as a busy laptop on battery would be. */
async function throttled(page: Page, keys: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  try {
    await keys();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

test('Enter right after "[[" and a title links that note even when the menu has not rendered yet', async ({
  app: page,
  lectern,
}) => {
  // About 90 keys at 20× throttling: a slow machine with a busy core needs more than 30 s.
  test.setTimeout(120_000);
  const second = await lectern.workbench.call('notes-create', { title: 'Second note' });
  const third = await lectern.workbench.call('notes-create', { title: 'Third note' });
  const note = await lectern.workbench.call('notes-create', { title: 'Fast linker' });
  await page.reload();
  await openNote(page, 'Fast linker');
  const text = editor(page);
  await text.click();
  // No waits between the keys: each is sent as soon as the previous one was handled.
  await throttled(page, async () => {
    // A whole title, then the start of one: the first option of the menu is the note either way.
    await page.keyboard.type('Compare [[Second note');
    await page.keyboard.press('Enter');
    await page.keyboard.type('and [[Thi');
    await page.keyboard.press('Enter');
    await page.keyboard.type('for the background.');
  });
  const links = text.getByTestId('note-link');
  await expect(links).toHaveText(['Second note', 'Third note']);
  await expect(text.locator('p')).toHaveCount(1);
  await expect(text).toHaveText(/^Compare Second note\s+and Third note\s+for the background\.$/);
  await expect(page.getByRole('listbox', { name: 'Link to' })).toHaveCount(0);
  // The links go to the notes that exist, not to new notes of the same title.
  await saved(page);
  const backlinkers = async (id: number) =>
    (await lectern.workbench.call('notes-backlinks', { note_id: id })).map((link) => link.note_id);
  await expect.poll(() => backlinkers(second.id)).toEqual([note.id]);
  await expect.poll(() => backlinkers(third.id)).toEqual([note.id]);
});

test('Enter right after "#" and a tag name refers to that tag even when the menu has not rendered yet', async ({
  app: page,
  lectern,
}) => {
  test.setTimeout(120_000);
  await lectern.workbench.call('tags-create', { name: 'Diplomacy', color: '#4e79a7' });
  await lectern.workbench.call('tags-create', { name: 'Energy', color: '#2f9e44' });
  await lectern.workbench.call('tags-create', { name: 'Security', color: '#e8590c' });
  await lectern.workbench.call('notes-create', { title: 'Fast tagger' });
  await page.reload();
  await openNote(page, 'Fast tagger');
  const text = editor(page);
  await text.click();
  await throttled(page, async () => {
    // One letter is enough to choose: the menu has the least time to render.
    await page.keyboard.type('Talks on #D');
    await page.keyboard.press('Enter');
    await page.keyboard.type('and #En');
    await page.keyboard.press('Enter');
    await page.keyboard.type('with #S');
    await page.keyboard.press('Enter');
    await page.keyboard.type('at once.');
  });
  await expect(text.getByTestId('tag-ref')).toHaveText([/Diplomacy/, /Energy/, /Security/]);
  await expect(text.locator('p')).toHaveCount(1);
  // The typed "#D", "#En" and "#S" went: only the chips' names are left between the words.
  await expect(text).toHaveText(/^Talks on\s*#?Diplomacy\s+and\s*#?Energy\s+with\s*#?Security\s+at once\.$/);
  await expect(page.getByRole('listbox', { name: 'Tags' })).toHaveCount(0);
});
