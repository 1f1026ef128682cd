import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// core/db/migrate.ts reads its SQL from join(__dirname, 'migrations'); bundled, __dirname is
// out/main, so the .sql files are emitted there as assets (out/main/migrations/*.sql).
function copyMigrations(): Plugin {
  const dir = resolve(__dirname, 'src/core/db/migrations');
  const sqlFiles = (): string[] => readdirSync(dir).filter((file) => file.endsWith('.sql'));
  return {
    name: 'lectern:copy-migrations',
    buildStart() {
      for (const file of sqlFiles()) this.addWatchFile(resolve(dir, file));
    },
    generateBundle() {
      for (const file of sqlFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `migrations/${file}`,
          source: readFileSync(resolve(dir, file), 'utf8'),
        });
      }
    },
  };
}

export default defineConfig({
  main: {
    // externalizeDeps keeps better-sqlite3 (a native module) a runtime require, never bundled.
    plugins: [externalizeDepsPlugin(), copyMigrations()],
    // The import worker is its own entry (out/main/importWorker.js): core/import/filePreparer.ts
    // starts it from beside the main bundle.
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          importWorker: resolve(__dirname, 'src/core/import/importWorker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } },
  },
});
