import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { NewDocument } from '../../src/core/documents/documentStore';
import { documentStore } from '../../src/core/documents/documentStore';
import { contentHash } from '../../src/core/import/prepareFile';
import { COMMON_MIN_MATCHES } from '../../src/core/search/commonWords';
import { REPO_ROOT, sampleWorkbench, tempDir } from './helpers/tempProject';
import { Workbench } from '../../src/core/workbench';

// A project just past the size where a word in most documents stops being ranked: every
// document says "the", one in ten mentions a jury, one in twenty has no date.
const COUNT = COMMON_MIN_MATCHES + 1000;
let workbench: Workbench;
let path: string;

function doc(i: number): NewDocument {
  const body =
    `The council met on the ${i}th day of the session and heard the report.` +
    (i % 10 === 0 ? ' A grand jury was called.' : ' Nothing else was decided.');
  return {
    title: `Minutes ${i}`,
    title_origin: 'heading',
    source: 'Gazette',
    author: null,
    // Dates out of id order, so "newest first" differs from the order of import.
    published_at:
      i % 20 === 0
        ? null
        : new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % COUNT) * 86_400_000).toISOString().slice(0, 10),
    place: null,
    language: 'en',
    word_count: body.split(' ').length,
    body,
    paragraphs: [{ start: 0, end: body.length, kind: 'paragraph' }],
    boilerplate: [],
    raw: body,
    format: 'txt',
    content_hash: contentHash(`${i} ${body}`),
    origin_path: `minutes-${i}.txt`,
    imported_at: '2024-01-01T00:00:00.000Z',
    url: null,
    section: null,
    field_origins: {},
  };
}

before(() => {
  path = join(tempDir(), 'project.lectern');
  workbench = new Workbench(path);
  const store = documentStore(workbench.db);
  workbench.db.transaction(() => {
    for (let i = 1; i <= COUNT; i++) store.insert(doc(i));
  })();
});

after(() => workbench.close());

const newestFirst = (a: { published_at: string | null; id: number }, b: typeof a) =>
  (a.published_at === null ? 1 : 0) - (b.published_at === null ? 1 : 0) ||
  (b.published_at ?? '').localeCompare(a.published_at ?? '') ||
  b.id - a.id;

test('a word in nearly every document is listed newest first, says so, and counts every match', async () => {
  const first = await workbench.call('search', { query: 'the', limit: 50 });
  assert.equal(first.total, COUNT);
  assert.deepEqual(first.unranked, { share: 1 });
  assert.equal(first.hits.length, 50);
  assert.deepEqual(first.hits, [...first.hits].sort(newestFirst));
  // The snippet still marks the word.
  assert.ok(first.hits[0]!.highlights.length > 0);
  // The next page continues where the first ended, and "Newest" gives the same order.
  const second = await workbench.call('search', { query: 'the', limit: 50, offset: 50 });
  assert.equal(second.total, COUNT);
  assert.ok(newestFirst(first.hits.at(-1)!, second.hits[0]!) < 0);
  const byDate = await workbench.call('search', { query: 'the', limit: 100, sort: 'date' });
  assert.equal(byDate.unranked, undefined, 'newest first was asked for: nothing to explain');
  assert.deepEqual(
    byDate.hits.map((hit) => hit.id),
    [...first.hits, ...second.hits].map((hit) => hit.id),
  );
  // The last page: undated documents, the page past the end empty with the same total.
  const last = await workbench.call('search', { query: 'the', limit: 50, offset: COUNT - 10 });
  assert.equal(last.hits.length, 10);
  assert.ok(last.hits.every((hit) => hit.published_at === null));
  const past = await workbench.call('search', { query: 'the', limit: 50, offset: COUNT });
  assert.deepEqual([past.total, past.hits.length], [COUNT, 0]);
});

test('a rarer word, or a common word with a rarer one, is still ranked by relevance', async () => {
  for (const query of ['jury', 'the jury', 'grand jury']) {
    const result = await workbench.call('search', { query, limit: 20 });
    assert.equal(result.unranked, undefined, query);
    assert.equal(result.total, COUNT / 10, query);
  }
  // An alternative makes the matches common but still ranks: the jury documents come first.
  const either = await workbench.call('search', { query: 'the OR jury', limit: 20 });
  assert.equal(either.unranked, undefined);
  assert.equal(either.total, COUNT);
  assert.ok(either.hits.every((hit) => hit.snippet.includes('jury')));
});

test('the trash leaves the count and the pages of a common word', async () => {
  const first = await workbench.call('search', { query: 'the', limit: 5 });
  const trashed = first.hits.slice(0, 2).map((hit) => hit.id);
  await workbench.call('documents-delete', { ids: trashed });
  try {
    const after = await workbench.call('search', { query: 'the', limit: 5 });
    assert.equal(after.total, COUNT - 2);
    assert.deepEqual(
      after.hits.slice(0, 3).map((hit) => hit.id),
      first.hits.slice(2).map((hit) => hit.id),
    );
  } finally {
    await workbench.call('documents-restore', { ids: trashed });
  }
});

test('in a small project every query is ranked, however common its word', async () => {
  const small = await sampleWorkbench();
  const result = await small.call('search', { query: 'the' });
  assert.ok(result.total >= 4);
  assert.equal(result.unranked, undefined);
});

test('the CLI says so too', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'search', 'the', '--limit', '3', '--db', path],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, new RegExp(`${COUNT} documents match "the"`));
  assert.match(
    run.stdout,
    /“the” is in 100% of the documents, too common to rank by relevance: newest first/,
  );
});
