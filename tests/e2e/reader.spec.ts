import { expect, libraryRows, test } from './lectern';

test('opening an article shows its clean text with metadata for humans', async ({ app: page }) => {
  await libraryRows(page).filter({ hasText: "Secret messages of Lavrov's visit to Baku" }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    "Secret messages of Lavrov's visit to Baku...",
  );
  const meta = reader.getByLabel('Document metadata');
  await expect(meta).toContainText('Turan');
  await expect(meta).toContainText('27 June 2022');
  await expect(meta).toContainText('Baku');
  await expect(meta).toContainText('English');
  await expect(reader.getByText('Political observer Oktay Qasimov', { exact: false })).toBeVisible();
  await expect(page).toHaveTitle("Secret messages of Lavrov's visit to Baku... — Lectern");
  // The row of the open document is marked in the library.
  await expect(libraryRows(page).filter({ hasText: "Secret messages of Lavrov's visit" })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('boilerplate stays collapsed until asked for, and "Show original" shows the raw file', async ({
  app: page,
}) => {
  await libraryRows(page).filter({ hasText: 'Lavrov on the Armenian-Azerbaijani border clash' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Lavrov on the Armenian-Azerbaijani border clash',
  );
  await expect(
    reader.getByText('On 21 August, the Russian Foreign Minister', { exact: false }),
  ).toBeVisible();

  const cookies = reader.getByText('Our website uses cookies', { exact: false });
  await expect(cookies).toHaveCount(0);
  const bar = reader.getByRole('button', { name: /Site boilerplate set aside/ });
  await expect(bar).toHaveAttribute('aria-expanded', 'false');
  await bar.click();
  await expect(bar).toHaveAttribute('aria-expanded', 'true');
  await expect(cookies).toBeVisible();
  await bar.click();
  await expect(cookies).toHaveCount(0);

  const original = reader.getByRole('button', { name: 'Show original' });
  await original.click();
  await expect(original).toHaveAttribute('aria-pressed', 'true');
  const raw = reader.getByLabel('Original text');
  await expect(raw).toContainText('Our website uses cookies');
  await expect(raw).toContainText('See Also');
  await original.click();
  await expect(raw).toHaveCount(0);
  await expect(reader.getByText('Our website uses cookies', { exact: false })).toHaveCount(0);
});

test('a site header set aside at the very top is collapsed above the first paragraph', async ({
  app: page,
}) => {
  await libraryRows(page).filter({ hasText: 'Expected call of the secretary' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  const bars = reader.getByRole('button', { name: /Site boilerplate set aside/ });
  await expect(bars).toHaveCount(2);
  await expect(bars.first()).toContainText('site header');
  // The first block of the text (the text comes in chunks of paragraphs, ReaderBody.tsx).
  await expect(reader.locator('.reader-body :is(.boilerplate, .para)').first()).toHaveClass(/boilerplate/);
});
