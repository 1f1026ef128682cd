import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { LecternError } from '../../shared/errors';
import type { Backup } from '../../shared/model';
import type { Db } from './open';
import { lockProject } from './projectLock';

/** How many backups a project keeps unless its settings say otherwise. */
export const DEFAULT_KEEP_BACKUPS = 10;
/** A daily backup is due when the newest backup is older than this. */
export const DAILY_MS = 24 * 60 * 60 * 1000;

const BACKUP_NAME = /^(\d{8}T\d{6}\d{3}Z)-([a-z0-9-]+)\.lectern$/;

/** Backups live in a folder beside the project: `My Project.lectern` → `My Project.lectern-backups/`. */
export function backupsDir(projectPath: string): string {
  return join(dirname(projectPath), `${basename(projectPath)}-backups`);
}

/**
 * Copies the open database into the backups folder with VACUUM INTO — written under a temporary
 * name, checked (`PRAGMA quick_check` on the copy, and its schema version), flushed to disk, and
 * only then renamed to a backup name. A copy cut short (full disk, a crash) therefore never looks
 * like a backup, and one that exists is known to open. `reason` says why it was made.
 */
export function createBackup(db: Db, projectPath: string, reason: string): Backup {
  const dir = backupsDir(projectPath);
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const file = `${stamp}-${reason}.lectern`;
  const final = join(dir, file);
  const partial = `${final}.partial`;
  try {
    mkdirSync(dir, { recursive: true });
    rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
    const expected = db.pragma('user_version', { simple: true }) as number;
    const problem = checkCopy(partial, expected);
    if (problem) throw new Error(problem);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, final);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new LecternError(
      'backup-failed',
      `A backup of ${projectPath} could not be written to ${dir} (${code ?? (error as Error).message}). ` +
        'Check free disk space and that the folder is writable.',
      (error as Error).stack,
    );
  }
  return describe(dir, file)!;
}

/** Why a copy is not a good backup (it does not open, fails quick_check, wrong version), or null. */
export function checkCopy(path: string, expectedVersion?: number): string | null {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(path, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `the copy fails SQLite's check (${String(check)})`;
    const version = copy.pragma('user_version', { simple: true }) as number;
    if (expectedVersion !== undefined && version !== expectedVersion)
      return `the copy has schema ${version}, expected ${expectedVersion}`;
    return null;
  } catch (error) {
    return `the copy does not open (${(error as Error).message})`;
  } finally {
    copy?.close();
  }
}

/** The project's backups, newest first. Temporary (unfinished) copies are not listed. */
export function listBackups(projectPath: string): Backup[] {
  const dir = backupsDir(projectPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => describe(dir, file))
    .filter((backup): backup is Backup => backup !== null)
    .sort((a, b) => b.file.localeCompare(a.file));
}

/** Deletes all but the newest `keep` backups; returns how many went. */
export function pruneBackups(projectPath: string, keep: number): number {
  const excess = listBackups(projectPath).slice(Math.max(1, keep));
  for (const backup of excess) rmSync(backup.path, { force: true });
  return excess.length;
}

/**
 * Puts a backup in place of the project file. The caller has closed every connection to the
 * project (and backed up the current state first). The backup is checked before anything is
 * touched, copied beside the project under a temporary name and renamed over it, so the project
 * file is at every moment either the old one or the restored one.
 */
export function restoreBackupFile(projectPath: string, file: string): Backup {
  const dir = backupsDir(projectPath);
  const backup = BACKUP_NAME.test(file) ? describe(dir, file) : null;
  if (!backup) throw new LecternError('not-found', `There is no backup named “${file}” in ${dir}.`);
  const problem = checkCopy(backup.path);
  if (problem)
    throw new LecternError(
      'backup-failed',
      `The backup ${file} cannot be restored: ${problem}. The project was left as it is; choose an older backup.`,
    );
  const incoming = `${projectPath}.restoring`;
  copyFileSync(backup.path, incoming);
  const fd = openSync(incoming, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The old file's WAL must not be replayed into the restored one.
  rmSync(`${projectPath}-wal`, { force: true });
  rmSync(`${projectPath}-shm`, { force: true });
  renameSync(incoming, projectPath);
  return backup;
}

function describe(dir: string, file: string): Backup | null {
  const match = BACKUP_NAME.exec(file);
  if (!match) return null;
  const [, stamp, reason] = match as unknown as [string, string, string];
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const path = join(dir, file);
  let bytes = 0;
  try {
    bytes = statSync(path).size;
  } catch {
    return null;
  }
  return { file, path, created_at: iso, reason, bytes };
}

function nativeBindingOption(): { nativeBinding?: string } {
  const binding = process.env.LECTERN_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}

/**
 * For a project that will not open (damaged): sets the damaged file aside as
 * `<project>.damaged-<time>` (never deleted) and puts the newest backup (or `file`) in its place.
 * Takes the project's lock, so no other window or server has it open.
 */
export function restoreWithoutOpening(
  projectPath: string,
  file?: string,
): { restored: Backup; set_aside: string } {
  const lock = lockProject(projectPath, 'a restore from backup');
  try {
    const chosen = file ?? listBackups(projectPath)[0]?.file;
    if (!chosen)
      throw new LecternError(
        'not-found',
        `There is no backup of ${projectPath} in ${backupsDir(projectPath)}.`,
      );
    const problem = BACKUP_NAME.test(chosen)
      ? checkCopy(join(backupsDir(projectPath), chosen))
      : 'no such backup';
    if (problem)
      throw new LecternError('backup-failed', `The backup ${chosen} cannot be restored: ${problem}.`);
    const setAside = `${projectPath}.damaged-${new Date().toISOString().replace(/[-:.]/g, '')}`;
    if (existsSync(projectPath)) renameSync(projectPath, setAside);
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(projectPath + suffix)) renameSync(projectPath + suffix, setAside + suffix);
    return { restored: restoreBackupFile(projectPath, chosen), set_aside: setAside };
  } finally {
    lock.release();
  }
}
