// Bundles the `lectern` command into out/cli/lectern.cjs (one file, parsed once, no TypeScript
// compile at start), with the import worker beside it and the migrations it reads. better-sqlite3
// stays a runtime require (a native module). Run: npm run build:cli; then node out/cli/lectern.cjs.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out/cli');
await build({
  entryPoints: {
    lectern: join(root, 'src/cli/main.ts'),
    importWorker: join(root, 'src/core/import/importWorker.ts'),
  },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
mkdirSync(join(outdir, 'migrations'), { recursive: true });
cpSync(join(root, 'src/core/db/migrations'), join(outdir, 'migrations'), { recursive: true });
console.log(`built ${join(outdir, 'lectern.cjs')}`);
