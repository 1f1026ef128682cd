import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, tempDir } from './helpers/tempProject';

function lectern(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

test('note import, then export markdown writes the files', () => {
  const dir = tempDir();
  const db = join(dir, 'p.lectern');
  writeFileSync(join(dir, 'first.md'), '# First thoughts\n\nSee [[Second]].\n');
  writeFileSync(join(dir, 'second.md'), '---\ntitle: Second\n---\n\n- a point\n');
  const imported = lectern('note', 'import', join(dir, 'first.md'), join(dir, 'second.md'), '--db', db);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /→ note #1 “First thoughts”/);
  const out = join(dir, 'out');
  const exported = lectern('export', 'markdown', '--db', db, '--out', out, '--links', 'relative');
  assert.equal(exported.status, 0, exported.stderr);
  assert.match(exported.stdout, /Wrote 2 notes to /);
  // .lectern-export.json: what Lectern wrote here, so a later export replaces only those.
  assert.deepEqual(readdirSync(out).sort(), ['.lectern-export.json', 'First thoughts.md', 'Second.md']);
  assert.match(readFileSync(join(out, 'First thoughts.md'), 'utf8'), /See \[Second\]\(Second\.md\)\./);
  const one = lectern('export', 'markdown', '--db', db, '--out', join(dir, 'one'), '--note', '2', '--json');
  assert.deepEqual(JSON.parse(one.stdout).notes, 1);
});

test('export errors say what to do', () => {
  const db = join(tempDir(), 'p.lectern');
  assert.match(
    lectern('export', 'markdown', '--db', db).stderr,
    /Name the folder to write to with --out DIR/,
  );
  assert.match(
    lectern('export', 'markdown', '--db', db, '--out', 'x', '--note', 'abc').stderr,
    /--note takes note ids/,
  );
  assert.match(lectern('note', 'import', '/nonexistent.md', '--db', db).stderr, /cannot be read \(ENOENT\)/);
});
