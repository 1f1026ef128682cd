import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../../shared/errors';
import { createBackup } from './backups';
import type { Db } from './open';

/** A numbered schema step: `0003_passages.sql` → version 3. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Source tree: src/core/db/migrations. Bundled Electron main: out/main/migrations (copied by
// electron.vite.config.ts). Both sit beside the code that runs.
const migrationsDir = join(__dirname, 'migrations');

let cached: Migration[] | undefined;

/** All migrations shipped with this build, in order. Landed files are never edited. */
export function loadMigrations(): Migration[] {
  if (cached) return cached;
  if (!existsSync(migrationsDir))
    throw new Error(`Lectern is missing its migrations folder: ${migrationsDir}`);
  const migrations = readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file,
      sql: readFileSync(join(migrationsDir, file), 'utf8'),
    }));
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new Error(`Migration numbering has a gap at ${migration.name}`);
  });
  cached = migrations;
  return migrations;
}

export function latestSchemaVersion(): number {
  return loadMigrations().length;
}

/**
 * Brings the schema up to date, one transaction per step, recording each step in user_version.
 * An existing project is first copied to a verified backup (backups.ts: written under a temporary
 * name, checked, then renamed) — every time, never trusting a file of the right name — and if no
 * backup can be made the upgrade is refused with the project untouched.
 */
export function migrate(db: Db, options: { backupBeforeMigrating: string | null }): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = loadMigrations().filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  if (options.backupBeforeMigrating && current > 0) {
    try {
      createBackup(db, options.backupBeforeMigrating, `before-v${pending.at(-1)!.version}`);
    } catch (error) {
      throw new LecternError(
        'backup-failed',
        `${options.backupBeforeMigrating} needs an upgrade to this version of Lectern, and a backup must be made first, but it failed: ${(error as Error).message} The project was not changed.`,
        (error as LecternError).detail,
      );
    }
  }
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
