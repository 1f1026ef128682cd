/**
 * The one main window. Its page is untrusted (it renders imported text), so it runs isolated and
 * sandboxed with no Node; everything it can do goes through preload's `window.lectern`.
 */
import { BrowserWindow } from 'electron';
import { secureWindow } from './security';
import type { ShellPaths } from './paths';
import type { AppOrigins } from './urlPolicy';

export function createMainWindow(paths: ShellPaths, origins: AppOrigins): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Lectern',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false, // shown on ready-to-show, so the user never sees a blank white frame
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // macOS checks spelling natively, offline; elsewhere Chromium would download Hunspell
      // dictionaries from Google, and the app makes no network request, ever.
      spellcheck: process.platform === 'darwin',
    },
  });
  secureWindow(window, origins);
  window.once('ready-to-show', () => window.show());

  if (paths.devServerUrl) void window.loadURL(paths.devServerUrl);
  else void window.loadFile(paths.rendererIndex);
  return window;
}
