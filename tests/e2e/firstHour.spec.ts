// Defects a new user met in a first hour of coding: tag paths in the palette, tag colours, bars
// that name their tags and can each be grabbed, and a theme of one's own.
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { colorDistance } from '../../src/shared/tagColors';
import {
  bars,
  clickText,
  codingTest as test,
  documentId,
  dragSelect,
  openDocument,
  rangeOf,
  reader,
  seedCoding,
} from './coding';
import { FIXTURE_DIR } from './lectern';
import { openNote } from './notes';

const BAKU = "Secret messages of Lavrov's visit to Baku";

test('typing Actors/Russia creates Russia under Actors; an existing tag is offered instead of a second', async ({
  app: page,
  lectern,
}) => {
  const { workbench } = lectern;
  await openDocument(page, BAKU);
  await dragSelect(page, 'Russian Foreign Minister Sergei Lavrov');
  const palette = page.getByRole('dialog', { name: 'Tag palette' });
  await palette.getByRole('combobox').fill('Actors/Russia');
  await expect(
    palette.getByRole('option', { name: /Create tag “Russia” under Actors \(new: Actors\)/ }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(bars(page)).toHaveCount(1);
  const tags = await workbench.call('tags-list', {});
  const actors = tags.find((tag) => tag.name === 'Actors');
  const russia = tags.find((tag) => tag.name === 'Russia');
  expect(actors?.parent_id).toBeNull();
  expect(russia?.parent_id).toBe(actors?.id);
  await expect(bars(page).first()).toHaveAccessibleName(/^Russia:/);

  // Typing the name alone, or the path, offers the tag that exists — never "Create".
  await dragSelect(page, 'visited Azerbaijan');
  await palette.getByRole('combobox').fill('russia');
  await expect(palette.getByRole('option').first()).toContainText('Russia');
  await expect(palette.getByRole('option').first()).toContainText('Actors');
  await expect(palette.getByRole('option', { name: /Create tag/ })).toHaveCount(0);
  await palette.getByRole('combobox').fill('Actors/Russia');
  await expect(palette.getByRole('option', { name: /Create tag/ })).toHaveCount(0);
  // Under a parent that exists, only the new tag is created.
  await palette.getByRole('combobox').fill('actors / Azerbaijan');
  await expect(palette.getByRole('option', { name: 'Create tag “Azerbaijan” under Actors' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(bars(page)).toHaveCount(2);
  const after = await workbench.call('tags-list', {});
  expect(after.filter((tag) => tag.name === 'Actors')).toHaveLength(1);
  expect(after.find((tag) => tag.name === 'Azerbaijan')?.parent_id).toBe(actors?.id);
});

test('a new tag’s colour stands apart from its siblings and from the codes it overlaps', async ({
  app: page,
  lectern,
}) => {
  const { workbench } = lectern;
  const id = await documentId(workbench, BAKU);
  // Two codes overlapping the next passage.
  const blue = await workbench.call('tags-create', { name: 'Diplomacy', color: '#4e79a7' });
  // Green is what the old round-robin palette gave the third tag: the overlap must rule it out.
  const orange = await workbench.call('tags-create', { name: 'Energy', color: '#2f9e44' });
  for (const [text, tag] of [
    ['Russian Foreign Minister Sergei Lavrov visited Azerbaijan', blue],
    ['Lavrov visited Azerbaijan. During the visit', orange],
  ] as const) {
    const range = await rangeOf(workbench, id, text);
    await workbench.call('passages-create', { document_id: id, ...range, tag_ids: [tag.id] });
  }
  await openDocument(page, BAKU);
  await dragSelect(page, 'Sergei Lavrov visited');
  await page.getByRole('dialog', { name: 'Tag palette' }).getByRole('combobox').fill('Security');
  await page.keyboard.press('Enter');
  await expect(bars(page)).toHaveCount(3);
  const tags = await workbench.call('tags-list', {});
  const security = tags.find((tag) => tag.name === 'Security')!;
  for (const other of [blue, orange])
    expect(colorDistance(security.color, other.color), `${security.color} vs ${other.color}`).toBeGreaterThan(
      0.1,
    );
  // Its bar is drawn in that colour, so the difference is what one sees.
  const bar = bars(page).and(page.getByRole('button', { name: /^Security/ }));
  const shown = await bar.evaluate((el) => getComputedStyle(el).backgroundColor);
  const hex = security.color.match(/[0-9a-f]{2}/gi)!.map((part) => parseInt(part, 16));
  expect(shown).toBe(`rgb(${hex.join(', ')})`);
});

test('a bar names its tags on hover and when the reading caret is in its passage; touching passages keep apart', async ({
  app: page,
  lectern,
}) => {
  const { workbench } = lectern;
  const id = await documentId(workbench, BAKU);
  const diplomacy = await workbench.call('tags-create', { name: 'Diplomacy' });
  const visits = await workbench.call('tags-create', { name: 'Visits' });
  // Two passages that touch: the first ends where the second begins (one space between).
  for (const [text, tag] of [
    ['Last week, Russian Foreign Minister', diplomacy],
    ['Sergei Lavrov visited Azerbaijan.', visits],
  ] as const) {
    const range = await rangeOf(workbench, id, text);
    await workbench.call('passages-create', { document_id: id, ...range, tag_ids: [tag.id] });
  }
  await openDocument(page, BAKU);
  await expect(bars(page)).toHaveCount(2);
  const label = reader(page).getByRole('tooltip');

  // Hover: the name appears beside the bar at once.
  const first = bars(page).and(page.getByRole('button', { name: /^Diplomacy/ }));
  const second = bars(page).and(page.getByRole('button', { name: /^Visits/ }));
  await first.hover();
  await expect(label).toHaveText('Diplomacy');
  await second.hover();
  await expect(label).toHaveText('Visits');

  // The two bars do not lie on one another: each can be grabbed.
  const [a, b] = [(await first.boundingBox())!, (await second.boundingBox())!];
  const apart =
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  expect(apart, `bars at ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true);
  await second.click();
  await expect(page.getByRole('dialog', { name: 'Passage' })).toContainText(
    'Sergei Lavrov visited Azerbaijan.',
  );
  await page.keyboard.press('Escape');
  await first.click();
  await expect(page.getByRole('dialog', { name: 'Passage' })).toContainText(
    'Last week, Russian Foreign Minister',
  );
  await page.keyboard.press('Escape');

  // Keyboard: the caret standing in a passage names its bar.
  await page.mouse.move(0, 0);
  await clickText(page, 'Foreign');
  await page.keyboard.press('Escape');
  await reader(page).getByLabel('Document text').focus();
  await page.keyboard.press('ArrowRight');
  await expect(reader(page).locator('.reading-caret')).toBeVisible();
  await expect(label).toBeVisible();
  const named = await label.textContent();
  expect(['Diplomacy', 'Visits']).toContain(named);
});

test('the theme switch sets light or dark for the whole window and is remembered', async ({ app: page }) => {
  const theme = page.getByRole('radiogroup', { name: 'Theme' });
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(theme.getByRole('radio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
  const light = await paper();
  await theme.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await paper();
  expect(dark).not.toBe(light);
  await page.reload();
  await expect(
    page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }),
  ).toHaveAttribute('aria-checked', 'true');
  expect(await paper()).toBe(dark);
  // The system is light here (the tests' colour scheme): "System" follows it again.
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'System' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await paper()).toBe(light);
});

test('auto-code: the preview lists each hit with a box to untick, and says which are already coded', async ({
  app: page,
  lectern,
}) => {
  const { workbench } = lectern;
  const id = await documentId(workbench, BAKU);
  const visits = await workbench.call('tags-create', { name: 'Visits' });
  // Coded by hand, dateline and all: the sentence hit (without the dateline) is the same passage.
  const { body } = await workbench.call('documents-get', { id });
  const sentence = 'Last week, Russian Foreign Minister Sergei Lavrov visited Azerbaijan.';
  await workbench.call('passages-create', {
    document_id: id,
    start: body.indexOf('Baku/27.06.22'),
    end: body.indexOf(sentence) + sentence.length,
    tag_ids: [visits.id],
  });
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('"visited Azerbaijan" OR Bayramov');
  await page.getByRole('button', { name: 'Code all hits…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Code all hits' });
  await dialog.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Visits' });
  await dialog.getByRole('radio', { name: 'Sentence' }).check();
  const hits = dialog.getByRole('list', { name: 'Hits to code' }).getByRole('listitem');
  const first = hits.filter({ hasText: sentence });
  await expect(first).toContainText('already coded');
  await expect(first.getByRole('checkbox')).toBeDisabled();
  await expect(first.getByRole('checkbox')).not.toBeChecked();
  const total = await hits.count();
  expect(total).toBeGreaterThanOrEqual(3);
  const fresh = total - 1;
  await expect(dialog.getByRole('button', { name: `Code ${fresh} hits` })).toBeEnabled();
  // Untick one: it is left out.
  const skipped = hits.filter({ hasNotText: 'already coded' }).first();
  const skippedText = (await skipped.locator('.autocode-text').textContent())!;
  await skipped.getByRole('checkbox').uncheck();
  await expect(dialog.getByRole('status')).toContainText('1 already coded · 1 skipped');
  await dialog.getByRole('button', { name: `Code ${fresh - 1} ${fresh - 1 === 1 ? 'hit' : 'hits'}` }).click();
  await expect(dialog).toHaveCount(0);
  const coded = (await workbench.call('passages-list', { tag_id: visits.id })).passages.map((p) => p.exact);
  expect(coded).toHaveLength(fresh);
  expect(coded).not.toContain(skippedText);
  // The sentence coded by hand was not coded a second time.
  expect(coded.filter((exact) => exact.includes('visited Azerbaijan'))).toHaveLength(1);
});

test('the right-hand pane follows the centre: a tag listed there, a note — never a document left behind', async ({
  app: page,
  lectern,
}) => {
  const { workbench } = lectern;
  await seedCoding(workbench);
  await workbench.call('notes-create', { title: 'Field notes' });
  await page.reload();
  await openDocument(page, BAKU);
  const right = page.locator('aside.details-pane');
  await expect(right).toHaveAttribute('aria-label', 'Document');

  // A tag's passages in the centre: the pane shows that tag.
  await page.getByRole('tab', { name: /Codebook/ }).click();
  await page
    .getByRole('tree', { name: 'Tags' })
    .getByRole('treeitem', { name: /^Diplomacy/ })
    .click();
  await expect(right).toHaveAttribute('aria-label', 'Listing');
  await expect(right.getByRole('region', { name: 'Tag Diplomacy' })).toBeVisible();
  await expect(right).toContainText('Politics');
  await expect(right.getByRole('tab', { name: 'Details' })).toHaveCount(0);

  // Back in the reader: the document again.
  await page.getByRole('tab', { name: 'Library' }).click();
  await openDocument(page, BAKU);
  await expect(right).toHaveAttribute('aria-label', 'Document');

  // A note in the centre: not the document it replaced.
  await openNote(page, 'Field notes');
  await expect(right).not.toHaveAttribute('aria-label', 'Document');
  await expect(right.getByRole('tab', { name: 'Details' })).toHaveCount(0);
});

test('the import report folds into a small notice once read, and never covers the text', async ({
  app: page,
}) => {
  await page.getByLabel('Files to import').setInputFiles(join(FIXTURE_DIR, 'tbilisi-water-talks.txt'));
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('1 imported');
  // Open the new document from the report: the report stays over the side pane, not the text.
  await report.getByRole('button', { name: 'Tbilisi hosts first round' }).click();
  const text = page.getByRole('region', { name: 'Reader' }).getByLabel('Document text');
  await expect(text).toContainText('Monitoring stations');
  const [panel, reading] = [(await report.boundingBox())!, (await text.boundingBox())!];
  expect(panel.x, 'the report starts right of the reader').toBeGreaterThanOrEqual(
    reading.x + reading.width - 1,
  );
  // Reading on (a click in the text) folds it into a notice with the totals.
  await text.click({ position: { x: 40, y: 40 } });
  await expect(report).toHaveCount(0);
  const notice = page.getByRole('status', { name: 'Import finished' });
  await expect(notice).toContainText('1 imported');
  const small = (await notice.boundingBox())!;
  expect(small.height).toBeLessThan(40);
  // It opens again on request, and goes for good when dismissed.
  await notice.getByRole('button', { name: /1 imported/ }).click();
  await expect(report.getByRole('listitem')).toContainText('tbilisi-water-talks.txt');
  await report.getByRole('button', { name: 'Dismiss import report' }).click();
  await expect(report).toHaveCount(0);
  await expect(notice).toHaveCount(0);
});
