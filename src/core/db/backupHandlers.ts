import type { BackupHandlers } from '../../shared/api';
import type { Backup } from '../../shared/model';
import type { Context } from '../workbench';
import { backupsDir, createBackup, DEFAULT_KEEP_BACKUPS, listBackups, pruneBackups } from './backups';
import type { Db } from './open';

/** How many backups the project keeps (its `backups.keep` setting). */
export function keepBackups(db: Db): number {
  const row = db
    .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'backups.keep'")
    .get();
  const keep = Number(row?.value);
  return Number.isSafeInteger(keep) && keep >= 1 ? keep : DEFAULT_KEEP_BACKUPS;
}

/** List, make and restore verified backups; the restore itself is the Workbench's (it reopens). */
export function backupHandlers(
  { db, path }: Context,
  restore: (file: string) => { restored: Backup; saved_current: Backup },
): BackupHandlers {
  const list = () => ({ dir: backupsDir(path), keep: keepBackups(db), backups: listBackups(path) });
  return {
    'backups-list': async () => list(),
    'backups-create': async () => {
      const backup = createBackup(db, path, 'manual');
      pruneBackups(path, keepBackups(db));
      return backup;
    },
    'backups-restore': async ({ file }) => restore(file),
    'backups-set-keep': async ({ keep }) => {
      db.prepare(
        "INSERT INTO settings (key, value) VALUES ('backups.keep', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(String(keep));
      pruneBackups(path, keep);
      return list();
    },
  };
}
