import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { codingTest as test, openDocument, seedCoding } from './coding';
import { expect, SCREENSHOT_DIR } from './lectern';
import { editor, LAVROV, openNote, seedQuote } from './notes';
import {
  bold,
  heading,
  italic,
  list,
  listItem,
  noteJson,
  noteLink,
  paragraph,
  passageEmbed,
  tagRef,
  text,
} from '../fixtures/noteJson';

// Pictures of the notes views in both themes, for people (and reviews) to look at.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`screenshots of notes (${scheme})`, async ({ app: page, lectern }) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
      const { workbench } = lectern;
      await seedCoding(workbench);
      const { passage } = await seedQuote(workbench);
      const tags = await workbench.call('tags-list', {});
      const diplomacy = tags.find((tag) => tag.name === 'Diplomacy')!;
      const context = await workbench.call('notes-create', { title: 'Baku, Moscow and Brussels' });
      await workbench.call('notes-save', {
        id: context.id,
        lexical_json: noteJson(
          paragraph(text('Background on the Brussels format and the Russian counter-offer.')),
        ),
      });
      const analysis = await workbench.call('notes-create', { title: 'Mixed signals from Lavrov’s visit' });
      await workbench.call('notes-save', {
        id: analysis.id,
        lexical_json: noteJson(
          paragraph(
            text('The visit was framed as routine, but the press conference carried '),
            bold('two messages'),
            text(' at once. See '),
            noteLink('Baku, Moscow and Brussels', context.id),
            text(' for the background, and '),
            tagRef(diplomacy.id, diplomacy.name),
            text(' for every coded passage.'),
          ),
          heading('h2', text('What was said')),
          passageEmbed(passage.id),
          paragraph(
            text('The speaker hedges: the '),
            italic('supposed'),
            text(' agenda and the real one diverge. Open questions:'),
          ),
          list('check', [
            listItem([text('Compare with the Armenian readout')], true),
            listItem([text('Date the first Brussels summit')], false),
          ]),
          list('bullet', [listItem([text('Energy corridor')]), listItem([text('Peace treaty wording')])]),
        ),
      });
      await page.reload();

      // A note in the centre, with a live quote.
      await openNote(page, 'Mixed signals from Lavrov’s visit');
      await expect(editor(page).getByTestId('passage-embed')).toContainText(passage.speaker!);
      await page.mouse.move(0, 0);
      await shot('notes-editor');

      // The slash menu, then the [[ autocomplete, in a new line at the end.
      await editor(page).locator('ul').last().locator('li').last().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('/');
      await expect(page.getByRole('listbox', { name: 'Insert block' })).toBeVisible();
      await shot('notes-slash-menu');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('See also [[Ba');
      await expect(page.getByRole('listbox', { name: 'Link to' })).toBeVisible();
      await shot('notes-link-autocomplete');
      await page.keyboard.press('Enter');
      await expect(editor(page).getByTestId('note-link')).toHaveCount(2);

      // History.
      await page.getByRole('button', { name: 'History' }).click();
      await expect(page.getByTestId('revision').first()).toBeVisible();
      await shot('notes-history');
      await page.getByRole('button', { name: 'Close history' }).click();

      // Beside the reader, and the linked note's backlinks.
      await page.getByRole('button', { name: 'Open beside the reader' }).click();
      await openDocument(page, LAVROV);
      await expect(editor(page, 'side').getByTestId('passage-embed')).toBeVisible();
      await shot('notes-beside-reader');
      await editor(page, 'side').getByTestId('note-link').first().click();
      await expect(page.locator('.note-pane.side').getByTestId('backlinks')).toContainText('Mixed signals');
      await shot('notes-backlinks');

      // The notes list.
      await page.getByRole('button', { name: 'Close note' }).click();
      await page.getByRole('tab', { name: /^Notes/ }).click();
      await shot('notes-list-details');
    });
  });
}
