import { expect, libraryRows, test } from './lectern';

test('the library lists the five sample articles with title, date, source and language', async ({
  app: page,
}) => {
  const rows = libraryRows(page);
  await expect(rows).toHaveCount(5);
  await expect(page.getByLabel('Library').getByText('5 documents')).toBeVisible();

  const turan = rows.filter({ hasText: "Secret messages of Lavrov's visit to Baku..." });
  await expect(turan).toHaveCount(1);
  await expect(turan.getByRole('gridcell').nth(1)).toHaveText('27 Jun 2022');
  await expect(turan.getByRole('gridcell').nth(2)).toHaveText('Turan');
  await expect(turan.getByRole('gridcell').nth(3)).toHaveText('EN');

  const german = rows.filter({ hasText: 'Aserbaidschanischer Außenminister besucht Moskau' });
  await expect(german.getByRole('gridcell').nth(3)).toHaveText('DE');
  await expect(german.getByRole('gridcell').nth(2)).toHaveText('Caucasus Watch');
  // The German article states no date: the table says so rather than inventing one.
  await expect(german.getByRole('gridcell').nth(1)).toHaveText('—');
});

test('a title made from the first sentence looks different and says why', async ({ app: page }) => {
  const row = libraryRows(page).filter({ hasText: 'According to Russian Foreign Minister Sergey Lavrov' });
  const title = row.locator('.doc-title');
  await expect(title).toHaveCSS('font-style', 'italic');
  await expect(title).toHaveAttribute('title', /first sentence/);
  const headline = libraryRows(page)
    .filter({ hasText: 'Lavrov on the Armenian-Azerbaijani border clash' })
    .locator('.doc-title');
  await expect(headline).toHaveCSS('font-style', 'normal');
});

test('clicking column headers sorts the library', async ({ app: page }) => {
  const rows = libraryRows(page);
  const titleHeader = page.getByRole('columnheader', { name: 'Title' });
  const dateHeader = page.getByRole('columnheader', { name: 'Date' });
  const langHeader = page.getByRole('columnheader', { name: 'Lang' });

  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText('According to Russian Foreign Minister');
  await expect(rows.last()).toContainText('Secret messages of Lavrov');

  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText('Secret messages of Lavrov');
  await expect(rows.last()).toContainText('According to Russian Foreign Minister');

  await langHeader.getByRole('button').click();
  await expect(langHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(titleHeader).toHaveAttribute('aria-sort', 'none');
  await expect(rows.first()).toContainText('Aserbaidschanischer');
  await langHeader.getByRole('button').click();
  await expect(langHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.last()).toContainText('Aserbaidschanischer');

  // Dated articles come first whichever the direction; undated ones never pass for the oldest.
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText('Secret messages of Lavrov');
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText('Secret messages of Lavrov');
});
