import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Workbench } from '../../src/core/workbench';
import { libraryRows, openApp, startLectern, type Lectern } from './lectern';

/** The reader region. */
export function reader(page: Page): Locator {
  return page.getByRole('region', { name: 'Reader' });
}

/** Opens a document from the library by (part of) its title and waits for its text. */
export async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('tab', { name: 'Library' }).click();
  await libraryRows(page).filter({ hasText: title }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toContainText(title);
}

/** Screen rectangles of the first and last line of `text` in the reader's body. */
async function textRects(page: Page, text: string) {
  const rects = await page.evaluate((wanted) => {
    const root = document.querySelector('.reader-body');
    if (!root) return null;
    for (const paragraph of Array.from(root.querySelectorAll('.para'))) {
      const whole = paragraph.textContent ?? '';
      const at = whole.indexOf(wanted);
      if (at < 0) continue;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).data.length;
        if (seen <= at && at <= seen + length) range.setStart(node, at - seen);
        if (seen <= at + wanted.length && at + wanted.length <= seen + length) {
          range.setEnd(node, at + wanted.length - seen);
          break;
        }
        seen += length;
      }
      paragraph.scrollIntoView({ block: 'center' });
      const all = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const first = all[0]!;
      const last = all[all.length - 1]!;
      return {
        first: { x: first.left, y: first.top + first.height / 2 },
        last: { x: last.right, y: last.top + last.height / 2 },
      };
    }
    return null;
  }, text);
  if (!rects) throw new Error(`"${text}" is not in the reader`);
  return rects;
}

/** Selects `text` in the reader by dragging the mouse over it, as a person would. */
export async function dragSelect(page: Page, text: string): Promise<void> {
  const { first, last } = await textRects(page, text);
  await page.mouse.move(first.x + 1, first.y);
  await page.mouse.down();
  await page.mouse.move((first.x + last.x) / 2, (first.y + last.y) / 2, { steps: 4 });
  await page.mouse.move(last.x - 1, last.y, { steps: 4 });
  await page.mouse.up();
}

/** Clicks in the middle of `text` in the reader. */
export async function clickText(page: Page, text: string): Promise<void> {
  const { first, last } = await textRects(page, text);
  if (first.y === last.y) await page.mouse.click((first.x + last.x) / 2, first.y);
  else await page.mouse.click(first.x + 4, first.y);
}

/** The margin bars of the open document. */
export function bars(page: Page): Locator {
  return reader(page).getByTestId('passage-bar');
}

/** A fresh project per test: coding tests change the codebook, so none may see another's codes. */
export const codingTest = base.extend<{ lectern: Lectern; app: Page }>({
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

/** The id of the sample document whose title contains `title`. */
export async function documentId(workbench: Workbench, title: string): Promise<number> {
  const list = await workbench.call('documents-list', {});
  const found = list.find((d) => d.title.includes(title));
  if (!found) throw new Error(`No sample document titled "${title}"`);
  return found.id;
}

/** Body offsets of `text` in a document. */
export async function rangeOf(workbench: Workbench, id: number, text: string) {
  const { body } = await workbench.call('documents-get', { id });
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in document ${id}`);
  return { start, end: start + text.length };
}

/**
 * The Baku article open with tags Diplomacy and Security and one Security passage (its bar on
 * screen), as the apply/remove specs start: they then code another sentence and delete it again.
 */
export async function openBakuWithOnePassage(page: Page, workbench: Workbench): Promise<void> {
  const baku = "Secret messages of Lavrov's visit to Baku";
  const id = await documentId(workbench, baku);
  await workbench.call('tags-create', { name: 'Diplomacy' });
  const security = await workbench.call('tags-create', { name: 'Security' });
  const other = await rangeOf(
    workbench,
    id,
    'However, after Brussels summits between Azerbaijani President Ilham Aliyev',
  );
  await workbench.call('passages-create', { document_id: id, ...other, tag_ids: [security.id] });
  await openDocument(page, baku);
}

/**
 * A small codebook with overlapping codes in the Lavrov/Baku article, as a researcher might have
 * after an hour: a hierarchy, colours, memos, nested and overlapping passages.
 */
export async function seedCoding(workbench: Workbench) {
  const id = await documentId(workbench, "Secret messages of Lavrov's visit");
  const politics = await workbench.call('tags-create', { name: 'Politics', color: '#5c7cfa' });
  const diplomacy = await workbench.call('tags-create', {
    name: 'Diplomacy',
    parent_id: politics.id,
    color: '#1c7ed6',
    memo: 'Meetings, visits and statements between governments.',
  });
  const russia = await workbench.call('tags-create', {
    name: 'Russia’s stance',
    parent_id: politics.id,
    color: '#e8590c',
  });
  const eu = await workbench.call('tags-create', { name: 'EU mediation', color: '#2f9e44' });
  const tension = await workbench.call('tags-create', { name: 'Tension', color: '#d6336c' });
  const code = async (text: string, tags: number[], memo = '') => {
    const range = await rangeOf(workbench, id, text);
    return workbench.call('passages-create', { document_id: id, ...range, tag_ids: tags, memo });
  };
  await code('Last week, Russian Foreign Minister Sergei Lavrov visited Azerbaijan.', [diplomacy.id]);
  await code('Lavrov met with Azerbaijani President Ilham Aliyev and his counterpart Jeyhun Bayramov', [
    diplomacy.id,
  ]);
  await code(
    'Ilham Aliyev and his counterpart Jeyhun Bayramov. As a result of these meetings, a joint press conference',
    [diplomacy.id],
  );
  await code(
    'However, after Brussels summits between Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan',
    [eu.id],
    'Brussels format as a rival to Moscow.',
  );
  await code(
    'mediated by the head of the European Council (EU) Charles Michel, the Russian side was clearly nervous',
    [eu.id, tension.id],
  );
  await code(
    'the Russian side was clearly nervous. And so much so that did not hesitate to openly express its dissatisfaction',
    [russia.id],
  );
  return { id, politics, diplomacy, russia, eu, tension };
}
