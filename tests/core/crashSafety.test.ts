import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { REPO_ROOT, tempDir } from './helpers/tempProject';

const FILES = 2000;

// A child process imports a large folder; it is killed with SIGKILL in the middle of writing
// (imports commit file batches, each its own short transaction). The project must open
// afterwards, pass SQLite's integrity check, and hold whole files only: every document that
// survived has its index entry and its quotations detected; a second import brings in exactly
// the rest.
test('kill -9 during an import leaves whole files only', { timeout: 180_000 }, async () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < FILES; i++) {
    const words = Array.from({ length: 600 }, (_, k) => `word${(i * 7919 + k * 104729) % 5000}`).join(' ');
    writeFileSync(
      join(corpus, `article-${i}.txt`),
      `Article number ${i}\n\nMarker${i} text: “We will stay,” said Anna Berg. ${words}.\n`,
    );
  }
  const db = join(dir, 'project.lectern');
  // The child reports each committed batch; the kill lands while later batches are written.
  const script = `
    const { Workbench } = require(${JSON.stringify(join(REPO_ROOT, 'src/core/workbench.ts'))});
    const wb = new Workbench(${JSON.stringify(db)});
    let written = 0;
    wb.on('on-documents-changed', (e) => { written += e.ids.length; process.stdout.write('WRITTEN ' + written + '\\n'); });
    wb.call('import-paths', { paths: [${JSON.stringify(corpus)}] }).then(() => process.stdout.write('DONE\\n'));
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let killedAt = 0;
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const written = [...output.matchAll(/WRITTEN (\d+)/g)].map((m) => Number(m[1])).at(-1) ?? 0;
      if (!killedAt && written >= FILES / 4) {
        killedAt = written;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => resolve());
  });
  assert.ok(killedAt > 0, 'the child got under way before the kill');
  assert.ok(!output.includes('DONE'), 'the kill landed before the import finished');

  const workbench = new Workbench(db);
  assert.equal(workbench.db.pragma('integrity_check', { simple: true }), 'ok');
  const count = (await workbench.call('project-info', {})).document_count;
  assert.ok(count >= killedAt && count < FILES, `part of the import landed: ${count} of ${FILES}`);
  const hits = (await workbench.call('search', { query: 'article', limit: 10_000 })).total;
  assert.equal(hits, count, 'the search index agrees with the documents');
  const undetected = workbench.db
    .prepare('SELECT count(*) AS n FROM documents WHERE quotes_detected = 0')
    .get() as { n: number };
  assert.equal(undetected.n, 0, 'no document landed without its quotations');
  const quoted = workbench.db
    .prepare('SELECT count(DISTINCT document_id) AS n FROM quote_suggestions')
    .get() as { n: number };
  assert.equal(quoted.n, count, 'each surviving document has its quotation');
  // The project still works: importing again brings in exactly what was missing.
  const report = await workbench.call('import-paths', { paths: [corpus] });
  assert.equal(report.duplicates, count);
  assert.equal(report.imported, FILES - count);
  workbench.close();
  console.log(`killed after ${killedAt} documents were reported written; ${count} survived whole`);
});
