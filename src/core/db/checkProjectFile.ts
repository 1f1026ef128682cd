import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { recordCleanClose } from './cleanClose';
import { damaged, integrityProblem, nativeBindingOption } from './open';
import { openReadOnly } from './openReadOnly';

/**
 * SQLite's full integrity_check over a project file, read-only (`lectern check`): for when a
 * researcher suspects the disk, or wants certainty before a deadline — the check on open runs
 * only when the file may have met damage (see cleanClose.ts). A damaged file throws the same
 * error as opening it (with the newest backup to restore); a whole one that nothing else has open
 * is recorded as checked now.
 */
export function checkProjectFile(path: string): { path: string; checked_at: string } {
  const db = openReadOnly(path);
  const before = statSync(path, { bigint: true }).mtimeNs;
  let problem: string | null;
  try {
    problem = integrityProblem(db, 'integrity_check');
  } finally {
    db.close();
  }
  if (problem) throw damaged(path, problem);
  // A read-only connection leaves an empty WAL and shared-memory file behind; a read-write one
  // that writes nothing removes them when it is the last to close (the file is whole: safe).
  const cleanup = new Database(path, { fileMustExist: true, ...nativeBindingOption() });
  cleanup.pragma('user_version'); // a connection that never read leaves the files alone
  cleanup.close();
  const checkedAt = new Date().toISOString();
  if (statSync(path, { bigint: true }).mtimeNs === before) recordCleanClose(path, checkedAt);
  return { path, checked_at: checkedAt };
}
