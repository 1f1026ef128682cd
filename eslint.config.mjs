// Lint for Lectern. Besides the recommended sets, this file is where the layering of DESIGN.md is
// enforced rather than hoped for (as vscode does with its `local/code-layering` rule):
//
//   renderer → shared ← core ← (main | server | cli),   preload → shared (+ main/ipcChannels)
//
// Two halves per folder: `no-restricted-imports` bans packages (electron, better-sqlite3, Node
// built-ins) where they cannot run or do not belong, and `lectern/layering` resolves every relative
// import against the importing file and refuses one that lands in a src/ folder the layer may not
// see. (Matching relative paths by pattern alone would confuse a renderer folder named `search`
// with src/core/search, so the path is resolved instead.)
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const root = dirname(fileURLToPath(import.meta.url));
const srcDir = resolve(root, 'src');

/** `core/db/open` for a path inside src/, undefined outside it. */
function srcRelative(absolutePath) {
  const rel = relative(srcDir, absolutePath);
  if (rel === '' || rel.startsWith('..') || resolve(srcDir, rel) !== absolutePath) return undefined;
  return rel.split(sep).join('/');
}

const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports may only reach the src/ folders this layer depends on.' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } }, why: { type: 'string' } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const file = srcRelative(resolve(context.filename));
    if (!file) return {};
    const own = file.split('/')[0];
    const { allow = [], why = '' } = context.options[0] ?? {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = srcRelative(resolve(dirname(resolve(context.filename)), source));
      if (!target) return;
      const layer = target.split('/')[0];
      if (layer === own) return;
      if (
        allow.some(
          (entry) => target === entry || target.startsWith(`${entry}/`) || target.startsWith(`${entry}.`),
        )
      ) {
        return;
      }
      context.report({
        node,
        message: `src/${own} may not import src/${target}: ${why} (layering: renderer → shared ← core ← main|server|cli).`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value);
      },
    };
  },
};

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** One complete `no-restricted-imports` setting (flat config does not merge rule options). */
function bannedPackages({ electron = false, sqlite = false, node = false }) {
  const paths = [];
  const patterns = [];
  if (electron) {
    paths.push({ name: 'electron', message: "Only src/main and src/preload may import 'electron'." });
    patterns.push({ group: ['electron/*'], message: "Only src/main and src/preload may import 'electron'." });
  }
  if (sqlite) {
    paths.push({
      name: 'better-sqlite3',
      message: 'Only src/core/db imports better-sqlite3; the rest of core receives a Db.',
    });
  }
  if (node) {
    for (const name of nodeBuiltins) {
      paths.push({
        name,
        message: 'This layer runs in a sandboxed page or is shared with it: no Node built-ins.',
      });
    }
  }
  return ['error', { paths, patterns }];
}

/** The import rules of one src/ folder. */
function layer(files, { ignores = [], allow, why, banned }) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': bannedPackages(banned),
      'lectern/layering': ['error', { allow, why }],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'dist/**',
      'tests/artifacts/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },

  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { lectern: { rules: { layering } } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Pragmatic outside the contract: flagged, not fatal. The contract itself is strict below.
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },

  // The renderer is a web page: browser globals, React hooks rules.
  {
    files: ['src/renderer/**/*.{ts,tsx,js,jsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  { files: ['src/preload/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },

  // ---- Layering, one block per src/ folder ----
  layer(['src/shared/**'], {
    allow: [],
    why: 'shared is the contract and imports nothing from the rest of src',
    banned: { electron: true, sqlite: true, node: true },
  }),
  {
    files: ['src/shared/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  layer(['src/core/**'], {
    ignores: ['src/core/db/**'],
    allow: ['shared'],
    why: 'core is the Electron-free engine and sees only shared',
    banned: { electron: true, sqlite: true },
  }),
  layer(['src/core/db/**'], {
    allow: ['shared'],
    why: 'core is the Electron-free engine and sees only shared',
    banned: { electron: true },
  }),
  layer(['src/main/**'], {
    allow: ['shared', 'core'],
    why: 'main is the shell over core',
    banned: { sqlite: true },
  }),
  layer(['src/preload/**'], {
    allow: ['shared', 'main/ipcChannels'],
    why: 'preload is a sandboxed bridge: the contract and the channel names only',
    banned: { sqlite: true, node: true },
  }),
  layer(['src/server/**'], {
    allow: ['shared', 'core'],
    why: 'server is the HTTP twin of main, over core',
    banned: { electron: true, sqlite: true },
  }),
  layer(['src/cli/**'], {
    allow: ['shared', 'core', 'server'],
    why: 'cli drives core (and starts the server for `serve`)',
    banned: { electron: true, sqlite: true },
  }),
  layer(['src/renderer/**'], {
    allow: ['shared'],
    why: 'the renderer talks to the engine only through the Api in shared',
    banned: { electron: true, sqlite: true, node: true },
  }),
);
