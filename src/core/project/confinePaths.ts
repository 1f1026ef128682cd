import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { LecternError } from '../../shared/errors';

/**
 * The two commands that name paths on this machine — `import-paths` reads them,
 * `notes-export-markdown` writes into one — may name only paths inside `allowed` folders (server:
 * the project's folder and those given on the command line; Electron: what the user chose in a
 * dialog or dropped on the window). Used by the transports, which face an untrusted page. Links are resolved first, so a link
 * inside an allowed folder cannot point out of it. Other commands pass untouched.
 */
export function confinePaths(
  command: string,
  args: unknown,
  allowed: string[],
  hint = 'Choose the folder in a dialog, or upload the files instead.',
): void {
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
        `${path} is outside the folders Lectern may use here (${allowed.join(', ')}). ${hint}`,
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
