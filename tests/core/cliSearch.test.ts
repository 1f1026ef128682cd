import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { REPO_ROOT, tempDir } from './helpers/tempProject';

const CORPUS = join(REPO_ROOT, 'tests', 'fixtures', 'search-corpus');
let db: string;

function lectern(args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args, '--db', db],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  return run;
}

before(() => {
  db = join(tempDir(), 'search.db');
  assert.equal(lectern(['import', CORPUS]).status, 0);
});

test('search --kwic prints one aligned line per occurrence; --csv exports them', () => {
  const text = lectern(['search', '"Sergey Lavrov"', '--kwic', '--width', '30']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /By the evening, \[Sergey Lavrov\] had left the building/);
  assert.match(text.stdout, /4 occurrences in 3 documents/);
  const csv = lectern(['search', '"Sergey Lavrov"', '--kwic', '--csv']).stdout.split('\r\n');
  assert.equal(csv[0], 'document_id,title,published_at,source,left,hit,right,start,end');
  assert.equal(csv.filter((line) => line.includes(',Sergey Lavrov,')).length, 3);
  assert.equal(csv.filter((line) => line.includes('Sergej Lawrow')).length, 1);
});

test('search takes the same filters as the search box and reports facets in --json', () => {
  const run = lectern(['search', 'Lavrov lang:en date:2022-06..2022-09', '--facets', '--json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout);
  assert.equal(result.total, 2);
  assert.deepEqual(
    result.facets.source.map((f: { label: string; count: number }) => [f.label, f.count]),
    [
      ['AP', 1],
      ['Reuters', 1],
    ],
  );
});

test('a malformed query fails with the parser message', () => {
  const run = lectern(['search', 'Lavrov date:2022-13']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /"2022-13" is not a date/);
});

test('stats frequency --by month --split source, as a table, --csv and --json', () => {
  const text = lectern(['stats', 'frequency', 'Lavrov', '--by', 'month', '--split', 'source']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /2022-07\s+Die Zeit\s+1\s+Lavrov date:2022-07 source:"Die Zeit"/);
  const csv = lectern(['stats', 'frequency', 'Lavrov', '--by', 'month', '--split', 'source', '--csv']).stdout;
  assert.equal(csv.split('\r\n')[0], 'period,source,documents,drill');
  const json = JSON.parse(lectern(['stats', 'frequency', 'Lavrov', '--by', 'year', '--json']).stdout);
  assert.deepEqual(
    json.rows.map((row: { period: string; count: number }) => [row.period, row.count]),
    [['2022', 4]],
  );
  const words = lectern(['stats', 'words', 'lang:de', '--csv']).stdout;
  assert.match(words, /^word,count,per_10k,corpus_count,keyness\r\n/);
  assert.ok(!/^(der|die),/m.test(words), 'stop words left out');
});
