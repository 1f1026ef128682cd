import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { tempDir } from './helpers/tempProject';
import { requireRepo, runChild } from './faults/childProcess';

const FILES = 1200;

// A child process imports a large folder; a TEMP trigger on documents calls a function that tells
// the parent "inside the transaction" (after the 600th row is written, before the commit) and then
// holds still for a moment, so the parent's SIGKILL provably lands mid-transaction. The project
// must then pass SQLite's integrity check, hold none of the interrupted transaction's documents
// (the one being written when the signal came is certainly absent), every document it does hold
// must be whole, and the search index must agree with the documents.
test('kill -9 inside an import transaction leaves no part of it', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < FILES; i++) {
    const words = Array.from({ length: 300 }, (_, k) => `word${(i * 7919 + k * 104729) % 5000}`).join(' ');
    writeFileSync(join(corpus, `article-${i}.txt`), `Article number ${i}\n\nMarker${i} text: ${words}.\n`);
  }
  const db = join(dir, 'project.lectern');
  new Workbench(db).close();
  let signalled: { id: number; committed: number } | null = null;
  const result = await runChild(
    `const { writeSync } = require('node:fs');
     const { Workbench } = ${requireRepo('src/core/workbench.ts')};
     const wb = new Workbench(${JSON.stringify(db)});
     const pause = new Int32Array(new SharedArrayBuffer(4));
     wb.db.function('inside_transaction', (id) => {
       // Documents this connection has committed so far: a second connection sees only those.
       const committed = require(${JSON.stringify(require.resolve('better-sqlite3'))})(${JSON.stringify(db)}, { readonly: true });
       const n = committed.prepare('SELECT count(*) AS n FROM documents').get().n;
       committed.close();
       writeSync(1, 'IN-TRANSACTION ' + id + ' ' + n + '\\n');
       Atomics.wait(pause, 0, 0, 5000); // hold still: the kill comes now
       return 0;
     });
     wb.db.exec("CREATE TEMP TRIGGER signal_parent AFTER INSERT ON documents WHEN NEW.id % 600 = 0 BEGIN SELECT inside_transaction(NEW.id); END");
     await wb.call('import-paths', { paths: [${JSON.stringify(corpus)}] });
     console.log('DONE');`,
    {
      timeoutMs: 100_000,
      onLine: (line, kill) => {
        const match = /^IN-TRANSACTION (\d+) (\d+)$/.exec(line);
        if (match && !signalled) {
          signalled = { id: Number(match[1]), committed: Number(match[2]) };
          kill();
        }
      },
    },
  );
  assert.ok(signalled, `the child never reached the transaction: ${result.stderr.slice(0, 2000)}`);
  const { id, committed } = signalled as { id: number; committed: number };
  assert.equal(result.signal, 'SIGKILL');
  assert.doesNotMatch(result.stdout, /DONE/, 'killed before the import finished');

  const workbench = new Workbench(db);
  try {
    assert.equal(workbench.db.pragma('integrity_check', { simple: true }), 'ok');
    const count = (await workbench.call('project-info', {})).document_count;
    assert.equal(
      count,
      committed,
      'exactly what was committed before the kill survived; nothing of the open transaction',
    );
    assert.equal(
      (workbench.db.prepare('SELECT count(*) AS n FROM documents WHERE id = ?').get(id) as { n: number }).n,
      0,
      `document ${id}, written when the kill came, is gone`,
    );
    assert.equal(
      (await workbench.call('search', { query: 'article', limit: 10_000 })).total,
      count,
      'index = documents',
    );
    // The import holds story buckets back (PendingStoryBands) and was killed before storing them:
    // the reopened project stores them from story_resign, so later reprints still find these.
    const queued = () =>
      (workbench.db.prepare('SELECT count(*) AS n FROM story_resign').get() as { n: number }).n;
    for (let waited = 0; queued() > 0 && waited < 30_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(queued(), 0, 'the documents left unbucketed by the kill were bucketed on reopening');
    assert.equal(
      (
        workbench.db.prepare('SELECT count(DISTINCT document_id) AS n FROM story_bands').get() as {
          n: number;
        }
      ).n,
      count,
      'every surviving document has its story buckets',
    );
    const report = await workbench.call('import-paths', { paths: [corpus] });
    assert.equal(report.imported + report.duplicates, FILES, 'the project still works');
    console.log(`killed inside the transaction at document ${id}; ${count} committed documents survived`);
  } finally {
    workbench.close();
  }
});
