/**
 * Before the Electron tests: with a binary, build main + preload + renderer (electron-vite) so the
 * tests run today's code; without one, say once, plainly, why the app tests will skip.
 */
import { spawnSync } from 'node:child_process';
import { findElectronBinary, repoRoot } from './electronBinary';

export default function globalSetup(): void {
  const binary = findElectronBinary();
  if (!binary.found) {
    console.log(
      `\n${binary.reason}\n(The e2e tests in Chromium cover the same UI through the local server.)\n`,
    );
    return;
  }
  console.log(`Electron binary: ${binary.path}\nBuilding the app with electron-vite …`);
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0)
    throw new Error(`electron-vite build failed (exit ${build.status ?? build.signal})`);
}
