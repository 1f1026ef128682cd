// The project file under faults: a backup that cannot be written (disk full), a damaged file,
// an upgrade from every earlier schema version, backups made, pruned and restored, the lock
// between two long-lived openers, and a busy database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, openSync, readdirSync, closeSync, writeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupsDir, checkCopy, listBackups, restoreWithoutOpening } from '../../../src/core/db/backups';
import { latestSchemaVersion } from '../../../src/core/db/migrate';
import { lockProject } from '../../../src/core/db/projectLock';
import { Workbench } from '../../../src/core/workbench';
import { LecternError } from '../../../src/shared/errors';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from '../helpers/tempProject';
import { databaseAtVersion } from './olderSchema';
import { requireRepo, runChild } from './childProcess';

const version = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};
const isError = (code: string, pattern?: RegExp) => (error: unknown) =>
  error instanceof LecternError && error.code === code && (!pattern || pattern.test(error.message));

for (let from = 1; from < latestSchemaVersion(); from++) {
  test(`a project of schema ${from} upgrades, keeps its documents, after a verified backup`, async () => {
    const path = join(tempDir(), 'old.lectern');
    databaseAtVersion(path, from);
    const workbench = new Workbench(path);
    try {
      assert.equal(workbench.db.pragma('user_version', { simple: true }), latestSchemaVersion());
      assert.equal(workbench.db.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal((await workbench.call('search', { query: 'Lavrov' })).total, 1);
      const [backup] = listBackups(path);
      assert.ok(backup, 'a backup was made before the upgrade');
      assert.equal(backup.reason, `before-v${latestSchemaVersion()}`);
      assert.equal(
        checkCopy(backup.path, from),
        null,
        'the backup opens, passes quick_check, has the old schema',
      );
      // The app works on the upgraded file: coding, notes, the trash of tags.
      const tag = await workbench.call('tags-create', { name: 'Diplomacy' });
      await workbench.call('passages-create', { document_id: 1, start: 0, end: 6, tag_ids: [tag.id] });
      await workbench.call('notes-create', { title: 'After the upgrade' });
    } finally {
      workbench.close();
    }
  });
}

test('a backup cut short by a full disk is never trusted: the upgrade is refused, then retried', async () => {
  const path = join(tempDir(), 'full.lectern');
  databaseAtVersion(path, latestSchemaVersion() - 1, 400_000);
  // The child may write at most 200 KB per file (ulimit -f): VACUUM INTO fails part-way, exactly
  // as on a full disk. Before the fix this left a truncated .bak that the next open trusted.
  const result = await runChild(
    `const { Workbench } = ${requireRepo('src/core/workbench.ts')};
     try { new Workbench(${JSON.stringify(path)}); console.log('OPENED'); }
     catch (error) { console.log('REFUSED ' + error.code + ' ' + error.message); }`,
    { shell: 'ulimit -f 200;' },
  );
  assert.match(
    result.stdout,
    /REFUSED backup-failed .*backup must be made first.*not changed/s,
    result.stderr,
  );
  assert.equal(version(path), latestSchemaVersion() - 1, 'the project was not upgraded without a backup');
  const dir = backupsDir(path);
  const left = existsSync(dir) ? readdirSync(dir) : [];
  assert.deepEqual(left.filter((f) => !f.endsWith('.lectern')).length, 0, `no partial copy left: ${left}`);
  assert.deepEqual(listBackups(path), [], 'no truncated file counts as a backup');

  const workbench = new Workbench(path); // with room on the disk
  workbench.close();
  const [backup] = listBackups(path);
  assert.ok(backup && checkCopy(backup.path, latestSchemaVersion() - 1) === null);
  assert.ok(backup.bytes > 400_000, 'the backup is whole');
  assert.equal(version(path), latestSchemaVersion());
});

test('a damaged project is refused on open, untouched, with the newest backup named; it can be restored', async () => {
  const path = join(tempDir(), 'damaged.lectern');
  const good = new Workbench(path);
  await good.call('import-paths', { paths: [SAMPLE_DIR] });
  const backup = await good.call('backups-create', {});
  good.close();
  const size = statSync(path).size;
  assert.ok(size > 40_000);
  // Random bytes over pages in the middle of the file (the header and schema page stay).
  const fd = openSync(path, 'r+');
  const noise = Buffer.alloc(8192);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  writeSync(fd, noise, 0, noise.length, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
  assert.throws(
    () => new Workbench(path),
    isError('db-damaged', new RegExp(`newest backup is ${backup.file}`)),
  );

  const { restored, set_aside } = restoreWithoutOpening(path);
  assert.equal(restored.file, backup.file);
  assert.ok(existsSync(set_aside), 'the damaged file is kept aside, never deleted');
  const again = new Workbench(path);
  assert.equal((await again.call('project-info', {})).document_count, 5);
  assert.equal((await again.call('search', { query: 'Lawrow' })).total, 4);
  again.close();
});

test('backups: daily while in use, the last N kept, and restore backs up the current state first', async () => {
  const path = join(tempDir(), 'daily.lectern');
  new Workbench(path).close();
  const workbench = new Workbench(path, { dailyBackups: true });
  try {
    const first = await workbench.call('backups-list', {});
    assert.deepEqual(
      first.backups.map((b) => b.reason),
      ['daily'],
    );
    await workbench.call('backups-set-keep', { keep: 3 });
    await workbench.call('import-paths', { paths: [SAMPLE_DIR] });
    const withSamples = await workbench.call('backups-create', {});
    for (let i = 0; i < 3; i++) await workbench.call('backups-create', {});
    assert.equal((await workbench.call('backups-list', {})).backups.length, 3, 'only the newest 3 are kept');
    const tag = await workbench.call('tags-create', { name: 'After the backup' });
    // The sample backup was pruned: restoring it is refused, and nothing changes.
    await assert.rejects(workbench.call('backups-restore', { file: withSamples.file }), isError('not-found'));
    const keep = (await workbench.call('backups-list', {})).backups.at(-1)!;
    const { saved_current } = await workbench.call('backups-restore', { file: keep.file });
    assert.equal(saved_current.reason, 'before-restore');
    assert.equal((await workbench.call('tags-list', {})).length, 0, 'the restored state has no tag');
    assert.equal((await workbench.call('project-info', {})).document_count, 5);
    // … and the state before the restore can itself be restored.
    await workbench.call('backups-restore', { file: saved_current.file });
    assert.deepEqual(
      (await workbench.call('tags-list', {})).map((t) => t.id),
      [tag.id],
    );
    await assert.rejects(
      workbench.call('backups-restore', { file: '../../etc/passwd.lectern' }),
      isError('invalid-argument'),
    );
  } finally {
    workbench.close();
  }
});

test('the project lock: a second app or server is refused by name; a crashed holder’s lock is taken over', async () => {
  const path = join(tempDir(), 'locked.lectern');
  new Workbench(path).close();
  let childPid = 0;
  const holder = runChild(
    `const { Workbench } = ${requireRepo('src/core/workbench.ts')};
     new Workbench(${JSON.stringify(path)}, { lock: 'the Lectern app' });
     console.log('HOLDING ' + process.pid);
     setInterval(() => {}, 1000);`,
    {
      timeoutMs: 60_000,
      onLine: (line, kill) => {
        if (!line.startsWith('HOLDING ')) return;
        childPid = Number(line.slice(8));
        assert.throws(
          () => new Workbench(path, { lock: 'lectern serve' }),
          isError('project-locked', new RegExp(`open in the Lectern app \\(process ${childPid}`)),
        );
        assert.throws(() => lockProject(path, 'a restore'), isError('project-locked'));
        kill(); // kill -9: the lock file stays behind
      },
    },
  );
  const result = await holder;
  assert.ok(childPid > 0, result.stderr);
  assert.equal(result.signal, 'SIGKILL');
  assert.ok(existsSync(`${path}.lock`), 'the killed holder left its lock file');
  const next = new Workbench(path, { lock: 'the Lectern app' });
  next.close();
  assert.ok(!existsSync(`${path}.lock`), 'closing releases the lock');
});

test('a busy project waits, then says so plainly (db-busy), never "database is locked"', async () => {
  const path = join(tempDir(), 'busy.lectern');
  new Workbench(path).close();
  const writer = runChild(
    `const Database = require(${JSON.stringify(join(REPO_ROOT, 'node_modules/better-sqlite3'))});
     const db = new Database(${JSON.stringify(path)});
     db.exec('BEGIN IMMEDIATE'); db.exec("INSERT INTO settings VALUES ('x', 'y')");
     console.log('WRITING');
     // Keep the connection reachable: a collected connection closes and releases the write lock
     // (CI failed once when a garbage collection under load did just that).
     setInterval(() => db.inTransaction, 1000);`,
    {
      timeoutMs: 60_000,
      onLine: (line, kill) => {
        if (line !== 'WRITING') return;
        const probe = runChild(
          `const { Workbench } = ${requireRepo('src/core/workbench.ts')};
           const wb = new Workbench(${JSON.stringify(path)});
           const started = Date.now();
           wb.call('tags-create', { name: 'Waiting' }).then(
             () => console.log('DONE'),
             (e) => console.log('ERROR ' + e.code + ' ' + (Date.now() - started) + ' ' + e.message));`,
          { env: { LECTERN_BUSY_TIMEOUT_MS: '1500' } },
        );
        void probe.then((result) => {
          busyOutput = result.stdout + result.stderr;
          kill();
        });
      },
    },
  );
  let busyOutput = '';
  await writer;
  const match = /ERROR db-busy (\d+) The project is busy/.exec(busyOutput);
  assert.ok(match, busyOutput);
  assert.ok(Number(match[1]) >= 1400, `it waited ${match[1]} ms first`);
  assert.doesNotMatch(busyOutput, /database is locked/);
  void execFileSync;
});
