/**
 * Before the Electron tests: decide whether the app can run here, and say plainly why not if it
 * cannot — no binary (it cannot be downloaded offline), or better-sqlite3 built for Node rather
 * than Electron's ABI. When it can, build main + preload + renderer so the tests run today's code.
 * The verdict reaches the test workers through LECTERN_ELECTRON_SKIP.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary, repoRoot } from './electronBinary';

const electronVersion = (): string =>
  (
    JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

export default function globalSetup(): void {
  const reason = whyElectronCannotRun();
  if (reason) {
    process.env['LECTERN_ELECTRON_SKIP'] = reason;
    console.log(`\n${reason}\n(The e2e tests in Chromium cover the same UI through the local server.)\n`);
    return;
  }
  console.log('Building the app with electron-vite …');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0)
    throw new Error(`electron-vite build failed (exit ${build.status ?? build.signal})`);
}

function whyElectronCannotRun(): string | undefined {
  const binary = findElectronBinary();
  if (!binary.found) return binary.reason;
  console.log(`Electron binary: ${binary.path}`);
  // The native addon must match Electron's ABI; node_modules' copy serves the Node tests, so the
  // app uses a copy built for Electron (needs the network the first time).
  const prepare = spawnSync(process.execPath, ['scripts/prepare-electron-sqlite.mjs'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (prepare.status !== 0)
    return 'better-sqlite3 could not be built for Electron (see above) — Electron tests skipped';
  const binding = join(repoRoot, '.cache/electron-sqlite', electronVersion(), 'better_sqlite3.node');
  const probe = spawnSync(
    binary.path,
    [
      '-e',
      `new (require('better-sqlite3'))(':memory:', { nativeBinding: ${JSON.stringify(binding)} }).close()`,
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
    },
  );
  if (probe.status === 0) return undefined;
  const detail = (probe.stderr || probe.error?.message || '').split('\n').find((line) => line.trim()) ?? '';
  return (
    'better-sqlite3 cannot load in Electron (it is built for Node, which the core tests and the CLI use; ' +
    `packaging rebuilds it for Electron) — Electron tests skipped. ${detail.trim()}`
  );
}
