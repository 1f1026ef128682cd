import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectFiles } from '../../src/core/import/collectFiles';
import { filePreparer, importWorkerScript, stopImportWorkers } from '../../src/core/import/filePreparer';
import { prepareForImport } from '../../src/core/import/prepareForImport';
import { Workbench } from '../../src/core/workbench';
import type { ImportProgress } from '../../src/shared/model';
import { tempDir, tempWorkbench } from './helpers/tempProject';

function corpus(count: number): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(dir);
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(dir, `story-${String(i).padStart(4, '0')}.txt`),
      `Story ${i} about the harbour\n\nThe harbour board met on day ${i}. “We will rebuild the pier,” said Mara Lind.\n`,
    );
  return dir;
}

test('a large import streams: batches land as it goes, progress has rate and time left', async () => {
  const workbench = tempWorkbench();
  const dir = corpus(400);
  const batches: number[][] = [];
  const progress: ImportProgress[] = [];
  workbench.on('on-documents-changed', ({ ids }) => batches.push(ids));
  workbench.on('on-import-progress', (p) => progress.push(p));
  const report = await workbench.call('import-paths', { paths: [dir] });
  assert.equal(report.imported, 400);
  assert.ok(batches.length >= 4, `written in several short transactions, got ${batches.length}`);
  // Each change event names the documents it added (plus earlier ones whose source boilerplate
  // was learnt from them): together, every imported document exactly once.
  const added = new Set(report.outcomes.flatMap((o) => (o.status === 'imported' ? [o.id] : [])));
  assert.equal(new Set(batches.flat().filter((id) => added.has(id))).size, 400);
  // (The second phase's progress, phase 'quotations', follows: importTwoPhase.test.ts.)
  const last = progress.filter((p) => p.phase === 'reading').at(-1)!;
  assert.equal(last.done, 400);
  assert.equal(last.total, 400);
  assert.ok(typeof last.rate === 'number' && last.rate > 0, 'files per second are reported');
  assert.equal(last.eta_s, 0);
  // A large import returns searchable; its quotations are then read off the main thread
  // (importTwoPhase.test.ts), and quotations-catch-up waits for them.
  assert.equal(report.quotations_pending, 400);
  await workbench.call('quotations-catch-up', {});
  const quotes = await workbench.call('quotes-list', { speaker: 'Mara Lind' });
  assert.equal(quotes.length, 400);
});

test('import-cancel stops after the current batch; what landed is whole and reported', async () => {
  const workbench = tempWorkbench();
  const dir = corpus(600);
  let asked = false;
  workbench.on('on-documents-changed', () => {
    if (!asked) {
      asked = true;
      void workbench.call('import-cancel', {});
    }
  });
  const report = await workbench.call('import-paths', { paths: [dir] });
  assert.equal(report.cancelled, true);
  const count = (await workbench.call('project-info', {})).document_count;
  assert.ok(count > 0 && count < 600, `some files landed, not all: ${count}`);
  assert.equal(report.imported, count, 'the report lists exactly what landed');
  // The story buckets the import held back were stored when it stopped (PendingStoryBands).
  const one = (sql: string) => (workbench.db.prepare(sql).get() as { n: number }).n;
  assert.equal(one('SELECT count(*) AS n FROM story_resign'), 0, 'no document waits for its buckets');
  assert.equal(one('SELECT count(DISTINCT document_id) AS n FROM story_bands'), count);
  assert.equal((await workbench.call('import-cancel', {})).cancelled, false, 'nothing left to cancel');
  const again = await workbench.call('import-paths', { paths: [dir] });
  assert.equal(again.imported, 600 - count);
  assert.equal(again.duplicates, count);
});

test('documents-page sorts and filters in SQLite, pages by offset or after a row, and counts', async () => {
  const workbench = tempWorkbench();
  await workbench.call('import-paths', { paths: [corpus(250)] });
  const first = await workbench.call('documents-page', { sort: 'title', direction: 'asc', limit: 100 });
  assert.equal(first.total, 250);
  assert.equal(first.rows.length, 100);
  assert.equal(first.rows[0]!.title, 'Story 0 about the harbour');
  // Keyset and offset paging agree, and together they walk every document once.
  const byAfter = await workbench.call('documents-page', {
    sort: 'title',
    direction: 'asc',
    after: first.next!,
    limit: 100,
  });
  const byOffset = await workbench.call('documents-page', {
    sort: 'title',
    direction: 'asc',
    offset: 100,
    limit: 100,
  });
  assert.deepEqual(
    byAfter.rows.map((r) => r.id),
    byOffset.rows.map((r) => r.id),
  );
  const all = await workbench.call('documents-list', { sort: 'title', direction: 'desc' });
  const walked: number[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await workbench.call('documents-page', {
      sort: 'title',
      direction: 'desc',
      limit: 77,
      ...(after ? { after } : {}),
    });
    walked.push(...page.rows.map((r) => r.id));
    if (page.next === null) break;
    after = page.next;
  }
  assert.deepEqual(
    walked,
    all.map((d) => d.id),
  );
  const filtered = await workbench.call('documents-page', { filter: { text: 'Story 12' }, limit: 100 });
  assert.equal(filtered.total, 11, 'Story 12 and Story 120–129');
  assert.ok(filtered.rows.every((r) => r.title.startsWith('Story 12')));
  const overview = await workbench.call('documents-overview', {});
  assert.equal(overview.documents, 250);
});

test('files are prepared on worker threads (also when running from TypeScript), with the same result', async () => {
  const dir = corpus(30);
  const files = collectFiles([dir]).files;
  const importedAt = '2026-01-01T00:00:00.000Z';
  // As for an import of many files (a few files are prepared on this thread).
  const threaded = filePreparer(1000, importedAt);
  assert.ok(importWorkerScript() !== null, 'a worker script is found');
  try {
    const results = await Promise.all(files.map((file) => threaded.prepare(file)));
    // A worker that cannot load (tsx's hooks missing in it) retires and leaves this thread to do all.
    assert.ok(threaded.threads > 0, 'the workers are still alive after preparing the files');
    // The same result as preparing the file on this thread.
    assert.deepEqual(results[7], await prepareForImport(files[7]!, importedAt));
    // The workers stay warm for the next import, whatever its size.
    const next = filePreparer(1, importedAt);
    assert.ok(next.threads > 0, 'a later small import uses the running workers');
    assert.deepEqual(await next.prepare(files[3]!), results[3]);
    await next.close();
  } finally {
    await threaded.close();
    await stopImportWorkers();
  }
});

test('the CLI imports on worker threads to the end, then exits (warm workers keep it alive only while they work)', () => {
  const dir = corpus(1000);
  const db = join(tempDir(), 'cli.lectern');
  // The CLI as shipped (bundled, no tsx: tsx's loader thread would keep the process alive and
  // hide the fault). Workers unreferenced for good let it exit mid-import with nothing written;
  // referenced for good they kept it running after the import.
  const root = join(__dirname, '../..');
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'ignore' });
  const cli = join(root, 'out/cli/lectern.cjs');
  const result = spawnSync(process.execPath, [cli, 'import', dir, '--db', db], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(result.signal, null, `the CLI was still running after 120 s: ${result.stderr}`);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /1000 imported/);
  // It waited for the second phase (quotations and entities) and says how long each took.
  assert.match(
    result.stdout,
    /searchable: 1000 documents in [\d.]+ s \(\d+ docs\/s\); quotations and entities: [\d.]+ s; total [\d.]+ s \(\d+ docs\/s\)/,
  );
  const project = new Workbench(db);
  try {
    const left = project.db
      .prepare<[], { n: number }>(
        'SELECT count(*) AS n FROM documents WHERE quotes_detected = 0 OR entities_detected = 0',
      )
      .get()!.n;
    assert.equal(left, 0, 'every document has its quotations and entities when the CLI exits');
  } finally {
    project.close();
  }
});
