import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { latestSchemaVersion } from '../../src/core/db/migrate';
import { Workbench } from '../../src/core/workbench';
import { LecternError } from '../../src/shared/errors';
import { SAMPLE_DIR, tempDir } from './helpers/tempProject';

const SNAPSHOT = join(__dirname, 'schema.snapshot.json');
const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Tables, their columns and indexes, as SQLite reports them: any schema change shows up here. */
function describeSchema(path: string) {
  const db = new Database(path, { readonly: true });
  const objects = db
    .prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as Array<{ type: string; name: string }>;
  const schema = {
    user_version: db.pragma('user_version', { simple: true }),
    objects: objects.map(({ type, name }) => ({
      type,
      name,
      ...(type === 'table'
        ? {
            columns: db
              .prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)')
              .all(name),
            indexes: db
              .prepare('SELECT name, "unique", origin FROM pragma_index_list(?) ORDER BY name')
              .all(name),
          }
        : {}),
    })),
  };
  db.close();
  return schema;
}

test('an empty file is migrated to the committed schema snapshot', () => {
  const path = join(tempDir(), 'new.lectern');
  new Workbench(path).close();
  const schema = describeSchema(path);
  if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, JSON.stringify(schema, null, 2) + '\n');
  assert.deepEqual(
    schema,
    JSON.parse(readFileSync(SNAPSHOT, 'utf8')),
    'schema changed: write a migration and run with UPDATE_SCHEMA_SNAPSHOT=1',
  );
  assert.equal(schema.user_version, latestSchemaVersion());
});

test('the connection uses WAL and enforces foreign keys', () => {
  const workbench = new Workbench(join(tempDir(), 'p.lectern'));
  assert.equal(workbench.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(workbench.db.pragma('foreign_keys', { simple: true }), 1);
  workbench.close();
});

test('a project reopens with its documents and search index intact', async () => {
  const path = join(tempDir(), 'p.lectern');
  const first = new Workbench(path);
  await first.call('import-paths', { paths: [SAMPLE_DIR] });
  first.close();
  const again = new Workbench(path);
  assert.equal((await again.call('project-info', {})).document_count, 5);
  assert.equal((await again.call('search', { query: 'Lawrow' })).total, 4);
  again.close();
});

test('a file that is not SQLite is refused with a clear message and left untouched', () => {
  const path = join(tempDir(), 'notes.lectern');
  writeFileSync(path, 'these are my notes, not a database\n'.repeat(100));
  const before = fileHash(path);
  assert.throws(
    () => new Workbench(path),
    (error: unknown) =>
      error instanceof LecternError &&
      error.code === 'db-not-a-database' &&
      /left untouched/.test(error.message),
  );
  assert.equal(fileHash(path), before);
  assert.ok(!existsSync(path + '-wal'));
});

test('a corrupt SQLite file is refused and left untouched', () => {
  const path = join(tempDir(), 'corrupt.lectern');
  const good = new Workbench(path);
  good.close();
  const bytes = readFileSync(path);
  bytes.fill(0xab, 100, 4096); // keep the header, destroy the schema page
  writeFileSync(path, bytes);
  const before = fileHash(path);
  assert.throws(
    () => new Workbench(path),
    (error: unknown) => error instanceof LecternError && error.code === 'db-unreadable',
  );
  assert.equal(fileHash(path), before);
});

test('a project written by a newer Lectern is refused and left untouched', () => {
  const path = join(tempDir(), 'future.lectern');
  const db = new Database(path);
  db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
  db.close();
  const before = fileHash(path);
  assert.throws(
    () => new Workbench(path),
    (error: unknown) =>
      error instanceof LecternError && error.code === 'db-too-new' && /Update Lectern/.test(error.message),
  );
  assert.equal(fileHash(path), before);
});
