import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { LecternError } from '../../shared/errors';

/** Who holds a project open: written into `<project>.lock`. */
export interface LockHolder {
  pid: number;
  host: string;
  /** "the Lectern app", "lectern serve" … — named in the message a second opener sees. */
  holder: string;
  since: string;
}

export interface ProjectLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes the project's lock file, so a second app window or server on the same project is refused
 * with a message naming who has it, instead of two long-lived writers (and their undo histories,
 * backups and restores) working on one file. SQLite itself keeps concurrent writes safe; the lock
 * guards what SQLite cannot see: a restore replacing the file, a migration under an older app.
 * A lock left by a process that no longer runs (a crash, kill -9) is taken over.
 */
export function lockProject(projectPath: string, holder: string): ProjectLock {
  const path = `${projectPath}.lock`;
  const mine: LockHolder = { pid: process.pid, host: hostname(), holder, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      const release = () => {
        process.off('exit', release);
        if (readHolder(path)?.pid === mine.pid) rmSync(path, { force: true });
      };
      process.on('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = readHolder(path);
      if (other && isAlive(other)) {
        throw new LecternError(
          'project-locked',
          `${projectPath} is open in ${other.holder} (process ${other.pid}${other.host === mine.host ? '' : ` on ${other.host}`}, since ${other.since}). ` +
            'Use that window, or close it and try again.',
        );
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new LecternError('project-locked', `${projectPath} is being opened by another process; try again.`);
}

/** The live holder of a project's lock other than this process, if any. */
export function otherLockHolder(projectPath: string): LockHolder | null {
  const other = readHolder(`${projectPath}.lock`);
  return other && other.pid !== process.pid && isAlive(other) ? other : null;
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? {
          pid: parsed.pid,
          host: parsed.host,
          holder: String(parsed.holder ?? 'another program'),
          since: String(parsed.since ?? ''),
        }
      : null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  // A lock from another machine (a shared folder) cannot be checked: assume it is held.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
