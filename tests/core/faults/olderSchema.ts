import Database from 'better-sqlite3';
import { loadMigrations } from '../../../src/core/db/migrate';

/**
 * A project file as an earlier Lectern left it: migrations 0001..version applied, user_version
 * set, and one document (with its search index row) of `bodyBytes` of text — the fixture of every
 * earlier schema version, built from the migrations themselves so it cannot drift.
 */
export function databaseAtVersion(path: string, version: number, bodyBytes = 2_000): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  for (const migration of loadMigrations().slice(0, version)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const words = 'lavrov met bayramov in baku to talk about the border and the peace treaty ';
  const body = `Lavrov in Baku. ${words.repeat(Math.ceil(bodyBytes / words.length))}`.slice(0, bodyBytes);
  const id = db
    .prepare(
      `INSERT INTO documents (title, body, raw, format, content_hash, imported_at)
       VALUES ('Lavrov in Baku', ?, ?, 'txt', ?, '2022-06-27T10:00:00.000Z')`,
    )
    .run(body, body, `hash-${version}-${bodyBytes}`).lastInsertRowid;
  db.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)').run(
    id,
    'lavrov in baku',
    body.toLowerCase(),
  );
  db.close();
}
