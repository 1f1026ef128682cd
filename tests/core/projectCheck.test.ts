// When opening a project runs SQLite's quick_check (it reads every page: seconds at 100,000
// documents): after a crash, after any outside change, weekly — not after Lectern's own clean close.
// And `lectern check`, the full check on request.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkReason, closeRecordPath, RECHECK_MS } from '../../src/core/db/cleanClose';
import { Workbench } from '../../src/core/workbench';
import { LecternError } from '../../src/shared/errors';
import { requireRepo, runChild } from './faults/childProcess';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from './helpers/tempProject';

function lectern(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

/** Random-looking bytes over a page in the middle of the file (its size stays the same). */
function damage(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  writeSync(fd, noise, 0, noise.length, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
}

const isDamaged = (error: unknown) => error instanceof LecternError && error.code === 'db-damaged';

async function sampleProject(): Promise<string> {
  const path = join(tempDir(), 'project.lectern');
  const workbench = new Workbench(path);
  await workbench.call('import-paths', { paths: [SAMPLE_DIR] });
  workbench.close();
  return path;
}

test('a project Lectern closed cleanly opens without a check; the record goes stale after a week', async () => {
  const path = await sampleProject();
  assert.equal(checkReason(path), null, 'closed cleanly, untouched since');
  new Workbench(path).close();
  assert.equal(checkReason(path), null, 'still vouched for after a read-only session');
  assert.match(checkReason(path, Date.now() + RECHECK_MS + 1000) ?? '', /over a week old/);
  rmSync(closeRecordPath(path));
  assert.match(checkReason(path) ?? '', /no record of a clean close/, 'a copied project is checked');
});

test('a project left open by a crash (kill -9) is checked on open, and damage found', async () => {
  const path = await sampleProject();
  const result = await runChild(
    `const { Workbench } = ${requireRepo('src/core/workbench.ts')};
     const workbench = new Workbench(${JSON.stringify(path)});
     await workbench.call('tags-create', { name: 'Written before the crash' });
     console.log('READY');
     setInterval(() => {}, 1000);`,
    { onLine: (line, kill) => line === 'READY' && kill() },
  );
  assert.equal(result.signal, 'SIGKILL', result.stderr);
  assert.match(checkReason(path) ?? '', /not closed cleanly/);
  damage(path);
  assert.throws(() => new Workbench(path), isDamaged);
});

test('damage written right after a clean close is found on the next open, every time', async () => {
  // The close record and an outside write can fall into one tick of the file system's clock;
  // the record must not vouch for a file written in its own tick.
  for (let round = 0; round < 5; round++) {
    const path = join(tempDir(), `round-${round}.lectern`);
    const workbench = new Workbench(path);
    await workbench.call('import-paths', { paths: [SAMPLE_DIR] });
    await workbench.call('tags-create', { name: `Round ${round}` });
    workbench.close();
    damage(path);
    assert.throws(() => new Workbench(path), isDamaged, `round ${round}`);
  }
});

test('lectern check runs the full check: a whole project passes, a damaged one names its backup', async () => {
  const path = await sampleProject();
  const workbench = new Workbench(path);
  const backup = await workbench.call('backups-create', {});
  workbench.close();
  rmSync(closeRecordPath(path));
  const whole = lectern(['check', '--db', path, '--json']);
  assert.equal(whole.status, 0, whole.stderr);
  assert.equal(JSON.parse(whole.stdout).ok, true);
  assert.equal(checkReason(path), null, 'a passed check is recorded');

  damage(path);
  const broken = lectern(['check', '--db', path]);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, new RegExp(`is damaged .*newest backup is ${backup.file}`, 's'));
});
