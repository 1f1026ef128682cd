import { join } from 'node:path';
import { NEWS_DIR } from '../core/helpers/scoreNewsMetadata';
import { expect, libraryRows, openApp, SCREENSHOT_DIR, startLectern, test, type Lectern } from './lectern';

// These tests change the project: each gets its own.
let lectern: Lectern;
test.beforeEach(async () => {
  lectern = await startLectern();
  const report = await lectern.workbench.call('import-paths', {
    paths: ['en01_reuters_vienna.txt', 'de01_dpa_wien.txt', 'en05_afp_paris.txt'].map((name) =>
      join(NEWS_DIR, name),
    ),
  });
  expect(report.imported).toBe(3);
});
test.afterEach(async () => {
  await lectern.stop();
});

test('Details shows where each field came from, and a field is corrected in place', async ({ page }) => {
  await openApp(page, lectern.url);
  await libraryRows(page).filter({ hasText: 'Austria to keep gas reserve' }).click();
  const details = page.getByLabel('Document details');
  const source = details.locator('[data-field="source"]');
  await expect(source).toContainText('Reuters');
  await expect(source).toContainText('from dateline');
  await expect(details.locator('[data-field="published_at"]')).toContainText('3 March, year unknown');
  await expect(details.locator('[data-field="author"]')).toContainText('Jana Holt');
  await expect(details.locator('[data-field="author"]')).toContainText('from byline');
  await expect(details.locator('[data-field="language"]')).toContainText('from detected');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'details-provenance.png') });

  await source.getByRole('button', { name: /Edit Source/ }).click();
  const input = source.getByRole('textbox', { name: 'Source' });
  await input.fill('Reuters Austria');
  await input.press('Enter');
  await expect(source).toContainText('Reuters Austria');
  await expect(source).toContainText('from your edit · found: Reuters (dateline)');
  // The library row follows.
  await expect(libraryRows(page).filter({ hasText: 'Austria to keep gas reserve' })).toContainText(
    'Reuters Austria',
  );
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'details-edited.png') });

  // A date that does not exist is refused with the reason; the field keeps its value.
  const date = details.locator('[data-field="published_at"]');
  await date.getByRole('button', { name: /Edit Published/ }).click();
  await date.getByRole('textbox').fill('2022-02-30');
  await date.getByRole('textbox').press('Enter');
  await expect(page.getByText(/must be a real date/)).toBeVisible();
  await expect(date).toContainText('3 March, year unknown');

  await source.getByRole('button', { name: 'Undo edit' }).click();
  await expect(source).toContainText('from dateline');
});

test('check several rows, set their source at once, move them to the trash and undo', async ({ page }) => {
  await openApp(page, lectern.url);
  const rows = libraryRows(page);
  await expect(rows).toHaveCount(8);
  await rows.filter({ hasText: 'Austria to keep gas reserve' }).getByRole('checkbox').click();
  await rows.filter({ hasText: 'Kurzarbeit' }).getByRole('checkbox').click();
  await rows.filter({ hasText: 'minimum wage' }).getByRole('checkbox').click();
  const bar = page.getByRole('form', { name: 'Edit the checked documents' });
  await expect(bar).toContainText('3 documents checked');
  await bar.getByRole('textbox').fill('Wire archive');
  await bar.getByRole('button', { name: 'Set' }).click();
  await expect(rows.filter({ hasText: 'Wire archive' })).toHaveCount(3);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-bulk-edit.png') });

  await bar.getByRole('button', { name: 'Move to trash' }).click();
  await expect(rows).toHaveCount(5);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(8);

  // Later: the trash lists what was deleted, and each comes back on its own.
  await rows.filter({ hasText: 'minimum wage' }).getByRole('checkbox').click();
  await page
    .getByRole('form', { name: 'Edit the checked documents' })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(rows).toHaveCount(7);
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash).toContainText('France to raise minimum wage');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-trash.png') });
  await trash.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(rows).toHaveCount(8);
  await expect(page.getByRole('button', { name: /Trash \(/ })).toHaveCount(0);
});

test('a reprint shows as the same story, and the library can show one row per story', async ({ page }) => {
  const wire = (await lectern.workbench.call('documents-list', {})).find((doc) => doc.source === 'Reuters')!;
  const detail = await lectern.workbench.call('documents-get', { id: wire.id });
  await lectern.workbench.call('import-uploads', {
    files: [
      {
        name: 'reprint.txt',
        data_base64: Buffer.from(
          `Caspian Daily\n\nAustria keeps its gas reserve\n\n${detail.body.replace('71% full', 'more than 70% full')}\n\nCaspian Daily`,
        ).toString('base64'),
      },
    ],
  });
  await openApp(page, lectern.url);
  await libraryRows(page).filter({ hasText: 'Austria to keep gas reserve' }).click();
  const details = page.getByLabel('Document details');
  await expect(details.getByRole('heading', { name: /Same story in 2 documents/ })).toBeVisible();
  await expect(details.getByRole('link', { name: 'Austria keeps its gas reserve' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'details-same-story.png') });

  await expect(libraryRows(page)).toHaveCount(9);
  await page.getByLabel('One row per story').check();
  await expect(libraryRows(page)).toHaveCount(8);
  await expect(libraryRows(page).filter({ hasText: 'Austria to keep gas reserve' })).toContainText(
    'same story in 2',
  );
});

test('the researcher keeps a set-aside block in the text, or sets a paragraph aside, for the whole source', async ({
  page,
}) => {
  // Two documents of one source that share their closing paragraph.
  const footer = 'Caspian Weekly is funded by its readers. Thank you for reading and sharing our reporting.';
  await lectern.workbench.call('import-uploads', {
    files: ['Ferry link across the Caspian resumes', 'Georgian wine exports reach record'].map(
      (title, i) => ({
        name: `cw${i}.txt`,
        data_base64: Buffer.from(
          `Caspian Weekly\n\n${title}\n\nThe first paragraph of story ${i} tells what happened on the day in some detail.\n\nThe second paragraph of story ${i} gives background and a quote from an official.\n\n${footer}\n\nCaspian Weekly`,
        ).toString('base64'),
      }),
    ),
  });
  await openApp(page, lectern.url);
  await libraryRows(page).filter({ hasText: 'Ferry link across the Caspian' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByText(footer)).toBeVisible();

  // Set the footer aside from Details: it leaves this document and the source's other one.
  const details = page.getByLabel('Document details');
  await details.getByText('Set aside a paragraph…').click();
  await details
    .getByRole('listitem')
    .filter({ hasText: 'Caspian Weekly is funded' })
    .getByRole('button', { name: 'Set aside' })
    .click();
  await expect(page.getByText('Set aside in 2 documents')).toBeVisible();
  await expect(reader.getByText(footer)).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'details-set-aside.png') });
  const other = (await lectern.workbench.call('documents-list', {})).find((doc) =>
    doc.title.startsWith('Georgian wine'),
  )!;
  expect((await lectern.workbench.call('documents-get', { id: other.id })).body).not.toContain(footer);

  // Back: "Keep in text" on the collapsed block in the reader.
  const bar = reader.getByRole('button', { name: /Site boilerplate set aside.*marked as boilerplate/ });
  await bar.click();
  // Each set-aside paragraph has its own button: the site name below stays set aside.
  await expect(reader.getByRole('button', { name: 'Keep in text' })).toHaveCount(2);
  await reader.getByRole('button', { name: 'Keep in text' }).first().click();
  await expect(reader.getByText(footer)).toBeVisible();
  await expect
    .poll(async () => (await lectern.workbench.call('documents-get', { id: other.id })).body)
    .toContain(footer);
  expect((await lectern.workbench.call('documents-get', { id: other.id })).body).not.toContain(
    'Caspian Weekly\n',
  );
});

test('a saved page’s byline and time line are read as metadata and set aside above the text', async ({
  page,
}) => {
  await lectern.workbench.call('import-paths', {
    paths: [join(__dirname, '..', 'fixtures', 'formats', 'html', 'guardian-style-en.html')],
  });
  await openApp(page, lectern.url);
  await libraryRows(page).filter({ hasText: 'Vienna opens its first heat shelters' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  const meta = reader.getByLabel('Document metadata');
  await expect(meta).toContainText('Jana Holt');
  await expect(meta).toContainText('19 July 2023');
  await expect(reader.getByText('Vienna opened eleven heat shelters', { exact: false })).toBeVisible();
  await expect(reader.getByText('Wed 19 Jul 2023 14.02 BST')).toHaveCount(0);
  await reader.getByRole('button', { name: /set aside.*byline, date line/ }).click();
  await expect(reader.getByText('Wed 19 Jul 2023 14.02 BST')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reader-byline-set-aside.png') });
});
