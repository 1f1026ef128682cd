import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Workbench } from '../../src/core/workbench';
import { tempDir, tempWorkbench } from './helpers/tempProject';

/** `count` short articles, each with one quotation by Mara Lind, titled so they interleave. */
async function importStories(workbench: Workbench, from: number, count: number, prefix: string) {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(dir);
  for (let i = from; i < from + count; i++)
    writeFileSync(
      join(dir, `${prefix}-${i}.txt`),
      `${prefix} story ${String(i).padStart(4, '0')} about the harbour\n\nThe board met on day ${i}. “We will rebuild the pier,” said Mara Lind.\n`,
    );
  const report = await workbench.call('import-paths', { paths: [dir] });
  assert.equal(report.imported, count);
}

/** Pages a list to its end with `after`, running `between` after the first page. */
async function pageAll<Row extends { id: number }>(
  fetch: (after: number | undefined) => Promise<{ rows: Row[]; next: number | null }>,
  limit: number,
  between: () => Promise<void>,
): Promise<Row[]> {
  const seen: Row[] = [];
  let after: number | undefined;
  for (let page = 0; ; page++) {
    const answer = await fetch(after);
    assert.ok(answer.rows.length <= limit, `a page holds at most ${limit} rows, got ${answer.rows.length}`);
    seen.push(...answer.rows);
    if (page === 0) await between();
    if (answer.next === null) break;
    after = answer.next;
  }
  return seen;
}

function assertEachOnce(seen: Array<{ id: number }>, expected: number[]): void {
  const ids = seen.map((row) => row.id);
  assert.equal(new Set(ids).size, ids.length, 'no row repeats across pages');
  for (const id of expected) assert.ok(ids.includes(id), `row ${id} is on a page`);
}

test('list commands answer a page, never the whole list: limits are bounded and defaulted', async () => {
  const workbench = tempWorkbench();
  for (let i = 0; i < 130; i++) await workbench.call('notes-create', { title: `Note ${i}` });
  const page = await workbench.call('notes-page', {});
  assert.equal(page.rows.length, 100, 'a default page');
  assert.equal(page.total, 130, 'with the count of every note');
  await assert.rejects(workbench.call('notes-page', { limit: 501 }), /500 or less/);
  await assert.rejects(workbench.call('quotes-page', { limit: 501 }), /500 or less/);
  await assert.rejects(workbench.call('documents-page', { limit: 1001 }), /1,000 or less/);
  const rest = await workbench.call('notes-page', { offset: 100, count: false });
  assert.equal(rest.rows.length, 30);
  assert.equal(rest.total, null, 'no count when the caller has it');
});

test('notes pages by key are stable while notes are written between pages', async () => {
  const workbench = tempWorkbench();
  const ids: number[] = [];
  for (let i = 0; i < 120; i++) ids.push((await workbench.call('notes-create', { title: `Note ${i}` })).id);
  for (const sort of ['updated', 'title'] as const) {
    let extra = 0;
    const seen = await pageAll(
      (after) => workbench.call('notes-page', { sort, limit: 25, ...(after ? { after } : {}) }),
      25,
      async () => {
        // New notes land at the top (Recent) or anywhere in A–Z: those already listed stay put.
        for (let i = 0; i < 7; i++) await workbench.call('notes-create', { title: `Note ${sort}${extra++}` });
      },
    );
    assertEachOnce(seen, ids);
    if (sort === 'title') {
      const titles = seen.map((note) => note.title.toLowerCase());
      assert.deepEqual(titles, [...titles].sort(), 'in A–Z order across pages');
    }
  }
  // Paging after a note that has since been deleted for good says what to do.
  await workbench.call('notes-delete', { id: ids[0]! });
  await workbench.call('notes-purge', { id: ids[0]! });
  await assert.rejects(workbench.call('notes-page', { after: ids[0]! }), /page from the start again/);
});

test('library pages by key are stable while documents are imported between pages', async () => {
  const workbench = tempWorkbench();
  await importStories(workbench, 0, 120, 'Harbour');
  const first = await workbench.call('documents-page', { sort: 'title', direction: 'asc', limit: 1000 });
  const ids = first.rows.map((doc) => doc.id);
  assert.equal(ids.length, 120);
  const seen = await pageAll(
    (after) =>
      workbench.call('documents-page', {
        sort: 'title',
        direction: 'asc',
        limit: 30,
        ...(after ? { after } : {}),
      }),
    30,
    // Titles that sort among those not yet listed ("Harbour story 0061" < "Harbourside …").
    () => importStories(workbench, 0, 15, 'Harbourmaster'),
  );
  assertEachOnce(seen, ids);
  assert.equal(seen.length, 135, 'the new documents are listed once, where they sort');
});

test('quotation pages: keyset-stable under new imports, counts by status from SQLite', async () => {
  const workbench = tempWorkbench();
  await importStories(workbench, 0, 90, 'Pier');
  const all = await workbench.call('quotes-page', { speaker: 'Mara Lind', limit: 500 });
  assert.equal(all.total, 90);
  assert.deepEqual(all.counts, { open: 90, accepted: 0, dismissed: 0 });
  await workbench.call('quotes-accept', { id: all.rows[5]!.id });
  await workbench.call('quotes-dismiss', { id: all.rows[6]!.id });
  const counted = await workbench.call('quotes-page', { speaker: 'Mara Lind', status: 'open', limit: 10 });
  assert.deepEqual(counted.counts, { open: 88, accepted: 1, dismissed: 1 });
  assert.equal(counted.total, 88, 'the total is of the status asked for');
  assert.equal(counted.rows.length, 10);
  const seen = await pageAll(
    (after) =>
      workbench.call('quotes-page', { speaker: 'Mara Lind', limit: 20, ...(after ? { after } : {}) }),
    20,
    () => importStories(workbench, 100, 10, 'Quay'),
  );
  assertEachOnce(
    seen,
    all.rows.map((quote) => quote.id),
  );
  assert.equal(seen.length, 100);
});

test('the library and the trash count and list from their indexes: trashed documents move across', async () => {
  const workbench = tempWorkbench();
  await importStories(workbench, 0, 40, 'Dock');
  const all = await workbench.call('documents-page', { limit: 100 });
  assert.equal(all.total, 40);
  const trashed = all.rows.slice(0, 3).map((doc) => doc.id);
  await workbench.call('documents-delete', { ids: trashed });
  const library = await workbench.call('documents-page', { limit: 100 });
  assert.equal(library.total, 37);
  assert.ok(library.rows.every((doc) => !trashed.includes(doc.id)));
  const overview = await workbench.call('documents-overview', {});
  assert.equal(overview.documents, 37, 'the overview counts the library, not the trash');
  assert.equal(overview.languages.find((l) => l.value === 'en')?.count, 37);
  assert.equal((await workbench.call('project-info', {})).document_count, 37);
  const bySource = await workbench.call('documents-page', { filter: { language: 'en' }, limit: 100 });
  assert.equal(bySource.total, 37, 'a filtered count leaves the trash out too');
  const trash = await workbench.call('documents-page', {
    filter: { trash: true },
    sort: 'imported_at',
    limit: 2,
  });
  assert.equal(trash.total, 3);
  assert.equal(trash.rows.length, 2);
  const rest = await workbench.call('documents-page', {
    filter: { trash: true },
    sort: 'imported_at',
    limit: 2,
    after: trash.next!,
  });
  assert.deepEqual(new Set([...trash.rows, ...rest.rows].map((doc) => doc.id)), new Set(trashed));
  await workbench.call('documents-restore', { ids: trashed });
  assert.equal((await workbench.call('documents-page', { limit: 1 })).total, 40);
  assert.equal((await workbench.call('documents-page', { filter: { trash: true }, limit: 1 })).total, 0);
});
