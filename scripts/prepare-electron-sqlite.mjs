#!/usr/bin/env node
// Builds a copy of better-sqlite3 for Electron's ABI in .cache/electron-sqlite/<electron version>/,
// leaving node_modules' Node build alone: the CLI and the tests run on Node and need that one.
// The desktop shell loads the copy through better-sqlite3's `nativeBinding` option (see
// src/main/paths.ts). Needs the network once (Electron headers or a prebuilt binary); packaged
// builds do not use it — electron-builder rebuilds the module inside the app.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require(join(root, 'node_modules/electron/package.json')).version;
const target = join(root, '.cache/electron-sqlite', electronVersion, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);

console.log(`Preparing better-sqlite3 for Electron ${electronVersion} (once; needs the network) …`);
const work = join(root, '.cache/electron-sqlite', `build-${electronVersion}`);
rmSync(work, { recursive: true, force: true });
const moduleDir = join(work, 'node_modules/better-sqlite3');
mkdirSync(moduleDir, { recursive: true });
cpSync(join(root, 'node_modules/better-sqlite3'), moduleDir, {
  recursive: true,
  filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
});
const sqlitePackage = require(join(moduleDir, 'package.json'));
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({
    name: 'lectern-electron-sqlite',
    private: true,
    dependencies: { 'better-sqlite3': sqlitePackage.version },
  }),
);
try {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(moduleDir, 'build/Release/better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  console.log(`Ready: ${target}`);
} catch (error) {
  rmSync(work, { recursive: true, force: true });
  console.error(
    `\nCould not build better-sqlite3 for Electron ${electronVersion}: ${error instanceof Error ? error.message : error}\n` +
      'This step needs the network once (Electron headers or a prebuilt binary) and a C++ toolchain.\n' +
      'Meanwhile the same app runs in the browser: npm run start:web\n',
  );
  process.exit(1);
}
