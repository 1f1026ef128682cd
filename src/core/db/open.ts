import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LecternError } from '../../shared/errors';
import { latestSchemaVersion, migrate } from './migrate';

/** The one database handle type the rest of core receives. Only src/core/db imports better-sqlite3. */
export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Opens (or creates) a project database, refusing files that are not SQLite or that a newer
 * Lectern wrote — in both cases before anything is written, so the file stays untouched.
 * Then sets the connection up (WAL, foreign keys) and applies pending migrations.
 */
export function openDatabase(path: string): Db {
  const existed = existsSync(path) && statSync(path).size > 0;
  if (existed) checkBeforeOpening(path);
  const db = new Database(path, nativeBindingOption());
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, { backupBeforeMigrating: existed ? path : null });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Reads the header and user_version read-only: nothing is written to a file we refuse. */
function checkBeforeOpening(path: string): void {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new LecternError(
      'db-not-a-database',
      `${path} is not a Lectern project: it is not an SQLite database (corrupt, or another kind of file). ` +
        'It was left untouched. Choose another file, or restore it from a backup.',
    );
  }
  let probe: Db | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
    const version = probe.pragma('user_version', { simple: true }) as number;
    probe.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (version > latestSchemaVersion()) {
      throw new LecternError(
        'db-too-new',
        `${path} was written by a newer version of Lectern (schema ${version}; this version knows up to ${latestSchemaVersion()}). ` +
          'It was left untouched. Update Lectern to open it.',
      );
    }
  } catch (error) {
    if (error instanceof LecternError) throw error;
    throw new LecternError(
      'db-unreadable',
      `${path} could not be read as a Lectern project: ${(error as Error).message}. It was left untouched. ` +
        'Restore it from a backup (Lectern keeps one beside the file before each upgrade).',
      (error as Error).message,
    );
  } finally {
    probe?.close();
  }
}

/**
 * The desktop shell in development runs on Electron's ABI and points LECTERN_SQLITE_BINDING at a
 * copy of better-sqlite3 built for it (scripts/prepare-electron-sqlite.mjs); Node (CLI, tests,
 * server) and packaged builds use the module's own binary.
 */
function nativeBindingOption(): { nativeBinding?: string } {
  const binding = process.env.LECTERN_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}
