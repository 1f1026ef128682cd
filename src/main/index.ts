/**
 * Lectern's Electron entry: app lifecycle only. The engine (core) does the work; this file opens
 * the default project, wires IPC, the menu and the security policy, and shows one window.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { listBackups, restoreWithoutOpening } from '../core/db/backups';
import { appDataDir, defaultProjectPath, openDefaultProject } from '../core/project/defaultProject';
import type { Workbench } from '../core/workbench';
import { toErrorData } from '../shared/errors';
import { AllowedFolders } from './allowedFolders';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { shellPaths } from './paths';
import { secureSession } from './security';
import type { AppOrigins } from './urlPolicy';
import { createMainWindow } from './window';

// Before anything asks for a path: the name decides the data folder, and Chromium's own profile
// goes beside the project so LECTERN_HOME isolates a run (tests) completely, lock included.
app.setName('Lectern');
app.setPath('userData', appDataDir());
// Every renderer sandboxed, whatever a future window forgets to set.
app.enableSandbox();
// The page loads from app://lectern/, not file:// (must be declared before 'ready').
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (see 'second-instance') and leaves; two processes
  // writing the same project file is what the lock is for.
  app.quit();
} else {
  start();
}

function start(): void {
  const paths = shellPaths(app.isPackaged);
  // In a development checkout node_modules holds the Node build (CLI, tests); use the Electron copy.
  if (paths.sqliteBinding && existsSync(paths.sqliteBinding))
    process.env['LECTERN_SQLITE_BINDING'] = paths.sqliteBinding;
  const origins: AppOrigins = { rendererDir: paths.rendererDir, devServerUrl: paths.devServerUrl };
  let workbench: Workbench | undefined;
  let mainWindow: BrowserWindow | undefined;
  let disposeIpc: (() => void) | undefined;
  const getWindow = (): BrowserWindow | undefined =>
    mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;

  const showWindow = (): void => {
    if (getWindow()) return;
    mainWindow = createMainWindow(paths, origins);
    mainWindow.on('closed', () => (mainWindow = undefined));
  };

  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return showWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app
    .whenReady()
    .then(async () => {
      const opened = await openProject(paths.sampleDir);
      if (!opened) return;
      workbench = opened;
      secureSession(session.defaultSession, origins);
      if (!origins.devServerUrl) serveAppProtocol(session.defaultSession, paths.rendererDir);
      const allowed = new AllowedFolders(opened.path, join(app.getPath('userData'), 'allowed-folders.json'));
      disposeIpc = registerIpc({ workbench: opened, getWindow, origins, allowed });
      installMenu({ workbench: opened, getWindow, isDev: !app.isPackaged });
      showWindow();
      app.on('activate', showWindow); // macOS: clicking the dock icon with no window open
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Lectern failed to start', explainStartupError(error));
      app.exit(1);
    });

  // macOS apps stay alive without windows; elsewhere closing the window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    disposeIpc?.();
    workbench?.close(); // checkpoints the WAL so the project is one self-contained file again
  });
}

/**
 * Opens (on first run: creates and fills with the sample articles) the default project, holding
 * its lock (a second window or `lectern serve` on it is refused) and making a backup a day. A
 * damaged project is not opened; the user is offered its newest backup.
 */
async function openProject(sampleDir: string): Promise<Workbench | undefined> {
  try {
    try {
      return await openHeld(sampleDir);
    } catch (error) {
      const { code } = toErrorData(error);
      const path = defaultProjectPath();
      const newest = listBackups(path)[0];
      if ((code !== 'db-damaged' && code !== 'db-unreadable') || !newest) throw error;
      const { response } = await dialog.showMessageBox({
        type: 'error',
        buttons: ['Restore the Backup', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        message: 'Lectern’s project is damaged',
        detail: `${toErrorData(error).message}\n\nRestore the backup of ${newest.created_at}? The damaged file is kept beside it, renamed, not deleted.`,
      });
      if (response !== 0) throw error;
      restoreWithoutOpening(path, newest.file);
      return await openHeld(sampleDir);
    }
  } catch (error) {
    // A project from a newer Lectern, a corrupt file …: the message says what to do next.
    dialog.showErrorBox('Lectern cannot open its project', explainStartupError(error));
    app.exit(1);
    return undefined;
  }
}

const NATIVE_MODULE_MISMATCH = /NODE_MODULE_VERSION|was compiled against a different Node\.js version/;

/** The error's own message, or for the one setup mistake a developer meets, what to run. */
function explainStartupError(error: unknown): string {
  const { message } = toErrorData(error);
  if (!NATIVE_MODULE_MISMATCH.test(message)) {
    return message;
  }
  return (
    'The SQLite module (better-sqlite3) in node_modules is built for Node.js, not for Electron. In a development ' +
    'checkout start the app with `npm start`, which first builds an Electron copy in .cache/electron-sqlite ' +
    `(scripts/prepare-electron-sqlite.mjs; needs the network once). Packaged builds are not affected.\n\n${message}`
  );
}

async function openHeld(sampleDir: string): Promise<Workbench> {
  const workbench = await openDefaultProject({ sampleDir });
  try {
    workbench.holdLock('the Lectern app');
  } catch (error) {
    workbench.close();
    throw error;
  }
  workbench.startDailyBackups();
  return workbench;
}
