/**
 * The folders the page may name in `import-paths` and `notes-export-markdown` (core's
 * confinePaths): the project's own folder, folders the user chose in a native dialog (remembered
 * across runs in the app data folder), and files dropped on the window (this session only). A page
 * that was compromised can thus reach nothing the user did not hand to Lectern. No 'electron'
 * import, so the policy is testable in Node.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class AllowedFolders {
  private readonly chosen: Set<string>;
  private readonly dropped = new Set<string>();

  constructor(
    private readonly projectPath: string,
    private readonly store: string,
  ) {
    this.chosen = new Set(readList(store));
  }

  /** A folder the user picked in a dialog: allowed now and in later runs. */
  choose(folder: string): void {
    this.chosen.add(resolve(folder));
    try {
      writeFileSync(this.store, JSON.stringify([...this.chosen], null, 1));
    } catch {
      // Not remembered for the next run; allowed for this one.
    }
  }

  /** A file or folder dropped on the window: allowed for this session. */
  drop(path: string): void {
    this.dropped.add(resolve(path));
  }

  list(): string[] {
    return [dirname(resolve(this.projectPath)), ...this.chosen, ...this.dropped];
  }
}

function readList(store: string): string[] {
  try {
    const parsed = JSON.parse(readFileSync(store, 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
