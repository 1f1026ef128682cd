/**
 * Finds the Electron executable the way the `electron` package does, without requiring it: its
 * index.js tries to download a missing binary, which cannot work offline and must not run in tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const missing = (what: string): ElectronBinary => ({
    found: false,
    reason: `Electron binary not installed (${what}; it cannot be downloaded offline) — Electron tests skipped`,
  });
  if (!existsSync(pathFile)) {
    return missing(
      existsSync(join(packageDir, 'dist'))
        ? 'node_modules/electron/path.txt missing'
        : 'node_modules/electron/dist missing',
    );
  }
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return missing(`${executable} missing`);
  return { found: true, path: executable };
}
