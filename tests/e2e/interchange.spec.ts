import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { Workbench } from '../../src/core/workbench';
import { codingTest as test, seedCoding } from './coding';
import { libraryRows as libraryRowsOf, SCREENSHOT_DIR } from './lectern';

test('the passage browser exports the passages its filter shows as CSV and Excel', async ({
  app: page,
  lectern,
}) => {
  await seedCoding(lectern.workbench);
  await page.reload();
  await page.getByRole('tab', { name: /Codebook/ }).click();
  await page.getByRole('treeitem', { name: /^Politics/ }).click();
  const browser = page.getByRole('region', { name: 'Passage browser' });
  await expect(browser.getByRole('list', { name: 'Passages of Politics' }).getByRole('listitem')).toHaveCount(
    4,
  );
  const exportGroup = browser.getByRole('group', { name: 'Export table' });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'passage-browser-export.png') });

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('Politics passages.csv');
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFFpassage_id,document_id,document,date,source')).toBe(true);
  expect(text.trimEnd().split('\r\n')).toHaveLength(5);
  expect(text).toContain('Politics/Diplomacy');
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported 4 passages to Politics passages.csv' }),
  ).toBeVisible();

  // Without sub-tags the filter shows none of Diplomacy's passages, and the table follows it.
  await browser.getByRole('checkbox', { name: 'Include sub-tags' }).uncheck();
  await expect(exportGroup.getByRole('button', { name: 'Excel' })).toBeDisabled();
  await browser.getByRole('checkbox', { name: 'Include sub-tags' }).check();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup.getByRole('button', { name: 'Excel' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('Politics passages.xlsx');
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});

test('the Projects menu creates, switches and copies projects; the Export menu saves a .qdpx', async ({
  app: page,
  lectern,
}) => {
  const home = mkdtempSync(join(tmpdir(), 'lectern-e2e-home-'));
  process.env.LECTERN_HOME = home;
  try {
    const first = lectern.workbench.path;
    const menu = page.getByRole('button', { name: /^project/ });
    await menu.click();
    const panel = page.getByRole('dialog', { name: 'Projects' });
    await expect(panel.getByRole('button', { name: /^project\s+open$/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await panel.getByLabel('Save a copy').fill('Backup');
    await panel.getByRole('button', { name: 'Save copy' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Saved a copy as ${join(home, 'projects', 'Backup.lectern')}` }),
    ).toBeVisible();
    await panel.getByLabel('New project').fill('Second study');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'projects-menu.png') });
    await panel.getByRole('button', { name: 'Create' }).click();

    // The engine switched: the window reloads onto the new, empty project.
    await expect(page.getByText('Your library is empty')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Second study/ })).toBeVisible();
    await page.getByRole('button', { name: /^Second study/ }).click();
    await page
      .getByRole('dialog', { name: 'Projects' })
      .getByRole('button', { name: /^project\b/ })
      .click();
    await expect(page.getByRole('button', { name: /^project/ })).toBeVisible();
    await expect(libraryRowsOf(page)).toHaveCount(5);
    expect(lectern.workbench.path).toBe(first);

    await page.getByRole('button', { name: /^Export/ }).click();
    const exportPanel = page.getByRole('dialog', { name: 'Export' });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-menu.png') });
    const [qdpx] = await Promise.all([
      page.waitForEvent('download'),
      exportPanel.getByRole('button', { name: '.qdpx' }).click(),
    ]);
    expect(qdpx.suggestedFilename()).toBe('project.qdpx');
    expect(
      readFileSync((await qdpx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await expect(page.getByRole('status').filter({ hasText: 'Exported 5 documents' })).toBeVisible();
  } finally {
    delete process.env.LECTERN_HOME;
  }
});

test('two coders: merge a colleague’s copy, read the agreement report, open a disagreement in the reader', async ({
  app: page,
  lectern,
}) => {
  await seedCoding(lectern.workbench);
  const dir = mkdtempSync(join(tmpdir(), 'lectern-e2e-colleague-'));
  const copy = await lectern.workbench.call('projects-save-copy', { name: join(dir, 'ana') });
  const colleague = new Workbench(copy.path);
  // Ana drops one of the Diplomacy passages and codes a longer stretch instead.
  const passages = (await colleague.call('passages-list', { limit: 100 })).passages;
  const dropped = passages.find((p) => p.exact.startsWith('Last week, Russian Foreign Minister'))!;
  await colleague.call('passages-delete', { id: dropped.id });
  await colleague.call('passages-create', {
    document_id: dropped.document_id,
    start: dropped.start,
    end: dropped.end + 30,
    tag_ids: dropped.tag_ids,
  });
  colleague.close();

  await page.getByRole('button', { name: /^Export/ }).click();
  const panel = page.getByRole('dialog', { name: 'Export' });
  await panel.getByLabel('Merge a colleague’s copy').fill(copy.path);
  await panel.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged 6 passages of ana' })).toBeVisible();
  await panel.getByRole('button', { name: 'Agreement report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intercoder agreement' });
  const table = dialog.getByRole('table', { name: 'Agreement per tag' });
  await expect(table.getByRole('row', { name: /^Politics\/Diplomacy/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Overall/ })).toBeVisible();
  const disagreements = dialog.getByRole('list', { name: 'Disagreements' }).getByRole('listitem');
  await expect(disagreements).toHaveCount(1);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'agreement-report.png') });
  await disagreements.first().getByRole('button').first().click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.coded.is-target').first()).toBeInViewport();
});
