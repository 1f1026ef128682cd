// The CLI's lists in a large project: a screenful by default with the way to the rest, any page
// with --limit/--offset, and --json whole (streamed) for scripts — also through a slow pipe.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { bulkInsert } from '../../bench/scale/corpus';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from './helpers/tempProject';

const DOCS = 1200;
const MAIN = join(REPO_ROOT, 'src/cli/main.ts');

function lectern(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return run;
}
const ok = (...args: string[]) => {
  const run = lectern(...args);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
};
const ids = (json: string) => (JSON.parse(json) as Array<{ id: number }>).map((row) => row.id);

describe('CLI lists in a project of 1,200 documents', () => {
  let db: string;
  before(async () => {
    db = join(tempDir(), 'large.lectern');
    const workbench = new Workbench(db);
    bulkInsert(workbench.db, DOCS);
    await workbench.call('import-paths', { paths: [SAMPLE_DIR] }); // quotations and their speakers
    for (const title of ['First', 'Second', 'Third']) await workbench.call('notes-create', { title });
    workbench.close();
  });

  test('list shows 50 documents and says how to see the other 1,155', () => {
    const out = ok('list', '--db', db);
    const rows = out.split('\n').filter((line) => /^\d+\s/.test(line));
    assert.equal(rows.length, 50);
    assert.match(out, /^ID\s+DATE/);
    assert.match(
      out,
      /Documents 1–50 of 1,205\. 1,155 more — --offset 50 for the next 50, --limit N \(or --limit all\) for more at once\.\n$/,
    );
  });

  test('--json gives scripts every document, whole even through a slow pipe', () => {
    // The reader starts a second late: the output (about 250 KB) fills the pipe and is queued.
    // Before the fix, the process exited with the queue unwritten and the JSON was cut off.
    const run = spawnSync(
      '/bin/sh',
      ['-c', `"$0" --import tsx "$1" list --db "$2" --json | (sleep 1; cat)`, process.execPath, MAIN, db],
      { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    assert.equal(run.status, 0, run.stderr);
    const all = ids(run.stdout);
    assert.equal(all.length, DOCS + 5);
    assert.equal(new Set(all).size, all.length, 'no document twice');
  });

  test('--limit and --offset pick any page, across the engine’s 1,000-row pages', () => {
    const all = ids(ok('list', '--db', db, '--json'));
    assert.deepEqual(
      ids(ok('list', '--db', db, '--json', '--offset', '10', '--limit', '1001')),
      all.slice(10, 1011),
    );
    const last = ok('list', '--db', db, '--limit', '3', '--offset', String(DOCS + 2));
    assert.equal(last.split('\n').filter((line) => /^\d+\s/.test(line)).length, 3);
    assert.match(
      last,
      /Documents 1,203–1,205 of 1,205\.\n$/,
      'the last page says where it is, nothing more to see',
    );
    assert.equal(ids(ok('list', '--db', db, '--limit', 'all', '--json')).length, DOCS + 5);
    const wrong = lectern('list', '--db', db, '--limit', '0');
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /--limit takes a whole number of 1 or more, or all \(not "0"\)/);
  });

  test('search says which hits it shows and how to see the next ones', () => {
    const { total } = JSON.parse(ok('search', 'jury', '--db', db, '--json')) as { total: number };
    assert.ok(total > 4, `jury is in ${total} documents`);
    const out = ok('search', 'jury', '--db', db, '--limit', '2', '--offset', '1');
    assert.match(
      out,
      new RegExp(`${total} documents match "jury" \\(.*\\)\nShowing 2–3: --offset 3 for the next 2,`),
    );
  });

  test('note list and quotes page the same way', () => {
    const notes = ok('note', 'list', '--db', db, '--limit', '2');
    assert.equal(notes.split('\n').filter((line) => /^\d+\s/.test(line)).length, 2);
    assert.match(notes, /Notes 1–2 of 3\. 1 more — --offset 2 for the next 1/);
    assert.match(ok('note', 'list', '--db', db), /\n3 notes\n$/);

    const quotes = JSON.parse(ok('quotes', '--db', db, '--json')) as Array<{ id: number }>;
    assert.ok(quotes.length > 4, `found ${quotes.length}`);
    const page = JSON.parse(
      ok('quotes', '--db', db, '--json', '--limit', '2', '--offset', '1'),
    ) as typeof quotes;
    assert.deepEqual(
      page.map((q) => q.id),
      quotes.slice(1, 3).map((q) => q.id),
    );
    assert.match(
      ok('quotes', '--db', db, '--limit', '2'),
      new RegExp(`Quotations 1–2 of ${quotes.length}\\. ${quotes.length - 2} more`),
    );
  });
});
