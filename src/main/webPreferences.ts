/**
 * The main window's web preferences. The page renders imported text and is treated as untrusted:
 * isolated, sandboxed, no Node. Kept apart from window.ts (type-only 'electron' import) so a test
 * can check the policy without an Electron binary.
 */
import type { WebPreferences } from 'electron';

export function mainWindowPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // macOS checks spelling natively, offline; elsewhere Chromium would download Hunspell
    // dictionaries from Google, and the app makes no network request, ever.
    spellcheck: process.platform === 'darwin',
  };
}
