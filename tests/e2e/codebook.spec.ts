import { expect } from '@playwright/test';
import { bars, codingTest as test, openDocument, reader, seedCoding } from './coding';

test('the codebook shows counts, renames by double-click and F2, re-parents by drag, filters', async ({
  app: page,
  lectern,
}) => {
  await seedCoding(lectern.workbench);
  await page.reload();
  await page.getByRole('tab', { name: /Codebook/ }).click();
  const tree = page.getByRole('tree', { name: 'Tags' });
  await expect(tree.getByRole('treeitem', { name: 'Diplomacy, 3 passages' })).toHaveAttribute(
    'aria-level',
    '2',
  );
  // A parent counts its sub-tags' passages.
  await expect(tree.getByRole('treeitem', { name: 'Politics, 4 passages' })).toBeVisible();

  // Rename by double-click.
  await tree.getByRole('treeitem', { name: /^Tension/ }).dblclick();
  const rename = page.getByRole('textbox', { name: 'Rename Tension' });
  await rename.fill('Conflict');
  await rename.press('Enter');
  await expect(tree.getByRole('treeitem', { name: 'Conflict, 1 passage' })).toBeVisible();
  // …and with F2 on the focused row.
  await tree.getByRole('treeitem', { name: /^Conflict/ }).focus();
  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: 'Rename Conflict' }).fill('Friction');
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('treeitem', { name: /^Friction/ })).toBeVisible();

  // Drag "EU mediation" into "Politics": it becomes a sub-tag, and Politics counts its passages.
  await tree
    .getByRole('treeitem', { name: /^EU mediation/ })
    .dragTo(tree.getByRole('treeitem', { name: /^Politics/ }));
  await expect(tree.getByRole('treeitem', { name: /^EU mediation/ })).toHaveAttribute('aria-level', '2');
  await expect(tree.getByRole('treeitem', { name: 'Politics, 6 passages' })).toBeVisible();
  // Drag it above "Diplomacy": reordered among its new siblings.
  const diplomacy = tree.getByRole('treeitem', { name: /^Diplomacy/ });
  const box = await diplomacy.boundingBox();
  await tree
    .getByRole('treeitem', { name: /^EU mediation/ })
    .dragTo(diplomacy, { targetPosition: { x: 40, y: 2 } });
  expect(box).not.toBeNull();
  // The tree re-renders when the engine answers: poll until the new order shows.
  await expect
    .poll(async () =>
      (
        await tree
          .getByRole('treeitem')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')))
      ).map((name) => name?.split(',')[0]),
    )
    .toEqual(['Politics', 'EU mediation', 'Diplomacy', 'Russia’s stance', 'Friction']);
  // Alt+↑ / Alt+← from the keyboard: EU mediation back to the top level.
  await tree.getByRole('treeitem', { name: /^EU mediation/ }).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(tree.getByRole('treeitem', { name: /^EU mediation/ })).toHaveAttribute('aria-level', '1');

  // The filter keeps matching tags with their parents.
  await page.getByRole('searchbox', { name: 'Filter tags' }).fill('dipl');
  await expect(tree.getByRole('treeitem')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Filter tags' }).fill('');
  await expect(tree.getByRole('treeitem')).toHaveCount(5);
});

test('the codebook merges a tag into another and deletes one with confirmation and Undo', async ({
  app: page,
  lectern,
}) => {
  await seedCoding(lectern.workbench);
  await page.reload();
  await page.getByRole('tab', { name: /Codebook/ }).click();
  const tree = page.getByRole('tree', { name: 'Tags' });

  await tree.getByRole('treeitem', { name: /^Tension/ }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Merge into…' }).click();
  const picker = page.getByRole('dialog', { name: 'Tag palette' });
  await picker.getByRole('combobox').fill('EU');
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('treeitem', { name: /^Tension/ })).toHaveCount(0);
  // The two passages share one: EU mediation keeps 2.
  await expect(tree.getByRole('treeitem', { name: 'EU mediation, 2 passages' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged “Tension” into “EU mediation”' }),
  ).toBeVisible();

  await tree.getByRole('treeitem', { name: /^Politics/ }).focus();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Delete the tag “Politics”?' });
  await expect(confirm).toContainText('4 passages lose this code. Its 2 sub-tags go too.');
  await confirm.getByRole('button', { name: 'Delete tag' }).click();
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  const notice = page.getByRole('status').filter({ hasText: 'Deleted “Politics”' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(tree.getByRole('treeitem', { name: 'Politics, 4 passages' })).toBeVisible();
  await expect(tree.getByRole('treeitem')).toHaveCount(4);
});

test('the passage browser lists a tag’s passages with context, opens one in the reader, and goes back', async ({
  app: page,
  lectern,
}) => {
  await seedCoding(lectern.workbench);
  await page.reload();
  await page.getByRole('tab', { name: /Codebook/ }).click();
  await page.getByRole('treeitem', { name: /^Politics/ }).click();
  const browser = page.getByRole('region', { name: 'Passage browser' });
  await expect(browser.getByRole('heading', { name: 'Politics' })).toBeVisible();
  await expect(browser).toContainText('4 passages');
  const rows = browser.getByTestId('passage-row');
  await expect(rows).toHaveCount(4);
  // Each row: its document, and the words around the passage.
  await expect(rows.nth(3)).toContainText("Secret messages of Lavrov's visit to Baku");
  await expect(rows.nth(3).locator('.row-exact')).toHaveText(
    'the Russian side was clearly nervous. And so much so that did not hesitate to openly express its dissatisfaction',
  );
  await expect(rows.nth(3).locator('.row-context').first()).toContainText('Charles Michel,');
  // Without sub-tags, Politics itself has none.
  await browser.getByRole('checkbox', { name: 'Include sub-tags' }).uncheck();
  await expect(browser).toContainText('0 passages');
  await browser.getByRole('checkbox', { name: 'Include sub-tags' }).check();
  await expect(rows).toHaveCount(4);

  await rows.nth(3).click();
  await expect(browser).toBeHidden();
  const target = reader(page).locator('.coded.is-target');
  await expect(target.first()).toBeInViewport();
  await expect(reader(page).locator('[data-testid="passage-bar"].is-target')).toHaveCount(1);
  await reader(page).getByRole('button', { name: 'Back to Politics' }).click();
  await expect(browser).toBeVisible();
  await expect(rows).toHaveCount(4);
});

test('a quote suggestion accepted with a corrected speaker lists under that speaker', async ({
  app: page,
}) => {
  await openDocument(page, "Secret messages of Lavrov's visit to Baku");
  await page.getByRole('tab', { name: /Quotes/ }).click();
  const card = page.getByRole('listitem', { name: /Suggested quote “Thus, the main purpose/ });
  await expect(card.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Oktay Qasimov');
  await card.getByRole('combobox', { name: 'Speaker' }).fill('Oktay Kasimov');
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Accepted quote by Oktay Kasimov' })).toBeVisible();
  await expect(card).toHaveCount(0);
  // The quotation is now a passage in the text, its bar named after the speaker.
  await expect(bars(page)).toHaveCount(1);
  await expect(bars(page).first()).toHaveAccessibleName(/^Quote \(Oktay Kasimov\): “Thus, the main purpose/);

  await page.getByRole('tab', { name: /Speakers/ }).click();
  const speaker = page
    .getByRole('list', { name: 'Speakers' })
    .getByRole('button', { name: /^Oktay Kasimov/ });
  await expect(speaker).toContainText('1 quote');
  await speaker.click();
  // The speaker's quotes (accepted and suggested) open in the centre, this one accepted.
  const browser = page.getByRole('region', { name: 'Quotes of Oktay Kasimov' });
  await expect(browser.getByRole('heading', { name: 'Oktay Kasimov' })).toBeVisible();
  const quotes = browser.getByRole('list', { name: 'Quotations' }).getByRole('listitem');
  await expect(quotes).toHaveCount(1);
  await expect(quotes).toContainText('Thus, the main purpose of Lavrov');
  await expect(quotes).toContainText('Accepted · Oktay Kasimov');
});

test('"Code all hits…" codes every hit of a search in one undoable step, after a preview', async ({
  app: page,
  lectern,
}) => {
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Pashinyan');
  await page.getByRole('button', { name: 'Code all hits…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Code all hits' });
  await dialog.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'New tag…' });
  await dialog.getByRole('textbox', { name: 'New tag name' }).fill('Pashinyan');
  await dialog.getByRole('radio', { name: 'Sentence' }).check();
  const hits = dialog.getByRole('list', { name: 'Hits to code' }).getByRole('listitem');
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThan(0);
  await expect(dialog.getByRole('status')).toContainText(`${count} ${count === 1 ? 'hit' : 'hits'}`);
  await dialog.getByRole('button', { name: /^Code \d+ hits?$/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `Coded ${count}` })).toBeVisible();
  const tags = await lectern.workbench.call('tags-list', {});
  expect(tags.find((tag) => tag.name === 'Pashinyan')?.count).toBe(count);

  // One step: a single undo removes every coding it made. Esc closes the box's suggestion list
  // (recent searches), clears the query, then leaves the field — Ctrl+Z in a field is the field's.
  const box = page.getByRole('searchbox', { name: 'Search documents' });
  for (let presses = 0; presses < 3 && (await box.evaluate((el) => el === document.activeElement)); presses++)
    await box.press('Escape');
  await expect(box).not.toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undid: auto-code “Pashinyan”' })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await lectern.workbench.call('tags-list', {})).find((tag) => tag.name === 'Pashinyan')?.count ?? 0,
    )
    .toBe(0);
});
