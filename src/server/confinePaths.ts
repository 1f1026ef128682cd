import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { LecternError } from '../shared/errors';

/**
 * The two commands that name paths on this machine — `import-paths` reads them,
 * `notes-export-markdown` writes into one — may name only paths inside `allowed` folders (the
 * project's folder and those given on the command line). Links are resolved first, so a link
 * inside an allowed folder cannot point out of it. Other commands pass untouched.
 */
export function confinePaths(command: string, args: unknown, allowed: string[]): void {
  const record = (args ?? {}) as Record<string, unknown>;
  const paths =
    command === 'import-paths' && Array.isArray(record.paths)
      ? record.paths
      : command === 'notes-export-markdown' && typeof record.out_dir === 'string'
        ? [record.out_dir]
        : [];
  const roots = allowed.map(realOrResolved);
  for (const path of paths) {
    if (typeof path !== 'string') continue; // the schema names the mistake
    const real = realOrResolved(path);
    if (!roots.some((root) => isInside(real, root))) {
      throw new LecternError(
        'invalid-argument',
        `${path} is outside the folders this server may use (${allowed.join(', ')}). ` +
          'Start `lectern serve --allow FOLDER` to allow another folder, or upload the files instead.',
      );
    }
  }
}

/** The real path of `path`, or of its nearest existing parent joined with the rest. */
function realOrResolved(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = existsSync(existing) ? realpathSync(existing) : existing;
  return resolve(real, relative(existing, absolute));
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
