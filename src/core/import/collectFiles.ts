import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ImportOutcome } from '../../shared/model';
import { READERS } from './readers';

/** A file to import, by path (disk) or by content (upload). */
export interface SourceFile {
  name: string;
  path: string | null;
  read(): Uint8Array;
  /** Its size in bytes when known (files on disk): bounds how much an import prepares ahead. */
  size?: number;
}

// Formats a researcher will try; named so the error can say what to do instead.
const LATER_FORMATS = new Set(['.doc', '.pages', '.wpd', '.rar', '.7z']);

/**
 * Expands the given paths (files and folders, recursively) into files to import. Problems with
 * a path (missing, unreadable) become per-file outcomes instead of aborting the import. Inside
 * folders, hidden files and files that are clearly not documents (images, archives) are passed
 * over silently; a named file is always reported on. Symbolic links are followed, but each
 * folder is entered once (by its real path), so a link loop ends; only regular files are read —
 * a FIFO, socket or device named `.txt` would block the import forever.
 */
export function collectFiles(paths: string[]): { files: SourceFile[]; problems: ImportOutcome[] } {
  const files: SourceFile[] = [];
  const problems: ImportOutcome[] = [];
  const foldersSeen = new Set<string>();
  const visit = (path: string, named: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        status: 'failed',
        file: path,
        message:
          code === 'ENOENT'
            ? 'No such file or folder. Check the path.'
            : `Cannot be read (${code}). Check its permissions.`,
      });
      return;
    }
    if (stats.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        real = path;
      }
      // A link back to a folder already entered (a loop, or two links to one folder).
      if (foldersSeen.has(real)) return;
      foldersSeen.add(real);
      let entries: string[];
      try {
        entries = readdirSync(path).sort((a, b) => a.localeCompare(b));
      } catch (error) {
        problems.push({
          status: 'failed',
          file: path,
          message: `The folder cannot be read (${(error as NodeJS.ErrnoException).code}).`,
        });
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry), false);
      return;
    }
    const extension = extname(path).toLowerCase();
    const wanted = named || READERS[extension] || LATER_FORMATS.has(extension);
    if (wanted && !stats.isFile()) {
      problems.push({
        status: 'failed',
        file: path,
        message:
          'Skipped: this is not a regular file (a pipe, socket or device), so it has no document to read.',
      });
      return;
    }
    if (wanted) {
      files.push({ name: basename(path), path, size: stats.size, read: () => readFileSync(path) });
    }
  };
  for (const path of paths) visit(resolve(path), true);
  return { files, problems };
}
