import { readFileSync } from 'node:fs';
import { codingTest as test, openDocument } from './coding';
import { expect } from './lectern';
import { editor, LAVROV, openNote, openNotesTab, reader, saved, seedQuote } from './notes';

test('write a note: formatting, a quote dragged from the reader, a [[link]], backlinks, autosave, Markdown export', async ({
  app: page,
  lectern,
}) => {
  const { passage } = await seedQuote(lectern.workbench);
  await lectern.workbench.call('notes-create', { title: 'Second note' });
  await page.reload();

  // A new note, titled, then written with Markdown shortcuts and the keyboard.
  await openNotesTab(page);
  await page.getByRole('button', { name: 'New note' }).click();
  const title = page.locator('.note-pane.centre .note-title');
  await expect(title).toBeFocused();
  await page.keyboard.type('First note');
  await page.keyboard.press('Enter');
  const text = editor(page);
  await expect(text).toBeFocused();
  await page.keyboard.type('## Findings');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Moscow sends ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('mixed');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' signals.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- first point');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second point');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('[ ] check the dates');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/tab');
  await expect(page.getByRole('listbox', { name: 'Insert block' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(text.locator('table')).toBeVisible();
  await expect(text.locator('h2')).toHaveText('Findings');
  await expect(text.locator('strong, b, .ed-bold').first()).toHaveText('mixed');
  await expect(text.locator('ul.ed-ul').first().locator('li')).toHaveCount(2);
  await expect(text.locator('li[role="checkbox"], li.ed-li-unchecked')).toHaveText('check the dates');
  await expect(text.locator('table tr')).toHaveCount(3);

  // Ctrl+Z inside the editor is the editor's own undo (not the coding undo).
  await page.keyboard.type('x');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.notice')).toHaveCount(0);

  // Beside the reader: drag the passage's margin bar into the note.
  await page.getByRole('button', { name: 'Open beside the reader' }).click();
  await openDocument(page, LAVROV);
  const side = editor(page, 'side');
  await expect(side.locator('h2')).toHaveText('Findings');
  const bar = reader(page).locator(`[data-testid="passage-bar"][data-passage-id="${passage.id}"]`).first();
  await bar.scrollIntoViewIfNeeded();
  await bar.dragTo(side, { targetPosition: { x: 40, y: 60 } });
  const embed = side.getByTestId('passage-embed');
  await expect(embed).toHaveCount(1);
  await expect(embed).toContainText(passage.exact.slice(0, 40));
  await expect(embed).toContainText(passage.speaker!);
  await expect(embed).toContainText(LAVROV);

  // Clicking the quote opens the reader at the passage.
  await page.getByRole('tab', { name: 'Library' }).click();
  await page.getByRole('row').filter({ hasText: 'Azerbaijan' }).first().click();
  await embed.getByRole('button', { name: passage.exact.slice(0, 20) }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toContainText(LAVROV);
  await expect(reader(page).locator(`.bar.is-target[data-passage-id="${passage.id}"]`).first()).toBeVisible();

  // [[ links to the second note.
  await side.locator('h2').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Compare [[Seco');
  const links = page.getByRole('listbox', { name: 'Link to' });
  await expect(links.getByRole('option', { name: /^✎?\s*Second note/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(side.getByTestId('note-link')).toHaveText('Second note');
  await page.keyboard.type('for the background.');
  await saved(page, 'side');

  // The second note lists the first among its backlinks, with the words around the link.
  await side.getByTestId('note-link').click();
  await expect(page.locator('.note-pane.side .note-title')).toHaveValue('Second note');
  const backlinks = page.locator('.note-pane.side').getByTestId('backlinks');
  await expect(backlinks).toContainText('First note');
  await expect(backlinks).toContainText('Compare Second note for the background.');

  // The document's details list the note that quotes it.
  await page.getByRole('button', { name: 'Close note' }).click();
  await expect(page.getByRole('region', { name: 'Notes citing this document' })).toContainText('First note');

  // Autosaved: a reload shows everything.
  await page.reload();
  await openNote(page, 'First note');
  const reopened = editor(page);
  await expect(reopened.locator('h2')).toHaveText('Findings');
  await expect(reopened.getByTestId('passage-embed')).toContainText(passage.speaker!);
  await expect(reopened.getByTestId('note-link')).toHaveText('Second note');
  await expect(reopened.locator('table')).toBeVisible();

  // Export as Markdown: a download in the browser.
  await page.getByRole('button', { name: 'Export as Markdown…' }).click();
  const dialog = page.getByRole('dialog', { name: /Export “First note”/ });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .md' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('First note.md');
  const markdown = readFileSync((await file.path())!, 'utf8');
  expect(markdown).toMatch(/^---\n[\s\S]*title: "?First note"?[\s\S]*\n---\n/);
  expect(markdown).toContain('## Findings');
  expect(markdown).toContain('**mixed**');
  expect(markdown).toContain('- [ ] check the dates');
  expect(markdown).toMatch(/^> .+\[\^1\]$/m);
  expect(markdown).toMatch(/^\[\^1\]: .*Lavrov/m);
  expect(markdown).toContain('[[Second note]]');
});

test('trash and restore a note, then empty the trash', async ({ app: page, lectern }) => {
  await lectern.workbench.call('notes-create', { title: 'Draft to discard' });
  await lectern.workbench.call('notes-create', { title: 'Keeper' });
  await page.reload();
  await openNote(page, 'Draft to discard');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.locator('.note-pane.centre')).toHaveCount(0);
  await expect(page.getByTestId('note-row').filter({ hasText: 'Draft to discard' })).toHaveCount(0);

  await page.getByRole('button', { name: /^Trash \(1\)/ }).click();
  const row = page.getByTestId('note-row').filter({ hasText: 'Draft to discard' });
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: '← Back to notes' }).click();
  await expect(page.getByTestId('note-row').filter({ hasText: 'Draft to discard' })).toHaveCount(1);

  // Trash it again from the list, then empty the trash (after a confirmation).
  await page.getByRole('button', { name: 'Move “Draft to discard” to the trash' }).click();
  await page.getByRole('button', { name: /^Trash \(1\)/ }).click();
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Empty the trash?' })
    .getByRole('button', { name: /Delete 1 note for good/ })
    .click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  const remaining = await lectern.workbench.call('notes-list', {});
  expect(remaining.map((note) => note.title)).toEqual(['Keeper']);
});

test('history lists earlier versions and restores one', async ({ app: page, lectern }) => {
  const note = await lectern.workbench.call('notes-create', { title: 'Evolving' });
  const state = (words: string) =>
    JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              { type: 'text', version: 1, text: words, format: 0, detail: 0, mode: 'normal', style: '' },
            ],
          },
        ],
      },
    });
  await lectern.workbench.call('notes-save', {
    id: note.id,
    lexical_json: state('The first draft said this.'),
  });
  await lectern.workbench.call('notes-revision-restore', {
    revision_id: (await lectern.workbench.call('notes-revisions', { id: note.id }))[0]!.id,
  });
  // The restore kept the first draft as a revision; now the note says something else.
  await lectern.workbench.call('notes-save', {
    id: note.id,
    lexical_json: state('Now it says something else.'),
  });
  await page.reload();
  await openNote(page, 'Evolving');
  await expect(editor(page)).toHaveText('Now it says something else.');

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByTestId('revisions');
  const first = history.getByTestId('revision').filter({ hasText: 'The first draft said this.' }).first();
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: 'Restore…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Restore this version?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(editor(page)).toHaveText('The first draft said this.');
  await page.reload();
  await openNote(page, 'Evolving');
  await expect(editor(page)).toHaveText('The first draft said this.');
});

test('quote from the palette, and paste from the web without its styles, scripts or images', async ({
  app: page,
  lectern,
}) => {
  const { passage } = await seedQuote(lectern.workbench);
  await lectern.workbench.call('notes-create', { title: 'Palette' });
  await page.reload();
  await openNote(page, 'Palette');
  const text = editor(page);
  await text.click();
  await page.keyboard.type('/quote');
  await page.keyboard.press('Enter');
  const palette = page.getByRole('dialog', { name: 'Quote a passage' });
  await expect(palette).toBeVisible();
  await page.keyboard.type(passage.speaker!.split(' ')[0]!);
  await expect(palette.getByRole('option').first()).toContainText(passage.exact.slice(0, 30));
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(text.getByTestId('passage-embed')).toContainText(passage.speaker!);

  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(lectern.url).origin) requests.push(request.url());
  });
  await text.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<h2 style="color:red" class="fancy">From the web</h2><p onclick="alert(1)">A <strong>strong</strong> point ' +
        '<img src="http://198.51.100.7/tracker.png"> and <span style="font-style:italic">emphasis</span>' +
        '<script>window.pwned = true</script>, <a href="javascript:alert(1)">bad</a> <a href="https://example.org/">good</a>.</p>',
    );
    data.setData('text/plain', 'From the web A strong point and emphasis');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(text.locator('h2')).toHaveText('From the web');
  await expect(text.locator('.ed-bold')).toHaveText('strong');
  await expect(text.locator('.ed-italic')).toHaveText('emphasis');
  await expect(text.locator('img[src*="198.51.100.7"]')).toHaveCount(0);
  await expect(text.locator('[style*="color"], .fancy')).toHaveCount(0);
  await expect(text.locator('a[href="https://example.org/"]')).toHaveText('good');
  await expect(text.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  expect(requests).toEqual([]);
  await saved(page);
});
