import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appDataDir } from './defaultProject';

const MAX_RECENT = 12;

/** Where the recent-projects list lives: beside the default project, in the app's data folder. */
export function recentFile(): string {
  return join(appDataDir(), 'recent-projects.json');
}

/** The project files opened lately, newest first (paths; missing files are kept, shown as missing). */
export function readRecent(): string[] {
  try {
    const parsed = JSON.parse(readFileSync(recentFile(), 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts a path first in the recent list (and `replaced`, if given, out of it: a rename). */
export function rememberProject(path: string, replaced?: string): void {
  const list = [path, ...readRecent().filter((item) => item !== path && item !== replaced)].slice(
    0,
    MAX_RECENT,
  );
  const file = recentFile();
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(list, null, 2) + '\n');
}
