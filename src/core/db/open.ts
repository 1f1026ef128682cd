import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LecternError } from '../../shared/errors';
import { backupsDir, listBackups } from './backups';
import { checkReason, lastCheckedAt, recordCleanClose } from './cleanClose';
import { latestSchemaVersion, migrate } from './migrate';
import { otherLockHolder } from './projectLock';

/** The one database handle type the rest of core receives. Only src/core/db imports better-sqlite3. */
export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** How long a write waits for another connection's transaction before saying the project is busy. */
export const BUSY_TIMEOUT_MS = Number(process.env.LECTERN_BUSY_TIMEOUT_MS) || 15_000; // env: tests only

/** Each open connection's project path and when its file was last found whole, for its clean close. */
const opened = new WeakMap<Db, { path: string; checkedAt: string }>();

/**
 * Opens (or creates) a project database, refusing files that are not SQLite, that are damaged
 * (`PRAGMA quick_check`, when the file may have met damage since Lectern last closed it: see
 * cleanClose.ts) or that a newer Lectern wrote — before anything is written, so the file stays
 * untouched. Then sets the connection up (WAL, foreign keys, a busy wait) and applies pending
 * migrations (after a verified backup; not while another process holds the project).
 * Close it with closeDatabase, which records the clean close.
 */
export function openDatabase(path: string): Db {
  const existed = existsSync(path) && statSync(path).size > 0;
  const mustCheck = existed && checkReason(path) !== null;
  const checkedAt = (!mustCheck && existed && lastCheckedAt(path)) || new Date().toISOString();
  const version = existed ? checkBeforeOpening(path, mustCheck) : 0;
  if (existed && version < latestSchemaVersion()) {
    const other = otherLockHolder(path);
    if (other)
      throw new LecternError(
        'project-locked',
        `${path} needs an upgrade to this version of Lectern, but it is open in ${other.holder} (process ${other.pid}). Close it there first.`,
      );
  }
  const db = new Database(path, nativeBindingOption());
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // A long import in another window or the CLI holds the write lock for a while: wait, then
    // say so plainly (Workbench turns SQLITE_BUSY into a db-busy error), never "database is locked".
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db, { backupBeforeMigrating: existed ? path : null });
    opened.set(db, { path, checkedAt });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Closes a connection from openDatabase and, when it was the last one on the file, records the
 * clean close, so the next open can skip quick_check. Safe to call on a closed connection.
 */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.close();
  const info = opened.get(db);
  if (info) recordCleanClose(info.path, info.checkedAt);
}

/**
 * Reads the header, user_version and (when `quickCheck`) SQLite's quick_check read-only: nothing
 * is written to a file we refuse. Returns the schema version.
 */
function checkBeforeOpening(path: string, quickCheck: boolean): number {
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
    // Pages of garbage open without complaint, then search finds nothing and imports write into
    // a broken file: check every page now, before anything is written.
    if (quickCheck) {
      const problem = integrityProblem(probe, 'quick_check');
      if (problem) throw damaged(path, problem);
    }
    return version;
  } catch (error) {
    if (error instanceof LecternError) throw error;
    // Unreadable as SQLite at all (its schema page destroyed …): the same advice, another code.
    throw damaged(path, (error as Error).message, 'db-unreadable');
  } finally {
    probe?.close();
  }
}

/** What SQLite's quick_check or integrity_check finds wrong, or null when the file is whole. */
export function integrityProblem(db: Db, pragma: 'quick_check' | 'integrity_check'): string | null {
  let check: unknown;
  try {
    check = db.pragma(pragma, { simple: true });
  } catch (error) {
    check = (error as Error).message; // a table too broken to check ("vtable constructor failed")
  }
  return check === 'ok' ? null : String(check);
}

/** The damaged-project error: what is wrong, and the newest backup to restore. */
export function damaged(
  path: string,
  finding: string,
  code: 'db-damaged' | 'db-unreadable' = 'db-damaged',
): LecternError {
  const latest = listBackups(path)[0];
  return new LecternError(
    code,
    `${path} is damaged (SQLite's check found: ${finding.slice(0, 200)}). It was left untouched and not opened, so nothing more is written into it. ` +
      (latest
        ? `The newest backup is ${latest.file} (${latest.created_at}); restore it (the app offers to when it starts; on the command line: lectern backups restore --latest).`
        : `There is no backup in ${backupsDir(path)}; copy the file somewhere safe and try the sqlite3 “.recover” command.`),
    latest?.file,
  );
}

/**
 * The desktop shell in development runs on Electron's ABI and points LECTERN_SQLITE_BINDING at a
 * copy of better-sqlite3 built for it (scripts/prepare-electron-sqlite.mjs); Node (CLI, tests,
 * server) and packaged builds use the module's own binary.
 */
export function nativeBindingOption(): { nativeBinding?: string } {
  const binding = process.env.LECTERN_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}
