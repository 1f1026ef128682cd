/**
 * Lectern's Electron entry: app lifecycle only. The engine (core) does the work; this file opens
 * the default project, wires IPC, the menu and the security policy, and shows one window.
 */
import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog, session } from 'electron';
import { appDataDir, openDefaultProject } from '../core/project/defaultProject';
import type { Workbench } from '../core/workbench';
import { toErrorData } from '../shared/errors';
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
      disposeIpc = registerIpc({ workbench: opened, getWindow, origins });
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

/** Opens (on first run: creates and fills with the sample articles) the default project. */
async function openProject(sampleDir: string): Promise<Workbench | undefined> {
  try {
    return await openDefaultProject({ sampleDir });
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
