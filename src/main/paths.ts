/**
 * Where the shell finds its pieces. The bundle lives in out/main, beside out/preload and
 * out/renderer, both in development and inside the packaged app's asar. The sample articles are
 * outside the asar (electron-builder extraResources) so core can read them as plain files.
 */
import { join, resolve } from 'node:path';

export interface ShellPaths {
  preload: string;
  rendererDir: string;
  rendererIndex: string;
  sampleDir: string;
  /** Set by `electron-vite dev` only; a packaged app never loads from a server. */
  devServerUrl: string | undefined;
  /** Development only: better-sqlite3 built for Electron by scripts/prepare-electron-sqlite.mjs. */
  sqliteBinding: string | undefined;
}

export function shellPaths(isPackaged: boolean): ShellPaths {
  const rendererDir = join(__dirname, '../renderer');
  return {
    preload: join(__dirname, '../preload/index.js'),
    rendererDir,
    rendererIndex: join(rendererDir, 'index.html'),
    // Not app.getAppPath(): launched as `electron out/main/index.js` (as the tests do) it is out/main.
    sampleDir: isPackaged
      ? join(process.resourcesPath, 'sample')
      : resolve(__dirname, '../../resources/sample'),
    devServerUrl: isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined,
    sqliteBinding: isPackaged
      ? undefined
      : resolve(
          __dirname,
          '../../.cache/electron-sqlite',
          process.versions.electron ?? 'none',
          'better_sqlite3.node',
        ),
  };
}
