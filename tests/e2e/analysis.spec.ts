import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { expect, openApp, SCREENSHOT_DIR, startLectern, type Lectern } from './lectern';

const CORPUS = resolve(__dirname, '../fixtures/search-corpus');

/** The samples plus the six dated EN/DE articles, with a tag coded in three of them. */
const test = base.extend<{ lectern: Lectern; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  lectern: async ({}, use) => {
    const lectern = await startLectern();
    const { workbench } = lectern;
    await workbench.call('import-paths', { paths: [CORPUS] });
    const diplomacy = await workbench.call('tags-create', { name: 'Diplomacy' });
    const economy = await workbench.call('tags-create', { name: 'Economy' });
    for (const doc of await workbench.call('documents-list', {})) {
      if (!doc.published_at?.startsWith('2022-')) continue;
      await workbench.call('passages-create', {
        document_id: doc.id,
        start: 0,
        end: 12,
        tag_ids: [diplomacy.id],
      });
      if (doc.source === 'Reuters')
        await workbench.call('passages-create', {
          document_id: doc.id,
          start: 5,
          end: 20,
          tag_ids: [economy.id],
        });
    }
    await use(lectern);
    await lectern.stop();
  },
  app: async ({ page, lectern }, use) => {
    await openApp(page, lectern.url);
    await use(page);
  },
});

test('a chart of a search over time opens the documents of one bar', async ({ app: page }) => {
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Lavrov');
  const hits = page.getByRole('listbox', { name: /Results for/ }).getByRole('option');
  await expect(hits).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  const table = analysis.locator('.chart-table');
  // June holds the sample from Turan and the Reuters article; the year-only article has no month.
  await expect(table.locator('tbody tr')).toHaveText([/2022-06\s*2/, /2022-07\s*1/, /2022-09\s*1/]);
  await expect(analysis).toContainText('without a precise date left out');
  const bars = analysis.locator('.chart svg [aria-label="bar"] rect');
  await expect(bars).toHaveCount(3);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'analysis-frequency.png') });
  // The second bar (July 2022: the German article) opens its documents in the results.
  await bars.nth(1).hover();
  await bars.nth(1).click();
  await expect(page.getByRole('searchbox', { name: 'Search documents' })).toHaveValue('Lavrov date:2022-07');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Der Außenminister in Ankara');
  await hits.first().click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await reader.getByRole('button', { name: 'Back to the analysis' }).click();
  await expect(analysis).toBeVisible();
});

test('the code matrix and co-occurrence show their tables; a pair opens the passages coded together', async ({
  app: page,
}) => {
  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await analysis.getByRole('tab', { name: 'Code matrix' }).click();
  const table = analysis.locator('.chart-table');
  await expect(table.locator('thead th')).toContainText(['tag', 'Reuters']);
  await expect(table.locator('tbody tr').filter({ hasText: 'Economy' })).toHaveText(/Economy.*1/);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'analysis-matrix.png') });
  await analysis.getByRole('tab', { name: 'Co-occurrence' }).click();
  await expect(table.locator('tbody tr')).toHaveText([/Diplomacy\s*Economy\s*1/]);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'analysis-cooccurrence.png') });
  // The pair opens the passages of both tags in the one document that holds both.
  await table.locator('tbody tr').first().click();
  const browser = page.getByRole('region', { name: 'Passage browser' });
  await expect(browser).toContainText('Diplomacy + Economy, coded together in one document');
  await expect(browser.getByTestId('passage-row')).toHaveCount(2);
  await expect(browser.getByTestId('passage-row').first()).toContainText('New sanctions against Russia');
  // Closing the passages leads back to the chart, on the same view.
  await browser.getByRole('button', { name: 'Close the passage browser' }).click();
  await expect(analysis.getByRole('tab', { name: 'Co-occurrence' })).toHaveAttribute('aria-selected', 'true');
  const download = page.waitForEvent('download');
  await analysis.getByRole('button', { name: 'CSV' }).click();
  expect((await download).suggestedFilename()).toBe('cooccurrence.csv');
});

test('a chart of a code opens the passages of one bar, as many as the bar counts', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await analysis.getByLabel('Count').selectOption('tag');
  await analysis.locator('label').filter({ hasText: /^Tag/ }).locator('select').selectOption('Diplomacy');
  const table = analysis.locator('.chart-table');
  await expect(table.locator('tbody tr')).toHaveText([
    /2022-06\s*2/,
    /2022-07\s*1/,
    /2022-08\s*1/,
    /2022-09\s*1/,
  ]);
  const bars = analysis.locator('.chart svg [aria-label="bar"] rect');
  await expect(bars).toHaveCount(4);
  // The first bar: June 2022, two passages.
  await bars.first().hover();
  await bars.first().click();
  const browser = page.getByRole('region', { name: 'Passage browser' });
  await expect(browser.getByRole('heading', { name: 'Diplomacy' })).toBeVisible();
  await expect(browser).toContainText('From the chart: 2022-06');
  await expect(browser.locator('.browser-count')).toContainText('2 passages');
  await expect(browser.getByTestId('passage-row')).toHaveCount(2);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'analysis-bar-passages.png') });
  for (const row of await browser.locator('.row-meta').allTextContents())
    expect(row).toMatch(/Jun 2022|2022-06|June 2022/);

  // A matrix cell (Diplomacy × Reuters) opens its passages too: the figure and the list agree.
  await browser.getByRole('button', { name: 'Close the passage browser' }).click();
  await analysis.getByRole('tab', { name: 'Code matrix' }).click();
  await expect(analysis.getByLabel('including sub-tags')).toBeChecked();
  const reuters = (await table.locator('thead th').allTextContents()).indexOf('Reuters');
  const cell = table.locator('tbody tr').filter({ hasText: 'Diplomacy' }).locator('td').nth(reuters);
  const figure = (await cell.textContent())!.trim();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'analysis-matrix-subtags.png') });
  const heat = analysis.locator('.chart svg [aria-label="cell"] rect');
  const cells = await heat.count();
  let opened = false;
  for (let i = 0; i < cells && !opened; i++) {
    await heat.nth(i).hover({ force: true });
    const tip = (await analysis.locator('.chart svg [aria-label="tip"]').textContent()) ?? '';
    if (!tip.includes('Diplomacy × Reuters')) continue;
    await heat.nth(i).click({ force: true });
    opened = true;
  }
  expect(opened).toBe(true);
  await expect(browser).toContainText('From the chart: Reuters');
  await expect(browser.locator('.browser-count')).toContainText(`${figure} passage`);
  await expect(browser.getByTestId('passage-row')).toHaveCount(Number(figure));
});
