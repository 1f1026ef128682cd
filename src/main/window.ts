/**
 * The one main window. Everything its page can do goes through preload's `window.lectern`;
 * see webPreferences.ts for the isolation and security.ts for navigation rules.
 */
import { BrowserWindow, nativeTheme } from 'electron';
import type { ShellPaths } from './paths';
import { secureWindow } from './security';
import { APP_INDEX_URL, type AppOrigins } from './urlPolicy';
import { mainWindowPreferences } from './webPreferences';

export function createMainWindow(paths: ShellPaths, origins: AppOrigins): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Lectern',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false, // shown on ready-to-show, so the user never sees a blank white frame
    // The page's own first paint colours (renderer index.html), so neither theme flashes on start.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#18191c' : '#f6f5f2',
    webPreferences: mainWindowPreferences(paths.preload),
  });
  secureWindow(window, origins);
  window.once('ready-to-show', () => window.show());

  if (paths.devServerUrl) void window.loadURL(paths.devServerUrl);
  else void window.loadURL(APP_INDEX_URL); // served by appProtocol.ts, never file://
  return window;
}
