import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { expect, openApp, SCREENSHOT_DIR, startLectern, type Lectern } from './lectern';

/** A project of its own: these tests switch projects and write notes. */
const test = base.extend<{ lectern: Lectern; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  lectern: async ({}, use) => {
    const lectern = await startLectern();
    await use(lectern);
    await lectern.stop();
  },
  app: async ({ page, lectern }, use) => {
    await openApp(page, lectern.url);
    await use(page);
  },
});

test('a saved search stays after a reload and belongs to its project, not the machine', async ({
  app: page,
  lectern,
}) => {
  const home = mkdtempSync(join(tmpdir(), 'lectern-e2e-home-'));
  process.env.LECTERN_HOME = home;
  try {
    const box = page.getByRole('searchbox', { name: 'Search documents' });
    await box.fill('Lavrov lang:en');
    await page.getByRole('button', { name: 'Save this search' }).click();
    await expect(page.getByRole('button', { name: 'Remove from saved searches' })).toBeVisible();

    await page.reload();
    await expect(box).toHaveValue('');
    await box.focus();
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(suggestions.locator('.suggestion.saved')).toHaveText([/Lavrov lang:en/]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'saved-searches-menu.png') });
    // Choosing it runs it.
    await suggestions.locator('.suggestion.saved').first().click();
    await expect(box).toHaveValue('Lavrov lang:en');
    await expect(page.getByRole('button', { name: 'Remove from saved searches' })).toBeVisible();

    // Another project: its search box offers no saved search of the first one.
    const first = lectern.workbench.path;
    await lectern.workbench.call('projects-create', { name: 'Second study' });
    await expect(page.getByText('Your library is empty')).toBeVisible();
    await box.focus();
    await expect(page.locator('.suggestion.saved')).toHaveCount(0);
    await box.fill('Lavrov lang:en');
    await expect(page.getByRole('button', { name: 'Save this search' })).toBeVisible();

    // Back in the first project it is there again.
    await lectern.workbench.call('projects-open', { path: first });
    await expect(page.getByRole('grid', { name: 'Library' }).locator('tbody').getByRole('row')).toHaveCount(
      5,
    );
    await box.focus();
    await expect(page.locator('.suggestion.saved')).toHaveText([/Lavrov lang:en/]);
  } finally {
    delete process.env.LECTERN_HOME;
    rmSync(home, { recursive: true, force: true });
  }
});

test('notes are found in the same box by their word forms and compounds, marked as notes', async ({
  app: page,
  lectern,
}) => {
  const paragraph = (text: string) => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  });
  await lectern.workbench.call('notes-create', {
    title: 'Geneva memo',
    lexical_json: JSON.stringify(
      paragraph('The EU agreed a new sanction on Russian banks after the talks with Lavrov in Geneva.'),
    ),
  });
  await lectern.workbench.call('notes-create', {
    title: 'Schwarzmeer',
    lexical_json: JSON.stringify(
      paragraph(
        'Die Ukraine fordert einen sicheren Getreidekorridor im Schwarzen Meer, sagte der Außenminister.',
      ),
    ),
  });
  const box = page.getByRole('searchbox', { name: 'Search documents' });
  const notes = page.getByRole('region', { name: 'Matching notes' });
  await box.fill('sanctions');
  await expect(notes).toContainText('Geneva memo');
  await expect(notes.locator('mark').first()).toHaveText('sanction');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-notes-stems.png') });
  await box.fill('Korridor in:notes');
  await expect(notes).toContainText('Schwarzmeer');
  await expect(notes).not.toContainText('Geneva memo');
  await box.fill('"Korridor" in:notes');
  await expect(notes).toHaveCount(0);
});
