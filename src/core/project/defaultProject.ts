import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { importPaths } from '../import/importFiles';
import { Workbench } from '../workbench';

/**
 * The app's data folder, the same place Electron's `app.getPath('userData')` gives for an app
 * named Lectern, so the CLI and the desktop app open the same default project.
 * LECTERN_HOME overrides it (tests, portable installs).
 */
export function appDataDir(): string {
  if (process.env.LECTERN_HOME) return process.env.LECTERN_HOME;
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lectern');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lectern');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Lectern');
}

export function defaultProjectPath(): string {
  return join(appDataDir(), 'projects', 'My Project.lectern');
}

/**
 * Opens the default project; on first run creates it and imports the sample articles, so a new
 * user sees a working library instead of an empty screen.
 */
export async function openDefaultProject(options: { path?: string; sampleDir: string }): Promise<Workbench> {
  const path = options.path ?? defaultProjectPath();
  const firstRun = !existsSync(path);
  mkdirSync(dirname(path), { recursive: true });
  const workbench = new Workbench(path);
  if (firstRun && existsSync(options.sampleDir)) {
    await importPaths(workbench.context, [options.sampleDir]);
  }
  return workbench;
}
