import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { bars, codingTest as test, dragSelect, openDocument, reader } from './coding';

test('after a re-import, an orphaned passage keeps its text and is re-attached where the researcher selects', async ({
  app: page,
  lectern,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-reattach-'));
  const file = join(dir, 'water-talks.txt');
  const before =
    'Water talks in Tbilisi\n\nTalks on the Enguri reservoir began on Monday in Tbilisi.\n\n' +
    'The minister said the water deal is close, and that both sides had moved.\n\nObservers doubt the timetable.\n';
  writeFileSync(file, before);
  const report = await lectern.workbench.call('import-paths', { paths: [file] });
  expect(report.imported).toBe(1);
  const id = report.outcomes[0]!.status === 'imported' ? report.outcomes[0]!.id : -1;
  const { body } = await lectern.workbench.call('documents-get', { id });
  const tag = await lectern.workbench.call('tags-create', { name: 'Agreement' });
  const start = body.indexOf('the water deal is close');
  await lectern.workbench.call('passages-create', {
    document_id: id,
    start,
    end: start + 'the water deal is close'.length,
    tag_ids: [tag.id],
  });
  writeFileSync(file, before.replace('the water deal is close', 'an accord on the river was within reach'));

  await page.reload();
  await openDocument(page, 'Water talks in Tbilisi');
  await expect(bars(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Re-import from file' }).click();
  const outcome = page.getByRole('status').filter({ hasText: 'Passages:' });
  await expect(outcome).toContainText('1 orphaned');
  await expect(bars(page)).toHaveCount(0);
  await outcome.getByRole('button', { name: 'Show orphans' }).click();

  const orphans = page.getByRole('region', { name: 'Orphaned passages' });
  await expect(orphans).toContainText('the water deal is close');
  await orphans.getByRole('button', { name: 'Re-attach…' }).click();
  await expect(reader(page).getByRole('status')).toContainText(
    'Select where “the water deal is close” belongs now',
  );
  await dragSelect(page, 'an accord on the river was within reach');
  await page
    .getByRole('dialog', { name: 'Re-attach passage' })
    .getByRole('button', { name: 'Re-attach here' })
    .click();
  await expect(bars(page)).toHaveCount(1);
  await expect(reader(page).locator('.coded')).toHaveText('an accord on the river was within reach');
  await expect(orphans).toHaveCount(0);
  const [passage] = await lectern.workbench.call('passages-for-document', { document_id: id });
  expect(passage?.status).toBe('anchored');
  expect(passage?.tag_ids).toEqual([tag.id]);
});
