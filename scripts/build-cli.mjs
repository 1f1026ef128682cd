// Bundles the `lectern` command into out/cli/lectern.cjs (one file, parsed once, no TypeScript
// compile at start), with the import worker beside it and the migrations it reads. better-sqlite3
// stays a runtime require (a native module). Run: npm run build:cli; then node out/cli/lectern.cjs.
import { build } from 'esbuild';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Modules that pull in large libraries few commands need: the bundle gets a stand-in that loads
// the real module on its first use, so every other command starts without reading, parsing and
// running them (measured at start under load: tinyld 208 ms, htmlparser2 49 ms, diff 24 ms,
// chardet 16 ms, fflate 12 ms, fast-xml-parser 10 ms …; Lexical, for `note import`, more).
// The sources keep static imports (Playwright's loader and tsx need them); only the bundle defers.
// Each entry: our module path (no extension) or a package name → the exports the code uses.
const LAZY = { 'src/core/notes/markdownToNote': ['markdownToNote'] };
const LAZY_PACKAGES = {
  tinyld: ['detectAll'], // language detection: import, notes
  htmlparser2: ['Parser'], // HTML and ODT readers
  diff: ['diffChars'], // re-anchoring passages after an edit
  chardet: ['default'], // import: legacy encodings
  'iconv-lite': ['default'],
  fflate: ['strToU8', 'strFromU8', 'zipSync', 'unzipSync'], // .qdpx, .xlsx
  'fast-xml-parser': ['XMLParser', 'XMLValidator'], // REFI-QDA import
  'xmllint-wasm': ['validateXML'], // REFI-QDA validation
};

/**
 * A stand-in for each export: a function that forwards calls, `new` and property reads to the
 * real export, required on first use. (A function target, so classes and objects work too.)
 */
function standIn(requirePath, names, esm) {
  const real = esm ? 'load()' : '(load().__esModule ? load().default : load())';
  return (
    `let real;\nconst load = () => (real ??= require(${JSON.stringify(requirePath)}));\n` +
    `const lazy = (get) => new Proxy(function () {}, {\n` +
    `  apply: (_, self, args) => Reflect.apply(get(), self, args),\n` +
    `  construct: (_, args) => Reflect.construct(get(), args),\n` +
    `  get: (_, key) => get()[key],\n});\n` +
    names
      .map((name) =>
        name === 'default'
          ? `export default lazy(() => ${real});`
          : `export const ${name} = lazy(() => load().${name});`,
      )
      .join('\n')
  );
}

/** @type {import('esbuild').Plugin} */
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    const targets = new Map(Object.entries(LAZY).map(([path, names]) => [join(root, path), names]));
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === 'lazy') return undefined;
      if (Object.hasOwn(LAZY_PACKAGES, args.path)) return { path: args.path, namespace: 'lazy' };
      if (!args.path.startsWith('.')) return undefined;
      const target = join(args.resolveDir, args.path);
      return targets.has(target) ? { path: target, namespace: 'lazy' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) =>
      Object.hasOwn(LAZY_PACKAGES, args.path)
        ? { resolveDir: root, loader: 'js', contents: standIn(args.path, LAZY_PACKAGES[args.path], false) }
        : {
            resolveDir: dirname(args.path),
            loader: 'js',
            contents: standIn(`${args.path}.ts`, targets.get(args.path), true),
          },
    );
  },
};
const outdir = join(root, 'out/cli');
const result = await build({
  absWorkingDir: root,
  metafile: true,
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
// What bin/lectern.cjs compares the bundle's age with: every source file bundled, the migrations
// folder (a new migration changes its time) and this script.
const inputs = Object.keys(result.metafile.inputs).filter((file) => file.startsWith('src/'));
inputs.push('src/core/db/migrations', 'scripts/build-cli.mjs');
writeFileSync(join(outdir, 'inputs.json'), JSON.stringify(inputs));
console.log(`built ${join(outdir, 'lectern.cjs')}`);
