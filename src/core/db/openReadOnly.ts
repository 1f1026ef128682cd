import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LecternError } from '../../shared/errors';
import type { Db } from './open';

/**
 * Opens another project file only to read it (a colleague's copy to merge): never migrated,
 * never written. Refuses, with a reason, a file that is missing or is not SQLite.
 */
export function openReadOnly(path: string): Db {
  const header = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new LecternError(
      'not-found',
      `${path} cannot be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path.`,
    );
  }
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new LecternError('db-not-a-database', `${path} is not a Lectern project (not an SQLite database).`);
  }
  const binding = process.env.LECTERN_SQLITE_BINDING;
  return new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(binding ? { nativeBinding: binding } : {}),
  });
}
