import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { REPO_ROOT, tempDir } from './helpers/tempProject';

const FILES = 2000;

// A child process imports a large folder; it is killed with SIGKILL while it writes. The project
// must open afterwards, pass SQLite's integrity check, and hold all of that import or none of it.
test('kill -9 during an import leaves a consistent project', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < FILES; i++) {
    const words = Array.from({ length: 600 }, (_, k) => `word${(i * 7919 + k * 104729) % 5000}`).join(' ');
    writeFileSync(join(corpus, `article-${i}.txt`), `Article number ${i}\n\nMarker${i} text: ${words}.\n`);
  }
  const db = join(dir, 'project.lectern');
  const script = `
    const { Workbench } = require(${JSON.stringify(join(REPO_ROOT, 'src/core/workbench.ts'))});
    const wb = new Workbench(${JSON.stringify(db)});
    wb.on('on-import-progress', (p) => { if (p.done === p.total) process.stdout.write('WRITING\\n'); });
    wb.call('import-paths', { paths: [${JSON.stringify(corpus)}] }).then(() => process.stdout.write('DONE\\n'));
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WRITING')) {
        // Let the transaction get under way, then pull the plug.
        setTimeout(() => child.kill('SIGKILL'), 30);
      }
    });
    child.on('exit', () => resolve());
  });
  assert.ok(output.includes('WRITING'), 'the child reached the write phase');

  const workbench = new Workbench(db);
  assert.equal(workbench.db.pragma('integrity_check', { simple: true }), 'ok');
  const count = (await workbench.call('project-info', {})).document_count;
  assert.ok(count === 0 || count === FILES, `all or nothing, got ${count} documents`);
  const hits = (await workbench.call('search', { query: 'article', limit: 10_000 })).total;
  assert.equal(hits, count, 'the search index agrees with the documents');
  // The project still works: an import after the crash succeeds.
  const report = await workbench.call('import-paths', { paths: [corpus] });
  assert.equal(report.imported + report.duplicates, FILES);
  workbench.close();
  console.log(
    `killed ${output.includes('DONE') ? 'after' : 'during'} the write; ${count} documents survived`,
  );
});
