import { LecternError } from '../../shared/errors';

/**
 * SQLite's "database is locked" (SQLITE_BUSY), after the connection waited busy_timeout for
 * another writer, as an error a researcher can act on — or null for any other error.
 */
export function asBusy(error: unknown): LecternError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY')) return null;
  return new LecternError(
    'db-busy',
    'The project is busy: another Lectern window or a `lectern` command is writing to it (a long import?). ' +
      'Nothing was changed; try again when it has finished.',
    (error as Error).message,
  );
}
