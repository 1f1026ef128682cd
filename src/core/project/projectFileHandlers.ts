import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import type { ProjectFileHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { ProjectFile } from '../../shared/model';
import type { Context } from '../workbench';
import { appDataDir } from './defaultProject';
import { readRecent, rememberProject } from './recentProjects';

export interface ProjectHost {
  switchTo(path: string): void;
  renameTo(path: string): void;
}

const EXTENSION = '.lectern';

/** The folder new projects go to unless a full path is given. */
export function projectsFolder(): string {
  return join(appDataDir(), 'projects');
}

/**
 * Projects as files: create, open, switch, rename, a recent list, and Save a copy. A project is
 * one SQLite file; a name without a folder means the app's projects folder. Every switch goes
 * through the engine (Workbench.switchTo), so the desktop shell and the web server follow it.
 */
export function projectFileHandlers(context: Context, host: ProjectHost): ProjectFileHandlers {
  const { db, path } = context;
  const describe = (file: string): ProjectFile => {
    const exists = existsSync(file);
    const stat = exists ? statSync(file) : null;
    return {
      path: file,
      name: basename(file, extname(file)),
      exists,
      bytes: stat?.size ?? null,
      modified: stat ? stat.mtime.toISOString() : null,
      current: file === path,
    };
  };
  return {
    'projects-list': async () => {
      const folder = projectsFolder();
      const inFolder = existsSync(folder)
        ? readdirSync(folder)
            .filter((name) => name.endsWith(EXTENSION))
            .map((name) => join(folder, name))
        : [];
      const recent = readRecent();
      const all = [...new Set([path, ...recent, ...inFolder.sort()])];
      return { folder, projects: all.map(describe) };
    },

    'projects-create': async ({ name }) => {
      const target = targetPath(name);
      if (existsSync(target))
        throw new LecternError(
          'invalid-argument',
          `A project named ${basename(target)} already exists there. Open it, or choose another name.`,
        );
      mkdirSync(dirname(target), { recursive: true });
      // Opening a file that does not exist creates it, with the current schema. The project left
      // behind goes on the recent list too, so it is one click away.
      rememberProject(path);
      host.switchTo(target);
      rememberProject(target);
      return describe(target);
    },

    'projects-open': async ({ path: file }) => {
      if (!existsSync(file))
        throw new LecternError(
          'not-found',
          `${file} does not exist (moved or deleted?). Choose the project file again.`,
        );
      rememberProject(path);
      host.switchTo(file);
      rememberProject(file);
      return describe(file);
    },

    'projects-rename': async ({ name }) => {
      const clean = cleanName(name);
      const target = join(dirname(path), clean + EXTENSION);
      if (target === path) return describe(path);
      if (existsSync(target))
        throw new LecternError(
          'invalid-argument',
          `There is already a project named ${clean} in ${dirname(path)}.`,
        );
      host.renameTo(target);
      rememberProject(target, path);
      return describe(target);
    },

    'projects-save-copy': async ({ name }) => {
      const target = targetPath(name);
      if (existsSync(target))
        throw new LecternError(
          'invalid-argument',
          `${target} already exists; Lectern does not overwrite a project. Choose another name.`,
        );
      mkdirSync(dirname(target), { recursive: true });
      // A consistent copy of the live database, WAL included, compacted: one self-contained file.
      db.prepare('VACUUM INTO ?').run(target);
      return describe(target);
    },
  };
}

/** A name (in the projects folder) or a full path, with the .lectern extension. */
function targetPath(name: string): string {
  if (isAbsolute(name)) return name.endsWith(EXTENSION) ? name : name + EXTENSION;
  return join(projectsFolder(), cleanName(name) + EXTENSION);
}

function cleanName(name: string): string {
  const clean = name
    .replace(/\.lectern$/i, '')
    // Characters Windows, macOS or Linux refuse in a file name (control characters included).
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean || clean === '.' || clean === '..')
    throw new LecternError('invalid-argument', 'A project needs a name (letters, digits, spaces).');
  return clean.slice(0, 120);
}
