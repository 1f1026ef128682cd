import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { codingTest as test, seedCoding } from './coding';
import { SCREENSHOT_DIR } from './lectern';

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
