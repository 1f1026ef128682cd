import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { expect, openApp, SCREENSHOT_DIR, startLectern, type Lectern } from './lectern';

const CORPUS = resolve(__dirname, '../fixtures/search-corpus');

/** The five samples plus six short EN/DE articles with sources, authors and dates; one project per test. */
const test = base.extend<{ lectern: Lectern; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  lectern: async ({}, use) => {
    const lectern = await startLectern();
    const report = await lectern.workbench.call('import-paths', { paths: [CORPUS] });
    if (report.imported !== 6) throw new Error(`search corpus: ${JSON.stringify(report.outcomes)}`);
    await use(lectern);
    await lectern.stop();
  },
  app: async ({ page, lectern }, use) => {
    await openApp(page, lectern.url);
    await use(page);
  },
});

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search documents' });
const hits = (page: Page) => page.getByRole('listbox', { name: /Results for/ }).getByRole('option');

test('a query with filters shows facets that narrow it, and a concordance of its hits', async ({
  app: page,
}) => {
  await box(page).fill('Lavrov date:2022-06..2022-09');
  await expect(hits(page)).toHaveCount(4);
  const facets = page.getByRole('region', { name: 'Refine the search' });
  const sources = facets.getByRole('group', { name: 'Source' });
  await expect(sources.getByRole('button')).toHaveText([
    /^AP\s*1$/,
    /^Die Zeit\s*1$/,
    /^Reuters\s*1$/,
    /^Turan\s*1$/,
  ]);
  await expect(facets.getByRole('group', { name: 'Language' })).toContainText(/en\s*3/);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-facets.png') });

  await sources.getByRole('button', { name: /Reuters/ }).click();
  await expect(box(page)).toHaveValue('Lavrov date:2022-06..2022-09 source:Reuters');
  await expect(hits(page)).toHaveCount(1);
  await expect(hits(page).first()).toContainText('New sanctions against Russia announced');

  await box(page).fill('"Sergey Lavrov" OR Lawrow lang:en');
  await expect(hits(page)).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Concordance' }).click();
  const concordance = page.getByRole('region', { name: 'Concordance' });
  const lines = concordance.locator('.kwic-line');
  await expect(concordance.getByText(/occurrences?|in \d+ documents/)).toBeVisible();
  await expect(lines.first().locator('.kwic-hit')).toHaveText(/Sergey Lavrov|Lavrov/);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-concordance.png') });
  const byEvening = lines.filter({ hasText: 'had left the building' });
  await expect(byEvening.locator('.kwic-left')).toContainText('By the evening,');
  await concordance.getByLabel('Sort by').selectOption('right');
  await expect(concordance.locator('.kwic-document')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await concordance.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toBe('concordance.csv');

  await byEvening.click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Peace talks stall in Geneva');
  await expect(reader.locator('mark.current')).toHaveText('Sergey Lavrov');
  await reader.getByRole('button', { name: 'Back to the concordance' }).click();
  await expect(concordance).toBeVisible();
});

test('a phrase is one match in the list and in the reader ("1 of 2", not "1 of 4")', async ({
  app: page,
}) => {
  await box(page).fill('"Sergey Lavrov"');
  const talks = hits(page).filter({ hasText: 'Peace talks stall in Geneva' });
  await expect(talks).toContainText('2 matches');
  await talks.click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('group', { name: 'Search matches in this document' })).toContainText(
    '1 of 2',
  );
  await expect(reader.locator('.reader-body mark.term:not(.term-rest)')).toHaveText([
    'Sergey Lavrov',
    'Sergey Lavrov',
  ]);
});

test('stems and compounds: Korridor finds Getreidekorridor, sanction finds sanctions', async ({
  app: page,
}) => {
  await box(page).fill('Korridor');
  await expect(hits(page)).toHaveCount(2);
  await expect(hits(page).filter({ hasText: 'Der Außenminister in Ankara' }).locator('mark')).toHaveText(
    'Getreidekorridor',
  );
  await box(page).fill('sanction lang:en');
  await expect(
    hits(page).filter({ hasText: 'New sanctions against Russia' }).locator('mark').first(),
  ).toHaveText('sanctions');
});

test('a mistake in the query is underlined where it stands, with what to do', async ({ app: page }) => {
  await box(page).fill('Lavrov lnag:de');
  await expect(box(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.search-mirror .query-error')).toHaveText('lnag:');
  await expect(page.locator('#search-error')).toContainText('There is no filter "lnag:"');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-error.png') });
  await box(page).fill('Lavrov lang:de');
  await expect(box(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(hits(page)).toHaveCount(2);
});

test('filters are offered as they are typed; saved and recent searches in an empty box', async ({
  app: page,
}) => {
  await box(page).click();
  await box(page).pressSequentially('Lavrov la');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option').first()).toContainText('lang:');
  await box(page).press('Tab');
  await expect(box(page)).toHaveValue('Lavrov lang:');
  await expect(suggestions.getByRole('option')).toHaveText([/lang:en/, /lang:de/]);
  await box(page).press('ArrowDown');
  await box(page).press('ArrowDown');
  await box(page).press('Enter');
  await expect(box(page)).toHaveValue('Lavrov lang:de ');
  await expect(hits(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Save this search' }).click();
  // Esc empties the box, which then offers the saved search first, then the recent ones.
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(suggestions.getByRole('option').first()).toHaveText(/★\s*Lavrov lang:de/);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-saved.png') });
  await box(page).press('ArrowDown');
  await box(page).press('Enter');
  await expect(box(page)).toHaveValue('Lavrov lang:de');
  await expect(hits(page)).toHaveCount(2);
});

test('notes are searched in the same box and marked as notes', async ({ app: page, lectern }) => {
  await lectern.workbench.call('notes-create', { title: 'Lavrov reading notes' });
  await box(page).fill('Lavrov');
  const note = page.getByRole('region', { name: 'Matching notes' }).getByRole('button');
  await expect(note).toContainText('Lavrov reading notes');
  await expect(note).toContainText('Note');
  await note.click();
  await expect(page.getByRole('textbox', { name: /title/i }).first()).toHaveValue('Lavrov reading notes');
});
