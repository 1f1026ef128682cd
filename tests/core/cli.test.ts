import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from './helpers/tempProject';

/** Runs the real CLI as a user would (`npm run lectern -- …` runs the same file). */
function lectern(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

test('import --json reports the five samples with their metadata', () => {
  const db = join(tempDir(), 'x.db');
  const run = lectern(['import', SAMPLE_DIR, '--db', db, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.imported, 5);
  const turan = report.documents.find((doc: { source: string }) => doc.source === 'Turan');
  assert.deepEqual(Object.keys(turan), ['id', 'title', 'published_at', 'source', 'author', 'language']);
  assert.equal(turan.published_at, '2022-06-27');
  assert.ok(report.documents.some((doc: { author: string | null }) => doc.author === 'Farhad Mammadov'));
});

test('list and search --json use the stable field names; search adds snippet and score', () => {
  const db = join(tempDir(), 'x.db');
  lectern(['import', SAMPLE_DIR, '--db', db]);
  const list = JSON.parse(lectern(['list', '--db', db, '--json', '--sort', 'title', '--asc']).stdout);
  assert.equal(list.length, 5);
  assert.equal(
    list[0].title,
    'According to Russian Foreign Minister Sergey Lavrov, the goal of the “collective West,”…',
  );
  const search = JSON.parse(lectern(['search', 'Lawrow', '--db', db, '--json']).stdout);
  assert.equal(search.total, 4);
  assert.deepEqual(Object.keys(search.hits[0]), [
    'id',
    'title',
    'published_at',
    'source',
    'author',
    'language',
    'snippet',
    'score',
  ]);
});

test('human output: a table, and import problems named per file with a non-zero exit', () => {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  execFileSync('sh', ['-c', `printf '' > '${join(dir, 'empty.txt')}'`]);
  const run = lectern(['import', SAMPLE_DIR, join(dir, 'empty.txt'), '--db', db]);
  assert.equal(run.status, 2);
  assert.match(run.stdout, /✗ .*empty\.txt: Not imported: the file is empty\./);
  assert.match(run.stdout, /5 imported, 0 duplicates skipped, 1 failed/);
  const list = lectern(['list', '--db', db]);
  assert.match(list.stdout, /^ID\s+DATE\s+LANG\s+SOURCE\s+TITLE/);
  assert.match(list.stdout, /2022-06-27\s+en\s+Turan/);
});

test('without --db the CLI opens the default project, created with the sample on first run', () => {
  const home = tempDir();
  const run = lectern(['list', '--json'], { LECTERN_HOME: home });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).length, 5);
});

test('a bad database path fails with a clear message', () => {
  const dir = tempDir();
  const notDb = join(dir, 'notes.txt');
  execFileSync('sh', ['-c', `echo 'hello' > '${notDb}'`]);
  const run = lectern(['list', '--db', notDb]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /is not a Lectern project: it is not an SQLite database/);
});
