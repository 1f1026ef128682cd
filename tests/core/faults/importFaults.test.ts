// Bad inputs, generated here, that once hung the import or aborted a whole batch. Each import runs
// in a child process with a deadline, so a hang fails the test instead of freezing the suite, and
// every batch also holds one good file that must land whatever its neighbours do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportReport } from '../../../src/shared/model';
import { tempDir, tempWorkbench } from '../helpers/tempProject';
import { READERS } from '../../../src/core/import/readers';
import { requireRepo, runChild } from './childProcess';
import { makeZip } from '../../fixtures/formats/makeZip';

const GOOD = 'A good article\n\nLavrov met Bayramov in Baku on Monday to talk about the border.\n';

/** Imports `paths` into a new project in a child process; the report, or why there is none. */
async function importInChild(paths: string[], timeoutMs = 30_000) {
  const db = join(tempDir(), 'project.lectern');
  const result = await runChild(
    `const { Workbench } = ${requireRepo('src/core/workbench.ts')};
     const wb = new Workbench(${JSON.stringify(db)});
     const report = await wb.call('import-paths', { paths: ${JSON.stringify(paths)} });
     process.stdout.write('REPORT ' + JSON.stringify(report) + '\\n');
     wb.close();`,
    { timeoutMs },
  );
  assert.equal(result.timedOut, false, `the import hung (killed after ${timeoutMs} ms)`);
  const line = result.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  assert.ok(line, `no report: ${result.stderr.slice(0, 2000)}`);
  return JSON.parse(line.slice('REPORT '.length)) as ImportReport;
}

test('a folder with a symbolic-link loop finishes and imports each file once', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'good.txt'), GOOD);
  symlinkSync('..', join(dir, 'a', 'up')); // a/up → dir, which holds a
  symlinkSync('a', join(dir, 'b')); // b → a, a second way into the same folder
  const report = await importInChild([dir], 20_000);
  assert.equal(report.imported, 1);
  assert.equal(report.duplicates, 0, 'the folder was entered once, not once per link');
});

test('a FIFO named .txt is skipped with a reason instead of blocking the import', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const report = await importInChild([dir], 20_000);
  assert.equal(report.imported, 1);
  const pipe = report.outcomes.find((o) => o.file.endsWith('pipe.txt'));
  assert.equal(pipe?.status, 'failed');
  assert.match(pipe.message, /not a regular file/);
});

test('a .txt of 140,000 lines and a .md with unclosed front matter import, beside a good file', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  const lines = Array.from({ length: 140_000 }, (_, i) => `Line ${i} of the long list.`);
  writeFileSync(join(dir, 'long.txt'), `A long list\n\n${lines.join('\n')}\n`);
  const fields = Array.from({ length: 140_000 }, (_, i) => `field${i}: value`);
  writeFileSync(join(dir, 'unclosed.md'), `---\ntitle: Never closed\n${fields.join('\n')}\n`);
  // About 4 s of CPU; the deadline only tells a hang from slowness on a loaded machine (30 s
  // was once exceeded at load 20), so it is generous.
  const report = await importInChild([dir], 120_000);
  const byName = (name: string) => report.outcomes.find((o) => o.file.endsWith(name));
  for (const name of ['good.txt', 'long.txt', 'unclosed.md'])
    assert.equal(byName(name)?.status, 'imported', `${name}: ${JSON.stringify(byName(name))}`);
});

test('re-importing an uploaded file never reads a file of the same name from the engine folder', async () => {
  const workbench = tempWorkbench();
  const name = 'package.json'; // a file that does exist in the engine's working folder
  const report = await workbench.call('import-uploads', {
    files: [
      { name: 'notes.txt', data_base64: Buffer.from(GOOD).toString('base64') },
      { name, data_base64: '' },
    ],
  });
  const id = report.outcomes.find((o) => o.status === 'imported');
  assert.ok(id && id.status === 'imported');
  const detail = await workbench.call('documents-get', { id: id.id });
  assert.equal(detail.origin_path, null, 'an upload has no path on this machine');
  await assert.rejects(workbench.call('documents-reimport', { id: id.id }), /was uploaded/);
});

test('an older project whose upload stored a bare name refuses to re-import from the working folder', async () => {
  const workbench = tempWorkbench();
  const report = await workbench.call('import-uploads', {
    files: [{ name: 'README.md', data_base64: Buffer.from(GOOD).toString('base64') }],
  });
  const outcome = report.outcomes[0];
  assert.ok(outcome?.status === 'imported');
  // What earlier versions stored: the upload's name as its path (README.md exists in the cwd).
  workbench.db.prepare('UPDATE documents SET origin_path = ? WHERE id = ?').run('README.md', outcome.id);
  await assert.rejects(workbench.call('documents-reimport', { id: outcome.id }), /was uploaded/);
  assert.equal((await workbench.call('documents-get', { id: outcome.id })).title, 'A good article');
});

// Archives: written now, run once a `.zip` reader is registered (the formats work adds it).
const zipReader = READERS['.zip'];
const noZip = zipReader ? false : 'no .zip reader is registered yet (src/core/import/readers/index.ts)';
if (noZip) console.log(`zip fault cases skipped: ${noZip}`);

test('a zip bomb is refused with a reason, without exhausting memory', { skip: noZip }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  // 2 KB on disk, 1 GB of text inside (ten entries of 100 MB of spaces and a word).
  const inflated = Buffer.alloc(100 * 1024 * 1024, 0x20);
  inflated.write('bomb', 0);
  const bomb = makeZip(Array.from({ length: 10 }, (_, i) => ({ name: `part-${i}.txt`, data: inflated })));
  writeFileSync(join(dir, 'bomb.zip'), bomb);
  const report = await importInChild([dir], 60_000);
  assert.equal(report.outcomes.find((o) => o.file.endsWith('good.txt'))?.status, 'imported');
  const outcome = report.outcomes.find((o) => o.file.includes('bomb.zip'));
  assert.equal(outcome?.status, 'failed', JSON.stringify(outcome));
});

test('a zip-slip archive never writes outside and names its entries safely', { skip: noZip }, async () => {
  const dir = tempDir();
  const target = join(dir, 'escaped.txt');
  const slip = makeZip([
    { name: '../escaped.txt', data: Buffer.from(GOOD) },
    { name: '/tmp/absolute-escape.txt', data: Buffer.from(`${GOOD} absolute`) },
  ]);
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'slip.zip'), slip);
  const report = await importInChild([join(dir, 'in', 'slip.zip')], 30_000);
  assert.ok(!existsSync(target), 'nothing was written beside the archive');
  for (const outcome of report.outcomes) assert.doesNotMatch(outcome.file, /(^|[\\/])\.\.([\\/]|$)/);
});
