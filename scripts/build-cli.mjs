// Bundles the `lectern` command into out/cli/lectern.cjs (one file, parsed once, no TypeScript
// compile at start), with the import worker beside it and the migrations it reads. better-sqlite3
// stays a runtime require (a native module). Run: npm run build:cli; then node out/cli/lectern.cjs.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Modules that pull in large libraries few commands need (Lexical, for `note import`): the bundle
// gets a stand-in that loads the real module on first call, so every other command starts
// without parsing and running them. Each entry: module path (no extension) → its exported functions.
const LAZY = { 'src/core/notes/markdownToNote': ['markdownToNote'] };

/** @type {import('esbuild').Plugin} */
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    const targets = new Map(Object.entries(LAZY).map(([path, names]) => [join(root, path), names]));
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === 'lazy' || !args.path.startsWith('.')) return undefined;
      const target = join(args.resolveDir, args.path);
      return targets.has(target) ? { path: target, namespace: 'lazy' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      resolveDir: dirname(args.path),
      loader: 'js',
      contents:
        `let real;\nconst load = () => (real ??= require(${JSON.stringify(`${args.path}.ts`)}));\n` +
        targets
          .get(args.path)
          .map((name) => `export function ${name}(...args) { return load().${name}(...args); }`)
          .join('\n'),
    }));
  },
};
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
  // Packages load from node_modules at run time (the CLI runs inside the project): only what a
  // command uses is read, e.g. Lexical only for `note import`.
  packages: 'external',
  plugins: [lazyModules],
  logLevel: 'warning',
});
mkdirSync(join(outdir, 'migrations'), { recursive: true });
cpSync(join(root, 'src/core/db/migrations'), join(outdir, 'migrations'), { recursive: true });
console.log(`built ${join(outdir, 'lectern.cjs')}`);
