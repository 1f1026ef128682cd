import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp, SCREENSHOT_DIR, startLectern, type Lectern } from './lectern';

// Long lists: every list is paged by the engine and drawn virtually, so a few hundred rows or a
// hundred thousand cost a screenful. These check that scrolling reaches the last row and that
// the counts are the engine's, not those of the rows drawn.
const NOTES = 620;
const QUOTES = 260;
const PASSAGES = 340;

let lectern: Lectern;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  lectern = await startLectern();
  const { workbench } = lectern;
  for (let i = 0; i < NOTES; i++)
    await workbench.call('notes-create', { title: `Field note ${String(i).padStart(4, '0')}` });
  // Short articles, each with one quotation by the same speaker.
  const dir = mkdtempSync(join(tmpdir(), 'lectern-lists-'));
  mkdirSync(join(dir, 'corpus'));
  for (let i = 0; i < QUOTES; i++)
    writeFileSync(
      join(dir, 'corpus', `pier-${i}.txt`),
      `Pier story ${String(i).padStart(4, '0')}\n\nThe board met on day ${i}. “We will rebuild the pier,” said Mara Lind.\n`,
    );
  await workbench.call('import-paths', { paths: [join(dir, 'corpus')] });
  // 260 files import in two phases: the quotations are read after the import returns.
  await workbench.call('quotations-catch-up', {});
  rmSync(dir, { recursive: true, force: true });
  // Passages under one tag, spread over the sample articles.
  const tag = await workbench.call('tags-create', { name: 'Harbour' });
  const docs = await workbench.call('documents-page', { limit: 5, sort: 'imported_at', direction: 'asc' });
  for (let i = 0; i < PASSAGES; i++) {
    const doc = docs.rows[i % docs.rows.length]!;
    const start = Math.floor(i / docs.rows.length) * 3;
    await workbench.call('passages-create', {
      document_id: doc.id,
      start,
      end: start + 2,
      tag_ids: [tag.id],
    });
  }
});
test.afterAll(async () => lectern.stop());

/** Scrolls a box to its end, step by step as a reader would, until `last` is in view. */
async function scrollToEnd(
  box: ReturnType<import('@playwright/test').Page['locator']>,
  last: () => Promise<boolean>,
) {
  for (let step = 0; step < 200 && !(await last()); step++)
    await box.evaluate((element) => element.scrollBy(0, element.clientHeight * 3));
}

test('long lists of notes, quotations and passages scroll to their last row with the right counts', async ({
  page,
}) => {
  await openApp(page, lectern.url);

  // Notes, newest first: the last row is the first note written.
  await page.getByRole('tab', { name: 'Notes' }).click();
  const notesPane = page.getByRole('region', { name: 'Notes' });
  await expect(notesPane.locator('.pane-count')).toHaveText(`${NOTES} notes`);
  const noteRows = notesPane.getByTestId('note-row');
  expect(await noteRows.count()).toBeLessThan(60);
  const notesBox = notesPane.locator('.pane-scroll');
  const firstNote = notesPane.getByText('Field note 0000', { exact: true });
  await scrollToEnd(notesBox, () => firstNote.isVisible());
  await expect(firstNote).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'notes-long-list.png') });
  expect(await noteRows.count()).toBeLessThan(60);

  // Quotations of one speaker: counts from the engine, the last quotation reachable.
  await page.getByRole('tab', { name: /Speakers/ }).click();
  await page
    .getByRole('list', { name: 'Speakers' })
    .getByRole('button', { name: /^Mara Lind/ })
    .click();
  const quotes = page.getByRole('region', { name: 'Quotes of Mara Lind' });
  await expect(quotes).toContainText(`0 accepted · ${QUOTES} suggested`);
  const quoteRows = quotes.getByRole('list', { name: 'Quotations' }).getByRole('listitem');
  expect(await quoteRows.count()).toBeLessThan(40);
  const lastQuote = quoteRows.and(quotes.locator(`[data-index="${QUOTES - 1}"]`));
  await scrollToEnd(quotes.locator('.pane-scroll'), () => lastQuote.isVisible());
  await expect(lastQuote).toContainText('We will rebuild the pier');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'speaker-quotes-long-list.png') });

  // Passages of a tag in the passage browser.
  await page.getByRole('tab', { name: /Codebook/ }).click();
  await page.getByRole('treeitem', { name: /^Harbour/ }).click();
  const browser = page.getByRole('region', { name: 'Passage browser' });
  await expect(browser.locator('.browser-count')).toContainText(`${PASSAGES} passages`);
  const list = browser.getByRole('list', { name: 'Passages of Harbour' });
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);
  const lastPassage = list.locator(`[data-index="${PASSAGES - 1}"] [role="listitem"]`);
  await scrollToEnd(list, () => lastPassage.isVisible());
  await expect(lastPassage).toBeVisible();
});

test('the trash lists a page at a time, counts from the engine, and “Restore all” empties it', async ({
  page,
}) => {
  const { workbench } = lectern;
  const docs = await workbench.call('documents-page', { sort: 'title', direction: 'asc', limit: 150 });
  await workbench.call('documents-delete', { ids: docs.rows.map((doc) => doc.id) });
  await openApp(page, lectern.url);
  const library = page.getByRole('region', { name: 'Library' });
  await library.getByRole('button', { name: 'Trash (150)' }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash).toContainText('150 documents in the trash');
  const rows = trash.getByRole('list', { name: 'Documents in the trash' }).getByRole('listitem');
  expect(await rows.count()).toBeLessThan(40);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-trash-paged.png') });
  await trash.getByRole('button', { name: 'Restore all' }).click();
  await expect(library.getByRole('button', { name: /^Trash/ })).toHaveCount(0);
  expect((await workbench.call('documents-page', { filter: { trash: true }, limit: 1 })).total).toBe(0);
});
