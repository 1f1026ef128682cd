import {
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type BigIntStats,
} from 'node:fs';
import { otherLockHolder } from './projectLock';

/**
 * SQLite's quick_check reads every page of the project: 0.35 s at 10,000 documents, 3 s at
 * 100,000 — on every app start and every `lectern` command. Damage comes from outside SQLite
 * (a crash of the disk or machine, a sync tool or another program writing into the file), so the
 * check runs when the file may have met such a thing, and is skipped when Lectern itself closed
 * the file cleanly and nothing has touched it since:
 *
 * - On a clean close (the last connection gone, the WAL folded into the file and deleted), the
 *   file's identity, size and modification time go into `<project>.closed`.
 * - On open, quick_check runs unless that record matches the file exactly, no WAL was left behind
 *   (a crash, kill -9) and the last full check is under a week old. A project another live
 *   Lectern (the app, `lectern serve`) holds open was checked when that process opened it.
 * - `lectern check` runs SQLite's full integrity_check on request.
 *
 * Like git's index, a modification in the same clock tick as the record would keep the old
 * modification time, so the record only counts when it is strictly newer than the file
 * ("racily clean" otherwise), and writing it waits out the tick.
 */
export const RECHECK_MS = 7 * 24 * 60 * 60 * 1000;

interface CloseRecord {
  dev: string;
  ino: string;
  size: string;
  mtime_ns: string;
  /** When SQLite last found the file whole (ISO time). */
  checked_at: string;
}

/** The record of Lectern's last clean close, beside the project: `My.lectern` → `My.lectern.closed`. */
export function closeRecordPath(projectPath: string): string {
  return `${projectPath}.closed`;
}

/**
 * Why the project must be checked before opening, or null when the record of a clean close
 * vouches for it (see above). `now` is for tests of the weekly recheck.
 */
export function checkReason(projectPath: string, now = Date.now()): string | null {
  if (otherLockHolder(projectPath)) return null; // that process checked it when it opened it
  if (walLeftBehind(projectPath)) return 'it was not closed cleanly (a crash?)';
  const record = readRecord(projectPath);
  if (!record) return 'there is no record of a clean close';
  let file: BigIntStats;
  let written: BigIntStats;
  try {
    file = statSync(projectPath, { bigint: true });
    written = statSync(closeRecordPath(projectPath), { bigint: true });
  } catch {
    return 'there is no record of a clean close';
  }
  if (!sameFile(record, file)) return 'it changed after Lectern closed it';
  if (file.mtimeNs >= written.mtimeNs) return 'it may have changed while Lectern closed it';
  const checked = Date.parse(record.checked_at);
  if (!(now - checked < RECHECK_MS)) return 'its last check is over a week old';
  return null;
}

/** When the last full check found the file whole, from the record (null when there is none). */
export function lastCheckedAt(projectPath: string): string | null {
  return readRecord(projectPath)?.checked_at ?? null;
}

/**
 * Records a clean close: call after the connection is closed. Writes nothing when another
 * connection still has the file open (its WAL is still there): that one records its own close.
 */
export function recordCleanClose(projectPath: string, checkedAt: string): void {
  try {
    if (walLeftBehind(projectPath) || !existsSync(projectPath)) return;
    const file = statSync(projectPath, { bigint: true });
    const record: CloseRecord = {
      dev: String(file.dev),
      ino: String(file.ino),
      size: String(file.size),
      mtime_ns: String(file.mtimeNs),
      checked_at: checkedAt,
    };
    const path = closeRecordPath(projectPath);
    writeFileSync(path, JSON.stringify(record));
    // Wait out the clock tick of the file's last write (a few ms at most, only after writes),
    // so any later write gives the file a modification time the record does not have.
    // Rewritten, not utimes'd: the file system's own (coarse) clock must stamp it.
    const until = Date.now() + 100;
    while (statSync(path, { bigint: true }).mtimeNs <= file.mtimeNs && Date.now() < until) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      writeFileSync(path, JSON.stringify(record));
    }
  } catch {
    // Without a record the next open checks the file: slower, never less safe.
    forgetCleanClose(projectPath);
  }
}

/** Drops the record (the next open checks the file), e.g. before the file is replaced. */
export function forgetCleanClose(projectPath: string): void {
  rmSync(closeRecordPath(projectPath), { force: true });
}

/** Moves the record along with a renamed project (a rename keeps the file's identity and time). */
export function moveCloseRecord(from: string, to: string): void {
  try {
    renameSync(closeRecordPath(from), closeRecordPath(to));
  } catch {
    forgetCleanClose(to); // no record moved: the renamed file is checked when it opens
  }
}

function walLeftBehind(projectPath: string): boolean {
  try {
    return statSync(`${projectPath}-wal`).size > 0;
  } catch {
    return false;
  }
}

function sameFile(record: CloseRecord, file: BigIntStats): boolean {
  return (
    record.dev === String(file.dev) &&
    record.ino === String(file.ino) &&
    record.size === String(file.size) &&
    record.mtime_ns === String(file.mtimeNs)
  );
}

function readRecord(projectPath: string): CloseRecord | null {
  try {
    const parsed = JSON.parse(readFileSync(closeRecordPath(projectPath), 'utf8')) as Partial<CloseRecord>;
    const fields = [parsed.dev, parsed.ino, parsed.size, parsed.mtime_ns, parsed.checked_at];
    return fields.every((f) => typeof f === 'string') ? (parsed as CloseRecord) : null;
  } catch {
    return null;
  }
}
