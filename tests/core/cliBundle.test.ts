// The `lectern` command as a user runs it (bin/lectern.cjs → the bundle): quick commands load
// none of the heavy libraries, and the commands that need them still get them (the bundle's
// stand-ins load each on first use: classes, default exports and functions alike).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from './helpers/tempProject';

const HEAVY = [
  'tinyld',
  'htmlparser2',
  'diff',
  'chardet',
  'iconv-lite',
  'fflate',
  'fast-xml-parser',
  'xmllint-wasm',
  'lexical',
  '@lexical/headless',
  '@lexical/markdown',
  'pdfjs-dist',
  'linkedom',
  'mammoth',
];

describe('the bundled lectern command', () => {
  const dir = tempDir();
  const db = join(dir, 'project.lectern');
  const tracer = join(dir, 'trace.cjs');
  const loaded = join(dir, 'loaded.json');

  /** Runs bin/lectern.cjs and returns its output with the packages it loaded. */
  function lectern(...args: string[]) {
    const run = spawnSync(
      process.execPath,
      ['--require', tracer, join(REPO_ROOT, 'bin/lectern.cjs'), ...args],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, TRACE_OUT: loaded },
      },
    );
    assert.equal(run.status, 0, run.stderr);
    return { stdout: run.stdout, packages: JSON.parse(readFileSync(loaded, 'utf8')) as string[] };
  }

  before(() => {
    // Records every bare package name required, as the process exits.
    writeFileSync(
      tracer,
      `const Module = require('node:module'); const fs = require('node:fs'); const seen = new Set();
       const load = Module._load;
       Module._load = function (request, ...rest) {
         if (!request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:')) seen.add(request);
         return load.call(this, request, ...rest);
       };
       process.on('exit', () => fs.writeFileSync(process.env.TRACE_OUT, JSON.stringify([...seen])));`,
    );
    lectern('import', SAMPLE_DIR, '--db', db); // builds the bundle if it is missing or stale
  });

  test('help, search and list load none of the heavy libraries', () => {
    for (const args of [['--help'], ['search', 'Lavrov', '--db', db], ['list', '--db', db]]) {
      const { packages } = lectern(...args);
      const heavy = packages.filter((name) => HEAVY.some((h) => name === h || name.startsWith(`${h}/`)));
      assert.deepEqual(heavy, [], `lectern ${args[0]} loaded ${heavy.join(', ')}`);
    }
    assert.match(lectern('search', 'Lavrov', '--db', db).stdout, /4 documents match "Lavrov"/);
  });

  test('the commands that need them load them and work: HTML and cp1252 import, notes, REFI-QDA both ways', () => {
    const html = lectern(
      'import',
      join(REPO_ROOT, 'tests/fixtures/formats/html/microdata-cp1252-it.html'),
      '--db',
      db,
    );
    assert.match(html.stdout, /1 imported/);
    assert.ok(html.packages.includes('htmlparser2'), html.packages.join());
    // A language the function-word rules do not decide (Polish) takes the language detector.
    const polish = join(dir, 'artykul.txt');
    writeFileSync(
      polish,
      'Rząd przyjął projekt ustawy\n\nRada Ministrów przyjęła we wtorek projekt ustawy o ochronie ludności, ' +
        'który ma uporządkować zasady działania służb ratowniczych w czasie klęsk żywiołowych.\n',
    );
    const detected = lectern('import', polish, '--db', db);
    assert.match(detected.stdout, /1 imported/);
    assert.ok(detected.packages.includes('tinyld'), detected.packages.join());

    const markdown = join(dir, 'note.md');
    writeFileSync(markdown, '# Field notes\n\nLavrov *said* so.\n');
    const note = lectern('note', 'import', markdown, '--db', db);
    assert.match(note.stdout, /note #1 “Field notes”/);
    assert.ok(
      note.packages.some((name) => name.startsWith('@lexical/')),
      note.packages.join(),
    );

    const qdpx = join(dir, 'project.qdpx');
    assert.match(lectern('export', 'qdpx', '--out', qdpx, '--db', db).stdout, /Wrote 7 documents/);
    const again = lectern('import', qdpx, '--db', join(dir, 'other.lectern'));
    assert.match(again.stdout, /7 documents \(0 already here\)/);
    assert.ok(again.packages.includes('fast-xml-parser') && again.packages.includes('fflate'));
  });
});
