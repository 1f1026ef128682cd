#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher, run by node as it is */
// The `lectern` command as a user runs it (package.json "bin": `npm link` puts it on the PATH;
// `npm run lectern --` runs it too). It runs the bundled CLI, out/cli/lectern.cjs — one file, no
// TypeScript compiled at start, heavy libraries loaded only by the commands that use them — and
// builds that bundle first when it is missing or older than a source it was built from (a stat of
// each, about 2 ms), so a checkout that changed never runs stale code.
const { readFileSync, statSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const out = join(root, 'out', 'cli');
const bundle = join(out, 'lectern.cjs');

function stale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8'));
    return inputs.some((file) => statSync(join(root, file)).mtimeMs > built);
  } catch {
    return true; // never built, or a source was removed
  }
}

if (stale()) {
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    console.error(
      'lectern: the command could not be built (npm run build:cli shows why; it needs the dev dependencies: npm install).',
    );
    process.exit(1);
  }
}
// Node 22+ keeps V8's compiled code between runs (a third of what is left of the start); no-op on 20.
require('node:module').enableCompileCache?.();
require(bundle);
