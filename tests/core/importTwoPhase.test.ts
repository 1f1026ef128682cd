import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { brownArticle, brownParagraphs } from '../../bench/import/brownCorpus';
import { importPaths, TWO_PHASE_MIN_FILES } from '../../src/core/import/importFiles';
import { Workbench } from '../../src/core/workbench';
import type { ImportProgress } from '../../src/shared/model';
import { tempDir, tempWorkbench } from './helpers/tempProject';

/** Articles of real English prose (the Brown corpus) with their quotations and named people. */
function brownFolder(count: number): string {
  const pool = brownParagraphs();
  const dir = join(tempDir(), 'brown');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    const { title, paragraphs } = brownArticle(pool, i);
    writeFileSync(
      join(dir, `article-${String(i).padStart(4, '0')}.txt`),
      `${title}\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
  return dir;
}

const FILES = Math.max(TWO_PHASE_MIN_FILES, 240);
const folder = brownFolder(FILES);

/** What a researcher sees of the quotations and entities, independent of row ids. */
function readings(workbench: Workbench) {
  const db = workbench.db;
  const quotes = db
    .prepare(
      `SELECT d.title, q.start, q."end", q.exact, q.speaker, q.evidence, q.confidence, q.sieve, q.status
       FROM quote_suggestions q JOIN documents d ON d.id = q.document_id ORDER BY d.title, q.start, q."end"`,
    )
    .all();
  const mentions = db
    .prepare(
      `SELECT d.title, e.kind, e.name, m.start, m."end"
       FROM entity_mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
       ORDER BY d.title, m.start, m."end", e.kind`,
    )
    .all();
  return { quotes, mentions };
}

function pending(workbench: Workbench): { quotes: number; entities: number } {
  return workbench.db
    .prepare<[], { quotes: number; entities: number }>(
      `SELECT (SELECT count(*) FROM documents WHERE quotes_detected = 0) AS quotes,
              (SELECT count(*) FROM documents WHERE entities_detected = 0) AS entities`,
    )
    .get()!;
}

/** The same files imported in one phase (quotations read with each document), for comparison. */
let onephase: ReturnType<typeof readings> | undefined;
async function onePhase() {
  if (!onephase) {
    const workbench = tempWorkbench();
    const report = await importPaths(workbench.context, [folder], { quotations: 'now' });
    assert.equal(report.imported, FILES);
    assert.equal(report.quotations_pending, undefined, 'a one-phase import is complete on return');
    assert.deepEqual(pending(workbench), { quotes: 0, entities: 0 });
    onephase = readings(workbench);
    assert.ok(
      onephase.quotes.length > 50 && onephase.mentions.length > 500,
      'the articles have quotations and names',
    );
  }
  return onephase;
}

test('a large import is searchable first, then its quotations and entities are read: the same as in one phase', async () => {
  const workbench = tempWorkbench();
  const phases = new Set<string | undefined>();
  const quotations: ImportProgress[] = [];
  workbench.on('on-import-progress', (progress) => {
    phases.add(progress.phase);
    if (progress.phase === 'quotations') quotations.push(progress);
  });
  const report = await workbench.call('import-paths', { paths: [folder] });
  assert.equal(report.imported, FILES);
  assert.equal(report.quotations_pending, FILES, 'the report says quotations are still being read');
  // Searchable on return: every document is in the library and the index.
  assert.equal((await workbench.call('project-info', {})).document_count, FILES);
  const hits = await workbench.call('search', { query: '"(17)"', limit: 5 });
  assert.ok(hits.total >= 1, 'a document is found by its words as soon as the import returns');

  const done = await workbench.call('quotations-catch-up', {});
  assert.equal(done.pending, 0);
  assert.equal(done.cancelled, undefined);
  assert.deepEqual(pending(workbench), { quotes: 0, entities: 0 }, 'every document read');
  assert.deepEqual(
    readings(workbench),
    await onePhase(),
    'the same quotations and entities as a one-phase import',
  );
  assert.deepEqual([...phases].sort(), ['quotations', 'reading']);
  const last = quotations.at(-1)!;
  assert.equal(last.total, FILES);
  assert.equal(last.done, FILES, 'progress counts documents up to the total');
  // Nothing left: a second catch-up reads nothing.
  assert.equal((await workbench.call('quotations-catch-up', {})).read, 0);
});

test('a cancel during the second phase leaves the rest pending; the lists and an opened document catch them up', async () => {
  const workbench = tempWorkbench();
  let cancelled = false;
  workbench.on('on-import-progress', (progress) => {
    if (progress.phase === 'quotations' && !cancelled) {
      cancelled = true;
      void workbench.call('import-cancel', {});
    }
  });
  const report = await workbench.call('import-paths', { paths: [folder] });
  assert.equal(report.cancelled, undefined, 'the documents all landed');
  const stopped = await workbench.call('quotations-catch-up', {});
  assert.equal(stopped.cancelled, true);
  assert.ok(stopped.pending > 0, 'documents were left unread');
  assert.deepEqual(
    pending(workbench),
    { quotes: stopped.pending, entities: stopped.pending },
    'they stay flagged',
  );
  // Opening a document reads its quotations first (ensureQuotesDetected).
  const first = workbench.db
    .prepare<[], { id: number }>('SELECT id FROM documents WHERE quotes_detected = 0 ORDER BY id LIMIT 1')
    .get()!.id;
  await workbench.call('quotes-list', { document_id: first });
  assert.equal(pending(workbench).quotes, stopped.pending - 1);
  // The corpus's lists catch up the rest in the background (on the import workers), then announce it.
  const caughtUp = new Promise<void>((resolve) => workbench.on('on-coding-changed', () => resolve()));
  await workbench.call('speakers-list', {});
  // (A backlog of 200 or fewer is read before the list answers, without an event.)
  if (pending(workbench).quotes > 0) await caughtUp;
  assert.deepEqual(pending(workbench), { quotes: 0, entities: 0 });
  const { quotes, mentions } = readings(workbench);
  const expected = await onePhase();
  assert.deepEqual(quotes, expected.quotes);
  assert.equal(mentions.length, expected.mentions.length);
});

test('a project closed between the phases (a crash, a quit) is consistent: searchable, the rest read when reopened', async () => {
  const path = join(tempDir(), 'closed.lectern');
  const first = new Workbench(path);
  const report = await first.call('import-paths', { paths: [folder] });
  assert.equal(report.imported, FILES);
  first.close(); // before the second phase wrote anything (it starts after the report)
  const again = new Workbench(path);
  try {
    assert.equal((await again.call('project-info', {})).document_count, FILES);
    const left = pending(again);
    assert.ok(left.quotes > 0 && left.quotes === left.entities, `left flagged: ${JSON.stringify(left)}`);
    assert.equal(again.db.pragma('integrity_check', { simple: true }), 'ok');
    const done = await again.call('quotations-catch-up', {});
    assert.equal(done.read, left.quotes);
    assert.deepEqual(pending(again), { quotes: 0, entities: 0 });
    assert.deepEqual(readings(again).quotes, (await onePhase()).quotes);
  } finally {
    again.close();
  }
});

test('without worker threads both phases run on this thread, other requests served between batches, with the same result', async () => {
  process.env.LECTERN_IMPORT_WORKER = '0';
  try {
    const workbench = tempWorkbench();
    const report = await workbench.call('import-paths', { paths: [folder] });
    assert.equal(report.quotations_pending, FILES);
    // A request made while the quotations are read is answered before they all are.
    const reading = workbench.call('quotations-catch-up', {});
    let finished = false;
    void reading.then(() => (finished = true));
    await workbench.call('documents-page', { limit: 10 });
    assert.equal(finished, false, 'a list request did not wait for the whole backlog');
    assert.equal((await reading).pending, 0);
    assert.deepEqual(readings(workbench), await onePhase());
  } finally {
    delete process.env.LECTERN_IMPORT_WORKER;
  }
});
