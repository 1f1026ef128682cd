import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
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

test('merge and agreement --json from a terminal', async () => {
  const dir = tempDir();
  const mine = join(dir, 'mine.lectern');
  const setup = new Workbench(mine);
  await setup.call('import-paths', { paths: [SAMPLE_DIR] });
  const tag = await setup.call('tags-create', { name: 'Lavrov' });
  setup.close();
  const theirs = join(dir, 'ben.lectern');
  copyFileSync(mine, theirs);
  for (const [path, end] of [
    [mine, 40],
    [theirs, 50],
  ] as const) {
    const wb = new Workbench(path);
    const [doc] = await wb.call('documents-list', {});
    await wb.call('passages-create', { document_id: doc!.id, start: 0, end, tag_ids: [tag.id] });
    wb.close();
  }
  assert.match(
    ok('merge', theirs, '--db', mine),
    /Merged .*ben\.lectern as coder "ben" \(#2\): 1 passages added/,
  );
  const report = JSON.parse(ok('agreement', '--db', mine, '--json'));
  assert.equal(report.coder_b.name, 'ben');
  assert.equal(report.tags[0].tag_path, 'Lavrov');
  assert.equal(report.disagreements.length, 1);
});
