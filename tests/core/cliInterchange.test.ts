import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from './helpers/tempProject';

function lectern(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return run;
}
const ok = (...args: string[]) => {
  const run = lectern(...args);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
};

test('the codebook and coding from a terminal, then REFI-QDA and tables out and back in', () => {
  const dir = tempDir();
  const db = join(dir, 'a.lectern');
  ok('import', SAMPLE_DIR, '--db', db);
  ok('tag', 'create', 'Actors', '--db', db);
  const russia = JSON.parse(
    ok('tag', 'create', 'Russia', '--parent', 'Actors', '--color', '#aa3300', '--db', db, '--json'),
  );
  assert.equal(russia.path, 'Actors / Russia');
  assert.match(
    ok('tag', 'rename', 'Actors/Russia', 'Russian Federation', '--db', db),
    /Renamed to Actors \/ Russian Federation/,
  );
  assert.match(ok('tag', 'move', 'Russian Federation', '--top', '--db', db), /Moved to Russian Federation/);
  const [doc] = JSON.parse(ok('list', '--db', db, '--json'));
  const passage = JSON.parse(
    ok('code', String(doc.id), '0', '25', '--tag', 'Russian Federation;Actors', '--db', db, '--json'),
  );
  assert.equal(passage.tag_ids.length, 2);
  assert.match(
    lectern('code', String(doc.id), '0', '25', '--tag', 'Nope', '--db', db).stderr,
    /No tag "Nope"/,
  );

  const qdpx = join(dir, 'a.qdpx');
  assert.match(
    ok('export', 'qdpx', '--out', qdpx, '--db', db),
    /Wrote 5 documents, 2 codes, 1 coded passages/,
  );
  const qdc = join(dir, 'a.qdc');
  assert.match(ok('export', 'qdc', '--out', qdc, '--db', db), /Wrote 2 codes/);
  const csv = join(dir, 'p.csv');
  ok('export', 'csv', '--what', 'passages', '--out', csv, '--db', db);
  assert.match(readFileSync(csv, 'utf8'), /Actors; Russian Federation/);
  const xlsx = join(dir, 'm.xlsx');
  assert.match(ok('export', 'csv', '--what', 'matrix', '--out', xlsx, '--db', db), /Wrote 5 rows of matrix/);
  assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), 'PK');

  const b = join(dir, 'b.lectern');
  const report = JSON.parse(ok('import', qdpx, '--db', b, '--json'));
  assert.deepEqual([report.documents, report.tags, report.passages], [5, 2, 1]);
  const c = join(dir, 'c.lectern');
  assert.match(ok('import', qdc, '--db', c), /2 tags/);
  const bad = lectern('import', join(dir, 'p.csv.qdpx'), '--db', c);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /cannot be read/);
});
