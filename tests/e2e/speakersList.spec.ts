import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp, SCREENSHOT_DIR, startLectern, type Lectern } from './lectern';

// The speakers list is paged by the engine (grouped, filtered and sorted in SQLite) and drawn
// virtually: more people than one block of rows, the count from the engine, the last reachable.
const FIRST = [
  'Ada',
  'Boris',
  'Clara',
  'Dmitri',
  'Elif',
  'Farid',
  'Greta',
  'Hamid',
  'Irina',
  'Jonas',
  'Katya',
  'Leon',
];
const LAST = [
  'Abbas',
  'Berg',
  'Costa',
  'Dahl',
  'Egger',
  'Fischer',
  'Gallo',
  'Hoxha',
  'Ivanov',
  'Jansen',
  'Kovac',
  'Lund',
  'Moreau',
  'Nagy',
  'Olsen',
  'Petrov',
  'Quinn',
  'Rossi',
  'Sousa',
  'Zeller',
];
const PEOPLE = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`)); // 240

let lectern: Lectern;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  lectern = await startLectern();
  const dir = mkdtempSync(join(tmpdir(), 'lectern-speakers-'));
  mkdirSync(join(dir, 'corpus'));
  // Two people per article; Ada Abbas in every tenth one as well, so she leads the list.
  for (let i = 0; i < PEOPLE.length / 2; i++) {
    const said = [PEOPLE[2 * i]!, PEOPLE[2 * i + 1]!, ...(i % 10 === 5 ? ['Ada Abbas'] : [])];
    writeFileSync(
      join(dir, 'corpus', `council-${i}.txt`),
      `Council story ${String(i).padStart(4, '0')}\n\n` +
        said
          .map((name, q) => `The council met on day ${i}. “Item ${q} will be decided soon,” said ${name}.`)
          .join('\n\n') +
        '\n',
    );
  }
  await lectern.workbench.call('import-paths', { paths: [join(dir, 'corpus')] });
  rmSync(dir, { recursive: true, force: true });
});
test.afterAll(async () => lectern.stop());

test('the speakers list pages from the engine: counts, order, the last person reachable, filtered in SQLite', async ({
  page,
}) => {
  await openApp(page, lectern.url);
  const tab = page.getByRole('tab', { name: /Speakers/ });
  await tab.click();
  const list = page.getByRole('list', { name: 'Speakers' });
  const rows = list.getByRole('button');
  // The five sample articles quote people too: the count is the engine's, not the rows drawn.
  const total = (await lectern.workbench.call('speakers-page', { limit: 1 })).total!;
  expect(total).toBeGreaterThanOrEqual(PEOPLE.length);
  await expect(tab).toContainText(String(total));
  expect(await rows.count()).toBeLessThan(60);
  await expect(rows.first()).toHaveText(/^AAAda Abbas/);
  await expect(rows.first()).toContainText('13 suggested');
  // Her quotations open in the centre; the right-hand pane says who she is, from the engine.
  await rows.first().click();
  const details = page.getByRole('region', { name: 'Speaker Ada Abbas' });
  await expect(details).toContainText('13 to review');
  await expect(details.locator('dd').nth(1)).toHaveText('13');

  // The least quoted, last by name, at the end of a scroll past the first block of 100 rows.
  const end = (await lectern.workbench.call('speakers-page', { offset: total - 1, limit: 1 })).rows[0]!;
  const box = page.locator('.speakers .pane-scroll');
  const last = list.getByRole('button', { name: new RegExp(`^${end.speaker} `) });
  for (let step = 0; step < 100 && !(await last.isVisible()); step++)
    await box.evaluate((element) => element.scrollBy(0, element.clientHeight * 3));
  await expect(last).toBeVisible();
  await expect(list.getByRole('button', { name: /^Leon Zeller / })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'speakers-long-list.png') });

  // The filter asks the engine: every spelling, folded.
  await page.getByRole('searchbox', { name: 'Filter speakers' }).fill('ZELLER');
  await expect(rows).toHaveCount(FIRST.length);
  await expect(rows.first()).toContainText('Ada Zeller');
  await page.getByRole('searchbox', { name: 'Filter speakers' }).fill('nobody at all');
  await expect(list).toContainText('No speaker matches “nobody at all”');
});
